#!/usr/bin/env bash
# `make bench`: runs the benchmark binaries of the release build against hikari-sandbox.
# BENCH_COUNT / BENCH_RUNS shrink the run (CI smoke: BENCH_COUNT=2000 BENCH_RUNS=1).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${BENCH_COUNT:-200000}
runs=${BENCH_RUNS:-5}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
build/release/bin/hikari-bench-shard "$count" "$runs" 2>/dev/null
