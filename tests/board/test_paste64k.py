"""A 64 KiB script through raw-paste (issue 4 item 7), and a smaller one
through plain raw mode (256-byte chunks, as pyboard's fallback)."""
from kilnboard import booted, case_timeout

PARTS = 32


def make_script(size, parts):
    """`size` bytes: mostly comment and data lines; code whose output shows
    that every part ran. Returns (script, expected stdout)."""
    head = b"parts = []\nn = 0\n"
    tail = b"print('parts', len(parts), sum(parts), parts == list(range(%d)), 'n', n)\n" % parts
    per = (size - len(head) - len(tail)) // parts
    body = []
    n = 0
    for k in range(parts):
        data = []
        for j in range(4):
            s = ("%02d%d" % (k, j)) * 20
            data.append(b"d = '%s'\nn += len(d)\n" % s.encode())
            n += len(s)
        code = b"".join(data) + b"parts.append(%d)\n" % k
        filler = b""
        i = 0
        while len(code) + len(filler) + 71 <= per:
            line = b"# part %d filler line %d: " % (k, i)
            line += b"." * (70 - len(line)) + b"\n"
            filler += line
            i += 1
        part = filler + code
        body.append(part)
    script = head + b"".join(body) + tail
    # pad (or trim filler) to the exact size with one comment line before the tail
    pad = size - len(script)
    if pad > 0:
        script = head + b"".join(body) + b"#" + b"x" * (pad - 2) + b"\n" + tail
    else:
        raise AssertionError("script generator overshot by %d" % -pad)
    assert len(script) == size, len(script)
    expected = b"parts %d %d True n %d\r\n" % (parts, sum(range(parts)), n)
    return script, expected


@case_timeout(90)
def test_raw_paste_64k_script():
    b = booted()
    script, expected = make_script(65536, PARTS)
    b.enter_raw()
    out = b.raw_exec(script, timeout=30, paste=True)
    assert b.raw_paste is True
    assert out == expected, (out, expected)
    # the board is still fine afterwards
    assert b.raw_exec("print('next')") == b"next\r\n"


@case_timeout(60)
def test_raw_paste_64k_twice_same_session():
    b = booted()
    script, expected = make_script(65536, PARTS)
    assert b.raw_exec(script, timeout=30, paste=True) == expected
    assert b.raw_exec(script, timeout=30, paste=True) == expected


@case_timeout(60)
def test_plain_raw_8k_script():
    b = booted()
    script, expected = make_script(8192, 4)
    assert b.raw_exec(script, timeout=30, paste=False) == expected
