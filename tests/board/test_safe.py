"""Never locked out (issue 6): every hostile program of the issue is booted,
recovered with a documented action, and then the user's files are checked
intact and the boot journal is read (from Python and from the host).
Recovery actions (README, `kiln board --help`): Ctrl-C; three Ctrl-C within
a second (an uncatchable halt); the control socket's `halt`; Ctrl-C twice
within the boot window after a reset (safe mode); the crash-loop breaker
(3 boots in a row ending in a reset within 10 s: the next boot is safe)."""
import os
import subprocess
import time

from kilnboard import BANNER_RE, KILN, Board, case_timeout

SAFE_LINE = rb"Safe mode \((.*?)\): boot\.py and main\.py were not run\. Ctrl-D or machine\.reset\(\) boots normally\.\r\n"
USER_FILE = b"precious = 'user data that must survive'\n" * 20


def _image(tmpdir, files):
    """A full ESP32 flash image holding `files` (name -> bytes) and a user file."""
    img = os.path.join(tmpdir, "flash.img")
    subprocess.run([KILN, "image", "create", img, "--full"], check=True, capture_output=True)
    files = dict(files)
    files["data/keep.py"] = USER_FILE
    for name, data in files.items():
        host = os.path.join(tmpdir, name.replace("/", "_"))
        with open(host, "wb") as f:
            f.write(data)
        if "/" in name:
            subprocess.run([KILN, "image", "mkdir", img, "/" + name.rsplit("/", 1)[0], "-p"],
                           check=True, capture_output=True)
        subprocess.run([KILN, "image", "put", img, host, "/" + name], check=True, capture_output=True)
    return img


def _board(files, **kw):
    import tempfile
    tmp = tempfile.mkdtemp(prefix="kilnsafe_")
    img = _image(tmp, files)
    return Board(flash=img, tmpdir=tmp, **kw)


def _files_intact(b, names):
    """At a >>> prompt: every file is there with its content."""
    out = b.repl("import os; print(sorted(os.listdir('/')), sorted(os.listdir('/data')))")
    for n in names:
        assert n.encode() in out, "file %s missing: %r" % (n, out)
    out = b.repl("print(open('/data/keep.py').read() == %r)" % USER_FILE.decode())
    assert out == b"True\r\n", out


def _journal(b, key, i=0):
    """kiln.journal()[i][key] read at the REPL (i = 0: this boot)."""
    return b.repl("import kiln; print(repr(kiln.journal()[%d][%r]))" % (i, key)).strip()


def test_endless_loop_in_boot_ctrl_c():
    b = _board({"boot.py": b"n = 0\nwhile True:\n    n += 1\n", "main.py": b"print('MAIN RAN')\n"})
    time.sleep(0.3)
    b.send(b"\x03")
    m = b.expect_re(rb".*?Traceback \(most recent call last\):\r\n  File \"boot\.py\", line \d, in <module>\r\n"
                    rb"KeyboardInterrupt: \r\n" + BANNER_RE, 10)
    assert b"MAIN RAN" not in m.group(0)
    _files_intact(b, ["boot.py", "main.py"])
    assert b"KeyboardInterrupt" in _journal(b, "traceback")
    assert _journal(b, "ran") == b"['boot.py', 'repl', 'input', 'error']"


def test_swallowing_loop_three_ctrl_c_halt():
    # Ctrl-C alone cannot stop it: the except swallows KeyboardInterrupt
    boot = b"while True:\n    try:\n        while True:\n            pass\n    except:\n        pass\n"
    b = _board({"boot.py": boot, "main.py": b"print('MAIN RAN')\n"})
    time.sleep(2.5)                       # past the boot window
    b.expect(b"for safe mode\r\n", 5)
    b.send(b"\x03")
    b.assert_quiet(0.5)                   # swallowed: still running
    b.send(b"\x03\x03")                   # three within a second: halt
    out = b.expect(b">>> ", 10)
    assert b"Halted by the host." in out and b"MAIN RAN" not in out, out
    _files_intact(b, ["boot.py"])
    assert b.repl("print(1+1)") == b"2\r\n"
    assert _journal(b, "ran") == b"['boot.py', 'repl', 'input']"   # halted: no main.py
    assert _journal(b, "end") == b"'running'"


def test_swallowing_loop_control_halt():
    main = b"while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n"
    b = _board({"main.py": main})
    time.sleep(2.5)
    b.control_ok("halt")
    out = b.expect(b">>> ", 10)
    assert b"Halted by the host." in out, out
    _files_intact(b, ["main.py"])
    assert _journal(b, "ran") == b"['main.py', 'repl', 'input']"
    assert _journal(b, "end") == b"'running'"



def test_swallowing_boot_ctrl_c_twice_in_window_safe_mode():
    boot = b"while True:\n    try:\n        while True:\n            pass\n    except:\n        pass\n"
    b = _board({"boot.py": boot, "main.py": b"print('MAIN RAN')\n"})
    b.expect(b"power-on; Ctrl-C twice within 2 s for safe mode\r\n", 5)
    time.sleep(2.5)
    b.reset_button()
    b.expect(b"hard reset; Ctrl-C twice", 5)   # the boot window is announced
    b.send(b"\x03\x03")
    m = b.expect_re(rb".*?" + SAFE_LINE + BANNER_RE, 10)
    assert m.group(1) == b"Ctrl-C twice during the boot window", m.group(1)
    assert b"MAIN RAN" not in m.group(0)
    _files_intact(b, ["boot.py", "main.py"])
    assert _journal(b, "safe") == b"'Ctrl-C twice during the boot window'"
    assert _journal(b, "end", 1) == b"'safe'"


def _crash_loop(boot, end):
    b = _board({"boot.py": boot, "main.py": b"print('MAIN RAN')\n"})
    m = b.expect_re(rb".*?" + SAFE_LINE + BANNER_RE, 20)
    assert m.group(1).startswith(b"crash loop"), m.group(1)
    _files_intact(b, ["boot.py", "main.py"])
    for i in (1, 2, 3):
        assert _journal(b, "end", i) == end, (i, _journal(b, "end", i))
    # Ctrl-D boots normally again: the loop comes back and is broken again
    b.send(b"\x04")
    b.expect_re(rb".*?" + SAFE_LINE + BANNER_RE, 20)
    return b


def test_sys_exit_soft_reboot_loop():
    b = _crash_loop(b"import sys\nsys.exit()\n", b"'soft'")
    assert b.repl("import machine; machine.reset_cause()") == b"5\r\n"


def test_soft_reset_loop():
    _crash_loop(b"import machine\nmachine.soft_reset()\n", b"'soft'")


def test_hard_reset_loop():
    _crash_loop(b"import machine\nmachine.reset()\n", b"'hard'")


@case_timeout(90)
def test_watchdog_in_main():
    main = b"from machine import WDT\nw = WDT(timeout=500)\nwhile True:\n    pass\n"
    b = _board({"main.py": main}, clock="real")
    m = b.expect_re(rb".*?" + SAFE_LINE + BANNER_RE, 30)
    assert m.group(1).startswith(b"crash loop"), m.group(1)
    _files_intact(b, ["main.py"])
    assert _journal(b, "end", 1) == b"'wdt'"
    assert b.repl("import machine; machine.reset_cause()") == b"3\r\n"   # the last reset was the watchdog's


def test_main_fills_the_heap():
    main = b"x = []\nwhile True:\n    x.append(bytearray(1000))\n"
    b = _board({"main.py": main})
    out = b.wait_banner(20)
    assert b"MemoryError" in out, out
    assert b.repl("print(sum(range(10)))") == b"45\r\n"
    _files_intact(b, ["main.py"])
    assert b"MemoryError" in _journal(b, "traceback")


def test_boot_button_safe_power_option_and_request():
    b = _board({"boot.py": b"print('BOOT RAN')\n"})
    b.wait_banner(10)
    b.control_ok("pin 0 0")                 # hold BOOT (GPIO0) low
    b.reset_button()
    m = b.expect_re(rb".*?" + SAFE_LINE + BANNER_RE, 10)
    assert b"GPIO0" in m.group(1) and b"BOOT RAN" not in m.group(0)
    b.control_ok("pin 0 z")
    b.send(b"\x04")                         # Ctrl-D: a normal boot
    out = b.wait_banner(10)
    assert b"BOOT RAN" in out and b"Safe mode" not in out, out
    b.control_ok("safe")                    # the host asks for it
    m = b.expect_re(rb".*?" + SAFE_LINE + BANNER_RE, 10)
    assert m.group(1) == b"the host asked for it"
    b.stop()
    b2 = Board(flash=b.flash, extra=["--safe"])
    m = b2.expect_re(rb".*?" + SAFE_LINE + BANNER_RE, 10)
    assert b"--safe" in m.group(1)
    assert b2.repl("import kiln; print(kiln.safe_mode() is not None)") == b"True\r\n"


def test_journal_from_host_survives_power_cut():
    b = _board({"boot.py": b"print('BOOT')\n", "main.py": b"1/0\n"})
    b.wait_banner(10)
    lines = b.control_journal()
    assert lines and lines[0].startswith("boot ") and "ZeroDivisionError" in lines[0], lines
    b.proc.kill()                           # a power cut, as the host sees it
    b.proc.wait()
    r = subprocess.run([KILN, "image", "journal", b.flash], capture_output=True, text=True)
    assert r.returncode == 0 and "ZeroDivisionError" in r.stdout, r.stdout + r.stderr
    b2 = Board(flash=b.flash)
    b2.wait_banner(10)
    assert _journal(b2, "end", 1) == b"'running'"   # the cut boot: no end recorded
    assert b"ZeroDivisionError" in _journal(b2, "traceback", 1)


@case_timeout(60)
def test_stuck_in_c_code_reset_still_works():
    # kiln.spin() hangs in C like a native driver stuck in a loop: no
    # bytecode boundary, so neither Ctrl-C nor a halt is seen; the reset
    # button still works (the port restarts the board process on the same
    # pty after 3 s)
    b = _board({"main.py": b"print('MAIN', 6 * 7)\n"}, clock="real")
    b.wait_banner(10)
    b.send(b"import kiln; kiln.spin(60000)\r")
    b.expect(b"kiln.spin(60000)\r\n", 5)
    b.send(b"\x03")
    b.assert_quiet(0.5)
    t0 = time.monotonic()
    b.control_ok("reset")
    out = b.wait_banner(15)
    took = time.monotonic() - t0
    assert b"stuck in C code" in out and b"MAIN 42" in out, out
    assert took < 10, took
    _files_intact(b, ["main.py"])
    assert b.repl("import machine; machine.reset_cause()") == b"2\r\n"
    lines = b.control_journal()
    assert lines[1].startswith("boot ") and "end running" in lines[1], lines
