"""The seed's journey (issue 4 item 7): fresh flash -> initial setup -> REPL;
a blinking main.py written through the raw REPL; power cycle -> GPIO21 blinks
at 1 Hz in virtual time (VCD checked); Ctrl-C -> KeyboardInterrupt in main.py
-> banner -> `>>> `."""
import re
import time

from kilnboard import BANNER_RE, Board, booted, case_timeout, parse_vcd, rising_edges

MAIN = (b"from machine import Pin; import time; p = Pin(21, Pin.OUT)\n"
        b"while True:\n"
        b"    p.value(not p.value())\n"
        b"    time.sleep_ms(500)\n")
TOL_US = 2000


def _vcd_rising(b, pin, limit=4 << 20):
    """Changes and rising edges of `pin` in the first `limit` bytes of the VCD
    (main.py blinks as fast as the CPU allows in virtual time: the file grows fast)."""
    with open(b.vcd_path, "rb") as f:
        ts, sig = parse_vcd(f.read(limit))
    return ts, sig.get(pin, []), rising_edges(sig.get(pin, []))


def test_first_boot_setup_banner():
    b = Board()
    out = b.wait_banner(15)
    # junk (bootloader lines) may precede the setup line; nothing may follow it but the banner
    m = re.fullmatch(rb"(?s)(.*?)Performing initial setup\r\n" + BANNER_RE, out)
    assert m, "first boot output: %r" % out
    b.assert_quiet(0.3)
    b.send(b"\r")
    b.expect_exact(b"\r\n>>> ")


def test_default_boot_py_comment_only():
    b = booted()
    names = b.eval("__import__('os').listdir('/')")
    assert names == ["boot.py"], names
    src = b.get_file("boot.py")
    assert src, "boot.py is empty"
    lines = src.decode().splitlines()
    code = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    assert not code, "boot.py has code lines: %r" % code
    assert any(ln.startswith("#") for ln in lines)


def test_second_boot_no_setup():
    b = booted()
    flash = b.flash
    b.put_file("keep.txt", b"kept\n")
    b.stop()
    b2 = Board(flash=flash, tmpdir=b.tmp)
    out = b2.wait_banner(15)
    assert b"Performing initial setup" not in out, out
    assert b2.get_file("keep.txt") == b"kept\n"
    b2.stop()


@case_timeout(60)
def test_blink_main_power_cycle_ctrl_c():
    b = booted()
    assert b"Performing initial setup\r\n" in b.boot_output
    b.put_file("main.py", MAIN)
    assert b.get_file("main.py") == MAIN
    b.exit_raw()
    b.wait_banner()
    b.assert_quiet(0.2)
    t0 = time.monotonic()
    b.power_cycle()
    # main.py now blinks GPIO21 forever; watch the VCD until 61 rising edges
    live = False
    while time.monotonic() - t0 < 5.0:
        try:
            _, _, rise = _vcd_rising(b, 21, 1 << 20)
        except OSError:
            rise = []
        if len(rise) >= 61:
            live = True
            break
        time.sleep(0.1)
    elapsed = time.monotonic() - t0
    pre = b.drain(0.05, 0.5)
    for bad in (b"soft reboot", b"Performing initial setup", b">>> ", b"Traceback"):
        assert bad not in pre, "after power cycle, before Ctrl-C: %r" % pre
    b.send(b"\x03")
    b.expect_re(rb'Traceback \(most recent call last\):\r\n'
                rb'  File "main\.py", line [34], in <module>\r\n'
                rb'KeyboardInterrupt: \r\n' + BANNER_RE, timeout=5)
    b.send(b"p.value(1)\r")      # main.py's globals stay visible in the REPL
    b.expect_exact(b"p.value(1)\r\n>>> ")
    b.stop()
    ts, changes, rise = _vcd_rising(b, 21)
    assert ts == "1us", "VCD timescale %r" % ts
    assert len(rise) >= 61, ("only %d rising edges on GPIO21 after %.1f real seconds"
                             % (len(rise), elapsed))
    # every edge 500000 us after the previous one (the last two may be cut by Ctrl-C)
    edges = [t for t, v in changes if v in "01"]
    first = edges.index(rise[0])
    steps = [b2 - a for a, b2 in zip(edges[first:first + 121], edges[first + 1:first + 122])]
    badsteps = [s for s in steps if abs(s - 500000) > TOL_US]
    assert not badsteps, "edge spacing not 500000us: %r" % badsteps[:10]
    in60 = [t for t in rise if rise[0] <= t < rise[0] + 60000000 - TOL_US]
    assert len(in60) == 60, "%d rising edges in the first 60 board-seconds" % len(in60)
    assert live or elapsed < 5.5, "60 board-seconds took %.1f real seconds" % elapsed
