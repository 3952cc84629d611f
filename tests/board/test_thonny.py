"""Thonny 4.0.1's real ESP32 back-end against the board (spec thonny.md 5):
/usr/bin/python3 ../shared/tools/thonny_check.py /dev/pts/N [--clean]."""
import os
import signal
import subprocess

from kilnboard import Board, booted, case_timeout, shared_dir

PY = "/usr/bin/python3"


def _thonny_check(b, *opts, timeout=150):
    tool = os.path.join(shared_dir(), "tools", "thonny_check.py")
    assert os.path.exists(PY), "Debian's /usr/bin/python3 is missing"
    b.close_serial()      # Thonny opens the port itself (exclusive)
    log = os.path.join(b.tmp, "thonny_check.log")
    with open(log, "wb") as f:
        p = subprocess.Popen([PY, tool, b.pty_path] + list(opts), stdout=f,
                             stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             start_new_session=True)
        try:
            rc = p.wait(timeout)
        except subprocess.TimeoutExpired:
            rc = "timeout after %ds" % timeout
        finally:
            try:   # the back-end it started is in the same process group
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()
    with open(log, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    if rc != 0:
        raise AssertionError("thonny_check %s exited %s; last output:\n%s"
                             % (" ".join(opts), rc, text[-2500:]))
    assert "ALL CHECKS PASSED" in text, text[-1500:]


@case_timeout(170)
def test_thonny_check_fresh_board():
    b = Board()
    _thonny_check(b)


@case_timeout(170)
def test_thonny_check_clean_busy_main():
    b = booted()
    b.put_file("main.py", b"import time\nwhile True:\n    time.sleep_ms(100)\n")
    b.exit_raw()
    b.wait_banner()
    b.power_cycle()       # main.py now runs forever
    b.expect(b"for safe mode\r\n", 5)   # the boot window's announcement, then nothing
    b.assert_quiet(0.3)
    _thonny_check(b, "--clean")
