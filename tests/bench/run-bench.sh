#!/usr/bin/env bash
# Benchmark (not part of the test run): `telemetry-lens audit --json --all-users` on a machine image
# with 10,000 Ray sessions and 10,000 Skyplane events, against the I/O floor — reading every report
# once with `find ROOT -name usage_stats.json -exec cat {} +`. Both run with a warm page cache,
# interleaved so that they share the machine's load, best of RUNS after one warm-up each.
#
#   tests/bench/run-bench.sh BUILD_DIR [RUNS]
#
# Prints wall and CPU time of both, the ratio (target: at most 1.2), the reports found in the JSON
# (must be 10,000 + 10,000) and the peak RSS.
# Then, on a second image whose one account has a developer's home (16 Python environments, 5
# JavaScript projects with node_modules, about 110,000 files: `tlens-bench-gen --big-home`), times
# the whole audit against `find HOME` listing that home once (target: the audit is faster).
# Exits 1 when a target is missed.
# tlens-bench-discovery times the discovery pass alone on the same kind of image.
set -euo pipefail

BUILD=${1:?usage: tests/bench/run-bench.sh BUILD_DIR [RUNS]}
RUNS=${2:-5}
RAY=10000
SKY=10000
BUILD=$(cd "$BUILD" && pwd)

if [ -f "$BUILD/build.ninja" ]; then
    ninja -C "$BUILD" telemetry-lens tlens-bench-gen tlens-bench-discovery >/dev/null 2>&1 || ninja -C "$BUILD" telemetry-lens tlens-bench-gen tlens-bench-discovery
else
    cmake --build "$BUILD" --target telemetry-lens tlens-bench-gen tlens-bench-discovery >/dev/null 2>&1 || cmake --build "$BUILD" --target telemetry-lens tlens-bench-gen tlens-bench-discovery
fi
BIN="$BUILD/app/telemetry-lens"
GEN="$BUILD/tests/bench/tlens-bench-gen"
DISC="$BUILD/tests/bench/tlens-bench-discovery"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tlens-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ROOT="$WORK/root"
BIG="$WORK/big"
"$GEN" "$ROOT" --ray "$RAY" --skyplane "$SKY" --users 8

SUBJECT="telemetry-lens audit --json --all-users"
subject() { "$BIN" audit --json --all-users --root "$ROOT" >"$WORK/audit.json"; }
floor() { find "$ROOT" -name usage_stats.json -exec cat {} + >/dev/null; }

HAVE_TIME=0
[ -x /usr/bin/time ] && HAVE_TIME=1

# Runs "$1" once; sets WALL_MS and CPU_MS (user + system, -1 when unknown).
measure() {
    local start end
    if [ "$HAVE_TIME" = 1 ]; then
        start=$(date +%s%N)
        /usr/bin/time -f '%U %S' -o "$WORK/cpu" bash -c "$(declare -f "$1"); $(declare -p ROOT WORK BIN DISC BIG); $1"
        end=$(date +%s%N)
        CPU_MS=$(awk '{printf "%d", ($1 + $2) * 1000}' "$WORK/cpu")
    else
        start=$(date +%s%N)
        "$1"
        end=$(date +%s%N)
        CPU_MS=-1
    fi
    WALL_MS=$(((end - start) / 1000000))
}

floor
subject
best_floor=""
best_subject=""
best_floor_cpu=""
best_subject_cpu=""
for _ in $(seq "$RUNS"); do
    measure floor
    if [ -z "$best_floor" ] || [ "$WALL_MS" -lt "$best_floor" ]; then best_floor=$WALL_MS; fi
    if [ -z "$best_floor_cpu" ] || [ "$CPU_MS" -lt "$best_floor_cpu" ]; then best_floor_cpu=$CPU_MS; fi
    measure subject
    if [ -z "$best_subject" ] || [ "$WALL_MS" -lt "$best_subject" ]; then best_subject=$WALL_MS; fi
    if [ -z "$best_subject_cpu" ] || [ "$CPU_MS" -lt "$best_subject_cpu" ]; then best_subject_cpu=$CPU_MS; fi
done

# Peak resident memory of one run.
peak_kib=-1
if [ "$HAVE_TIME" = 1 ]; then
    /usr/bin/time -v -o "$WORK/rss" bash -c "$(declare -f subject); $(declare -p ROOT WORK BIN DISC); subject"
    peak_kib=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$WORK/rss")
fi

# Reports found: every distinct artifact path of kind "report" under the two temp folders.
count_reports() {
    if command -v python3 >/dev/null; then
        python3 - "$WORK/audit.json" <<'EOF'
import json, sys
seen = {"ray": set(), "skyplane": set()}
def walk(node):
    if isinstance(node, dict):
        path = node.get("path")
        if node.get("kind") == "report" and isinstance(path, str):
            if path.startswith("/tmp/ray/"):
                seen["ray"].add(path)
            elif path.startswith("/tmp/skyplane/"):
                seen["skyplane"].add(path)
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)
walk(json.load(open(sys.argv[1])))
print(len(seen["ray"]), len(seen["skyplane"]))
EOF
    else
        echo "$(grep -o '"/tmp/ray/session_[^"]*/usage_stats.json"' "$WORK/audit.json" | sort -u | wc -l)" \
             "$(grep -o '"/tmp/skyplane/usage/[^"]*/usage_stats.json"' "$WORK/audit.json" | sort -u | wc -l)"
    fi
}
read -r found_ray found_sky < <(count_reports)

ratio=$(awk -v a="$best_subject" -v b="$best_floor" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
echo "image:        $RAY Ray sessions, $SKY Skyplane events, 8 users (warm page cache, best of $RUNS)"
echo "I/O floor:    ${best_floor} ms wall, ${best_floor_cpu} ms CPU   (find -name usage_stats.json -exec cat {} +)"
echo "measured:     ${best_subject} ms wall, ${best_subject_cpu} ms CPU   ($SUBJECT)"
echo "ratio:        ${ratio} (target <= 1.2)"
echo "found:        ${found_ray} Ray + ${found_sky} Skyplane reports (expected $RAY + $SKY)"
echo "peak RSS:     ${peak_kib} KiB"

# The window on the same image: time to first paint and to the scan on screen (target: first paint
# within 300 ms while the scan finishes in the background). Needs xvfb-run.
window_paint=""
if command -v xvfb-run >/dev/null; then
    for _ in $(seq "$RUNS"); do
        line=$(xvfb-run -a -s "-screen 0 1280x800x24" "$BIN" --root "$ROOT" --exit-after-scan --timing 2>&1 | tr '\n' ' ')
        paint=$(sed -n 's/.*first-paint-ms=\([0-9]*\).*/\1/p' <<<"$line")
        shown=$(sed -n 's/.*scan-shown-ms=\([0-9]*\).*/\1/p' <<<"$line")
        rss=$(sed -n 's/.*max-rss-kb=\([0-9]*\).*/\1/p' <<<"$line")
        if [ -n "$paint" ] && { [ -z "$window_paint" ] || [ "$paint" -lt "$window_paint" ]; }; then
            window_paint=$paint window_shown=$shown window_rss=$rss
        fi
    done
    echo "window:       first paint ${window_paint:-?} ms, scan shown ${window_shown:-?} ms, peak RSS ${window_rss:-?} KiB (best of $RUNS)"
fi

status=0
if [ "$found_ray" != "$RAY" ] || [ "$found_sky" != "$SKY" ]; then
    echo "FAIL: not every report was found" >&2
    status=1
fi
if [ -n "$window_paint" ] && [ "$window_paint" -gt 300 ]; then
    echo "FAIL: the window's first paint took more than 300 ms" >&2
    status=1
fi
if awk -v r="$ratio" 'BEGIN {exit !(r > 1.2)}'; then
    echo "FAIL: slower than 1.2 x the I/O floor" >&2
    status=1
fi

# The installation walk on a developer's home.
"$GEN" "$BIG" --ray 0 --skyplane 0 --users 1 --big-home
big_files=$(find "$BIG/home" -type f | wc -l)
big_subject() { "$BIN" audit --json --all-users --root "$BIG" >"$WORK/big.json"; }
big_floor() { find "$BIG/home/user01" >/dev/null; }
big_floor
big_subject
best_big_floor=""
best_big=""
for _ in $(seq "$RUNS"); do
    measure big_floor
    if [ -z "$best_big_floor" ] || [ "$WALL_MS" -lt "$best_big_floor" ]; then best_big_floor=$WALL_MS; fi
    measure big_subject
    if [ -z "$best_big" ] || [ "$WALL_MS" -lt "$best_big" ]; then best_big=$WALL_MS; fi
done
big_installs=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(t["installations"]) for u in d["users"] for t in u["tools"]))' "$WORK/big.json" 2>/dev/null || echo "?")
echo "big home:     ${big_files} files, 16 Python environments, 5 JavaScript projects"
echo "find HOME:    ${best_big_floor} ms wall   (find HOME, listing it once)"
echo "audit:        ${best_big} ms wall   ($SUBJECT), ${big_installs} installations found"
if [ "$best_big" -ge "$best_big_floor" ]; then
    echo "FAIL: the audit of the big home is not faster than listing it once" >&2
    status=1
fi
exit "$status"
