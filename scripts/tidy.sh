#!/usr/bin/env bash
# clang-tidy over the project's own sources, with the asan build's compile commands.
# Usage: scripts/tidy.sh [paths...]   (default: every .cpp under src/ and apps/)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${TIDY_BUILD_DIR:-build/asan}
[[ -f $build/compile_commands.json ]] || cmake --preset asan >/dev/null
if (($# == 0)); then
  mapfile -t files < <(git ls-files 'src/*.cpp' 'apps/*.cpp')
else
  files=("$@")
fi
# GCC-only flags in the compile commands are unknown to clang; tell it to ignore them.
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet \
  --extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-unused-command-line-argument
echo "tidy: ${#files[@]} files clean"
