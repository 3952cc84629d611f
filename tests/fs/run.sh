#!/usr/bin/env bash
# tests/fs/run.sh - build and run every flash-filesystem test (bounded).
# Run from anywhere; works from the repo root as `bash tests/fs/run.sh`.
# The last line is exactly "N passed, N failed" (test cases, all suites).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
SHARED_LFS=${SHARED_LFS:-../shared/data/lfs2}
T=$BUILD/fs-tests
total_p=0; total_f=0
mkdir -p "$T"
if ! make -s BUILD="$BUILD" "$T/test_format" "$T/test_fixtures" "$T/powercut" "$T/image_driver" >"$T.build.log" 2>&1; then
  mkdir -p "$(dirname "$T")"
  cat "$T.build.log"
  echo "fs tests: build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
run() {   # name, command...
  local name=$1; shift
  local out
  echo "== $name"
  out=$("$@" 2>&1)
  local rc=$?
  echo "$out" | grep -v '^ok ' | tail -n 25
  local last p f
  last=$(echo "$out" | tail -n 1)
  if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    p=${BASH_REMATCH[1]}; f=${BASH_REMATCH[2]}
  else
    p=0; f=1; echo "($name: no summary line, exit $rc)"
  fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  total_p=$((total_p + p)); total_f=$((total_f + f))
}
run "format/API unit tests" "$T/test_format"
run "reference fixtures ($SHARED_LFS)" "$T/test_fixtures" "$SHARED_LFS"
run "power-cut (bounded, 128 x 512-byte blocks)" "$T/powercut"
run "power-cut (bounded, 64 x 1024-byte blocks: lookahead covers the device)" "$T/powercut" --geometry 1024x64 --seed 100
IMG=("$T/image_driver")
if [ -x "$BUILD/kiln" ] && "$BUILD/kiln" image create "$T/probe.img" --blocks 4 --block-size 4096 >/dev/null 2>&1; then
  IMG=("$BUILD/kiln" image)
fi
run "image tool (${IMG[*]})" env SHARED="$(cd "$SHARED_LFS" 2>/dev/null && pwd || echo "$SHARED_LFS")" bash tests/fs/test_image.sh "$(pwd)/${IMG[0]}" "${IMG[@]:1}"
rm -f "$T/probe.img"
echo "$total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
