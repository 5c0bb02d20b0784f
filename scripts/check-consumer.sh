#!/usr/bin/env bash
# Installs the asan build into a scratch prefix and builds examples/consumer against it with
# find_package(hikari), as a user's project would; then runs the result.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/asan
prefix=$build/install-check
rm -rf "$prefix" "$build/consumer"
cmake --install "$build" --prefix "$prefix" >/dev/null
san="-fsanitize=address,undefined"
cmake -S examples/consumer -B "$build/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$PWD/$prefix" \
      -DCMAKE_CXX_FLAGS="$san" -DCMAKE_EXE_LINKER_FLAGS="$san" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
# Timed without ccache: how long a user waits for a hello-world bot to compile.
start=$(date +%s.%N)
CCACHE_DISABLE=1 cmake --build "$build/consumer"
echo "check-consumer: hello-world bot compiled and linked in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s (asan flags, no ccache)"
"$build/consumer/consumer"
echo "check-consumer: the installed package builds and runs a user's project"
