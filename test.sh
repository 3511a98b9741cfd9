#!/usr/bin/env bash
# Installs what is missing, builds, and runs the test suite three ways (offscreen, no display needed):
#   build/       RelWithDebInfo with g++: every test (extra arguments go to this ctest run)
#   build-asan/  Debug with g++, AddressSanitizer + UBSan, any report aborts: every test but
#                package/contents (a package is never made from an instrumented build: the
#                sanitizer runtimes would become its dependencies)
#   build-fuzz/  clang with libFuzzer: each parser fuzzed for TLENS_FUZZ_SECONDS (label fuzz)
# TLENS_SKIP_ASAN=1 or TLENS_SKIP_FUZZ=1 leaves out the second or the third (while iterating).
set -euo pipefail
cd "$(dirname "$0")"
./installer/build-deps.sh
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

build=${TLENS_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$jobs"
ctest --test-dir "$build" --output-on-failure -j "$jobs" "$@"

if [ "${TLENS_SKIP_ASAN:-0}" != 1 ]; then
    asan=${TLENS_ASAN_BUILD_DIR:-build-asan}
    # The integration test's npm tools are shared with the first build (one download).
    cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTLENS_SANITIZE=ON -DTLENS_BUILD_BENCH=OFF \
        -DTLENS_NPM_CACHE_PREFIX="$(cd "$build" && pwd)/npm-cache-prefix" >/dev/null
    cmake --build "$asan" -j "$jobs"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
        LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir "$asan" --output-on-failure -j "$jobs" -E '^package/contents$'
fi

if [ "${TLENS_SKIP_FUZZ:-0}" != 1 ]; then
    fuzz=${TLENS_FUZZ_BUILD_DIR:-build-fuzz}
    cmake -S . -B "$fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTLENS_BUILD_FUZZ=ON -DTLENS_BUILD_TESTS=OFF -DTLENS_BUILD_BENCH=OFF >/dev/null
    cmake --build "$fuzz" -j "$jobs" --target fuzzers
    ctest --test-dir "$fuzz" --output-on-failure -j "$jobs" -L fuzz
fi
