#!/usr/bin/env bash
# Installs the Debian packages needed to build, test and package Telemetry Lens, if any are missing.
# Uses apt-get directly as root, or through sudo; otherwise lists what to install and fails.
# This is the one list of build dependencies: `build-deps.sh --list` prints it, one package a line,
# for the test that checks it is complete (tests/package/checkbuilddeps.sh).
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
    qt6-translations-l10n
    nlohmann-json3-dev libyaml-cpp-dev libtomlplusplus-dev python3-jsonschema libgl-dev libxkbcommon-dev
    xvfb xauth desktop-file-utils appstream dpkg-dev file bash-completion groff-base binutils
    clang-format strace ansible-core prometheus systemd clang libclang-rt-14-dev
    nodejs
)

if [[ ${1:-} == --list ]]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
# npm installs the integration test's tools; a nodejs from NodeSource brings its own npm (and conflicts
# with Debian's npm package), Debian's nodejs needs the npm package beside it.
if ! command -v npm >/dev/null 2>&1 || [[ " ${missing[*]} " == *" nodejs "* ]]; then
    missing+=(npm)
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing build dependencies: ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
    apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1; then
    apt_get=(sudo apt-get)
else
    echo "Missing packages: ${missing[*]}. Install them with apt-get as root, then run this again." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${apt_get[@]}" update -qq
"${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}"
