#!/usr/bin/env bash
# Proves installer/build-deps.sh complete without a new machine: every CMake package the configure
# step found under /usr (the <Name>_DIR entries of CMakeCache.txt) must belong to a Debian package that the list names, or that
# apt installs for the list without recommends. A package that is only *recommended* by one in the
# list is on a developer's machine by chance and missing on a new one; this names it.
#   checkbuilddeps.sh BUILD_DEPS_SCRIPT CMAKE_CACHE
set -euo pipefail

deps_script=$1
cache=$2

[[ -f $cache ]] || { echo "FAIL: no CMake cache at $cache: configure the build first" >&2; exit 1; }
mapfile -t listed < <("$deps_script" --list)
((${#listed[@]} > 0)) || { echo "FAIL: $deps_script --list printed no packages" >&2; exit 1; }

# What apt installs for the list with --no-install-recommends: the list and its dependencies,
# recursively (package lines of `apt-cache depends --recurse` start in the first column; virtual
# packages are shown in angle brackets).
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${listed[@]}" 2>/dev/null \
    | awk '/^[^ ]/ { gsub(/[<>]/, ""); print }' | sed 's/:.*//' | sort -u)
[[ -n $closure ]] || { echo "FAIL: apt-cache depends gave nothing for the list; run apt-get update" >&2; exit 1; }

# The Debian package that owns a file; dpkg records some files under /lib and others under /usr/lib.
owner_of() {
    local path=$1 real
    real=$(readlink -f "$path")
    for candidate in "$path" "$real" "${real#/usr}" "/usr$real"; do
        dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1 | tr ',' '\n' | tr -d ' ' && return 0
    done
    return 1
}

failures=0
checked=0
check() {
    local what=$1 file=$2 owners found=false owner
    owners=$(owner_of "$file") || { echo "FAIL: $what ($file) belongs to no Debian package" >&2; failures=$((failures + 1)); return; }
    for owner in $owners; do
        grep -qxF "$owner" <<<"$closure" && found=true
    done
    checked=$((checked + 1))
    $found || {
        echo "FAIL: $what comes from $(echo $owners), which installer/build-deps.sh does not install (add it to the list)" >&2
        failures=$((failures + 1))
    }
}

# CMake packages: <Name>_DIR entries that hold a package configuration file. (Libraries that Find
# modules look for on their own, such as OpenGL's optional EGL and GLU, are found when present and
# are not required, so they are not checked.)
while IFS='=' read -r key dir; do
    name=${key%%_DIR:*}
    config=
    for candidate in "$dir/${name}Config.cmake" "$dir/${name,,}-config.cmake"; do
        [[ -f $candidate ]] && { config=$candidate; break; }
    done
    [[ -n $config ]] || continue
    check "CMake package $name" "$config"
done < <(grep -E '^[A-Za-z0-9_.+-]+_DIR:PATH=/usr/' "$cache")

((checked > 0)) || { echo "FAIL: found no CMake package under /usr in $cache" >&2; exit 1; }
if ((failures > 0)); then
    echo "$failures of $checked build dependencies are not installed by installer/build-deps.sh" >&2
    exit 1
fi
echo "build dependencies complete: $checked CMake packages, all installed by the list"
