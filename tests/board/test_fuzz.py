"""Garbled serial input (the brief: "a garbled serial byte — the board keeps
running"): random bytes, control characters, half raw-paste requests and
editing escapes at the friendly and raw REPLs, seeded; afterwards the board
must be alive and answer at a fresh prompt."""
import random

from kilnboard import booted, case_timeout


def _fuzz(seed, rounds=40):
    rnd = random.Random(seed)
    b = booted()
    for _ in range(rounds):
        n = rnd.randint(1, 300)
        mode = rnd.random()
        if mode < 0.4:
            data = bytes(rnd.randint(0, 255) for _ in range(n))
        elif mode < 0.7:
            data = bytes(rnd.choice(b"\x01\x02\x03\x04\x05\r\n\x1b[ABCD()abc:=+1\"'\t\x08\x7f") for _ in range(n))
        else:
            data = rnd.choice([b"\x01\x05A\x01", b"\x05", b"\x01", b"\x02", b"\r", b"\x03"]) + \
                bytes(rnd.randint(32, 126) for _ in range(n))
        b.send(data)
        b.drain(0.05, 0.5)
        assert b.alive(), "the board died on %r" % data[:80]
    for _ in range(3):   # out of paste/raw-paste/raw modes, back to friendly
        b.send(b"\x04\x03\x03\r\x02")
        b.drain(0.2, 2)
    b.send(b"\r\x03\x02")
    b.drain(0.3, 2)
    assert b.repl("print(6*7)", 5) == b"42\r\n"
    b.stop()


@case_timeout(120)
def test_fuzz_seed_1():
    _fuzz(1)


@case_timeout(120)
def test_fuzz_seed_2():
    _fuzz(2)


@case_timeout(120)
def test_fuzz_seed_3():
    _fuzz(3)
