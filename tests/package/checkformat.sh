#!/usr/bin/env bash
# Fails when a C++ source differs from the project's .clang-format, naming each file and line.
# With --fix it formats them instead: `cmake --build build --target format` runs that.
#   checkformat.sh CLANG_FORMAT [--fix]     (run in the source tree)
set -euo pipefail
clang_format=$1
mapfile -t files < <(find app ui tests installer \( -name '*.cpp' -o -name '*.h' \) | sort)
((${#files[@]} > 0)) || { echo "FAIL: no C++ sources found below $(pwd)" >&2; exit 1; }
if [[ ${2:-} == --fix ]]; then
    "$clang_format" -i "${files[@]}"
    exit 0
fi
if ! "$clang_format" --dry-run --Werror "${files[@]}"; then
    echo "FAIL: the files above differ from .clang-format; run: cmake --build build --target format" >&2
    exit 1
fi
echo "${#files[@]} C++ files follow .clang-format"
