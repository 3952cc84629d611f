#!/usr/bin/env bash
# tests/fs/bench_image.sh - throughput of `kiln image put/get` on an ESP32
# geometry image (4096 x 512 = 2 MiB), median of 10 runs, process start and
# mount included.   bash tests/fs/bench_image.sh [IMAGE_CMD...]
set -eu
cd "$(dirname "$0")/../.."
if [ $# -eq 0 ]; then
  if [ -x build/kiln ]; then set -- "$(pwd)/build/kiln" image; else
    make -s build/fs-tests/image_driver; set -- "$(pwd)/build/fs-tests/image_driver"; fi
fi
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
head -c 1900000 /dev/urandom > "$T/f.bin"
python3 - "$T" "$@" <<'PY'
import subprocess, sys, time, os
T, K = sys.argv[1], sys.argv[2:]
img, src, dst = os.path.join(T, 'b.img'), os.path.join(T, 'f.bin'), os.path.join(T, 'o.bin')
w, r = [], []
for _ in range(10):
    subprocess.run(K + ['create', img], check=True, capture_output=True)
    t = time.perf_counter(); subprocess.run(K + ['put', img, src, '/f.bin'], check=True); w.append(time.perf_counter() - t)
    t = time.perf_counter(); subprocess.run(K + ['get', img, '/f.bin', dst], check=True); r.append(time.perf_counter() - t)
    assert open(src, 'rb').read() == open(dst, 'rb').read()
mb = os.path.getsize(src) / 1e6
w.sort(); r.sort()
print("1.9 MB file, 4096x512 image: write %.0f MB/s (%.1f ms), read %.0f MB/s (%.1f ms)" %
      (mb / w[5], w[5] * 1e3, mb / r[5], r[5] * 1e3))
PY
