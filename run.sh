#!/usr/bin/env bash
# Installs what is missing, builds, and opens the dashboard for the current user.
#   ./run.sh            the dashboard for your account
#   ./run.sh --demo     the embedded sample workstation
#   ./run.sh status     any command of the CLI (see ./run.sh --help)
set -euo pipefail
cd "$(dirname "$0")"
./installer/build-deps.sh
build=${TLENS_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"
exec "$build/app/telemetry-lens" "$@"
