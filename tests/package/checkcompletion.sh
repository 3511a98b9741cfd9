#!/usr/bin/env bash
# Drives the bash completion the way readline does and checks what it offers, then checks that
# the man page documents every command and option the completion knows, and that both know every
# command and option the program's own --help lists.
#   checkcompletion.sh COMPLETION_SCRIPT MAN_PAGE PROGRAM
set -euo pipefail

script=$1
manpage=$2
program=$3

work=$(mktemp -d "${TMPDIR:-/tmp}/tlens-completion.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/files/reports" "$work/files/roots"
touch "$work/files/report.html" "$work/files/rootfile"

# shellcheck source=/dev/null
source "$script"
complete -p telemetry-lens >/dev/null || { echo "FAIL: $script registers no completion for telemetry-lens" >&2; exit 1; }

failures=0

# Splits a command line as readline does with the default COMP_WORDBREAKS (blanks, and '=' as a
# word of its own), runs the completion for the cursor at the end, prints the sorted candidates.
offers() {
    local line="telemetry-lens $1"
    local -a words=()
    local token
    for token in $line; do
        while [[ $token == *=* ]]; do
            [[ -n ${token%%=*} ]] && words+=("${token%%=*}")
            words+=("=")
            token=${token#*=}
        done
        [[ -n $token ]] && words+=("$token")
    done
    [[ $line == *" " ]] && words+=("")
    COMP_WORDS=("${words[@]}")
    COMP_CWORD=$((${#words[@]} - 1))
    COMP_LINE=$line
    COMP_POINT=${#line}
    COMPREPLY=()
    # An interactive shell runs completions without errexit or nounset.
    set +eu
    _telemetry_lens telemetry-lens "${words[COMP_CWORD]}" "${words[COMP_CWORD - 1]}" 2>/dev/null
    set -eu
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

# expect LINE WANTED: the candidates must be exactly WANTED (sorted, space-separated).
expect() {
    local got
    got=$(offers "$1")
    if [[ $got != "$2" ]]; then
        echo "FAIL: completing 'telemetry-lens $1' offers '$got', expected '$2'" >&2
        failures=$((failures + 1))
    fi
}

# expect_has LINE WORD...: the candidates must include each WORD.
expect_has() {
    local line=$1 got word
    shift
    got=" $(offers "$line") "
    for word in "$@"; do
        if [[ $got != *" $word "* ]]; then
            echo "FAIL: completing 'telemetry-lens $line' does not offer '$word' (offers:$got)" >&2
            failures=$((failures + 1))
        fi
    done
}

# expect_lacks LINE WORD...: none of the WORDs may be offered.
expect_lacks() {
    local line=$1 got word
    shift
    got=" $(offers "$line") "
    for word in "$@"; do
        if [[ $got == *" $word "* ]]; then
            echo "FAIL: completing 'telemetry-lens $line' offers '$word', which does not belong there" >&2
            failures=$((failures + 1))
        fi
    done
}

commands="audit delete-request disable enable fleet history requests show status undo"
expect "" "$commands"
expect "d" "delete-request disable"
expect "--root $work/files/roots " "$commands"
expect "--lang=de " "$commands"
expect_has "-" --help --version --demo --root --home --lang
expect_has "--" --all-users --show --screenshot --size --palette --exit-after-scan --timing
expect_lacks "status --" --show --screenshot --timing
expect "--palette " "dark light"
expect "--show " "disable-all history overview requests"
expect "--screenshot $work/files/rep" "$work/files/report.html $work/files/reports"

expect "show " "bentoml chroma dvc evidently feast gradio great-expectations haystack huggingface-hub kedro mlflow prefect rasa ray semgrep skyplane streamlit wandb"
expect "show r" "rasa ray"
expect "show ray --" "--demo --help --home --json --lang --root --sent --would-send"
expect "disable " "bentoml chroma dvc evidently feast gradio great-expectations haystack huggingface-hub kedro mlflow prefect rasa ray semgrep skyplane streamlit wandb"
expect "disable ray mlflow " "bentoml chroma dvc evidently feast gradio great-expectations haystack huggingface-hub kedro prefect rasa semgrep skyplane streamlit wandb"
expect "enable --scope user ray " "bentoml chroma dvc evidently feast gradio great-expectations haystack huggingface-hub kedro mlflow prefect rasa semgrep skyplane streamlit wandb"
expect_has "disable --" --all --scope --dry-run --yes --fix-overrides --json --root --home
expect_lacks "enable --" --all --fix-overrides --via
expect "delete-request " "mlflow rasa ray skyplane"
expect_has "delete-request ray --" --id --all-ids --via --endpoint --output --contact --user --yes
expect "delete-request ray --user " ""
expect "delete-request --user bob " "mlflow rasa ray skyplane"
expect "delete-request ray --via " "eml http issue mailto print"
expect "delete-request ray --via=e" "eml"
expect "delete-request ray --id " ""
expect "delete-request ray --contact " ""
expect "delete-request --contact me@example.org " "mlflow rasa ray skyplane"
expect "delete-request --endpoint https://dpo.example.org ray --v" "--via"

expect "audit --format " "csv html json openmetrics text"
expect "audit --format=" "csv html json openmetrics text"
expect "audit --format=j" "json"
expect "audit --format=o" "openmetrics"
expect "audit --format json --" "--all-tools --all-users --compare --demo --fail-on-enabled --format --help --home --json --lang --output --root"
expect "audit --compare $work/files/re" "$work/files/report.html $work/files/reports"
expect "fleet --" "--fail-on-enabled --format --help --lang --output"
expect "fleet --format " "csv html json text"
expect "fleet $work/files/re" "$work/files/report.html $work/files/reports"
expect "fleet $work/files/reports --output $work/files/rep" "$work/files/report.html $work/files/reports"
expect_lacks "status --" --all-users --via --scope --version
expect_has "status --" --demo --json
expect "status --j" "--json"
expect "disable --scope " "system user"
expect "requests --" "--close --date --demo --help --home --json --lang --mark-answered --mark-sent --note --retry --root"
expect "requests --mark-answered " ""
expect "requests --mark-sent 1a2b3c4d --date " ""
expect "requests --note done --" "--close --date --demo --help --home --json --lang --mark-answered --mark-sent --note --retry --root"
expect_lacks "requests --" --mark-closed
expect "undo --" "--demo --help --home --lang --root --yes"
expect "history --" "--demo --help --home --lang --root"
expect "--lang " "de en fr"
expect "--palette " "dark light"
expect "--palette dark " "$commands"

expect "audit --output $work/files/re" "$work/files/report.html $work/files/reports"
expect "delete-request ray --via eml --output $work/files/rep" "$work/files/report.html $work/files/reports"
expect "--root $work/files/r" "$work/files/reports $work/files/roots"
expect "status --home $work/files/ro" "$work/files/roots"

# The man page documents everything the completion offers.
page=$(groff -man -Tutf8 -P-cbou "$manpage" 2>/dev/null)
for command in $commands; do
    grep -Eq "^   $command( |$)" <<<"$page" || {
        echo "FAIL: the man page has no COMMANDS entry for '$command'" >&2
        failures=$((failures + 1))
    }
done
for option in $(grep -o -- '--[a-z][a-z-]*' "$script" | sort -u); do
    grep -q -- "$option" <<<"$page" || {
        echo "FAIL: the man page does not document $option, which the completion offers" >&2
        failures=$((failures + 1))
    }
done

# Everything the program offers is completed and documented. Its --help lists the commands as
# "  name  description" after a "Commands:" line; each command's --help lists its options.
known=$("$program" --help | awk '/^Commands:/ {on = 1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}')
[[ -n $known ]] || {
    echo "FAIL: found no command list in '$program --help'" >&2
    failures=$((failures + 1))
}
for command in $known; do
    [[ " $commands " == *" $command "* ]] || {
        echo "FAIL: the program has the command '$command', which the completion does not offer" >&2
        failures=$((failures + 1))
    }
    grep -Eq "^   $command( |$)" <<<"$page" || {
        echo "FAIL: the program has the command '$command', which the man page does not describe" >&2
        failures=$((failures + 1))
    }
    offered=" $(offers "$command --") "
    for option in $("$program" "$command" --help | sed -n -E 's/^ +(-[a-zA-Z], )?(--[a-z][a-z-]*).*/\2/p'); do
        [[ $option == --help-all ]] && continue
        [[ $offered == *" $option "* ]] || {
            echo "FAIL: '$command' takes $option, which the completion does not offer (offers:$offered)" >&2
            failures=$((failures + 1))
        }
        grep -q -- "$option" <<<"$page" || {
            echo "FAIL: '$command' takes $option, which the man page does not document" >&2
            failures=$((failures + 1))
        }
    done
done

if ((failures > 0)); then
    echo "$failures completion check(s) failed" >&2
    exit 1
fi
echo "completion checks passed"
