#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole CTest suite (offscreen, no display needed).
set -euo pipefail
cd "$(dirname "$0")"
./installer/build-deps.sh
build=${TLENS_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@"
