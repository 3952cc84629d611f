"""Boot sequence (spec 1.2, issue 4 item 7): boot.py importing a module,
boot.py raising, an endless boot.py interrupted by Ctrl-C, main.py raising,
main.py renamed away, and machine.reset_cause() after each kind of reset."""
from kilnboard import BANNER_RE, Board, booted, case_timeout

LED_BLINK = (b"from machine import Pin\n"
             b"import time\n"
             b"print('led_blink: start')\n"
             b"led = Pin(2, Pin.OUT)\n"
             b"for i in range(3):\n"
             b"    led.on()\n"
             b"    time.sleep_ms(100)\n"
             b"    led.off()\n"
             b"    time.sleep_ms(100)\n"
             b"print('led_blink: done')\n")


def _prefix_ok(junk):
    """Output allowed before the first expected line after a hard reset:
    bootloader junk, but none of the board's own messages."""
    for bad in (b"soft reboot", b">>> ", b"Traceback", b"MicroPython", b"MAIN"):
        assert bad not in junk, "unexpected %r before the boot output: %r" % (bad, junk)


def _expect_boot(b, body_re, timeout=10):
    m = b.expect_re(rb"(.*?)" + body_re + BANNER_RE, timeout)
    _prefix_ok(m.group(1))
    return m


def test_boot_imports_led_blink():
    b = booted()
    b.put_file("led_blink.py", LED_BLINK)
    b.put_file("boot.py", b"import led_blink\nprint('boot: after import')\n")
    b.put_file("main.py", b"print('main: ran')\n")
    b.power_cycle()
    _expect_boot(b, rb"led_blink: start\r\nled_blink: done\r\nboot: after import\r\nmain: ran\r\n")
    assert b.repl("led_blink.__name__") == b"'led_blink'\r\n"   # boot.py globals kept
    b.stop()
    _, sig = b.vcd()
    from kilnboard import rising_edges
    rise = rising_edges(sig.get(2, []))
    assert len(rise) == 3, "GPIO2 rising edges: %r" % rise
    assert all(abs((y - x) - 200000) <= 2000 for x, y in zip(rise, rise[1:])), rise


def test_boot_raises_main_skipped():
    b = booted()
    b.put_file("boot.py", b"print('boot start')\nx = 1\nraise ValueError('boom')\n")
    b.put_file("main.py", b"print('MAIN RAN')\n")
    b.reset_button()
    _expect_boot(b, rb'boot start\r\nTraceback \(most recent call last\):\r\n'
                    rb'  File "boot\.py", line 3, in <module>\r\nValueError: boom\r\n')
    b.assert_quiet(0.2)
    assert b.repl("x") == b"1\r\n"


def test_boot_endless_loop_ctrl_c():
    b = booted()
    boot = b"print('boot loop')\nn = 0\nwhile True:\n    n += 1\n"
    main = b"print('MAIN RAN')\n"
    data = bytes(range(256)) * 4
    b.put_file("boot.py", boot)
    b.put_file("main.py", main)
    b.put_file("data.bin", data)
    b.reset_button()
    m = b.expect_re(rb"(.*?)boot loop\r\n", 10)
    _prefix_ok(m.group(1))
    b.assert_quiet(0.3)       # boot.py spins; nothing else is printed
    b.send(b"\x03")
    b.expect_re(rb'Traceback \(most recent call last\):\r\n'
                rb'  File "boot\.py", line [34], in <module>\r\n'
                rb'KeyboardInterrupt: \r\n' + BANNER_RE, 5)
    b.assert_quiet(0.2)
    assert int(b.repl("n")) > 0
    b.enter_raw(soft_reset=False)   # a soft reset would run the endless boot.py again
    assert sorted(b.eval("__import__('os').listdir('/')")) == ["boot.py", "data.bin", "main.py"]
    assert b.get_file("boot.py") == boot
    assert b.get_file("main.py") == main
    assert b.get_file("data.bin") == data


@case_timeout(30)
def test_ctrl_c_in_boot_sleep_real_clock():
    b = booted(clock="real")
    b.put_file("boot.py", b"import time\nprint('sleeping')\ntime.sleep(60)\nprint('woke')\n")
    b.put_file("main.py", b"print('MAIN RAN')\n")
    b.reset_button()
    m = b.expect_re(rb"(.*?)sleeping\r\n", 10)
    _prefix_ok(m.group(1))
    b.assert_quiet(0.5)
    b.send(b"\x03")
    b.expect_re(rb'Traceback \(most recent call last\):\r\n'
                rb'  File "boot\.py", line 3, in <module>\r\n'
                rb'KeyboardInterrupt: \r\n' + BANNER_RE, 2)
    b.assert_quiet(0.2)


def test_main_raises_friendly_repl():
    b = booted()
    b.put_file("main.py", b"print('main start')\nopen('nonexistent')\n")
    b.reset_button()
    _expect_boot(b, rb'main start\r\nTraceback \(most recent call last\):\r\n'
                    rb'  File "main\.py", line 2, in <module>\r\nOSError: \[Errno 2\] ENOENT\r\n')
    b.assert_quiet(0.3)    # no reset after main.py raised


def test_main_systemexit_soft_reboot():
    b = booted()
    # main.py exits on the first run only (a flag file), so the reboot ends in the REPL
    b.put_file("main.py", b"import os, sys\nif 'flag' not in os.listdir():\n"
                          b"    open('flag', 'w').close()\n    print('exit')\n    sys.exit()\n"
                          b"print('second run')\n")
    b.reset_button()
    _expect_boot(b, rb"exit\r\nMPY: soft reboot\r\nsecond run\r\n")
    assert b.repl("import machine; machine.reset_cause()") == b"5\r\n"


def test_boot_systemexit_soft_reboot_skips_main():
    b = booted()
    # boot.py exits once (a flag file), so the second boot goes on normally
    b.put_file("boot.py", b"import os\nif 'f' not in os.listdir():\n    open('f', 'w').close()\n"
                          b"    print('boot exit')\n    raise SystemExit\nprint('boot ok')\n")
    b.put_file("main.py", b"print('MAIN')\n")
    b.reset_button()
    _expect_boot(b, rb"boot exit\r\nMPY: soft reboot\r\nboot ok\r\nMAIN\r\n")
    assert b.repl("import machine; machine.reset_cause()") == b"5\r\n"


@case_timeout(90)
def test_reset_causes_and_rename_main():
    b = booted()
    assert b.repl("import machine; machine.reset_cause()") == b"1\r\n"
    b.put_file("main.py", b"print('MAIN RAN')\n")
    b.exit_raw()
    b.wait_banner()

    def cause():
        return b.repl("import machine; machine.reset_cause()")

    b.power_cycle()
    _expect_boot(b, rb"MAIN RAN\r\n")
    assert cause() == b"1\r\n", "after power cycle"
    b.reset_button()
    _expect_boot(b, rb"MAIN RAN\r\n")
    assert cause() == b"2\r\n", "after the reset button"
    b.send(b"\x04")
    b.expect_exact(b"\r\nMPY: soft reboot\r\nMAIN RAN\r\n")
    b.wait_banner()
    assert cause() == b"5\r\n", "after Ctrl-D soft reset"
    b.send(b"machine.reset()\r")
    b.expect_exact(b"machine.reset()\r\n")
    _expect_boot(b, rb"MAIN RAN\r\n")
    assert cause() == b"2\r\n", "after machine.reset()"
    import signal
    b.signal(signal.SIGUSR2)
    _expect_boot(b, rb"MAIN RAN\r\n")
    assert cause() == b"1\r\n", "after SIGUSR2 (power cycle)"
    b.signal(signal.SIGUSR1)
    _expect_boot(b, rb"MAIN RAN\r\n")
    assert cause() == b"2\r\n", "after SIGUSR1 (reset button)"
    # machine.soft_reset() from the REPL is a soft reboot (SystemExit)
    b.send(b"machine.soft_reset()\r")
    b.expect_exact(b"machine.soft_reset()\r\nMPY: soft reboot\r\nMAIN RAN\r\n")
    b.wait_banner()
    assert cause() == b"5\r\n", "after machine.soft_reset()"
    # rename main.py: no autostart any more
    assert b.repl("import os; os.rename('main.py', 'main_off.py')") == b""
    b.reset_button()
    m = b.expect_re(rb"(.*?)" + BANNER_RE, 10)
    _prefix_ok(m.group(1))
    b.assert_quiet(0.2)
    assert sorted(b.eval("__import__('os').listdir()")) == ["boot.py", "main_off.py"]
    b.exit_raw()
    b.wait_banner()
    b.power_cycle()
    m = b.expect_re(rb"(.*?)" + BANNER_RE, 10)
    _prefix_ok(m.group(1))


def test_corrupt_flash_warns_and_keeps_data():
    # spec 1.1 step 5: a filesystem that is neither mountable nor blank is not
    # reformatted; a warning repeats every 3 s until Ctrl-C
    b = booted()
    b.put_file("keep.txt", b"precious\n")
    b.stop()
    with open(b.flash, "rb") as f:
        img = bytearray(f.read())
    at = img.find(b"littlefs")
    assert at >= 0, "no littlefs superblock in the flash image"
    start = at - at % 4096
    img[start:start + 65536] = b"\x55" * 65536
    with open(b.flash, "wb") as f:
        f.write(img)
    b2 = Board(flash=b.flash, tmpdir=b.tmp, clock="real")
    first = b2.drain(0.5, 2.5)
    assert b"Performing initial setup" not in first and b">>> " not in first, first
    assert first.count(b"\r\n") >= 3, "no warning paragraph: %r" % first
    b2.send(b"\x03")
    b2.expect(b">>> ", 5)
    b2.stop()
    with open(b.flash, "rb") as f:
        after = f.read()
    assert after[start:start + 65536] == b"\x55" * 65536, "the damaged filesystem was rewritten"
