"""tests/board/kilnboard.py - harness for the virtual ESP32 board (`kiln board`).

Owns: starting a board process (own temp dir, fresh flash image unless one is
given), finding and opening its serial link (pty: first stderr line
`serial: /dev/pts/N`, opened raw; or tcp; or a pyserial object), reading with
timeouts (expect / expect_exact / read_exact / drain), the host side of the
raw REPL and raw-paste protocol as pyboard.py / mpremote implement it
(spec board-protocol.md 4.1-4.2), the control socket, the VCD parser and a
clean shutdown (SIGTERM, then SIGKILL).

Invariants: every wait has a deadline (a hung board raises Timeout, never
hangs the suite); all bytes received are appended to Board.log (shown by
run.py when a case fails); every started Board is in LIVE until stopped, and
cleanup_all() stops them (run.py calls it after every case).
"""
import ast
import os
import re
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import termios
import time
import tty

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KILN = os.environ.get("KILN", os.path.join(ROOT, "build", "kiln"))

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"
HELP_LINE = b'Type "help()" for more information.\r\n'
BANNER_RE = (rb"MicroPython v1\.24\.0 on \d{4}-\d{2}-\d{2}; Generic ESP32 module with ESP32\r\n"
             rb'Type "help\(\)" for more information\.\r\n>>> ')
PASTE_BANNER = b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== "

LIVE = []   # started boards not yet stopped
CASE_BOARDS = []   # every board created since the last cleanup_all()


class Timeout(AssertionError):
    pass


class BoardDied(AssertionError):
    pass


class ExecError(AssertionError):
    """Code run through the raw REPL wrote to stderr (raised an exception)."""

    def __init__(self, out, err):
        AssertionError.__init__(self, "device raised: out=%s err=%s" % (short(out), short(err)))
        self.out, self.err = out, err


def short(b, n=400):
    r = repr(b)
    return r if len(r) <= n else r[:n // 2] + " ... " + r[-n // 2:]


def pyserial():
    """Import pyserial (Debian's python3-serial, also from a non-Debian python3)."""
    try:
        import serial
    except ImportError:
        for d in ("/usr/lib/python3/dist-packages",):
            if os.path.isdir(d) and d not in sys.path:
                sys.path.append(d)
        import serial
    return serial


def shared_dir():
    for d in (os.environ.get("KILN_SHARED"), os.path.join(os.path.dirname(ROOT), "shared"),
              "/work/shared"):
        if d and os.path.isdir(os.path.join(d, "tools")):
            return d
    raise AssertionError("shared/ (with tools/thonny_check.py) not found beside the repo")


def free_tcp_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# ------------------------------------------------------------------ transports
class FdTransport:
    """A pty slave opened raw."""

    def __init__(self, path):
        self.path = path
        self.fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        tty.setraw(self.fd, termios.TCSANOW)

    def fileno(self):
        return self.fd

    def read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not r:
            return b""
        try:
            data = os.read(self.fd, 65536)
        except BlockingIOError:
            return b""
        except OSError:   # EIO: the master side is gone
            return None
        return data if data else None

    def write(self, data, timeout=10.0):
        deadline = time.monotonic() + timeout
        view = memoryview(data)
        while view:
            _, w, _ = select.select([], [self.fd], [], max(0.0, deadline - time.monotonic()))
            if not w:
                raise Timeout("write to %s blocked (board not reading?)" % self.path)
            try:
                n = os.write(self.fd, view)
            except BlockingIOError:
                continue
            view = view[n:]

    def close(self):
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


class SocketTransport:
    def __init__(self, host, port, timeout=10.0):
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.create_connection((host, port), timeout=1.0)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise Timeout("could not connect to %s:%d" % (host, port))
                time.sleep(0.05)
        self.sock.setblocking(False)

    def fileno(self):
        return self.sock.fileno()

    def read(self, timeout):
        r, _, _ = select.select([self.sock], [], [], max(0.0, timeout))
        if not r:
            return b""
        try:
            data = self.sock.recv(65536)
        except BlockingIOError:
            return b""
        except OSError:
            return None
        return data if data else None

    def write(self, data, timeout=10.0):
        self.sock.settimeout(timeout)
        try:
            self.sock.sendall(data)
        finally:
            self.sock.setblocking(False)

    def close(self):
        if self.sock is not None:
            self.sock.close()
            self.sock = None


class PySerialTransport:
    """Wraps an open pyserial object (serial.Serial or serial_for_url)."""

    def __init__(self, ser):
        self.ser = ser

    def read(self, timeout):
        deadline = time.monotonic() + timeout
        while True:
            n = self.ser.in_waiting
            if n:
                return self.ser.read(n)
            if time.monotonic() >= deadline:
                return b""
            time.sleep(0.005)

    def write(self, data, timeout=10.0):
        self.ser.write(data)
        self.ser.flush()

    def close(self):
        self.ser.close()


# ------------------------------------------------------------------ VCD
def parse_vcd(text):
    """Parse a VCD file. Returns (timescale string, {signal: [(time, value)]}).
    Signals are keyed by their $var name and, when the name ends in digits,
    also by that number (GPIO21 -> 21). Values are '0', '1', 'x', 'z' or a
    vector string. A partial last line is ignored."""
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    m = re.search(r"\$timescale\s+(.*?)\s*\$end", text, re.S)
    timescale = re.sub(r"\s+", "", m.group(1)) if m else None
    ids = {}
    for vm in re.finditer(r"\$var\s+\S+\s+\d+\s+(\S+)\s+(\S+)(?:\s+\[[^\]]*\])?\s+\$end", text):
        ids.setdefault(vm.group(1), []).append(vm.group(2))
    body_at = text.find("$enddefinitions")
    body = text[body_at:] if body_at >= 0 else ""
    body = body[body.find("$end") + 4:] if body else ""
    if not body.endswith("\n"):
        body = body[:body.rfind("\n") + 1]
    changes = {}
    t = 0
    for tok in body.split():
        if tok.startswith("#"):
            t = int(tok[1:])
        elif tok.startswith("$"):
            continue   # $dumpvars / $end etc.
        elif tok[0] in "01xzXZ":
            for name in ids.get(tok[1:], ()):
                changes.setdefault(name, []).append((t, tok[0].lower()))
        elif tok[0] in "bBrR":
            pending = tok[1:]
            changes.setdefault("__vec__", []).append((t, pending))
    out = {}
    for name, lst in changes.items():
        out[name] = lst
        nm = re.search(r"(\d+)$", name)
        if nm:
            out.setdefault(int(nm.group(1)), lst)
    for names in ids.values():   # declared but never changed
        for name in names:
            out.setdefault(name, [])
            nm = re.search(r"(\d+)$", name)
            if nm:
                out.setdefault(int(nm.group(1)), out[name])
    return timescale, out


def rising_edges(changes):
    """Times at which a signal goes to '1' from something else."""
    edges, prev = [], None
    for t, v in changes:
        if v == "1" and prev != "1" and prev is not None:
            edges.append(t)
        prev = v
    return edges


# ------------------------------------------------------------------ the board
class Board:
    """One `kiln board` process and its serial link."""

    def __init__(self, flash=None, serial="pty", clock="virtual", heap=None, vcd=True,
                 control=True, extra=(), tmpdir=None, open_serial=True, start=True,
                 startup_timeout=10.0):
        self.tmp = tmpdir or tempfile.mkdtemp(prefix="kilnboard_")
        self.own_tmp = tmpdir is None
        self.flash = flash or os.path.join(self.tmp, "flash.img")
        self.serial_kind = serial
        self.clock = clock
        self.heap = heap
        self.stderr_path = os.path.join(self.tmp, "stderr.txt")
        self.stdout_path = os.path.join(self.tmp, "stdout.txt")
        self.vcd_path = os.path.join(self.tmp, "gpio.vcd") if vcd else None
        self.control_path = os.path.join(self.tmp, "control.sock") if control else None
        self.extra = list(extra)
        self.tcp_port = None
        self.proc = None
        self.t = None            # transport
        self.buf = b""           # received, not yet consumed
        self.log = b""           # everything received (for failure reports)
        self.pty_path = None
        self.raw_paste = None    # None: not tried yet; True/False: known
        self.in_raw = False
        self.startup_timeout = startup_timeout
        self.open_serial = open_serial
        CASE_BOARDS.append(self)
        if start:
            self.start()

    # -------------------------------------------------------------- process
    def command(self):
        cmd = [KILN, "board", "--flash", self.flash]
        if self.serial_kind == "pty":
            cmd += ["--serial", "pty"]
        elif self.serial_kind == "tcp":
            self.tcp_port = self.tcp_port or free_tcp_port()
            cmd += ["--serial", "tcp:%d" % self.tcp_port]
        else:
            cmd += ["--serial", self.serial_kind]
        if self.clock:
            cmd += ["--clock", self.clock]
        if self.heap:
            cmd += ["--heap", str(self.heap)]
        if self.vcd_path:
            cmd += ["--gpio-vcd", self.vcd_path]
        if self.control_path:
            cmd += ["--control", self.control_path]
        return cmd + self.extra

    def start(self):
        if self.control_path and os.path.exists(self.control_path):
            os.unlink(self.control_path)     # stale, from an earlier board in this dir
        self.buf = b""
        self.stderr_path = os.path.join(self.tmp, "stderr.txt")
        self.stdout_path = os.path.join(self.tmp, "stdout.txt")
        with open(self.stderr_path, "wb") as err, open(self.stdout_path, "wb") as out:
            self.proc = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL, stdout=out,
                                         stderr=err, cwd=self.tmp, start_new_session=True)
        LIVE.append(self)
        deadline = time.monotonic() + self.startup_timeout
        if self.serial_kind == "pty":
            while True:
                first = self.stderr_text().split("\n", 1)
                if len(first) == 2:
                    m = re.fullmatch(r"serial: (/dev/pts/\d+)", first[0])
                    if not m:
                        raise AssertionError("first stderr line is not `serial: /dev/pts/N`: %r"
                                             % first[0])
                    self.pty_path = m.group(1)
                    break
                if self.proc.poll() is not None:
                    raise BoardDied("board exited (%s) before naming its pty; stderr: %r"
                                    % (self.proc.returncode, self.stderr_text()[-800:]))
                if time.monotonic() > deadline:
                    raise Timeout("no `serial: /dev/pts/N` line on stderr within %.0fs"
                                  % self.startup_timeout)
                time.sleep(0.01)
            if self.open_serial:
                self.t = FdTransport(self.pty_path)
        elif self.serial_kind == "tcp" and self.open_serial:
            self.t = SocketTransport("127.0.0.1", self.tcp_port, self.startup_timeout)
        if self.control_path:
            while not os.path.exists(self.control_path):
                if self.proc.poll() is not None:
                    raise BoardDied("board exited (%s); stderr: %r"
                                    % (self.proc.returncode, self.stderr_text()[-800:]))
                if time.monotonic() > deadline:
                    raise Timeout("control socket %s never appeared" % self.control_path)
                time.sleep(0.01)
        return self

    def stderr_text(self):
        try:
            with open(self.stderr_path, "rb") as f:
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout=5.0):
        """SIGTERM, then SIGKILL after `timeout`. Returns the exit status."""
        if self.t is not None:
            try:
                self.t.close()
            except OSError:
                pass
            self.t = None
        rc = None
        if self.proc is not None:
            if self.proc.poll() is None:
                try:
                    self.proc.send_signal(signal.SIGTERM)
                    rc = self.proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    rc = self.proc.wait(5)
            else:
                rc = self.proc.returncode
        if self in LIVE:
            LIVE.remove(self)
        return rc

    def cleanup(self):
        self.stop()
        if self.own_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.cleanup()

    def signal(self, sig):
        self.proc.send_signal(sig)

    def attach(self, transport):
        """Talk over another transport (e.g. a pyserial object) from now on."""
        if self.t is not None and self.t is not transport:
            self.t.close()
        self.t = transport

    def close_serial(self):
        if self.t is not None:
            self.t.close()
            self.t = None

    def reopen_serial(self):
        self.close_serial()
        if self.serial_kind == "pty":
            self.t = FdTransport(self.pty_path)
        else:
            self.t = SocketTransport("127.0.0.1", self.tcp_port)
        # bytes already read stay in self.buf: they arrived before the close

    # -------------------------------------------------------------- control socket
    def control(self, cmd, timeout=5.0):
        """Send one control line; return the reply line (without newline)."""
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(timeout)
        try:
            s.connect(self.control_path)
            s.sendall(cmd.encode() + b"\n")
            reply = b""
            deadline = time.monotonic() + timeout
            while b"\n" not in reply:
                if time.monotonic() > deadline:
                    raise Timeout("control %r: no reply line (got %r)" % (cmd, reply))
                chunk = s.recv(4096)
                if not chunk:
                    break
                reply += chunk
        except socket.timeout:
            raise Timeout("control %r: no reply within %.0fs" % (cmd, timeout))
        finally:
            s.close()
        return reply.split(b"\n", 1)[0].decode("utf-8", "replace")

    def control_ok(self, cmd, timeout=5.0):
        r = self.control(cmd, timeout)
        if r != "ok":
            raise AssertionError("control %r answered %r, expected 'ok'" % (cmd, r))

    def control_journal(self, timeout=5.0):
        """The `journal` control command: one line per boot, newest first."""
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(timeout)
        try:
            s.connect(self.control_path)
            s.sendall(b"journal\n")
            reply = b""
            while not (reply.endswith(b"ok\n") or reply.startswith(b"error")):
                chunk = s.recv(4096)
                if not chunk:
                    break
                reply += chunk
        finally:
            s.close()
        lines = reply.decode("utf-8", "replace").splitlines()
        if not lines or lines[-1] != "ok":
            raise AssertionError("control journal answered %r" % reply)
        return lines[:-1]

    def power_cycle(self):
        self.buf = b""
        self.in_raw = False
        self.control_ok("power")

    def reset_button(self):
        self.buf = b""
        self.in_raw = False
        self.control_ok("reset")

    # -------------------------------------------------------------- VCD
    def vcd(self):
        with open(self.vcd_path, "rb") as f:
            return parse_vcd(f.read())

    # -------------------------------------------------------------- serial I/O
    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        self.t.write(data)

    def _fill(self, timeout):
        """Read what arrives within `timeout`; False when nothing came."""
        data = self.t.read(timeout)
        if data is None:
            raise BoardDied("serial link closed; board %s; stderr: %r" % (
                "alive" if self.alive() else "exited (%s)" % self.proc.returncode,
                self.stderr_text()[-800:]))
        if data:
            self.buf += data
            self.log += data
            return True
        if not self.alive():
            raise BoardDied("board exited (%s); stderr: %r"
                            % (self.proc.returncode, self.stderr_text()[-800:]))
        return False

    def expect(self, pat, timeout=5.0):
        """Read until `pat` (bytes: first occurrence; or a compiled bytes
        regex: first search match) has arrived; consume and return everything
        up to and including it."""
        deadline = time.monotonic() + timeout
        while True:
            if isinstance(pat, (bytes, bytearray)):
                i = self.buf.find(pat)
                end = i + len(pat) if i >= 0 else -1
            else:
                m = pat.search(self.buf)
                end = m.end() if m else -1
            if end >= 0:
                out, self.buf = self.buf[:end], self.buf[end:]
                return out
            left = deadline - time.monotonic()
            if left <= 0:
                raise Timeout("waited %.1fs for %s; received %s" % (
                    timeout, short(pat if isinstance(pat, bytes) else pat.pattern), short(self.buf)))
            self._fill(min(left, 0.5))

    def expect_exact(self, expected, timeout=5.0):
        """The next bytes must be exactly `expected`."""
        deadline = time.monotonic() + timeout
        while len(self.buf) < len(expected) and expected.startswith(self.buf):
            left = deadline - time.monotonic()
            if left <= 0:
                break
            self._fill(min(left, 0.5))
        got = self.buf[:len(expected)]
        if got != expected:
            self.drain(0.3, 1.0, keep=True)
            raise AssertionError("expected exactly %s\n       received %s" % (
                short(expected, 1200), short(self.buf[:len(expected) + 200], 1200)))
        self.buf = self.buf[len(expected):]
        return got

    def expect_re(self, regex, timeout=5.0):
        """Read until a full match of the bytes regex `regex` is possible at the
        front of the buffer (the regex must be anchored by its own content);
        returns the match object. Fails if the data stops matching."""
        rx = re.compile(regex, re.S) if isinstance(regex, bytes) else regex
        deadline = time.monotonic() + timeout
        while True:
            m = rx.match(self.buf)
            if m:
                self.buf = self.buf[m.end():]
                return m
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("expected to match %s\n       received %s" % (
                    short(rx.pattern, 1200), short(self.buf, 1200)))
            self._fill(min(left, 0.5))

    def read_exact(self, n, timeout=5.0):
        deadline = time.monotonic() + timeout
        while len(self.buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Timeout("wanted %d bytes within %.1fs, got %s" % (n, timeout, short(self.buf)))
            self._fill(min(left, 0.5))
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def drain(self, quiet=0.1, timeout=3.0, keep=False):
        """Read until nothing arrives for `quiet` seconds (at most `timeout`);
        return (and consume, unless keep) everything buffered."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self._fill(min(quiet, max(0.0, deadline - time.monotonic()))):
                break
        out = self.buf
        if not keep:
            self.buf = b""
        return out

    def assert_quiet(self, quiet=0.2):
        extra = self.drain(quiet, quiet + 1.0)
        if extra:
            raise AssertionError("unexpected extra output %s" % short(extra))

    def waiting(self):
        if self.buf:
            return True
        self._fill(0)
        return bool(self.buf)

    # -------------------------------------------------------------- friendly REPL
    def wait_banner(self, timeout=10.0):
        """Read up to and including the friendly banner and `>>> `; returns it all."""
        return self.expect(re.compile(BANNER_RE), timeout)

    def repl(self, line, timeout=5.0):
        """Type `line` + CR at a `>>> ` prompt; check the echo; return the
        output printed before the next `>>> ` (the prompt is consumed)."""
        if isinstance(line, str):
            line = line.encode()
        self.send(line + b"\r")
        self.expect_exact(line + b"\r\n", timeout)
        out = self.expect(b">>> ", timeout)
        return out[:-4]

    # -------------------------------------------------------------- raw REPL (pyboard / mpremote)
    def enter_raw(self, soft_reset=True, timeout=10.0):
        """Spec 4.1, exactly as pyboard.py / mpremote do it."""
        self.send(b"\r\x03")
        time.sleep(0.05)
        while self.waiting():     # drain what is readable now; nothing awaited
            self.buf = b""
        self.send(b"\r\x01")
        if soft_reset:
            self.expect(RAW_BANNER + b">", timeout)
            self.send(b"\x04")
            self.expect(b"soft reboot\r\n", timeout)
        self.expect(RAW_BANNER, timeout)
        self.in_raw = True
        self.raw_paste = None

    def exit_raw(self):
        self.send(b"\r\x02")
        self.in_raw = False

    def exec_raw_no_follow(self, code, timeout=10.0, paste=None):
        if isinstance(code, str):
            code = code.encode()
        self.expect(b">", timeout)
        use_paste = self.raw_paste if paste is None else paste
        if use_paste is not False:
            self.send(b"\x05A\x01")
            data = self.read_exact(2, timeout)
            if data == b"R\x01":
                self.raw_paste = True
                return self._raw_paste_write(code, timeout)
            if data == b"R\x00":
                raise AssertionError("board answered R\\x00 to raw-paste request A")
            self.expect(b"w REPL; CTRL-B to exit\r\n>", timeout)
            if paste:
                raise AssertionError("raw-paste not supported: %s" % short(data))
            self.raw_paste = False
        for i in range(0, len(code), 256):
            self.send(code[i:i + 256])
            time.sleep(0.01)
        self.send(b"\x04")
        ok = self.read_exact(2, timeout)
        if ok != b"OK":
            raise AssertionError("plain raw REPL: expected OK, got %s" % short(ok + self.buf))

    def _raw_paste_write(self, code, timeout):
        window = struct.unpack("<H", self.read_exact(2, timeout))[0]
        credit = window
        i = 0
        while i < len(code):
            while credit == 0 or self.waiting():
                b = self.read_exact(1, timeout)
                if b == b"\x01":
                    credit += window
                elif b == b"\x04":
                    self.send(b"\x04")     # device aborted; acknowledge
                    return
                else:
                    raise AssertionError("raw-paste: unexpected byte %r from device (then %s)"
                                         % (b, short(self.buf)))
            n = min(credit, len(code) - i)
            self.send(code[i:i + n])
            i += n
            credit -= n
        self.send(b"\x04")
        ack = self.expect(b"\x04", timeout)
        if ack.replace(b"\x01", b"") != b"\x04":
            raise AssertionError("raw-paste end: expected \\x04 ack, got %s" % short(ack))

    def follow(self, timeout=10.0):
        out = self.expect(b"\x04", timeout)[:-1]
        err = self.expect(b"\x04", timeout)[:-1]
        return out, err

    def exec_raw(self, code, timeout=10.0, paste=None):
        """Run `code` in the raw REPL (entering it with a soft reset the first
        time); returns (stdout, stderr) bytes."""
        if not self.in_raw:
            self.enter_raw()
        self.exec_raw_no_follow(code, timeout, paste)
        return self.follow(timeout)

    def raw_exec(self, code, timeout=10.0, paste=None):
        """exec_raw that raises ExecError on stderr output; returns stdout."""
        out, err = self.exec_raw(code, timeout, paste)
        if err:
            raise ExecError(out, err)
        return out

    def eval(self, expr, timeout=10.0):
        """Evaluate `expr` on the board, return it parsed by ast.literal_eval."""
        out = self.raw_exec("print(repr(%s))" % expr, timeout)
        return ast.literal_eval(out.decode("utf-8"))

    # -------------------------------------------------------------- files (mpremote style)
    def put_file(self, path, data, timeout=10.0):
        if isinstance(data, str):
            data = data.encode()
        self.raw_exec("f=open(%r,'wb')\nw=f.write" % path, timeout)
        for i in range(0, len(data), 256):
            self.raw_exec("w(%r)" % data[i:i + 256], timeout)
        self.raw_exec("f.close()", timeout)

    def get_file(self, path, timeout=10.0):
        self.raw_exec("f=open(%r,'rb')\nr=f.read" % path, timeout)
        data = b""
        while True:
            chunk = ast.literal_eval(self.raw_exec("print(r(256))", timeout).decode())
            if not chunk:
                break
            data += chunk
        self.raw_exec("f.close()", timeout)
        return data


def cleanup_all():
    """Stop every board of the case and remove their temp dirs."""
    for b in list(CASE_BOARDS):
        try:
            b.cleanup()
        except Exception:
            pass
    del CASE_BOARDS[:]
    del LIVE[:]


def transcripts():
    """(name, received bytes, stderr tail) of every board of the case."""
    return [(b.pty_path or b.tcp_port, b.log, b.stderr_text()[-300:]) for b in CASE_BOARDS]


def booted(**kw):
    """A fresh board (new flash image unless flash= is given) that has
    printed its banner and `>>> `; the boot output is in board.boot_output."""
    b = Board(**kw)
    b.boot_output = b.wait_banner(15)
    return b


def full_banner_re():
    return re.compile(BANNER_RE, re.S)


def case_timeout(seconds):
    """Decorator: the case's time limit in run.py (default 60 s)."""
    def deco(fn):
        fn.timeout = seconds
        return fn
    return deco
