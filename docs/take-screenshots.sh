#!/usr/bin/env bash
# Retakes the README's screenshots (docs/screenshots/*.png) from a private copy of the sample
# workstation, at 1280x800 under Xvfb, in English (the overview also in German) and the light palette.
#
#   docs/take-screenshots.sh BUILD_DIR
#
# The Requests page is shown with four deletion requests made through the command line; the Ray one
# is dated back to 2026-10-02 and marked sent so that the overdue highlight can be seen. Needs xvfb-run and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:?usage: docs/take-screenshots.sh BUILD_DIR}
BIN=$(cd "$BUILD" && pwd)/app/telemetry-lens
SAMPLE=resources/demo/workstation
OUT=docs/screenshots
for tool in xvfb-run sqlite3; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (apt install xvfb sqlite3)" >&2; exit 1; }
done
[[ -x $BIN ]] || { echo "no telemetry-lens in $BUILD/app: build first" >&2; exit 1; }
[[ -d $SAMPLE ]] || { echo "the sample workstation is missing: $SAMPLE" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$SAMPLE" "$work/root"
export TLENS_DATA_DIR=$work/data XDG_CONFIG_HOME=$work/config LANG=C.UTF-8 LANGUAGE=en
unset LC_ALL

request() { "$BIN" delete-request "$@" --all-ids --yes --user alice --root "$work/root" >/dev/null; }
request ray --via eml --output "$work/ray.eml"
request skyplane --via eml --output "$work/skyplane.eml"
request mlflow --via issue
request rasa --via print
sqlite3 "$TLENS_DATA_DIR/requests.sqlite" \
    "UPDATE requests SET status = 'sent', created_at = '2026-10-02T09:00:00.000Z',
            handed_at = '2026-10-02T09:00:00.000Z', sent_at = '2026-10-02T09:00:00.000Z',
            deadline = '2026-11-02T09:00:00.000Z' WHERE tool = 'ray'"

shot() {
    local view=$1 name=$2 lang=${3:-en}
    LANGUAGE=$lang xvfb-run -a -s "-screen 0 1280x800x24" "$BIN" --root "$work/root" --all-users --lang "$lang" \
        --palette light --size 1280x800 --show "$view" --screenshot "$OUT/$name.png"
}
shot overview overview
shot overview overview-de de
shot tool:alice:ray:1 tool-page
shot disable-all opt-out-dialog
shot requests requests
