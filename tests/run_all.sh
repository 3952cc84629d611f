#!/usr/bin/env bash
# Run every Kiln test suite from the repo root and print the total.
#
# Suites: the build itself, the C unit tests, tests/lang under build/kiln, under
# the GC-stress build and under the ASan+UBSan build (plus the unit tests under
# ASan), then every tests/*/run.sh (e.g. tests/fs/run.sh).
# Each suite's last `N passed, N failed` line is summed; a suite that fails
# without printing one (a build error, a crash) counts as 1 failed.
# The last line printed is exactly `N passed, N failed`; exit 1 if any failed.
#
# Environment: JOBS (default 2) for make -j and the test runner;
#              SKIP_SANITIZERS=1 skips the stress and ASan suites (quick local runs).
set -u
cd "$(dirname "$0")/.."

JOBS=${JOBS:-2}
TOTAL_PASS=0
TOTAL_FAIL=0
SUMMARY=()
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

# record NAME PASSED FAILED
record() {
    TOTAL_PASS=$((TOTAL_PASS + $2))
    TOTAL_FAIL=$((TOTAL_FAIL + $3))
    SUMMARY+=("$(printf '%-28s %5d passed, %3d failed' "$1" "$2" "$3")")
}

# suite NAME CMD...: run CMD, show its output, parse its last count line.
suite() {
    local name=$1
    shift
    echo "=== $name: $*"
    "$@" 2>&1 | tee "$LOG"
    local rc=${PIPESTATUS[0]}
    local line
    line=$(grep -E '^([A-Za-z_-]+: *)?[0-9]+ passed, [0-9]+ failed' "$LOG" | tail -n 1)
    if [ -z "$line" ]; then
        if [ "$rc" -eq 0 ]; then
            echo "=== $name: exit 0 but no 'N passed, N failed' line; counted as 1 failed"
        else
            echo "=== $name: exit $rc, no count line; counted as 1 failed"
        fi
        record "$name" 0 1
        return 1
    fi
    local p f
    p=$(echo "$line" | sed -E 's/^([A-Za-z_-]+: *)?([0-9]+) passed, ([0-9]+) failed.*/\2/')
    f=$(echo "$line" | sed -E 's/^([A-Za-z_-]+: *)?([0-9]+) passed, ([0-9]+) failed.*/\3/')
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "=== $name: exit $rc although it reported no failure; counted as 1 more failed"
        f=1
    fi
    record "$name" "$p" "$f"
    [ "$f" -eq 0 ]
}

# build NAME MAKE-ARGS...: a build step counts as one test.
build() {
    local name=$1
    shift
    echo "=== $name: make -j$JOBS $*"
    if make -j"$JOBS" "$@"; then
        record "$name" 1 0
        return 0
    fi
    echo "=== $name: FAILED"
    record "$name" 0 1
    return 1
}

# unit_suite NAME DIR: run every DIR/test_* binary.
unit_suite() {
    local name=$1 dir=$2 t found=0
    for t in "$dir"/test_*; do
        [ -x "$t" ] && [ -f "$t" ] || continue
        found=1
        suite "$name/$(basename "$t")" timeout 600 "$t"
    done
    [ "$found" -eq 1 ] || echo "=== $name: no unit test binaries in $dir"
}

# (a) the interpreter, (b) C unit tests
if build "make" ; then
    if build "make unit" unit; then
        unit_suite "unit" build/tests
    fi
    # (c) tests/lang against CPython
    suite "lang" python3 tests/run_lang.py --kiln build/kiln --jobs "$JOBS"
    suite "board" timeout 600 python3 tests/board/run.py --kiln build/kiln
fi

if [ "${SKIP_SANITIZERS:-0}" != 1 ]; then
    # (d) GC at every allocation
    if build "make VARIANT=stress" VARIANT=stress; then
        KILN_SLOW=1 suite "lang (gc stress)" \
            python3 tests/run_lang.py --kiln build-stress/kiln --jobs "$JOBS"
    fi
    # (e) ASan + UBSan
    if build "make VARIANT=asan" VARIANT=asan; then
        export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
        if build "make VARIANT=asan unit" VARIANT=asan unit; then
            unit_suite "unit (asan)" build-asan/tests
        fi
        KILN_SLOW=1 suite "lang (asan+ubsan)" \
            python3 tests/run_lang.py --kiln build-asan/kiln --jobs "$JOBS" --sanitizer
    fi
fi

# (f, g) every other suite with its own runner, e.g. tests/fs/run.sh
for s in tests/*/run.sh; do
    [ -f "$s" ] || continue
    suite "$(dirname "$s" | sed 's|^tests/||')" timeout 2400 bash "$s"
done

echo
echo "=== summary"
for line in "${SUMMARY[@]}"; do
    echo "  $line"
done
echo "$TOTAL_PASS passed, $TOTAL_FAIL failed"
[ "$TOTAL_FAIL" -eq 0 ]
