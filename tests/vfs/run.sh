#!/usr/bin/env bash
# tests/vfs/run.sh — the VFS, `os` and `open()` under `kiln -X flash=IMAGE`.
# Each tests/vfs/*.py runs on a fresh image made by `kiln image create`
# (extra create options from a first line `# image: ...`); its stdout must
# equal the checked-in .exp (what MicroPython on an ESP32 prints), the image
# must pass `kiln image check`, and some tests check the files from the host
# side with `kiln image ls/cat`. Last line: `N passed, N failed`.
set -u
cd "$(dirname "$0")/../.."
KILN=${KILN:-build/kiln}
case "$KILN" in /*) ;; *) KILN="$PWD/$KILN" ;; esac
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
check() { # check NAME CMD...: passes when CMD succeeds
    local name=$1
    shift
    if "$@" >"$T/check.out" 2>&1; then ok "$name"; else bad "$name"; sed 's/^/     /' "$T/check.out" | head -20; fi
}

# image_has IMG "path size": the line is in `kiln image ls IMG`
image_has() { "$KILN" image ls "$1" | grep -qxF "$2"; }
# image_cat_is IMG PATH EXPECTED-FILE
image_cat_is() { "$KILN" image cat "$1" "$2" | cmp -s - "$3"; }

for py in tests/vfs/*.py; do
    name=$(basename "$py" .py)
    img="$T/$name.img"
    opts=$(sed -n '1s/^# image: *//p' "$py")
    # shellcheck disable=SC2086
    if ! "$KILN" image create "$img" $opts >/dev/null; then
        bad "$name: image create"
        continue
    fi
    timeout 60 "$KILN" -X flash="$img" "$py" >"$T/$name.out" 2>"$T/$name.err"
    rc=$?
    if [ $rc -eq 0 ] && cmp -s "$T/$name.out" "tests/vfs/$name.exp"; then
        ok "$name.py"
    else
        bad "$name.py (exit $rc)"
        diff "tests/vfs/$name.exp" "$T/$name.out" | head -20
        head -5 "$T/$name.err"
    fi
    check "$name: image check" "$KILN" image check "$img"
done

# host-side views of what the scripts wrote
I=$T/text_io.img
printf 'kept on the image\nsecond line\n' >"$T/final.txt"
check "text_io: image cat /final.txt" image_cat_is "$I" /final.txt "$T/final.txt"
printf 'h\303\251llo \342\202\254!' >"$T/u.txt"
check "text_io: image cat /u.txt (UTF-8)" image_cat_is "$I" /u.txt "$T/u.txt"
check "text_io: image ls /t.txt 6" image_has "$I" "/t.txt 6"
I=$T/binary_io.img
printf '\000\377\n\001' >"$T/c.bin"
check "binary_io: image cat /c.bin" image_cat_is "$I" /c.bin "$T/c.bin"
check "binary_io: image ls /big.bin 16000" image_has "$I" "/big.bin 16000"
python3 -c 'import sys; sys.stdout.buffer.write(b"0123456789abcdef" * 1000)' >"$T/big.bin"
check "binary_io: image cat /big.bin" image_cat_is "$I" /big.bin "$T/big.bin"
I=$T/errors.img
check "errors: image ls /d/g.txt 1" image_has "$I" "/d/g.txt 1"
check "errors: image ls /f.txt 4" image_has "$I" "/f.txt 4"
I=$T/misc.img
printf 'not closed\n' >"$T/left_open.txt"
check "misc: a file left open is flushed at exit" image_cat_is "$I" /left_open.txt "$T/left_open.txt"
I=$T/os_ops.img
check "os_ops: everything removed" test -z "$("$KILN" image ls "$I")"
I=$T/full.img
python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(256)) * 20)' >"$T/keep.bin"
check "full: image cat /keep.bin intact" image_cat_is "$I" /keep.bin "$T/keep.bin"
printf 'written after the flash was full\n' >"$T/after.txt"
check "full: image cat /after.txt" image_cat_is "$I" /after.txt "$T/after.txt"

# files put by the host are readable from Python, and the reverse
printf 'from the host\n' >"$T/host.txt"
I=$T/host.img
"$KILN" image create "$I" >/dev/null
"$KILN" image mkdir "$I" /lib >/dev/null
"$KILN" image put "$I" "$T/host.txt" /lib/host.txt >/dev/null
out=$("$KILN" -X flash="$I" -c 'import os; print(os.listdir("lib"), open("lib/host.txt").read(), end=""); st = os.stat("lib/host.txt"); print(st[0], st[6], st[7] > 1600000000)')
check "host put -> python read (mtime attribute)" test "$out" = "['host.txt'] from the host
32768 14 True"
"$KILN" -X flash="$I" -c 'import time; f = open("py.txt", "w"); f.write("from python\n"); f.close(); import os; print(os.stat("py.txt")[7] > 1600000000)' >"$T/mt.out"
check "python write stores an mtime" grep -qx True "$T/mt.out"
printf 'from python\n' >"$T/py.txt"
check "python write -> host image cat" image_cat_is "$I" /py.txt "$T/py.txt"

# -X flash on a missing file creates and formats an ESP32 vfs partition
I=$T/new.img
out=$("$KILN" -X flash="$I" -c 'import os; print(os.listdir(), os.statvfs("/")[:3]); open("a", "w").write("1")')
check "-X flash creates a 4096x512 image" test "$out" = "[] (4096, 4096, 512)"
check "-X flash created image: image check" "$KILN" image check "$I"
check "-X flash created image: image ls" image_has "$I" "/a 1"
check "-X flash created image: size 2 MiB" test "$(stat -c %s "$I")" = 2097152

# a full 4 MiB ESP32 flash image (partition table, vfs at 0x200000)
I=$T/full4m.img
"$KILN" image create "$I" --full >/dev/null
out=$("$KILN" -X flash="$I" -c 'import os; open("main.py", "w").write("print(1)\n"); print(os.listdir(), os.statvfs("/")[2])')
check "full ESP32 image: mount the vfs partition" test "$out" = "['main.py'] 512"
printf 'print(1)\n' >"$T/main.py"
check "full ESP32 image: image cat /main.py" image_cat_is "$I" /main.py "$T/main.py"

# without -X flash: os and open() see the host's files (MicroPython's unix port)
mkdir -p "$T/host/sub" && printf 'host data\n' >"$T/host/f.txt"
out=$(cd "$T/host" && "$KILN" -c 'import os; print(sorted(os.listdir()), open("f.txt").read().strip(), os.getcwd() == "'"$T/host"'"); open("sub/g.txt", "w").write("from kiln"); os.rename("sub/g.txt", "g.txt")')
check "no flash: os and open() on the host's files" test "$out" = "['f.txt', 'sub'] host data True"
check "no flash: a file written by kiln is on the host" test "$(cat "$T/host/g.txt")" = "from kiln"
out=$("$KILN" -c 'import uos, os; print(uos is os, callable(open))')
check "no flash: uos is os, open is a builtin" test "$out" = "True True"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
