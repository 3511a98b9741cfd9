#!/usr/bin/env bash
# Checks Telemetry Lens against the real Turborepo, Yarn and Ionic CLIs.
#   npmtools.sh TELEMETRY_LENS PREFIX
# Installs the pinned packages with npm into PREFIX (skipped when they are there at those versions),
# then for each tool, in a fresh home, with the tool run without network: our state equals the tool's
# own verdict before and after `telemetry-lens disable TOOL --yes`, and `undo` restores the exact bytes.
# Exit 77 (skipped) when the registry cannot be reached, unless CI=true: then that is a failure.
set -euo pipefail

tl=$1
prefix=$2
pins=(turbo@2.11.11 @yarnpkg/cli-dist@4.18.1 @ionic/cli@7.2.1)

skip_or_fail() {
    if [[ ${CI:-} == true ]]; then
        echo "FAIL: $1 (CI=true: this test must run)" >&2
        exit 1
    fi
    echo "SKIPPED: $1" >&2
    exit 77
}

installed() {
    local pin name version
    for pin in "${pins[@]}"; do
        name=${pin%@*}
        version=${pin##*@}
        [[ -f $prefix/lib/node_modules/$name/package.json ]] || return 1
        [[ $(node -p "require('$prefix/lib/node_modules/$name/package.json').version" 2>/dev/null) == "$version" ]] \
            || return 1
    done
}

command -v node >/dev/null || skip_or_fail "node is not installed (installer/build-deps.sh installs it)"
if ! installed; then
    command -v npm >/dev/null || skip_or_fail "npm is not installed (installer/build-deps.sh installs it)"
    echo "Installing ${pins[*]} into $prefix" >&2
    rm -rf "$prefix.new"
    if ! npm install --global --prefix "$prefix.new" --cache "$prefix.cache" --no-audit --no-fund \
        --no-update-notifier --fetch-retries 1 --fetch-timeout 60000 "${pins[@]}" >&2; then
        rm -rf "$prefix.new" "$prefix.cache"
        skip_or_fail "the npm registry cannot be reached, so the real tools cannot be installed"
    fi
    echo "Downloaded $(du -sh "$prefix.cache" | cut -f1) of packages; installed $(du -sh "$prefix.new" | cut -f1)." >&2
    rm -rf "$prefix" "$prefix.cache"
    mv "$prefix.new" "$prefix"
    installed || { echo "FAIL: npm did not install ${pins[*]}" >&2; exit 1; }
fi

# The tools run without network: a new network namespace with only a loopback that is down.
if unshare -n true 2>/dev/null; then
    offline=(unshare -n)
else
    echo "NOTE: unshare -n is not permitted here; the tools run with proxies that point nowhere instead." >&2
    offline=(env http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9
        HTTPS_PROXY=http://127.0.0.1:9 npm_config_proxy=http://127.0.0.1:9 npm_config_https_proxy=http://127.0.0.1:9)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The tool, in the test home, with nothing of this machine's environment.
run_tool() {
    (cd "$home" && env -i HOME="$home" PATH="$prefix/bin:/usr/bin:/bin" LANG=C.UTF-8 TERM=dumb \
        "${offline[@]}" "$@" 2>&1)
}

lens() {
    env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 TLENS_DATA_DIR="$data" \
        "$tl" "$@" --root / --home "$home"
}

our_state() {
    lens status --json | python3 -c '
import json, sys
doc = json.load(sys.stdin)
def walk(o):
    if isinstance(o, dict):
        if o.get("tool") == sys.argv[1] or o.get("id") == sys.argv[1] or o.get("tool_id") == sys.argv[1]:
            if isinstance(o.get("state"), str):
                print(o["state"]); sys.exit(0)
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
walk(doc)
print("missing")' "$1"
}

snapshot() {
    if [[ -e $1 ]]; then sha256sum <"$1" | cut -d' ' -f1; else echo absent; fi
}

# check ID FILE VERDICT_FUNCTION: VERDICT_FUNCTION prints enabled or disabled.
check() {
    local id=$1 file=$2 verdict=$3 tool ours before after
    tool=$($verdict)
    ours=$(our_state "$id")
    echo "$id before: tool says $tool, Telemetry Lens says $ours" >&2
    [[ $tool == enabled && $ours == enabled ]] || fail "$id: before the opt-out the tool says $tool, we say $ours"
    before=$(snapshot "$file")
    lens disable "$id" --yes >"$work/$id.disable" 2>&1 || { cat "$work/$id.disable" >&2; fail "$id: disable failed"; }
    tool=$($verdict)
    ours=$(our_state "$id")
    echo "$id after disable: tool says $tool, Telemetry Lens says $ours" >&2
    [[ $tool == disabled && $ours == disabled ]] || fail "$id: after the opt-out the tool says $tool, we say $ours"
    lens undo --yes >"$work/$id.undo" 2>&1 || { cat "$work/$id.undo" >&2; fail "$id: undo failed"; }
    after=$(snapshot "$file")
    [[ $before == "$after" ]] || fail "$id: undo did not restore the exact bytes of $file"
    tool=$($verdict)
    ours=$(our_state "$id")
    echo "$id after undo: tool says $tool, Telemetry Lens says $ours" >&2
    [[ $tool == enabled && $ours == enabled ]] || fail "$id: after undo the tool says $tool, we say $ours"
}

turbo_verdict() {
    local out
    out=$(run_tool turbo telemetry status)
    case $out in
    *"Status: Enabled"*) echo enabled ;;
    *"Status: Disabled"*) echo disabled ;;
    *) echo "unknown: $out" ;;
    esac
}

ionic_verdict() {
    # The Ionic CLI sends unless its telemetry value is exactly the JSON false.
    local out
    out=$(run_tool ionic config get -g telemetry --no-interactive)
    [[ $(tail -n1 <<<"$out") == false ]] && echo disabled || echo enabled
}

yarn_verdict() {
    local out
    out=$(run_tool yarn config get enableTelemetry)
    case $(tail -n1 <<<"$out") in
    true) echo enabled ;;
    false) echo disabled ;;
    *) echo "unknown: $out" ;;
    esac
}

new_home() {
    home=$work/home-$1
    data=$work/data-$1
    mkdir -p "$home" "$data"
}

# Turborepo: its first run writes telemetry.json with a new id and salt.
new_home turbo
run_tool turbo telemetry status >/dev/null
check turborepo "$home/.config/turborepo/telemetry.json" turbo_verdict

# Ionic: its first run writes config.json with the defaults.
new_home ionic
run_tool ionic config get -g telemetry --no-interactive >/dev/null
check ionic "$home/.ionic/config.json" ionic_verdict

# Yarn: no ~/.yarnrc.yml at first (the opt-out creates it), then one with the user's own lines.
new_home yarn
check yarn "$home/.yarnrc.yml" yarn_verdict
new_home yarn-own
printf '# my settings\nnodeLinker: node-modules\n' >"$home/.yarnrc.yml"
check yarn "$home/.yarnrc.yml" yarn_verdict

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "Turborepo, Ionic and Yarn agree with Telemetry Lens before and after the opt-out; undo restored the bytes." >&2
