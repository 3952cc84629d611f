#!/usr/bin/env python3
"""tests/board/run.py - run the virtual-board suite (tests/board/test_*.py).

Usage: python3 tests/board/run.py [--kiln PATH] [-v] [NAME ...]
  NAME selects files or cases: `test_repl`, `test_repl.py`, `test_repl::test_ctrl_a`,
  or any substring of `file::case`.
Each case is a function test_*() in a test_*.py file, run in file order; a case
fails on any exception and is stopped by an alarm after its time limit
(default 60 s; a case may set `fn.timeout`). Every board started by a case is
stopped afterwards. Prints one line per case and `N passed, N failed` last;
exit status 1 if any failed.
"""
import importlib.util
import os
import signal
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


class CaseTimeout(Exception):
    pass


def on_alarm(signum, frame):
    raise CaseTimeout("case time limit reached")


def main():
    args = sys.argv[1:]
    verbose = False
    names = []
    while args:
        a = args.pop(0)
        if a == "--kiln":
            os.environ["KILN"] = os.path.abspath(args.pop(0))
        elif a == "-v":
            verbose = True
        else:
            names.append(a)
    import kilnboard
    if "KILN" in os.environ:
        kilnboard.KILN = os.environ["KILN"]
    if not os.access(kilnboard.KILN, os.X_OK):
        print("FAIL %s: no executable kiln binary (build it first)" % kilnboard.KILN)
        print("0 passed, 1 failed")
        return 1
    signal.signal(signal.SIGALRM, on_alarm)
    files = sorted(f for f in os.listdir(HERE) if f.startswith("test_") and f.endswith(".py"))
    cases = []
    for f in files:
        mod_name = f[:-3]
        spec = importlib.util.spec_from_file_location(mod_name, os.path.join(HERE, f))
        mod = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(mod)
        except Exception:
            cases.append((mod_name + "::<import>", None, traceback.format_exc()))
            continue
        for k, v in vars(mod).items():
            if k.startswith("test_") and callable(v):
                cases.append((mod_name + "::" + k, v, None))
    if names:
        def wanted(full):
            return any(n.replace(".py", "") in full for n in names)
        cases = [c for c in cases if c[1] is None or wanted(c[0])]   # import errors always show
    passed = failed = 0
    t_all = time.monotonic()
    for full, fn, import_error in cases:
        t0 = time.monotonic()
        err = import_error
        if fn is not None:
            signal.alarm(int(getattr(fn, "timeout", 60)))
            try:
                fn()
            except BaseException as e:   # noqa: B036 - a case must never stop the run
                if isinstance(e, KeyboardInterrupt):
                    raise
                err = "".join(traceback.format_exception_only(type(e), e)).strip()
                if verbose or not isinstance(e, AssertionError):
                    err = traceback.format_exc().strip()
            finally:
                signal.alarm(0)
        dt = time.monotonic() - t0
        # a sanitizer build (make VARIANT=asan) reports on the board's stderr
        for b in kilnboard.CASE_BOARDS:
            text = b.stderr_text()
            for mark in ("AddressSanitizer", "LeakSanitizer", "runtime error:"):
                i = text.find(mark)
                if i >= 0 and err is None:
                    err = "sanitizer report on the board's stderr:\n" + text[max(0, i - 200):i + 1500]
        if err is None:
            passed += 1
            print("ok   %-60s %5.1fs" % (full, dt), flush=True)
        else:
            failed += 1
            print("FAIL %-60s %5.1fs" % (full, dt), flush=True)
            for line in err.splitlines():
                print("     " + line)
            for name, log, err_tail in kilnboard.transcripts():
                tail = log[-700:]
                print("     board %s received (last %d bytes): %r" % (name, len(tail), tail))
                if err_tail.strip():
                    print("     board %s stderr (tail): %r" % (name, err_tail))
        sys.stdout.flush()
        kilnboard.cleanup_all()
    print("board suite: %.1fs" % (time.monotonic() - t_all))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
