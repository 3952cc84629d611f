#!/usr/bin/env python3
"""Differential test runner for tests/lang/.

Each tests/lang/*.py (except helper modules named mod_*.py) is run under kiln
and its stdout compared byte for byte with the expected output: the checked-in
NAME.exp when present, otherwise the stdout of `python3 NAME.py` (cached in
build/lang-cache/, keyed by a hash of the test, its helper modules and the
Python version). Tests with a .exp file are never run under CPython.

A test NAME.py with a NAME.in file gets that file as stdin (both under kiln
and CPython); otherwise stdin is empty (/dev/null).

A test may carry header lines (in its first 5 lines):
  `# kiln-args: ARGS`  (e.g. `-X heapsize=64K`) passed to kiln only;
  `# kiln-exit: N`     kiln's exit status must be N;
  `# script-args: ARGS` passed after the script name (to kiln and CPython).
A test with a NAME.err file (only alongside NAME.exp: CPython's tracebacks
differ from MicroPython's) must also produce exactly that stderr under kiln.

Usage: python3 tests/run_lang.py [--kiln build/kiln] [--jobs 2]
                                 [--kiln-prefix 'valgrind -q'] [--sanitizer]
                                 [-v] [tests/lang/foo.py ...]
The last line printed is `N passed, N failed`; exit status 1 if any failed.
Environment: KILN_SLOW=1 raises the per-test timeout from 10 s to 30 s.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import os
import shlex
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_DIR = os.path.join(ROOT, "tests", "lang")
CACHE_DIR = os.path.join(ROOT, "build", "lang-cache")
SANITIZER_MARKERS = (b"runtime error:", b"AddressSanitizer", b"LeakSanitizer",
                     b"UndefinedBehaviorSanitizer")


def find_tests(paths):
    if paths:
        out = []
        for p in paths:
            p = os.path.abspath(p)
            if os.path.isdir(p):
                out.extend(find_tests_in(p))
            else:
                out.append(p)
        return out
    return find_tests_in(LANG_DIR)


def find_tests_in(d):
    return sorted(os.path.join(d, f) for f in os.listdir(d)
                  if f.endswith(".py") and not f.startswith("mod_"))


def header(path, key):
    """Value of a `# key: ...` header in the first 5 lines, or None."""
    tag = "# " + key + ":"
    with open(path, encoding="utf-8", errors="replace") as f:
        for _, line in zip(range(5), f):
            line = line.strip()
            if line.startswith(tag):
                return line[len(tag):].strip()
    return None


def kiln_args_of(path):
    return shlex.split(header(path, "kiln-args") or "")


def script_args_of(path):
    return shlex.split(header(path, "script-args") or "")


def helper_digest(d):
    """Hash of all mod_*.py helpers in directory d (they affect import tests)."""
    h = hashlib.sha256()
    for f in sorted(os.listdir(d)):
        if f.startswith("mod_") and f.endswith(".py"):
            h.update(f.encode())
            with open(os.path.join(d, f), "rb") as fh:
                h.update(fh.read())
    return h.hexdigest()


def expected_output(path, python, pyver, helpers):
    exp = path[:-3] + ".exp"
    if os.path.exists(exp):
        with open(exp, "rb") as f:
            return f.read(), None
    with open(path, "rb") as f:
        src = f.read()
    inp = path[:-3] + ".in"
    if os.path.exists(inp):
        with open(inp, "rb") as f:
            src += b"\0stdin\0" + f.read()
    key = hashlib.sha256(src + b"\0" + helpers.encode() + b"\0" + pyver.encode()).hexdigest()
    cache = os.path.join(CACHE_DIR, os.path.basename(path)[:-3] + "-" + key[:20] + ".out")
    if os.path.exists(cache):
        with open(cache, "rb") as f:
            return f.read(), None
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    try:
        stdin = stdin_of(path)
        try:
            cmd = [python, "-B", os.path.basename(path)] + script_args_of(path)
            p = subprocess.run(cmd, cwd=os.path.dirname(path), stdin=stdin,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env, timeout=60)
        finally:
            if stdin is not subprocess.DEVNULL:
                stdin.close()
    except subprocess.TimeoutExpired:
        return None, "CPython timed out"
    if p.returncode != 0:
        # A test may end with an uncaught exception on purpose only via .exp files.
        return None, "CPython failed (exit %d):\n%s" % (p.returncode, tail(p.stderr))
    os.makedirs(CACHE_DIR, exist_ok=True)
    tmp = cache + ".%d.tmp" % os.getpid()
    with open(tmp, "wb") as f:
        f.write(p.stdout)
    os.replace(tmp, cache)
    return p.stdout, None


def stdin_of(path):
    inp = path[:-3] + ".in"
    if os.path.exists(inp):
        return open(inp, "rb")
    return subprocess.DEVNULL


def tail(b, n=15):
    lines = b.decode("utf-8", "replace").rstrip("\n").split("\n")
    return "\n".join("    " + ln for ln in lines[-n:])


def short_diff(exp, act, n=20):
    e = exp.decode("utf-8", "replace").splitlines(True)
    a = act.decode("utf-8", "replace").splitlines(True)
    d = list(difflib.unified_diff(e, a, "expected", "kiln", n=1))
    lines = [ln.rstrip("\n") for ln in d[:n]]
    if len(d) > n:
        lines.append("... (%d more diff lines)" % (len(d) - n))
    if not d:
        lines.append("(outputs differ only in trailing newline/bytes: exp %d bytes, got %d bytes)"
                     % (len(exp), len(act)))
    return "\n".join("    " + ln for ln in lines)


def run_one(path, opts, pyver, helpers):
    name = os.path.relpath(path, ROOT)
    exp, err = expected_output(path, opts.python, pyver, helpers)
    if err:
        return name, False, err, 0.0
    cmd = shlex.split(opts.kiln_prefix) + [opts.kiln] + kiln_args_of(path) + [os.path.basename(path)] + \
        script_args_of(path)
    env = dict(os.environ)
    env.pop("MICROPYPATH", None)
    if opts.sanitizer:
        env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
        env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    timeout = 30 if os.environ.get("KILN_SLOW") == "1" else 10
    if opts.timeout:
        timeout = opts.timeout
    t0 = time.time()
    stdin = stdin_of(path)
    try:
        p = subprocess.run(cmd, cwd=os.path.dirname(path), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, stdin=stdin, env=env,
                           timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return name, False, "timeout after %d s\n%s" % (timeout, tail(e.stderr or b"")), timeout
    except OSError as e:
        return name, False, "cannot run %s: %s" % (cmd[0], e), 0.0
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    dt = time.time() - t0
    problems = []
    if p.stdout != exp:
        problems.append(short_diff(exp, p.stdout))
    if p.returncode < 0:
        problems.append("    killed by signal %d" % -p.returncode)
    want_exit = header(path, "kiln-exit")
    if want_exit is not None and p.returncode != int(want_exit):
        problems.append("    exit status %d, expected %s" % (p.returncode, want_exit))
    err_file = path[:-3] + ".err"
    if os.path.exists(err_file) and os.path.exists(path[:-3] + ".exp"):
        with open(err_file, "rb") as f:
            want_err = f.read()
        if p.stderr != want_err:
            problems.append("    stderr differs from %s:\n%s" % (
                os.path.basename(err_file), short_diff(want_err, p.stderr)))
    if opts.sanitizer and any(m in p.stderr for m in SANITIZER_MARKERS):
        problems.append("    sanitizer report on stderr")
    if problems:
        if p.stderr:
            problems.append("  stderr (tail):\n" + tail(p.stderr))
        return name, False, "\n".join(problems), dt
    return name, True, "", dt


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kiln", default=os.path.join(ROOT, "build", "kiln"))
    ap.add_argument("--python", default="python3", help="CPython used as the oracle")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--kiln-prefix", default="", help="wrapper command, e.g. 'valgrind -q'")
    ap.add_argument("--sanitizer", action="store_true",
                    help="fail a test whose stderr has an ASan/UBSan report")
    ap.add_argument("--timeout", type=int, default=0, help="override the per-test timeout (s)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every test and its time")
    ap.add_argument("tests", nargs="*")
    opts = ap.parse_args()
    opts.kiln = os.path.abspath(opts.kiln) if os.sep in opts.kiln else opts.kiln

    tests = find_tests(opts.tests)
    pv = subprocess.run([opts.python, "-c", "import sys; print(sys.version)"],
                        stdout=subprocess.PIPE, universal_newlines=True)
    pyver = pv.stdout.strip()
    helpers = {}
    for t in tests:
        d = os.path.dirname(t)
        if d not in helpers:
            helpers[d] = helper_digest(d)

    passed = failed = 0
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as ex:
        futs = [ex.submit(run_one, t, opts, pyver, helpers[os.path.dirname(t)]) for t in tests]
        for fut in futs:
            name, ok, msg, dt = fut.result()
            if ok:
                passed += 1
                if opts.verbose:
                    print("pass %-45s %.2fs" % (name, dt), flush=True)
            else:
                failed += 1
                failures.append(name)
                print("FAIL %s\n%s" % (name, msg), flush=True)
    if failures:
        print("failed tests: " + " ".join(os.path.basename(f) for f in failures))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
