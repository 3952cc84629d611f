"""The `machine` module's API on the board (issue 4 items 4-6): Pin modes, pulls,
open drain, pins driven by the host (control socket `pin N 0|1|z`), pin IRQs
and their exceptions, Timer and WDT in virtual board time, RTC, freq,
reset causes (spec board-protocol.md 6), deep/light sleep, mem32 GPIO
registers, and the VCD of a Timer-driven blink."""
import time

from kilnboard import booted, case_timeout, rising_edges


def ok(b, code, timeout=10.0):
    return b.raw_exec(code, timeout).decode().replace("\r\n", "\n")


def test_pin_constants_and_repr():
    b = booted()
    assert b.eval("(__import__('machine').Pin.IN, __import__('machine').Pin.OUT)") == (1, 3)
    out = ok(b, "from machine import Pin\n"
                "print(Pin.OPEN_DRAIN, Pin.PULL_UP, Pin.PULL_DOWN, Pin.IRQ_RISING, Pin.IRQ_FALLING,"
                " Pin.WAKE_LOW, Pin.WAKE_HIGH)\n"
                "print(Pin(21), repr(Pin(2, Pin.OUT)), Pin(5) is Pin(5))\n"
                "import umachine, machine; print(umachine is machine)\n")
    assert out == "7 2 1 1 2 4 5\nPin(21) Pin(2) True\nTrue\n", out


def test_pin_errors():
    b = booted()
    out = ok(b, "from machine import Pin\n"
                "for n in (20, 24, 28, 31, 40, -1):\n"
                "    try:\n"
                "        Pin(n)\n"
                "    except ValueError as e:\n"
                "        print(n, e)\n"
                "try:\n"
                "    Pin(36, Pin.OUT)\n"
                "except ValueError as e:\n"
                "    print(e)\n"
                "print(Pin(36, Pin.IN).value())\n")
    assert out == ("20 invalid pin\n24 invalid pin\n28 invalid pin\n31 invalid pin\n"
                   "40 invalid pin\n-1 invalid pin\npin can only be input\n0\n"), out


def test_pin_levels_pulls_open_drain_host_drive():
    b = booted()
    ok(b, "from machine import Pin\n"
          "p = Pin(21, Pin.OUT, value=1); i = Pin(4, Pin.IN); od = Pin(13, Pin.OPEN_DRAIN, value=1)\n")
    assert b.eval("(p.value(), p(), i.value(), od.value())") == (1, 1, 0, 1)
    ok(b, "p.toggle()")
    assert b.eval("p.value()") == 0
    ok(b, "p.toggle(); p.off(); i.init(pull=Pin.PULL_UP)")
    assert b.eval("(p.value(), i.value())") == (0, 1)
    b.control_ok("pin 4 0")
    b.control_ok("pin 13 0")
    assert b.eval("(i.value(), od.value())") == (0, 0)
    b.control_ok("pin 4 z")
    b.control_ok("pin 13 z")
    assert b.eval("(i.value(), od.value())") == (1, 1)
    ok(b, "i.init(pull=None); od(0); p(1)")
    assert b.eval("(i.value(), od.value(), p.value())") == (0, 0, 1)
    b.control_ok("pin 21 0")        # an output beats the host
    assert b.eval("p.value()") == 1


def test_pin_irq_from_host_and_handler_errors():
    b = booted()
    ok(b, "from machine import Pin\n"
          "hits = []\n"
          "btn = Pin(0, Pin.IN, Pin.PULL_UP)\n"
          "irq = btn.irq(handler=lambda p: hits.append((p, p.value())), trigger=Pin.IRQ_FALLING)\n")
    for level in "0z0z0":
        b.control_ok("pin 0 " + level)
        time.sleep(0.05)
    assert b.eval("(len(hits), hits[0][0] is btn, irq.trigger(), irq.flags())") == (3, True, 2, 2)
    # an exception in a handler is printed; the running program goes on
    ok(b, "def bad(p):\n    global fired\n    fired = 1\n    raise ValueError('boom')\n"
          "fired = 0\nbtn.irq(bad, Pin.IRQ_RISING)\n")
    b.exec_raw_no_follow("import time\nn = 0\nwhile not fired and n < 5000000:\n    n += 1\nprint('done')\n")
    b.control_ok("pin 0 0")
    b.control_ok("pin 0 z")
    out, err = b.follow(10)
    assert out.endswith(b"done\r\n"), (out, err)
    assert b"ValueError: boom" in out and b"in bad" in out, out
    assert err == b"", err
    ok(b, "btn.irq(None)")
    b.control_ok("pin 0 0")
    assert b.eval("irq.trigger()") == 0


def test_timer_periodic_one_shot_and_callback_errors():
    b = booted()
    out = ok(b, "import time\nfrom machine import Timer\n"
                "n = [0]\n"
                "t = Timer(0)\n"
                "t.init(period=100, mode=Timer.PERIODIC, callback=lambda t: n.__setitem__(0, n[0] + 1))\n"
                "time.sleep(1)\nt.deinit()\nk = n[0]\ntime.sleep(1)\n"
                "print(k, n[0], Timer(0) is t, Timer(-1) is Timer(3))\n"
                "when = []\nt0 = time.ticks_ms()\n"
                "Timer(1, mode=Timer.ONE_SHOT, period=250, callback=lambda t: when.append(time.ticks_diff(time.ticks_ms(), t0)))\n"
                "time.sleep(1)\nprint(when)\n"
                "def boom(t):\n    1/0\n"
                "Timer(2, mode=Timer.ONE_SHOT, period=10, callback=boom)\n"
                "time.sleep_ms(50)\nprint('after')\n", timeout=20)
    lines = out.split("\n")
    assert lines[0] == "10 10 True True", out
    assert lines[1] == "[250]", out
    assert "ZeroDivisionError: divide by zero" in out and out.endswith("after\n"), out


@case_timeout(90)
def test_timer_blink_vcd_60_board_seconds():
    b = booted()
    start_us = int(b.control("clock"))
    ok(b, "from machine import Pin, Timer\nimport time\n"
          "led = Pin(21, Pin.OUT, value=0)\n"
          "t = Timer(0, period=500, callback=lambda t: led.value(not led.value()))\n"
          "time.sleep(60)\nt.deinit()\n", timeout=60)
    ts, sig = b.vcd()
    assert ts == "1us", ts
    rises = [t for t in rising_edges(sig[21]) if t > start_us]
    assert len(rises) == 60, (len(rises), rises[:5])
    gaps = [rises[i + 1] - rises[i] for i in range(len(rises) - 1)]
    assert all(abs(g - 1000000) <= 5 for g in gaps), gaps     # callbacks run at check points
    assert abs(rises[-1] - rises[0] - 59000000) <= 5, (rises[0], rises[-1])


def test_reset_causes_and_freq():
    b = booted()
    # enter_raw soft-resets once: the cause reads SOFT_RESET from then on
    b.exec_raw("import machine")
    assert b.eval("(machine.reset_cause(), machine.PWRON_RESET, machine.SOFT_RESET)") == (5, 1, 5)
    assert b.eval("machine.freq()") == 160000000
    out, err = b.exec_raw("machine.freq(100000000)")
    assert b"frequency must be" in err, err
    b.exec_raw("machine.freq(240000000)")
    b.enter_raw()                                   # soft reset: freq kept
    assert b.eval("__import__('machine').freq()") == 240000000
    b.exec_raw_no_follow("import machine\nmachine.reset()\n")
    b.in_raw = False
    b.wait_banner(10)                                # hard reset: friendly REPL, banner
    assert b.eval("(__import__('machine').reset_cause(), __import__('machine').freq())") == (5, 160000000)


def test_hard_reset_cause_in_boot():
    b = booted()
    b.put_file("main.py", "import machine\nprint('cause', machine.reset_cause(), machine.wake_reason())\n")
    b.exec_raw_no_follow("import machine\nmachine.reset()\n")
    b.in_raw = False
    out = b.wait_banner(10)
    assert b"cause 2 0\r\n" in out, out
    b.send(b"import machine; machine.deepsleep(1500)\r")
    out = b.wait_banner(10)
    assert b"cause 4 4\r\n" in out, out
    b.send(b"import machine; w = machine.WDT(timeout=300)\r")
    out = b.wait_banner(10)
    assert b"cause 3 0\r\n" in out, out
    b.power_cycle()
    out = b.wait_banner(10)
    assert b"cause 1 0\r\n" in out, out


def test_wdt_fed_survives_then_bites():
    b = booted()
    out, err = b.exec_raw("import machine, time\nw = machine.WDT(timeout=500)\n"
                          "for i in range(10):\n    time.sleep_ms(200); w.feed()\nprint('fed')\n")
    assert out == b"fed\r\n" and err == b"", (out, err)
    out, err = b.exec_raw("try:\n    machine.WDT(id=1)\nexcept ValueError:\n    print('id')\n"
                          "try:\n    machine.WDT(timeout=0)\nexcept ValueError as e:\n    print(e)\n")
    assert out == b"id\r\nWDT timeout too short\r\n", out
    b.in_raw = False
    b.wait_banner(10)   # not fed any more: watchdog reset
    assert b.eval("__import__('machine').reset_cause()") in (3, 5)


def test_rtc_datetime_and_memory():
    b = booted()
    out = ok(b, "from machine import RTC\nimport time\nr = RTC()\n"
                "r.datetime((2024, 2, 29, 0, 23, 59, 58, 0))\n"
                "time.sleep(3)\nd = r.datetime()\nprint(d[:7], r is RTC())\n"
                "r.memory(b'kept')\nprint(r.memory())\n")
    assert out == "(2024, 3, 1, 4, 0, 0, 1) True\nb'kept'\n", out
    assert b.eval("time.gmtime()[:6]")[:4] == (2024, 3, 1, 0)
    b.exec_raw_no_follow("import machine\nmachine.reset()\n")
    b.in_raw = False
    b.wait_banner(10)
    assert b.eval("__import__('machine').RTC().memory()") == b"kept"
    b.power_cycle()
    b.in_raw = False
    b.wait_banner(10)
    assert b.eval("__import__('machine').RTC().memory()") == b""


def test_sleeps_idle_pulse_irq_state_mem32():
    b = booted()
    out = ok(b, "import machine, time\nfrom machine import Pin\n"
                "t = time.ticks_ms(); machine.lightsleep(1200); print(time.ticks_diff(time.ticks_ms(), t) >= 1200,"
                " machine.wake_reason() == machine.TIMER_WAKE)\n"
                "t = time.ticks_us(); machine.idle(); print(0 <= time.ticks_diff(time.ticks_us(), t) <= 2000)\n"
                "print(machine.time_pulse_us(Pin(4, Pin.IN), 1, 5000))\n"
                "print(machine.time_pulse_us(Pin(5, Pin.IN, Pin.PULL_UP), 1, 5000))\n"
                "s = machine.disable_irq(); machine.enable_irq(s); print(s)\n"
                "print(machine.unique_id() == machine.unique_id(), len(machine.unique_id()))\n"
                "led = Pin(2, Pin.OUT, value=0)\n"
                "machine.mem32[0x3FF44008] = 1 << 2\n"
                "print(led.value(), hex(machine.mem32[0x3FF44004] & 4), machine.mem32[0x3FF44020] & 4)\n"
                "machine.mem32[0x3FF4400C] = 1 << 2\nprint(led.value())\n"
                "try:\n    machine.mem32[0x3FF44002]\nexcept ValueError as e:\n    print(e)\n")
    assert out == ("True True\nTrue\n-2\n-1\n1\nTrue 6\n1 0x4 4\n0\n"
                   "address 3ff44002 is not aligned to 4 bytes\n"), out


def test_signal():
    b = booted()
    out = ok(b, "from machine import Pin, Signal\n"
                "s = Signal(Pin(2, Pin.OUT), invert=True)\ns.on()\nprint(Pin(2).value(), s.value(), s())\n"
                "s2 = Signal(4, Pin.OUT, value=1, invert=True)\nprint(s2.value(), Pin(4).value())\n"
                "s2(1)\nprint(Pin(4)())\ns3 = Signal(5, mode=Pin.OUT)\ns3.on()\nprint(Pin(5)(), s3.value())\n")
    assert out == "0 1 1\n0 1\n0\n1 1\n", out


def test_disable_irq_holds_timer_and_pin_interrupts():
    b = booted()
    ok(b, "import machine, time\nfrom machine import Pin, Timer\n"
          "n = [0]; hits = []\n"
          "t = Timer(0, period=10, callback=lambda t: n.__setitem__(0, n[0] + 1))\n"
          "btn = Pin(0, Pin.IN, Pin.PULL_UP)\nbtn.irq(lambda p: hits.append(1), Pin.IRQ_FALLING)\n"
          "s = machine.disable_irq()\n")
    b.control_ok("pin 0 0")
    out = ok(b, "time.sleep_ms(100)\nk = (n[0], len(hits))\nmachine.enable_irq(s)\n"
                "print(s, k, n[0], len(hits))\nt.deinit()\n")
    assert out == "1 (0, 0) 1 1\n", out
