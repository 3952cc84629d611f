#!/usr/bin/env python3
"""Measure how long the virtual board takes to reboot (a measurement, not a
test): soft reboot in the raw REPL (Ctrl-D to the raw prompt, what every
mpremote/run-tests session does) and hard reset (control `reset` to the
banner). The boot window of safe mode runs beside boot.py, so it adds
nothing here. Usage: python3 tools/measure_board.py [KILN]"""
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "board"))
if len(sys.argv) > 1:
    os.environ["KILN"] = os.path.abspath(sys.argv[1])
import kilnboard  # noqa: E402


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


b = kilnboard.Board(clock="real")
b.wait_banner(10)
b.enter_raw()
soft = []
for _ in range(20):
    t0 = time.monotonic()
    b.send(b"\x04")
    b.expect(b"raw REPL; CTRL-B to exit\r\n>", 5)
    soft.append(time.monotonic() - t0)
b.exit_raw()
b.wait_banner()
hard = []
for _ in range(10):
    t0 = time.monotonic()
    b.control_ok("reset")
    b.wait_banner(5)
    hard.append(time.monotonic() - t0)
b.stop()
b.cleanup()
print("soft reboot in the raw REPL (Ctrl-D to the raw prompt), median of 20: %.2f ms" % (median(soft) * 1000))
print("hard reset (control 'reset' to the banner), median of 10: %.2f ms" % (median(hard) * 1000))
