#!/usr/bin/env bash
# Builds the .deb and the .tar.gz with CPack into a temporary directory and checks them the way a
# distribution would: metadata validators, the exact file list and modes, the declared
# dependencies, and the packaged binary running from an extracted tree. Needs no root and no
# network.
#   checkpackage.sh CPACK BUILD_DIR VERSION APP_ID
set -euo pipefail

cpack=$1
build=$2
version=$3
app_id=$4

work=$(mktemp -d "${TMPDIR:-/tmp}/tlens-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
die() {
    echo "FAIL: $*" >&2
    exit 1
}

# Every file the package must hold, relative to the installation prefix; nothing else may be in it.
expected_files() {
    local size
    echo "bin/telemetry-lens"
    echo "share/applications/$app_id.desktop"
    echo "share/metainfo/$app_id.metainfo.xml"
    echo "share/icons/hicolor/scalable/apps/$app_id.svg"
    for size in 16 24 32 48 64 128 256; do
        echo "share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    echo "share/man/man1/telemetry-lens.1.gz"
    echo "share/bash-completion/completions/telemetry-lens"
    echo "share/doc/telemetry-lens/copyright"
    echo "share/doc/telemetry-lens/examples/telemetry-lens.rules.yml"
    echo "lib/systemd/system/telemetry-lens-metrics.service"
    echo "lib/systemd/system/telemetry-lens-metrics.timer"
}

# Compares a listing of "MODE PATH" lines (files and links only) with the expected files.
check_listing() {
    local what=$1 listing=$2 prefix=$3
    local actual expected
    actual=$(awk '{print $2}' "$listing" | sort)
    expected=$(expected_files | sed "s|^|$prefix|" | sort)
    local missing unexpected
    missing=$(comm -13 <(echo "$actual") <(echo "$expected"))
    unexpected=$(comm -23 <(echo "$actual") <(echo "$expected"))
    [[ -z $missing ]] || fail "$what lacks: $(echo $missing)"
    [[ -z $unexpected ]] || fail "$what holds files nobody expects (add them to expected_files if intended): $(echo $unexpected)"
    local mode path
    while read -r mode path; do
        if [[ $path == */bin/* ]]; then
            [[ $mode == -rwxr-xr-x ]] || fail "$what: $path has mode $mode, expected -rwxr-xr-x"
        else
            [[ $mode == -rw-r--r-- ]] || fail "$what: $path has mode $mode, expected -rw-r--r--"
        fi
    done <"$listing"
}

# Checks an extracted installation: $2 is the tree's root, $3 the installation prefix in it.
check_tree() {
    local what=$1 tree=$2 prefix=$3
    local out

    out=$(desktop-file-validate "$prefix/share/applications/$app_id.desktop" 2>&1) \
        || fail "$what: desktop-file-validate failed: $out"
    [[ -z $out ]] || fail "$what: desktop-file-validate reports: $out"

    # validate-tree checks the metainfo and that its launchable .desktop file is installed. The
    # reverse-DNS id that the app id is fixed to has capitals, which --pedantic notes; any other
    # remark, at any level, fails the check.
    out=$(appstreamcli validate-tree --no-net --pedantic --no-color "$tree" 2>&1) \
        || fail "$what: appstreamcli validate-tree failed: $out"
    local remarks
    remarks=$(grep -E '^ *[EWIP]: ' <<<"$out" | grep -v ': cid-contains-uppercase-letter ' || true)
    [[ -z $remarks ]] || fail "$what: appstreamcli validate reports: $remarks"
    grep -q 'Validation was successful' <<<"$out" || fail "$what: appstreamcli did not validate: $out"

    local release
    release=$(grep -o -m1 '<release version="[^"]*"' "$prefix/share/metainfo/$app_id.metainfo.xml" | cut -d'"' -f2)
    [[ $release == "$version" ]] || fail "$what: newest release in the metainfo is '$release', the project is $version"

    local size kind
    for size in 16 24 32 48 64 128 256; do
        kind=$(file -b "$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
        [[ $kind == "PNG image data, $size x $size,"* ]] || fail "$what: the ${size}px icon is '$kind'"
    done
    grep -q '<svg' "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" || fail "$what: the scalable icon is not SVG"

    out=$(gzip -dc "$prefix/share/man/man1/telemetry-lens.1.gz" | groff -man -Tutf8 -ww -z 2>&1) \
        || fail "$what: the man page does not format: $out"
    [[ -z $out ]] || fail "$what: groff warns about the man page: $out"
    gzip -dc "$prefix/share/man/man1/telemetry-lens.1.gz" | grep -q "^\.TH TELEMETRY\\\\-LENS 1 .*\"telemetry-lens $version\"" \
        || fail "$what: the man page's .TH line does not name version $version"

    bash -n "$prefix/share/bash-completion/completions/telemetry-lens" || fail "$what: the bash completion has syntax errors"

    # The metrics units: the service runs the packaged program, the timer is not enabled (no link
    # in a .wants folder is shipped; the file list above would name it).
    grep -q '^ExecStart=/usr/bin/telemetry-lens audit .*--format openmetrics --output /var/lib/prometheus/node-exporter/telemetry-lens.prom$' \
        "$prefix/lib/systemd/system/telemetry-lens-metrics.service" \
        || fail "$what: the metrics service does not write the OpenMetrics audit for node_exporter"
    grep -q '^WantedBy=timers.target$' "$prefix/lib/systemd/system/telemetry-lens-metrics.timer" \
        || fail "$what: the metrics timer has no [Install] section for timers.target"

    kind=$(file -b "$prefix/bin/telemetry-lens")
    [[ $kind == ELF* ]] || fail "$what: bin/telemetry-lens is '$kind'"
    [[ $kind != *"not stripped"* ]] || fail "$what: bin/telemetry-lens is not stripped"

    # The packaged binary must run by itself: no build tree, a clean home.
    mkdir -p "$work/home-$what"
    out=$(cd "$work" && env HOME="$work/home-$what" XDG_CONFIG_HOME="$work/home-$what/.config" \
        XDG_DATA_HOME="$work/home-$what/.local/share" QT_QPA_PLATFORM=offscreen \
        "$prefix/bin/telemetry-lens" --version 2>&1) || fail "$what: telemetry-lens --version failed: $out"
    [[ $out == "telemetry-lens $version" ]] || fail "$what: telemetry-lens --version printed '$out'"
}

for generator in DEB TGZ; do
    "$cpack" --config "$build/CPackConfig.cmake" -G "$generator" -B "$work/out" >"$work/cpack-$generator.log" 2>&1 \
        || { cat "$work/cpack-$generator.log" >&2; die "cpack -G $generator failed"; }
done

# The .deb --------------------------------------------------------------------------------------
deb="$work/out/telemetry-lens_${version}_$(dpkg --print-architecture).deb"
[[ -f $deb ]] || die "no $(basename "$deb") in: $(ls "$work/out")"

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == telemetry-lens ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ $(field Section) == utils ]] || fail "Section is '$(field Section)'"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ $(field Description) == *Ray*Skyplane*MLflow*Rasa* ]] || fail "Description does not name the tools: $(field Description)"
long_lines=$(field Description | awk 'length > 79')
[[ -z $long_lines ]] || fail "Description lines must be shorter than 80 characters: $long_lines"

depends=$(field Depends)
# dpkg-shlibdeps ran: library packages carry the minimum versions it derives from the symbols used.
[[ $depends == *"libqt6core6 (>= 6."* ]] || fail "Depends lacks libqt6core6 with a version from dpkg-shlibdeps: $depends"
[[ $depends == *"libc6 (>= "* ]] || fail "Depends lacks libc6: $depends"
for plugin in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6; do
    [[ $depends == *"$plugin"* ]] || fail "Depends lacks the plugin package $plugin: $depends"
done

# Every library the binary loads (ldd: its own and theirs) must come from a package that apt
# installs with the .deb: one that Depends names or one of their dependencies.
dpkg-deb -x "$deb" "$work/deb"
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed -e 's/(.*)//' -e 's/:.*//' | tr -d ' ' | sed '/^$/d')
# shellcheck disable=SC2086
installed_with=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances $depends_names 2>/dev/null | awk '/^[^ ]/ { gsub(/[<>]/, ""); print }' \
    | sed 's/:.*//' | sort -u)
[[ -n $installed_with ]] || fail "apt-cache depends knows none of Depends: $depends"
owner_of() {
    local path=$1 real candidate
    real=$(readlink -f "$path")
    for candidate in "$path" "$real" "${real#/usr}" "/usr$real"; do
        dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1 | tr ',' '\n' | tr -d ' ' && return 0
    done
    return 1
}
libs=0
while read -r lib path; do
    [[ $path == /* ]] || { fail "the binary needs $lib, which ldd cannot find"; continue; }
    libs=$((libs + 1))
    owners=$(owner_of "$path") || { fail "no installed package owns $path ($lib), which the binary needs"; continue; }
    found=false
    for owner in $owners; do
        grep -qxF "$owner" <<<"$installed_with" && found=true
    done
    $found || fail "the binary loads $lib from $(echo $owners), which the .deb's Depends do not bring: $depends"
done < <(ldd "$work/deb/usr/bin/telemetry-lens" | awk '$2 == "=>" { print $1, $3 }')
((libs > 10)) || fail "ldd listed only $libs libraries for the packaged binary"

recommends=$(field Recommends)
[[ $recommends == *qt6-translations-l10n* || $depends == *qt6-translations-l10n* ]] \
    || fail "neither Depends nor Recommends name qt6-translations-l10n (Qt's own dialogs would stay English)"

dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {sub(/^\.\//, "", $6); print $1, $6}' >"$work/deb.list"
grep -q '^-rwxr-xr-x usr/bin/telemetry-lens$' "$work/deb.list" || fail ".deb: no executable usr/bin/telemetry-lens"
check_listing ".deb" "$work/deb.list" "usr/"
owners=$(dpkg-deb -c "$deb" | awk '{print $2}' | sort -u)
[[ $owners == root/root ]] || fail ".deb: files are owned by $owners, expected root/root"
check_tree deb "$work/deb" "$work/deb/usr"

# The .tar.gz -----------------------------------------------------------------------------------
tgz=$(find "$work/out" -maxdepth 1 -name "telemetry-lens-$version-*.tar.gz")
[[ $(wc -l <<<"$tgz") -eq 1 && -f $tgz ]] || die "expected one telemetry-lens-$version-*.tar.gz in: $(ls "$work/out")"
top=$(basename "$tgz" .tar.gz)
tar -tvzf "$tgz" | awk '$1 !~ /^d/ {print $1, $6}' >"$work/tgz.list"
check_listing ".tar.gz" "$work/tgz.list" "$top/"
mkdir "$work/tgz"
tar -xzf "$tgz" -C "$work/tgz"
check_tree tgz "$work/tgz/$top" "$work/tgz/$top"

if ((failures > 0)); then
    echo "$failures package check(s) failed" >&2
    exit 1
fi
echo "package checks passed: $(basename "$deb"), $(basename "$tgz")"
