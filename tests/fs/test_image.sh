#!/usr/bin/env bash
# tests/fs/test_image.sh - end-to-end tests of `kiln image` (the image tool).
# Usage: test_image.sh KILN_IMAGE_CMD...   e.g. build/kiln image  or
#        build/fs-tests/image_driver.  Last line: "N passed, N failed".
set -u
K=("$@")
SHARED=${SHARED:-../shared/data/lfs2}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*"; }
t()   { local name=$1; shift; if "$@" >/dev/null 2>&1; then ok; else bad "$name"; fi; }
tn()  { local name=$1; shift; if "$@" >/dev/null 2>&1; then bad "$name (should fail)"; else ok; fi; }

cd "$T"
printf 'print("hello")\n' > main.py
head -c 300000 /dev/urandom > big.bin
mkdir -p lib/pkg; echo 'A=1' > lib/a.py; echo 'B=2' > lib/pkg/b.py; : > lib/empty.txt

t "create default" "${K[@]}" create vfs.img
t "default image is 2 MiB" test "$(stat -c %s vfs.img)" = 2097152
t "df geometry" bash -c "\"\$@\" df vfs.img | grep -qx 'block_count 512'" _ "${K[@]}"
t "put file" "${K[@]}" put vfs.img main.py /main.py
t "cat bytes" bash -c "\"\$@\" cat vfs.img /main.py | cmp - main.py" _ "${K[@]}"
t "put big" "${K[@]}" put vfs.img big.bin /data/big.bin
t "put folder" "${K[@]}" put vfs.img lib /lib
t "ls exact" bash -c "\"\$@\" ls vfs.img > ls.txt && printf '/data/big.bin 300000\n/lib/a.py 4\n/lib/empty.txt 0\n/lib/pkg/b.py 4\n/main.py 15\n' | cmp - ls.txt" _ "${K[@]}"
t "get file" "${K[@]}" get vfs.img /data/big.bin out.bin
t "get file same" cmp big.bin out.bin
t "get folder" "${K[@]}" get vfs.img /lib outlib
t "get folder same" diff -r lib outlib
t "mkdir" "${K[@]}" mkdir vfs.img /new
t "mkdir -p" "${K[@]}" mkdir vfs.img /x/y/z -p
tn "mkdir exists" "${K[@]}" mkdir vfs.img /new
t "mv" "${K[@]}" mv vfs.img /main.py /new/main2.py
t "mv result" bash -c "\"\$@\" cat vfs.img /new/main2.py | cmp - main.py" _ "${K[@]}"
tn "old name gone" "${K[@]}" cat vfs.img /main.py
tn "rm non-empty dir" "${K[@]}" rm vfs.img /lib
t "rm -r" "${K[@]}" rm vfs.img /lib -r
t "rm file" "${K[@]}" rm vfs.img /data/big.bin
t "check" "${K[@]}" check vfs.img
tn "cat missing" "${K[@]}" cat vfs.img /nope
head -c 10000 /dev/zero > zero.img
tn "bad image" "${K[@]}" ls zero.img
tn "missing image" "${K[@]}" ls nothere.img
t "bad image message" bash -c "\"\$@\" ls zero.img 2>&1 | grep -q 'no littlefs'" _ "${K[@]}"
tn "usage error" "${K[@]}" frobnicate vfs.img
# geometry options and reading geometry back from the superblock
t "create 512x64" "${K[@]}" create small.img --block-size 512 --blocks 64
t "small size" test "$(stat -c %s small.img)" = 32768
t "small geometry" bash -c "\"\$@\" df small.img | grep -qx 'block_size 512'" _ "${K[@]}"
t "small put" bash -c "head -c 10000 big.bin > b1 && \"\$@\" put small.img b1 /b.bin" _ "${K[@]}"
tn "small full -> ENOSPC" bash -c "head -c 40000 /dev/urandom > b2 && \"\$@\" put small.img b2 /c.bin" _ "${K[@]}"
t "small still ok" bash -c "\"\$@\" check small.img && \"\$@\" ls small.img | grep -q '^/b.bin 10000'" _ "${K[@]}"
# full ESP32 flash image
t "create full" "${K[@]}" create flash.bin --full
t "full size 4 MiB" test "$(stat -c %s flash.bin)" = 4194304
t "partition table magic" bash -c "head -c $((0x8002)) flash.bin | tail -c 2 | od -An -tx1 | grep -q 'aa 50'"
t "littlefs at 0x200008" bash -c "dd if=flash.bin bs=1 skip=$((0x200008)) count=8 2>/dev/null | grep -q littlefs"
t "full put/cat" bash -c "\"\$@\" put flash.bin main.py /main.py && \"\$@\" cat flash.bin /main.py | cmp - main.py" _ "${K[@]}"
t "full df offset" bash -c "\"\$@\" df flash.bin | grep -qx 'partition_offset 0x200000'" _ "${K[@]}"
# the reference fixtures
for img in "$SHARED"/*.img; do
  [ -e "$img" ] || continue
  cp "$img" fx.img
  t "check $(basename "$img")" "${K[@]}" check fx.img
  t "ls $(basename "$img")" bash -c "\"\$@\" ls fx.img | grep -q ' '" _ "${K[@]}"
done
if [ -e "$SHARED/esp32-vfs-small.img" ]; then
  cp "$SHARED/esp32-vfs-small.img" s.img
  t "fixture ls" bash -c "\"\$@\" ls s.img | cmp - <(printf '/boot.py 110\n/lib/led_blink.py 460\n/main.py 210\n')" _ "${K[@]}"
  t "fixture cat sha" bash -c "\"\$@\" cat s.img /main.py | sha256sum | grep -q 1128f30fab309d64d7cb0ab48ab41120b11e93d542684b5f96022ec9e7fd7424" _ "${K[@]}"
fi
echo "$pass passed, $fail failed"
