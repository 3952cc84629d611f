"""mpremote-style file operations through the raw REPL (spec 4.5): the exact
device-side code mpremote sends, parsed the way mpremote parses it."""
import ast
import hashlib
import random
import re

from kilnboard import ExecError, booted

TB = b"Traceback (most recent call last):\r\n"


def _ls(b, path="/"):
    out = b.raw_exec("import os\nfor f in os.ilistdir(%r):\n"
                     " print(repr(f), end=',')" % path)
    return ast.literal_eval("[" + out.decode() + "]")


def _stat(b, path):
    out = b.raw_exec("import os\nprint(repr(tuple(os.stat(%r))))" % path)
    return ast.literal_eval(out.decode())


def test_ls_ilistdir():
    b = booted()
    b.raw_exec("import os\nos.mkdir('dir')\nf=open('a.txt','w')\nf.write('hello')\nf.close()")
    entries = _ls(b, "/")
    by_name = {e[0]: e for e in entries}
    assert set(by_name) == {"boot.py", "dir", "a.txt"}, entries
    for e in entries:
        assert 3 <= len(e) <= 4 and all(isinstance(x, int) for x in e[1:]), e
    assert by_name["dir"][1] == 0x4000, by_name["dir"]
    assert by_name["a.txt"][1] == 0x8000, by_name["a.txt"]
    if len(by_name["a.txt"]) == 4:
        assert by_name["a.txt"][3] == 5
    # no argument = cwd; os.listdir agrees
    out = b.raw_exec("import os\nfor f in os.ilistdir():\n print(repr(f), end=',')")
    assert sorted(e[0] for e in ast.literal_eval("[" + out.decode() + "]")) == sorted(by_name)
    assert sorted(b.eval("os.listdir('/')")) == sorted(by_name)
    assert b.eval("os.getcwd()") == "/"


def test_cat_text_crlf():
    b = booted()
    text = "line one\nline two\n" + "x" * 600 + "\nend\n"
    b.put_file("t.txt", text.encode())
    out = b.raw_exec("f=open('t.txt')\nwhile 1:\n b=f.read(256)\n if not b:break\n"
                     " print(b,end='')\nf.close()")
    assert out == text.replace("\n", "\r\n").encode(), out[:200]


def test_write_chunks_and_read_back_binary():
    b = booted()
    rnd = random.Random(4)
    data = bytes(range(256)) + bytes(rnd.randrange(256) for _ in range(1500)) + b"\r\n\\'\""
    b.raw_exec("f=open('blob.bin','wb')\nw=f.write")
    for i in range(0, len(data), 256):
        assert b.raw_exec("w(" + repr(data[i:i + 256]) + ")") == b""
    b.raw_exec("f.close()")
    # mpremote's fs_readfile: r=f.read; print(r(256)) until b''
    b.raw_exec("f=open('blob.bin','rb')\nr=f.read")
    got = b""
    while True:
        out = b.raw_exec("print(r(256))")
        chunk = ast.literal_eval(out.decode())
        assert isinstance(chunk, bytes), out
        if not chunk:
            break
        got += chunk
    b.raw_exec("f.close()")
    assert got == data
    # pyboard's fs_get: each chunk's output ends in \r\n\x04
    b.enter_raw(soft_reset=False)
    b.exec_raw_no_follow("f=open('blob.bin','rb')\nprint(repr(f.read(256)))")
    raw = b.expect(b"\x04")
    assert raw.endswith(b"\r\n\x04"), raw[-20:]
    b.expect(b"\x04")


def test_stat_tuple_and_statvfs():
    b = booted()
    b.put_file("s.bin", b"z" * 1000)
    st = _stat(b, "s.bin")
    assert len(st) == 10 and all(isinstance(x, int) for x in st), st
    assert st[0] & 0x8000 and not st[0] & 0x4000, st
    assert st[6] == 1000, st
    for p in ("/", ""):
        sd = _stat(b, p)
        assert len(sd) == 10 and sd[0] & 0x4000, (p, sd)
    vfs = b.eval("os.statvfs('/')")
    assert isinstance(vfs, tuple) and len(vfs) == 10 and all(isinstance(x, int) for x in vfs), vfs
    assert vfs[0] > 0 and vfs[2] >= vfs[3] > 0, vfs
    # mpremote df: size = [0]*[2], free = [0]*[3]
    assert vfs[0] * vfs[2] >= 1 << 20, vfs


def test_mkdir_eexist_and_enoent_text():
    b = booted()
    b.raw_exec("import os\nos.mkdir('d')")
    out, err = b.exec_raw("os.mkdir('d')")
    assert b"OSError" in err and b"EEXIST" in err, err
    assert err == TB + b'  File "<stdin>", line 1, in <module>\r\nOSError: [Errno 17] EEXIST\r\n', err
    out, err = b.exec_raw("os.stat('nope')")
    assert err.endswith(b"OSError: [Errno 2] ENOENT\r\n"), err
    out, err = b.exec_raw("os.remove('nope')")
    assert b"OSError" in err and b"ENOENT" in err, err


def test_rm_rmdir_touch_rename():
    b = booted()
    b.raw_exec("import os\nos.mkdir('d')\nf=open('d/x','a')\nf.close()\nos.rename('d/x','d/y')")
    assert [e[0] for e in _ls(b, "d")] == ["y"]
    b.raw_exec("os.remove('d/y')\nos.rmdir('d')")
    assert sorted(e[0] for e in _ls(b, "/")) == ["boot.py"]
    try:
        b.raw_exec("os.rmdir('d')")
        raise AssertionError("rmdir of a missing dir did not raise")
    except ExecError as e:
        assert b"ENOENT" in e.err, e.err


def test_hashlib_sha256_of_file():
    b = booted()
    rnd = random.Random(7)
    data = bytes(rnd.randrange(256) for _ in range(3000))
    b.put_file("h.bin", data)
    # mpremote's remote hash: readinto a memoryview(bytearray(256)) loop
    b.raw_exec("import hashlib\nh = hashlib.sha256()\nbuf = memoryview(bytearray(256))\n"
               "with open('h.bin', 'rb') as f:\n"
               "    while True:\n"
               "        n = f.readinto(buf)\n"
               "        if not n:\n"
               "            break\n"
               "        h.update(buf[:n])\n")
    digest = ast.literal_eval(b.raw_exec("print(repr(h.digest()))").decode())
    assert digest == hashlib.sha256(data).digest(), digest
    assert b.eval("hashlib.sha256(b'abc').digest()") == hashlib.sha256(b"abc").digest()


def test_tree_getcwd_chdir():
    b = booted()
    b.raw_exec("import os\nos.mkdir('lib')\nos.chdir('lib')\nf=open('m.py','w')\nf.write('1')\nf.close()")
    assert b.eval("os.getcwd()") == "/lib"
    assert [e[0] for e in _ls(b, "")] == ["m.py"]
    b.raw_exec("os.chdir('/')")
    assert b.eval("open('lib/m.py').read()") == "1"
    assert re.fullmatch(rb"'/'\r\n", b.raw_exec("print(repr(os.getcwd()))"))
