#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time from a fresh corpus seeded with the given files.
#   run-fuzzer.sh FUZZER SECONDS ARTIFACT_DIR SEED_FILE...
# A crash, leak, sanitizer report or timeout fails the test; the input is kept in ARTIFACT_DIR (add
# it to the regression tests of the normal suite). The last line says how many inputs ran.
set -euo pipefail
fuzzer=$1 seconds=$2 artifacts=$3
shift 3
corpus=$(mktemp -d "${TMPDIR:-/tmp}/tlens-fuzz.XXXXXX")
trap 'rm -rf "$corpus"' EXIT
i=0
for seed in "$@"; do
    [ -f "$seed" ] && cp -- "$seed" "$corpus/seed-$((i += 1))"
done
mkdir -p "$artifacts"
log=$corpus.log
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    cat "$log"
else
    grep -E '^(INFO: Seed|#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$log" || true
fi
rm -f "$log"
echo "$(basename "$fuzzer"): $i seed(s), ${seconds}s, exit $status"
exit "$status"
