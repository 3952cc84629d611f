"""Friendly REPL transcripts, byte for byte (spec 2.1, 2.2, 2.5, 2.6, 2.8, 2.9, 0)."""
import re

from kilnboard import BANNER_RE, PASTE_BANNER, RAW_BANNER, booted, case_timeout


def _ready():
    b = booted()
    b.assert_quiet(0.1)
    return b


# ---------------------------------------------------------------- 2.2, one case per row
def test_ctrl_a_empty_line():
    b = _ready()
    b.send(b"\x01")
    b.expect_exact(b"\r\n" + RAW_BANNER + b">")
    b.assert_quiet()


def test_ctrl_b_empty_line():
    b = _ready()
    b.send(b"\x02")
    b.expect_re(rb"\r\n" + BANNER_RE)
    b.assert_quiet()


def test_ctrl_c_empty_line():
    b = _ready()
    b.send(b"\x03")
    b.expect_exact(b"\r\n>>> ")
    b.assert_quiet()


def test_ctrl_d_empty_line():
    b = _ready()
    b.send(b"\x04")
    b.expect_re(rb"\r\nMPY: soft reboot\r\n" + BANNER_RE)
    b.assert_quiet()


def test_ctrl_e_empty_line():
    b = _ready()
    b.send(b"\x05")
    b.expect_exact(PASTE_BANNER)
    b.assert_quiet()
    b.send(b"\x03")          # cancel paste mode
    b.expect_exact(b"\r\n>>> ")
    b.assert_quiet()


def test_ctrl_keys_on_nonempty_line_edit():
    b = _ready()
    # Ctrl-C cancels a non-empty line; Ctrl-A there is "home", not raw mode
    b.send(b"abc\x03")
    b.expect_exact(b"abc\r\n>>> ")
    b.send(b"2+3\x01\r")
    out = b.expect(b">>> ")
    assert out.endswith(b"\r\n5\r\n>>> "), out
    assert b"raw REPL" not in out, out


# ---------------------------------------------------------------- 2.1
def test_one_plus_one_cr():
    b = _ready()
    b.send(b"1+1\r")
    b.expect_exact(b"1+1\r\n2\r\n>>> ")
    b.assert_quiet()


def test_enter_lf_crlf_and_empty_lines():
    b = _ready()
    b.send(b"2+2\n")
    b.expect_exact(b"2+2\r\n4\r\n>>> ")
    b.send(b"3+3\r\n")           # CR LF counts as one Enter
    b.expect_exact(b"3+3\r\n6\r\n>>> ")
    b.assert_quiet()
    b.send(b"\r\r")              # repeated identical bytes each count
    b.expect_exact(b"\r\n>>> \r\n>>> ")
    b.assert_quiet()


def test_print_no_newline_prompt_follows():
    b = _ready()
    b.send(b"print('x', end='')\r")
    b.expect_exact(b"print('x', end='')\r\nx>>> ")


def test_globals_and_underscore():
    b = _ready()
    assert b.repl("a = 6") == b""
    assert b.repl("a * 7") == b"42\r\n"
    assert b.repl("_ + 1") == b"43\r\n"
    assert b.repl("None") == b""


def test_history_up_arrow():
    b = _ready()
    assert b.repl("10+1") == b"11\r\n"
    b.send(b"\x1b[A")
    b.expect(b"10+1")
    b.send(b"\r")
    b.expect_exact(b"\r\n11\r\n>>> ")


def test_insert_mid_line_redraw():
    b = _ready()
    b.send(b"12\x1b[D3\r")         # left arrow, insert: tail re-sent, cursor moved back
    b.expect_exact(b"12\b32\b\r\n132\r\n>>> ")
    b.send(b"45\x01\x0b6\r")      # Ctrl-A home, Ctrl-K kill to end
    out = b.expect(b">>> ")
    assert out.endswith(b"\r\n6\r\n>>> "), out


def test_editing_keys_results():
    b = _ready()
    cases = [
        (b"123\x02\x02\x7f", b"23"),            # Ctrl-B left twice, backspace
        (b"123\x01\x04", b"23"),                 # Ctrl-A home, Ctrl-D delete at cursor
        (b"123\x1b[D\x1b[D\x1b[3~", b"13"),      # arrows left, ESC[3~ delete
        (b"9123\x1b[D\x15", b"3"),               # Ctrl-U kill to start
        (b"12\x01\x06\x7f", b"2"),               # home, Ctrl-F right, backspace
        (b"4\x1b[H5\x1b[F6", b"546"),            # ESC[H home, ESC[F end
        (b"7\x01\x058", b"78"),                  # Ctrl-E end on a non-empty line
        (b"1\xc3\xa9+1", b"2"),                  # bytes >= 0x80 are ignored
    ]
    for keys, value in cases:
        b.send(keys + b"\r")
        out = b.expect(b">>> ")
        assert out.endswith(b"\r\n" + value + b"\r\n>>> "), (keys, out)
        assert b"raw REPL" not in out and b"paste mode" not in out, (keys, out)


def test_lf_cr_counts_once_and_ctrl_p():
    b = _ready()
    b.send(b"5*5\n\r")
    b.expect_exact(b"5*5\r\n25\r\n>>> ")
    b.assert_quiet()
    b.send(b"\x10")                                # Ctrl-P: previous history entry
    b.expect(b"5*5")
    b.send(b"\r")
    b.expect_exact(b"\r\n25\r\n>>> ")


def test_tab_completion_unique():
    b = _ready()
    b.send(b"pri\t(1)\r")
    b.expect_exact(b"print(1)\r\n1\r\n>>> ")
    b.send(b"longname_xyz = 3\r")
    b.expect_exact(b"longname_xyz = 3\r\n>>> ")
    b.send(b"longn\t\r")
    b.expect_exact(b"longname_xyz\r\n3\r\n>>> ")


def test_continuation_rules():
    b = _ready()
    b.send(b's = """a\rb"""\r')                   # unterminated triple quote
    b.expect_exact(b's = """a\r\n... b"""\r\n>>> ')
    assert b.repl("s") == b"'a\\nb'\r\n"
    b.send(b"x = 1 + \\\r2\r")                    # trailing backslash
    b.expect_exact(b"x = 1 + \\\r\n... 2\r\n>>> ")
    assert b.repl("x") == b"3\r\n"
    assert b.repl("iffy = 4") == b""              # `if` only as a whole word
    b.send(b"[1,\r2]\r")                          # open bracket
    b.expect_exact(b"[1,\r\n... 2]\r\n[1, 2]\r\n>>> ")
    b.send(b"@staticmethod\r")                    # decorator
    b.expect_exact(b"@staticmethod\r\n... ")
    b.send(b"\x03")
    b.expect_exact(b"\r\n>>> ")


def test_backspace_at_end():
    b = _ready()
    b.send(b"12\x7f3\r")
    b.expect_exact(b"12\b\x1b[K3\r\n13\r\n>>> ")


# ---------------------------------------------------------------- 2.4 / 2.5
def test_auto_indent_transcript():
    b = _ready()
    b.send(b"for i in range(2):\rprint(i)\r\r\r\r")
    b.expect_exact(b"for i in range(2):\r\n...     print(i)\r\n...     \r\n...     \r\n"
                   b"... \r\n0\r\n1\r\n>>> ")
    b.assert_quiet()


def test_auto_indent_backspace_shortcut():
    b = _ready()
    b.send(b"for i in range(2):\rprint(i)\r\x08\r")
    b.expect_exact(b"for i in range(2):\r\n...     print(i)\r\n...     \b\b\b\b\x1b[K\r\n"
                   b"0\r\n1\r\n>>> ")
    b.assert_quiet()


def test_space_after_auto_indent_pasted_block():
    # spec 2.5: SPACE right after auto-indent turns it off and removes 3 auto spaces
    # (so an indented block pasted into the friendly REPL keeps its indentation)
    b = _ready()
    b.send(b"for i in range(2):\r    print(i)\r\r")
    b.expect_exact(b"for i in range(2):\r\n...     \b\b\b\x1b[K   print(i)\r\n... \r\n0\r\n1\r\n>>> ")
    b.assert_quiet()
    b.send(b"for i in range(2):\r\n    print(i)\r\n\r\n")   # the same with CR LF line ends
    b.expect_exact(b"for i in range(2):\r\n...     \b\b\b\x1b[K   print(i)\r\n... \r\n0\r\n1\r\n>>> ")
    b.assert_quiet()


def test_tab_after_auto_indent():
    b = _ready()
    b.send(b"if 1:\r\ty = 2\r\r")     # TAB: auto-indent off, spaces kept, TAB not inserted
    b.expect_exact(b"if 1:\r\n...     y = 2\r\n... \r\n>>> ")
    assert b.repl("y") == b"2\r\n"


def test_continuation_brackets_and_ctrl_c_cancels_block():
    b = _ready()
    b.send(b"(1 +\r2)\r")
    b.expect_exact(b"(1 +\r\n... 2)\r\n3\r\n>>> ")
    b.send(b"if True:\r\x03")
    b.expect_exact(b"if True:\r\n...     \r\n>>> ")
    b.assert_quiet()


# ---------------------------------------------------------------- 2.6
def test_paste_mode():
    b = _ready()
    b.send(b"\x05")
    b.expect_exact(PASTE_BANNER)
    b.send(b"print(1)\rx = 2\rfor i in range(2):\r    print(i + x)\rx\r\x04")
    b.expect_exact(b"print(1)\r\n=== x = 2\r\n=== for i in range(2):\r\n===     print(i + x)\r\n"
                   b"=== x\r\n=== \r\n1\r\n2\r\n3\r\n2\r\n>>> ")
    b.assert_quiet()


def test_paste_mode_lf_verbatim():
    b = _ready()
    b.send(b"\x05")
    b.expect_exact(PASTE_BANNER)
    b.send(b"a = 5\nprint(a)\x04")
    b.expect_exact(b"a = 5\nprint(a)\r\n5\r\n>>> ")


def test_paste_mode_ctrl_c_discards():
    b = _ready()
    b.send(b"\x05print('no')\r\x03")
    b.expect_exact(PASTE_BANNER + b"print('no')\r\n=== \r\n>>> ")
    b.assert_quiet()


# ---------------------------------------------------------------- 2.8
def test_traceback_div_zero():
    b = _ready()
    b.send(b"1/0\r")
    b.expect_exact(b'1/0\r\nTraceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
                   b"ZeroDivisionError: divide by zero\r\n>>> ")


def test_traceback_syntax_error_and_oserror():
    b = _ready()
    b.send(b"1+\r")
    b.expect_exact(b'1+\r\nTraceback (most recent call last):\r\n  File "<stdin>", line 1\r\n'
                   b"SyntaxError: invalid syntax\r\n>>> ")
    b.send(b"open('missing')\r")
    b.expect_exact(b"open('missing')\r\nTraceback (most recent call last):\r\n"
                   b'  File "<stdin>", line 1, in <module>\r\nOSError: [Errno 2] ENOENT\r\n>>> ')
    b.send(b"def f():\rraise KeyError\r\r\r\rf()\r")
    b.expect_exact(b"def f():\r\n...     raise KeyError\r\n...     \r\n...     \r\n... \r\n>>> f()\r\n"
                   b"Traceback (most recent call last):\r\n"
                   b'  File "<stdin>", line 1, in <module>\r\n'
                   b'  File "<stdin>", line 2, in f\r\n'
                   b"KeyError: \r\n>>> ")


def test_traceback_one_arg_prints_str():
    # spec 2.8: one argument prints its str() (MicroPython: `KeyError: k`, no quotes)
    b = _ready()
    b.send(b"raise KeyError('k')\r")
    b.expect_exact(b"raise KeyError('k')\r\nTraceback (most recent call last):\r\n"
                   b'  File "<stdin>", line 1, in <module>\r\nKeyError: k\r\n>>> ')
    b.send(b"raise ValueError(1, 'two')\r")
    b.expect_exact(b"raise ValueError(1, 'two')\r\nTraceback (most recent call last):\r\n"
                   b"  File \"<stdin>\", line 1, in <module>\r\nValueError: (1, 'two')\r\n>>> ")


def test_systemexit_in_friendly_soft_reboots():
    b = _ready()
    b.send(b"import sys; sys.exit()\r")
    b.expect_re(rb"import sys; sys\.exit\(\)\r\nMPY: soft reboot\r\n" + BANNER_RE)
    b.assert_quiet()


# ---------------------------------------------------------------- 2.9 / 0: Ctrl-C while running
def test_ctrl_c_interrupts_loop():
    b = _ready()
    b.send(b"while True: pass\r\r")
    b.expect_exact(b"while True: pass\r\n... \r\n")
    b.assert_quiet(0.3)
    b.send(b"\x03")
    b.expect_exact(b'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
                   b"KeyboardInterrupt: \r\n>>> ")
    b.assert_quiet()


@case_timeout(30)
def test_ctrl_c_inside_time_sleep_real_clock():
    b = booted(clock="real")
    b.send(b"import time; time.sleep(30)\r")
    b.expect_exact(b"import time; time.sleep(30)\r\n")
    b.assert_quiet(0.5)
    b.send(b"\x03")
    b.expect_exact(b'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
                   b"KeyboardInterrupt: \r\n>>> ", timeout=2)


def test_ctrl_c_swallowed_while_running():
    b = _ready()
    # the 0x03 that interrupts must not reach stdin afterwards
    src = b"try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')\n"
    b.send(b"\x05" + src + b"\x04")      # LF is stored and echoed verbatim in paste mode
    b.expect_exact(PASTE_BANNER + src + b"\r\n")
    b.assert_quiet(0.3)
    b.send(b"\x03")
    b.expect_exact(b"caught\r\n>>> ")
    b.assert_quiet(0.3)
    b.send(b"1+1\r")
    b.expect_exact(b"1+1\r\n2\r\n>>> ")


def test_lf_to_crlf_only():
    b = _ready()
    b.send(b"print('a\\nb')\r")
    b.expect_exact(b"print('a\\nb')\r\na\r\nb\r\n>>> ")
    b.send(b"print('p\\r\\nq')\r")      # only LF is translated
    b.expect_exact(b"print('p\\r\\nq')\r\np\r\r\nq\r\n>>> ")
    b.send(b"import sys; n = sys.stdout.write('w\\n')\r")
    b.expect_exact(b"import sys; n = sys.stdout.write('w\\n')\r\nw\r\n>>> ")


def test_stdout_buffer_raw_bytes():
    b = _ready()
    b.send(b"import sys; n = sys.stdout.buffer.write(b'r\\ns\\n')\r")
    b.expect_exact(b"import sys; n = sys.stdout.buffer.write(b'r\\ns\\n')\r\nr\ns\n>>> ")


def test_input_reads_line():
    b = _ready()
    b.send(b"s = input('? ')\r")
    b.expect_exact(b"s = input('? ')\r\n? ")
    b.send(b"hello\r")
    out = b.expect(b">>> ")
    assert out.startswith(b"hello"), out
    assert b.repl("s") == b"'hello'\r\n"


def test_no_cr_cr_lf_anywhere():
    b = _ready()
    b.send(b"for i in range(3): print(i)\r\r\r\r1/0\r")
    out = b.expect(b"ZeroDivisionError: divide by zero\r\n>>> ")
    assert b"\r\r\n" not in b.log, b.log
    assert re.search(rb"0\r\n1\r\n2\r\n>>> ", out), out
