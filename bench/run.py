#!/usr/bin/env python3
"""Benchmark kiln against CPython.

Usage: python3 bench/run.py [--kiln build/kiln] [--python python3] [--runs 3] [--heapsize 1M]
                            [--callgrind] [--wall] [names...]

Every program keeps its live data small enough for kiln's default 256K heap.
Runs each bench/NAME.py (all of them when no names are given) under kiln and
under CPython, --runs times each, keeps the best time, checks that both
print the same output, and prints a table `name kiln_s cpython_s ratio` with
the geometric mean of the ratios (kiln/cpython; below 1 means kiln is faster).
The time is the CPU time (user + system) the program used, which other load on
the machine disturbs much less than the elapsed time (--wall times that).
Each program prints a checksum of its work: a program whose output differs
between kiln and CPython (or is empty) is an error, not a measurement.

This is a measurement, not a pass/fail test: the exit status is 0 even when
kiln is slower, and 1 only when kiln fails or its output differs.
--callgrind also prints kiln's instruction count per program (valgrind).
"""

import argparse
import math
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


WALL = False   # --wall: elapsed time instead of the child's CPU time


def run(cmd, timeout):
    t0 = time.perf_counter()
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, timeout=timeout)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if WALL:
        return time.perf_counter() - t0, p
    return (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime), p


def best_of(cmd, runs, timeout):
    best = None
    out = None
    for _ in range(runs):
        try:
            dt, p = run(cmd, timeout)
        except subprocess.TimeoutExpired:
            return None, None, "timeout after %d s" % timeout
        except OSError as e:
            return None, None, "cannot run %s: %s" % (cmd[0], e)
        if p.returncode != 0:
            return None, p.stdout, "exit %d: %s" % (p.returncode, p.stderr.decode("utf-8", "replace")[-400:])
        if out is not None and p.stdout != out:
            return None, p.stdout, "output differs between runs"
        out = p.stdout
        best = dt if best is None else min(best, dt)
    return best, out, None


def callgrind(kiln_cmd, script, timeout):
    with tempfile.TemporaryDirectory() as d:
        outfile = os.path.join(d, "cg.out")
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + outfile] + kiln_cmd + [script]
        try:
            p = subprocess.run(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            return "n/a (%s)" % type(e).__name__
        m = re.search(rb"Collected\s*:\s*(\d+)", p.stderr)
        if not m:
            return "n/a"
        return m.group(1).decode()


def main():
    ap = argparse.ArgumentParser(description="kiln vs CPython benchmark")
    ap.add_argument("--kiln", default=os.path.join(ROOT, "build", "kiln"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--heapsize", default="",
                    help="pass -X heapsize=N to kiln (default: kiln's own default, 256K)")
    ap.add_argument("--callgrind", action="store_true",
                    help="also print kiln instruction counts via valgrind --tool=callgrind")
    ap.add_argument("--wall", action="store_true",
                    help="time the elapsed (wall) time, not the CPU time (user + system) the program used")
    ap.add_argument("names", nargs="*")
    opts = ap.parse_args()
    global WALL
    WALL = opts.wall
    kiln = os.path.abspath(opts.kiln) if os.sep in opts.kiln else opts.kiln

    names = opts.names or sorted(f[:-3] for f in os.listdir(HERE)
                                 if f.endswith(".py") and f != "run.py")
    names = [os.path.basename(n[:-3] if n.endswith(".py") else n) for n in names]
    kiln_cmd = [kiln] + (["-X", "heapsize=" + opts.heapsize] if opts.heapsize else [])

    bad = False
    ratios = []
    hdr = "%-12s %9s %11s %8s" % ("name", "kiln_s", "cpython_s", "ratio")
    if opts.callgrind:
        hdr += " %15s" % "kiln_instr"
    print(hdr)
    for name in names:
        script = name + ".py"
        if not os.path.exists(os.path.join(HERE, script)):
            print("%-12s no such benchmark" % name)
            bad = True
            continue
        kt, kout, kerr = best_of(kiln_cmd + [script], opts.runs, opts.timeout)
        ct, cout, cerr = best_of([opts.python, script], opts.runs, opts.timeout)
        if cerr:
            print("%-12s CPython failed: %s" % (name, cerr))
            bad = True
            continue
        if kerr:
            print("%-12s kiln failed: %s" % (name, kerr))
            bad = True
            continue
        if not cout.strip():
            print("%-12s prints nothing: a benchmark must print a checksum" % name)
            bad = True
            continue
        if kout != cout:
            print("%-12s OUTPUT DIFFERS: kiln %r, cpython %r" % (name, kout[:200], cout[:200]))
            bad = True
            continue
        ratio = kt / ct
        ratios.append(ratio)
        line = "%-12s %9.3f %11.3f %8.2f" % (name, kt, ct, ratio)
        if opts.callgrind:
            line += " %15s" % callgrind(kiln_cmd, script, opts.timeout * 50)
        print(line, flush=True)
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean ratio (kiln/cpython): %.2f over %d programs" % (gm, len(ratios)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
