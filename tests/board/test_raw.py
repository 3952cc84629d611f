"""Raw REPL and raw-paste, byte for byte (spec 3.1-3.6, 4.1, 0, 7)."""
import re
import struct
import time

from kilnboard import BANNER_RE, RAW_BANNER, booted, case_timeout

TB = b"Traceback (most recent call last):\r\n"


def _raw():
    """A fresh board sitting at the raw REPL prompt (the `>` consumed)."""
    b = booted()
    b.send(b"\x01")
    b.expect_exact(b"\r\n" + RAW_BANNER + b">")
    return b


def _with_boot_main(boot=b"print('BOOT')\n", main=b"print('MAIN')\n"):
    """A board whose boot.py and main.py print, at the raw prompt after a
    Ctrl-D soft reset (so the files are in effect), `>` consumed."""
    b = booted()
    b.put_file("boot.py", boot)
    b.put_file("main.py", main)
    b.expect_exact(b">")
    b.send(b"\x04")
    b.expect_exact(b"OK\r\nMPY: soft reboot\r\nBOOT\r\n" + RAW_BANNER + b">")
    return b


# ---------------------------------------------------------------- 3.1 / 3.2
def test_raw_entry_and_ctrl_a_reprints():
    b = _raw()
    b.assert_quiet()
    b.send(b"\x01")
    b.expect_exact(RAW_BANNER + b">")
    b.send(b"print(5)\x01print(6)\x04")    # 0x01 discards the partial input
    b.expect_exact(RAW_BANNER + b">OK6\r\n\x04\x04>")
    b.assert_quiet()


def test_raw_no_echo_ctrl_c_discards():
    b = _raw()
    b.send(b"print(7)")
    b.assert_quiet(0.3)
    b.send(b"\x04")
    b.expect_exact(b"OK7\r\n\x04\x04>")
    b.send(b"print(8)\x03")                 # 0x03 while idle: discard, silently
    b.assert_quiet(0.3)
    b.send(b"print(9)\x04")
    b.expect_exact(b"OK9\r\n\x04\x04>")


def test_raw_bytes_verbatim():
    b = _raw()
    b.send(b"x = 1\r\nprint(x + 1)\r\n\x04")
    b.expect_exact(b"OK2\r\n\x04\x04>")
    b.send("print('\u00e9', len('\u00e9'))\x04".encode())
    b.expect_exact("OK\u00e9 1\r\n\x04\x04>".encode())


# ---------------------------------------------------------------- 3.3
def test_raw_ok_framing():
    b = _raw()
    b.send(b"print(1)\x04")
    b.expect_exact(b"OK1\r\n\x04\x04>")
    b.send(b"1+1\x04")                      # no auto-print in raw mode
    b.expect_exact(b"OK\x04\x04>")
    b.send(b"print(__file__)\x04")
    b.expect_exact(b"OK<stdin>\r\n\x04\x04>")
    b.assert_quiet()


def test_raw_exception_framing():
    b = _raw()
    b.send(b"print(2)\nraise ValueError('bad')\x04")
    b.expect_exact(b"OK2\r\n\x04" + TB + b'  File "<stdin>", line 2, in <module>\r\n'
                   b"ValueError: bad\r\n\x04>")
    b.assert_quiet()


def test_raw_syntax_error_framing():
    b = _raw()
    b.send(b"1+\x04")
    b.expect_exact(b"OK\x04" + TB + b'  File "<stdin>", line 1\r\nSyntaxError: invalid syntax\r\n\x04>')
    b.assert_quiet()


def test_raw_input_waits_for_next_submission():
    b = _raw()
    b.send(b"import time\ntime.sleep_ms(200)\nprint('a')\x04print('b')\x04")
    b.expect_exact(b"OKa\r\n\x04\x04>OKb\r\n\x04\x04>")


def test_raw_systemexit_soft_reboot_stays_raw():
    b = _with_boot_main()
    b.send(b"g = 1\x04")
    b.expect_exact(b"OK\x04\x04>")
    b.send(b"print(3)\nimport sys\nsys.exit()\x04")
    b.expect_exact(b"OK3\r\n\x04\x04MPY: soft reboot\r\nBOOT\r\n" + RAW_BANNER + b">")
    b.assert_quiet(0.3)                     # main.py not run, still raw
    b.send(b"print('g' in globals())\x04")
    b.expect_exact(b"OKFalse\r\n\x04\x04>")


# ---------------------------------------------------------------- 3.4 / 3.5
def test_raw_ctrl_d_empty_soft_reboot():
    b = _with_boot_main()
    b.send(b"\x04")
    b.expect_exact(b"OK\r\nMPY: soft reboot\r\nBOOT\r\n" + RAW_BANNER + b">")
    b.assert_quiet(0.3)                     # main.py skipped
    b.send(b"print(11)\x04")
    b.expect_exact(b"OK11\r\n\x04\x04>")


def test_raw_ctrl_b_back_to_friendly_globals_kept():
    b = _raw()
    b.send(b"g = 5\x04")
    b.expect_exact(b"OK\x04\x04>")
    b.send(b"\x02")
    b.expect_re(rb"\r\n" + BANNER_RE)
    b.assert_quiet()
    assert b.repl("g") == b"5\r\n"


def test_hard_reset_from_raw_back_to_friendly_main_runs():
    b = _with_boot_main()
    b.send(b"import machine\nmachine.reset()\x04")
    m = b.expect_re(rb"OK(.*?)BOOT\r\nMAIN\r\n" + BANNER_RE, 10)
    assert b"soft reboot" not in m.group(1) and b"raw REPL" not in m.group(1), m.group(0)


# ---------------------------------------------------------------- 3.6 raw-paste
def test_raw_paste_full_example():
    b = booted()
    b.send(b"\x01\x05A\x01print(123)\x04")
    b.expect_exact(b"\r\n" + RAW_BANNER + b">R\x01\x80\x00\x01\x04123\r\n\x04\x04>")
    b.assert_quiet()


def _paste_header(b):
    b.send(b"\x05A\x01")
    hdr = b.read_exact(4)
    assert hdr[:2] == b"R\x01", hdr
    window = struct.unpack("<H", hdr[2:])[0]
    assert window >= 128, window
    first = b.read_exact(1, 2.0)
    assert first == b"\x01", "no immediate \\x01 after the window size: %r" % first
    return window


def test_raw_paste_flow_control_513():
    b = _raw()
    code = b"x = 1\n#" + b"a" * 400 + b"\nprint('ok', x)\n"
    code = code[:7] + b"a" * (513 - len(code)) + code[7:]
    assert len(code) == 513
    window = _paste_header(b)
    credit, sent, credits = 2 * window, 0, 0
    while sent < len(code):
        while credit == 0 or b.waiting():
            c = b.read_exact(1)
            assert c == b"\x01", "during streaming: %r" % (c + b.buf)
            credit += window
            credits += 1
        n = min(credit, len(code) - sent)
        b.send(code[sent:sent + n])
        sent += n
        credit -= n
    b.send(b"\x04")
    rest = b.expect(b"\x04")
    credits += rest.count(b"\x01")
    assert rest.replace(b"\x01", b"") == b"\x04", rest
    b.expect_exact(b"ok 1\r\n\x04\x04>")
    assert credits == 513 // window, "%d credits for 513 bytes, window %d (spec: 4 for 128)" % (
        credits, window)
    assert window == 128, "window %d, spec 3.6 gives 128 (b'\\x80\\x00')" % window


def test_raw_paste_host_ctrl_c():
    b = _raw()
    _paste_header(b)
    b.send(b"print(1)\n")
    time.sleep(0.1)
    b.send(b"\x03")
    b.expect_exact(b"\x04\x04KeyboardInterrupt: \r\n\x04>")
    b.assert_quiet()
    b.send(b"print(2)\x04")
    b.expect_exact(b"OK2\r\n\x04\x04>")


def test_raw_paste_request_only_on_empty_buffer():
    b = _raw()
    b.send(b"x\x05A\x01")      # 3 bytes before the 0x01: a raw reset, not raw-paste
    b.expect_exact(RAW_BANNER + b">")
    b.assert_quiet()
    b.send(b"print(3)\x04")
    b.expect_exact(b"OK3\r\n\x04\x04>")


def test_raw_paste_unknown_command():
    b = _raw()
    b.send(b"\x05B\x01")
    b.expect_exact(b"R\x00>")
    b.assert_quiet()
    b.send(b"print(4)\x04")
    b.expect_exact(b"OK4\r\n\x04\x04>")


def test_raw_paste_exception_and_syntax_error():
    b = _raw()
    _paste_header(b)
    b.send(b"print(5)\nraise OSError(2)\n\x04")
    b.expect_exact(b"\x045\r\n\x04" + TB + b'  File "<stdin>", line 2, in <module>\r\n'
                   b"OSError: [Errno 2] ENOENT\r\n\x04")
    b.in_raw = True          # the harness reads the `>` prompt itself
    out, err = b.exec_raw("print(6)\n1+\n", paste=True)
    assert out == b"", out
    assert err == TB + b'  File "<stdin>", line 2\r\nSyntaxError: invalid syntax\r\n', err


def test_raw_paste_early_abort_on_syntax_error():
    # spec 3.6: code is compiled while it streams in; a SyntaxError mid-stream
    # makes the device send \x04 at once and discard input until the host's \x04
    b = _raw()
    window = _paste_header(b)
    code = b"1+\n" + (b"#" * 99 + b"\n") * 160
    credit, sent, aborted = 2 * window, 0, False
    while sent < len(code) and not aborted:
        while credit == 0 or b.waiting():
            c = b.read_exact(1, 5)
            if c == b"\x01":
                credit += window
            elif c == b"\x04":
                aborted = True
                break
            else:
                raise AssertionError("during streaming: %r" % (c + b.buf))
        if not aborted:
            n = min(credit, len(code) - sent)
            b.send(code[sent:sent + n])
            sent += n
            credit -= n
    assert aborted, "no early abort: all %d bytes were taken before the SyntaxError" % len(code)
    assert sent < len(code)
    b.send(b"\x04")
    b.expect_exact(b"\x04" + TB + b'  File "<stdin>", line 1\r\nSyntaxError: invalid syntax\r\n\x04>')
    b.assert_quiet(0.3)
    b.send(b"print(1)\x04")                # the discarded bytes did not leak
    b.expect_exact(b"OK1\r\n\x04\x04>")


def test_raw_paste_systemexit():
    b = _with_boot_main()
    _paste_header(b)
    b.send(b"print(7)\nimport sys\nsys.exit()\n\x04")
    b.expect_exact(b"\x047\r\n\x04\x04MPY: soft reboot\r\nBOOT\r\n" + RAW_BANNER + b">")
    b.assert_quiet(0.3)


# ---------------------------------------------------------------- 4.1 / 4.2 host sequences
def test_enter_raw_repl_sequence_exact():
    b = _with_boot_main()
    b.send(b"\x02")
    b.expect_re(rb"\r\n" + BANNER_RE)
    b.send(b"\r\x03")
    b.expect_exact(b"\r\n>>> \r\n>>> ")
    b.send(b"\r\x01")
    b.expect_exact(b"\r\n>>> \r\n" + RAW_BANNER + b">")
    b.send(b"\x04")
    b.expect_exact(b"OK\r\nMPY: soft reboot\r\nBOOT\r\n" + RAW_BANNER + b">")
    b.assert_quiet(0.3)


def test_enter_raw_repl_busy_main():
    b = booted()
    b.put_file("main.py", b"print('busy')\nwhile True:\n    pass\n")
    b.exit_raw()
    b.wait_banner()
    b.power_cycle()
    b.expect(b"busy\r\n", 10)
    b.assert_quiet(0.2)
    b.enter_raw()                     # pyboard/mpremote: \r\x03, drain, \r\x01, \x04
    assert b.raw_exec("print('raw ok')") == b"raw ok\r\n"
    assert b.raw_paste is True, "raw-paste not used"
    b.exit_raw()                      # the raw prompt `>` was left unread, as pyboard does
    b.expect_re(rb">\r\n" + BANNER_RE)   # main.py did not run again after the soft reset


def test_globals_persist_between_raw_submissions():
    b = booted()
    assert b.raw_exec("x = 41\ndef f(n):\n    return n + x\n") == b""
    assert b.raw_exec("print(f(1))") == b"42\r\n"
    assert b.raw_exec("x = 1", paste=False) == b""
    assert b.raw_exec("print(f(1))", paste=False) == b"2\r\n"


def test_raw_lf_crlf_and_buffer():
    b = booted()
    assert b.raw_exec("print('a\\nb')") == b"a\r\nb\r\n"
    assert b.raw_exec("import sys\nn = sys.stdout.buffer.write(b'x\\ny\\r')") == b"x\ny\r"
    out, err = b.exec_raw("def g():\n    raise ValueError('k')\ng()")
    assert err == (TB + b'  File "<stdin>", line 3, in <module>\r\n'
                   b'  File "<stdin>", line 2, in g\r\nValueError: k\r\n'), err
    assert b"\r\r\n" not in b.log


def test_ctrl_c_while_running_raw():
    b = booted()
    b.enter_raw()
    b.exec_raw_no_follow("import time\nwhile True:\n    time.sleep_ms(10)\n")
    b.assert_quiet(0.3)
    b.send(b"\x03")
    out, err = b.follow(5)
    assert out == b"", out
    assert re.fullmatch(re.escape(TB) + rb'  File "<stdin>", line [23], in <module>\r\n'
                        rb"KeyboardInterrupt: \r\n", err), err
    assert b.raw_exec("print('after')") == b"after\r\n"   # 0x03 was swallowed


def test_stdin_cr_to_lf_and_buffer_raw():
    b = booted()
    b.enter_raw()
    b.exec_raw_no_follow("import sys\nprint(repr(sys.stdin.read(3)))")
    b.send(b"a\rb")
    out, err = b.follow(5)
    assert (out, err) == (b"'a\\nb'\r\n", b""), (out, err)
    b.exec_raw_no_follow("import sys\nprint(repr(sys.stdin.buffer.read(3)))")
    b.send(b"c\rd")
    out, err = b.follow(5)
    assert (out, err) == (b"b'c\\rd'\r\n", b""), (out, err)


def test_kbd_intr_disable_makes_0x03_data():
    b = booted()
    b.enter_raw()
    b.exec_raw_no_follow("import micropython, sys\nmicropython.kbd_intr(-1)\n"
                         "print(repr(sys.stdin.buffer.read(1)))\nmicropython.kbd_intr(3)")
    time.sleep(0.1)
    b.send(b"\x03")
    out, err = b.follow(5)
    assert (out, err) == (b"b'\\x03'\r\n", b""), (out, err)


@case_timeout(60)
def test_run_tests_pattern_soft_reset_each_time():
    # run-tests: a soft reset before every test (5 s limit each), `print('START TEST')`
    # prefix, and the SKIP pattern (print + SystemExit -> soft reboot in raw mode)
    b = booted()
    for i in range(15):
        t0 = time.monotonic()
        b.enter_raw(timeout=5)
        out = b.raw_exec("print('START TEST')\nprint(%d * 2)" % i, timeout=5)
        assert out == b"START TEST\r\n%d\r\n" % (i * 2), out
        assert time.monotonic() - t0 < 2.0
    out, err = b.exec_raw("print('SKIP')\nraise SystemExit")
    assert (out, err) == (b"SKIP\r\n", b""), (out, err)
    b.expect_exact(b"MPY: soft reboot\r\n" + RAW_BANNER + b">", 2)
