"""The board's machine side: the VCD file (GTKWave-readable, monotonic time
across resets), pins driven by the host and Pin IRQs, pins kept across a soft
reset (spec 1.4), the virtual clock, deep/light sleep (spec 6), mpremote's
`reset` command over a pty (spec 7.13), and what a soft reset clears (1.1)."""
import re
import time

from kilnboard import BANNER_RE, booted, rising_edges


def test_vcd_header_and_monotonic_time_across_resets():
    b = booted()
    b.repl("from machine import Pin; import time; p = Pin(4, Pin.OUT)")
    for i in range(3):
        b.repl("p.on(); time.sleep_ms(10); p.off(); time.sleep_ms(10)")
    b.control_ok("reset")
    b.wait_banner()
    b.repl("from machine import Pin; import time; p = Pin(4, Pin.OUT)")
    b.repl("p.on(); time.sleep_ms(5); p.off()")
    b.control_ok("power")
    b.wait_banner()
    b.repl("from machine import Pin; p = Pin(4, Pin.OUT); p.on()")
    b.stop()
    with open(b.vcd_path, "rb") as f:
        text = f.read().decode("ascii")
    assert re.search(r"\$timescale\s+1\s*us\s+\$end", text), text[:300]
    assert "$enddefinitions $end" in text
    names = re.findall(r"\$var\s+wire\s+1\s+\S+\s+(\S+)", text)
    assert "GPIO4" in names or any(re.search(r"4$", n) for n in names), names
    times = [int(t) for t in re.findall(r"^#(\d+)", text, re.M)]
    assert times, "no timestamps"
    back = [(a, b2) for a, b2 in zip(times, times[1:]) if b2 < a]
    assert not back, "VCD time goes backwards (GTKWave rejects it): %r" % back[:5]
    _, sig = b.vcd()
    assert len(rising_edges(sig[4])) == 5, sig[4]


def test_control_pin_drives_irq():
    b = booted()
    b.raw_exec("from machine import Pin\nimport time\nhits = []\n"
               "btn = Pin(0, Pin.IN, Pin.PULL_UP)\n"
               "btn.irq(lambda p: hits.append(p.value()), Pin.IRQ_FALLING)")
    # virtual time runs ahead while it waits: the loop is bounded by the host's timeout
    b.exec_raw_no_follow("while not hits:\n    time.sleep_ms(1)\nprint('hits', hits)")
    time.sleep(0.2)
    b.control_ok("pin 0 0")
    out, err = b.follow(10)
    assert (out, err) == (b"hits [0]\r\n", b""), (out, err)
    b.control_ok("pin 0 1")
    assert b.raw_exec("time.sleep_ms(5)\nprint(hits, btn.value())") == b"[0] 1\r\n"


def test_pins_kept_across_soft_reset():
    b = booted()
    b.repl("from machine import Pin; p = Pin(5, Pin.OUT); p.on()")
    b.send(b"\x04")
    b.expect_re(rb"\r\nMPY: soft reboot\r\n" + BANNER_RE)
    assert b.repl("from machine import Pin; Pin(5).value()") == b"1\r\n"
    b.stop()
    _, sig = b.vcd()
    # Pin(5, Pin.OUT) drives 0, on() 1, and the soft reset changes nothing
    assert [v for t, v in sig[5] if v in "01"] == ["0", "1"], sig[5]


def test_virtual_clock_sleep_is_instant():
    b = booted()
    t0 = time.monotonic()
    out = b.repl("import time; t = time.ticks_ms(); time.sleep(100); time.ticks_diff(time.ticks_ms(), t)")
    assert 100000 <= int(out) < 100500, out
    assert time.monotonic() - t0 < 3.0


def test_real_clock_sleep_takes_real_time():
    b = booted(clock="real")
    t0 = time.monotonic()
    out = b.repl("import time; t = time.ticks_ms(); time.sleep_ms(300); time.ticks_diff(time.ticks_ms(), t)")
    dt = time.monotonic() - t0
    assert 300 <= int(out) < 600, out
    assert dt >= 0.29, dt


def test_deepsleep_resets_with_deepsleep_cause():
    b = booted()
    b.put_file("main.py", b"print('MAIN')\n")
    b.exit_raw()
    b.wait_banner()
    b.send(b"import machine; machine.deepsleep(2000)\r")
    b.expect_exact(b"import machine; machine.deepsleep(2000)\r\n")
    m = b.expect_re(rb"(.*?)MAIN\r\n" + BANNER_RE, 10)
    assert b"soft reboot" not in m.group(1), m.group(0)
    assert b.repl("import machine; machine.reset_cause(), machine.wake_reason()") == b"(4, 4)\r\n"


def test_lightsleep_returns_after_time():
    b = booted()
    out = b.repl("import time, machine; t = time.ticks_ms(); machine.lightsleep(1500); "
                 "time.ticks_diff(time.ticks_ms(), t)")
    assert 1500 <= int(out) < 2000, out


def test_mpremote_reset_over_pty():
    b = booted()
    b.put_file("main.py", b"print('MAIN')\n")
    # mpremote reset: exec without following, then the tool exits
    b.exec_raw_no_follow("import time, machine; time.sleep_ms(100); machine.reset()")
    b.close_serial()
    time.sleep(0.3)
    b.reopen_serial()          # the pty is still there; the board is friendly again
    b.expect_re(rb"(.*?)MAIN\r\n" + BANNER_RE, 5)   # written while the port was closed
    b.send(b"\x02")
    b.expect_re(rb"\r\n" + BANNER_RE, 5)
    assert b.repl("import machine; machine.reset_cause()") == b"2\r\n"
    b.enter_raw()
    assert b.raw_exec("print(1)") == b"1\r\n"


def test_soft_reset_clears_state():
    b = booted()
    b.send(b"import sys; sys.path.append('/x'); sys.ps1 = 'K> '; q = 1\r")
    b.expect_exact(b"import sys; sys.path.append('/x'); sys.ps1 = 'K> '; q = 1\r\nK> ")
    b.send(b"1+1\r")
    b.expect_exact(b"1+1\r\n2\r\nK> ")          # prompts come from sys.ps1
    b.send(b"\x04")
    b.expect_re(rb"\r\nMPY: soft reboot\r\n" + BANNER_RE)
    assert b.repl("import sys; sys.path") == b"['', '.frozen', '/lib']\r\n"
    assert b.repl("'q' in globals()") == b"False\r\n"
    b.send(b"\x04")
    b.wait_banner()
    b.send(b"\x1b[A")                          # history was cleared
    b.assert_quiet(0.3)
    b.send(b"\r")
    b.expect_exact(b"\r\n>>> ")


def test_target_info_requirements():
    # spec 7.11 / 5: run-tests' feature detection
    b = booted()
    out = b.raw_exec("import sys\ntry:\n    (lambda: 0)(1)\nexcept TypeError as e:\n"
                     "    print(sys.platform, len(e.value), len('\u03b1'))")
    assert out == b"esp32 54 1\r\n", out
