"""The board's host side: `--help`, `--serial tcp:PORT`, pyserial on the pty
(exclusive lock, as Thonny opens it) and over socket://, the control socket
(pins, unknown commands, quit), SIGTERM, `--heap`, the pty surviving resets."""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

import kilnboard
from kilnboard import (BANNER_RE, RAW_BANNER, Board, PySerialTransport, booted, pyserial)


def test_help_lists_options():
    p = subprocess.run([kilnboard.KILN, "board", "--help"], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=10)
    text = p.stdout.decode("utf-8", "replace")
    assert p.returncode == 0, (p.returncode, text[:500])
    for opt in ("--flash", "--serial", "--heap", "--clock", "--gpio-vcd", "--control"):
        assert opt in text, "%s missing from `kiln board --help`:\n%s" % (opt, text)


def test_serial_stdio_pipe():
    # --serial stdio (the default) with a pipe: runs until the input ends
    tmp = tempfile.mkdtemp(prefix="kilnboard_")
    try:
        p = subprocess.run([kilnboard.KILN, "board", "--flash", os.path.join(tmp, "f.img"),
                            "--clock", "virtual"], input=b"print(6*7)\r", stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=15)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    assert p.returncode == 0, (p.returncode, p.stderr[-500:])
    assert re.fullmatch(rb"kiln: power-on; [^\r\n]*\r\nPerforming initial setup\r\n" + BANNER_RE + rb"print\(6\*7\)\r\n42\r\n>>> ",
                        p.stdout), p.stdout


def test_tcp_friendly_print():
    b = Board(serial="tcp")
    b.send(b"\r")
    b.expect(b">>> ", 10)
    b.drain(0.1)
    b.send(b"print(6*7)\r")
    b.expect_exact(b"print(6*7)\r\n42\r\n>>> ")
    b.send(b"\x02")
    b.expect_re(rb"\r\n" + BANNER_RE)


def test_tcp_raw_repl_and_reconnect():
    b = Board(serial="tcp")
    assert b.raw_exec("print(sum(range(10)))") == b"45\r\n"
    b.exit_raw()
    b.expect_re(rb".*?\r\n" + BANNER_RE)
    b.reopen_serial()          # a second client after the first hung up
    b.send(b"1+2\r")
    b.expect(b"1+2\r\n3\r\n>>> ", 5)


def test_pyserial_exclusive_on_pty():
    serial = pyserial()
    b = booted()
    b.close_serial()
    ser = serial.Serial(b.pty_path, 115200, timeout=0, exclusive=True)
    try:
        b.attach(PySerialTransport(ser))
        b.send(b"\x03")
        b.expect(b">>> ")
        assert b.raw_exec("print('via pyserial')") == b"via pyserial\r\n"
    finally:
        ser.close()


def test_pyserial_socket_url():
    serial = pyserial()
    b = Board(serial="tcp", open_serial=False)
    deadline = time.monotonic() + 10
    while True:
        try:
            ser = serial.serial_for_url("socket://127.0.0.1:%d" % b.tcp_port, timeout=0)
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    try:
        b.attach(PySerialTransport(ser))
        assert b.raw_exec("print(6*7)") == b"42\r\n"
    finally:
        ser.close()


def test_pty_survives_resets_and_reopen():
    b = booted()
    b.close_serial()
    b.control_ok("reset")
    time.sleep(0.3)
    b.reopen_serial()
    b.send(b"\r")
    b.expect(b">>> ", 5)
    b.control_ok("power")
    b.wait_banner()
    b.signal(signal.SIGUSR1)
    b.wait_banner()
    b.send(b"1\r")
    b.expect(b"1\r\n1\r\n>>> ")


def test_control_pin_drive_input():
    b = booted()
    b.repl("from machine import Pin; p = Pin(0, Pin.IN, Pin.PULL_UP)")
    assert b.repl("p.value()") == b"1\r\n"
    b.control_ok("pin 0 0")
    assert b.repl("p.value()") == b"0\r\n"
    b.control_ok("pin 0 1")
    assert b.repl("p.value()") == b"1\r\n"
    b.control_ok("pin 0 z")
    assert b.repl("p.value()") == b"1\r\n"     # released: the pull-up decides


def test_control_errors_and_clock():
    b = booted()
    r = b.control("frobnicate")
    assert r.startswith("error: "), r
    r = b.control("pin 99 1")
    assert r.startswith("error: "), r
    # `clock`: board time in us (virtual clock: a sleep advances it at once)
    t1 = b.control("clock")
    assert re.fullmatch(r"(ok )?\d+", t1), t1
    b.repl("import time; time.sleep(5)")
    t2 = b.control("clock")
    assert re.fullmatch(r"(ok )?\d+", t2), t2
    dt = int(t2.split()[-1]) - int(t1.split()[-1])
    assert 5000000 <= dt < 6000000, dt


def test_control_quit_and_sigterm():
    b = booted()
    assert b.control("quit") == "ok"
    b.proc.wait(5)
    b2 = booted()
    t0 = time.monotonic()
    b2.signal(signal.SIGTERM)
    b2.proc.wait(5)
    assert time.monotonic() - t0 < 3


def test_heap_option():
    b = booted(heap=65536)
    total = b.eval("__import__('gc').mem_free() + __import__('gc').mem_alloc()")
    assert 48 * 1024 <= total <= 64 * 1024, total
    out, err = b.exec_raw("x = bytearray(200000)")
    assert b"MemoryError" in err, err


def test_default_heap_esp32_size():
    b = booted()
    total = b.eval("__import__('gc').mem_free() + __import__('gc').mem_alloc()")
    assert 90 * 1024 <= total <= 200 * 1024, total


def test_platform_and_version_strings():
    b = booted()
    assert b.eval("__import__('sys').platform") == "esp32"
    assert b.eval("__import__('os').uname().sysname") == "esp32"
    v = b.eval("__import__('sys').version")
    assert v.startswith("3.4.0; MicroPython v1.24.0 on "), v
    m = b.eval("__import__('sys').implementation._machine")
    assert m == "Generic ESP32 module with ESP32", m
    b.exit_raw()
    out = b.expect(re.compile(BANNER_RE))
    assert RAW_BANNER not in out


def test_flash_dir_host_folder():
    # --flash-dir DIR: the board's filesystem is a host folder
    tmp = tempfile.mkdtemp(prefix="kilnboard_")
    try:
        d = os.path.join(tmp, "fs")
        os.mkdir(d)
        with open(os.path.join(d, "main.py"), "w") as f:
            f.write("print('main from the host folder')\n")
        b = kilnboard.Board(start=False)
        b.command = lambda: [kilnboard.KILN, "board", "--flash-dir", d, "--serial", "pty",
                             "--control", b.control_path]
        b.start()
        out = b.wait_banner(10)
        assert b"main from the host folder\r\n" in out, out
        assert b.repl("import os; print(os.listdir())") == b"['main.py']\r\n"
        b.repl("f = open('made.txt', 'w'); f.write('on the board'); f.close()")
        with open(os.path.join(d, "made.txt")) as f:
            assert f.read() == "on the board"
        b.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_link_symlink_to_pty():
    # --link PATH: a stable name for the pty (Thonny's GUI lists /dev/ttyUSB*)
    serial = pyserial()
    tmp = tempfile.mkdtemp(prefix="kilnboard_")
    link = os.path.join(tmp, "ttyUSB_kiln")
    try:
        b = Board(extra=["--link", link])
        b.wait_banner(10)
        assert os.path.islink(link) and os.readlink(link) == b.pty_path
        b.close_serial()
        ser = serial.Serial(link, 115200, timeout=0, exclusive=True)
        try:
            b.attach(PySerialTransport(ser))
            b.send(b"\x03")
            b.expect(b">>> ")
            assert b.raw_exec("print('via the link')") == b"via the link\r\n"
        finally:
            ser.close()
        b.stop()
        assert not os.path.lexists(link), "the link outlived the board"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
