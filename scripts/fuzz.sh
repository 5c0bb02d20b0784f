#!/usr/bin/env bash
# Builds and runs the libFuzzer target of the model readers (fuzz/model_fuzz.cpp).
#
#   scripts/fuzz.sh [SECONDS]   fuzz for SECONDS (default 300) starting from the committed
#                               corpus, then merge what was found back into it (minimised)
#   scripts/fuzz.sh --seed      rebuild the corpus from scratch: every doc example under
#                               every target, minimised with -merge=1
#
# Findings (crashes, leaks, sanitizer reports, exceptions other than hikari::ParseError)
# are written to build/fuzz/findings/. Fix the reader, add a unit test, and keep the
# reproducer in tests/fuzz/corpus/ so the replay test (test_events_fuzz_corpus) covers it.
set -euo pipefail
cd "$(dirname "$0")/.."

export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
cmake --preset fuzz >/dev/null
cmake --build build/fuzz -j "${JOBS:-2}" --target hikari-fuzz-model
fuzzer=build/fuzz/bin/hikari-fuzz-model
corpus=tests/fuzz/corpus
findings=build/fuzz/findings
mkdir -p "$corpus" "$findings"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Merges directories into the committed corpus, keeping only inputs that add edge coverage
# (-use_counters=0: hit counts would keep several times as many files for little gain).
merge() {
    local fresh
    fresh=$(mktemp -d)
    "$fuzzer" -merge=1 -use_counters=0 -max_len=65536 "$fresh" "$@" 2>&1 | tail -n 1
    rm -rf "$corpus"
    mkdir -p "$corpus"
    # Content-named files: stable names, no duplicates.
    (cd "$fresh" && sha1sum -- *) | while read -r sum file; do
        cp "$fresh/$file" "$corpus/${sum:0:16}"
    done
    rm -rf "$fresh"
    echo "corpus: $(ls "$corpus" | wc -l) files, $(du -sh "$corpus" | cut -f1)"
}

if [[ ${1:-} == --seed ]]; then
    seeds=$(mktemp -d)
    trap 'rm -rf "$seeds"' EXIT
    # Every example under every target: most combinations are parse errors that merge drops.
    count=$(HIKARI_FUZZ_LIST=1 "$fuzzer" | wc -l)
    for json in tests/model/data/doc-examples/*.json; do
        stem=$(basename "$json" .json)
        for ((i = 0; i < count; ++i)); do
            { printf "\\x$(printf %02x "$i")"; cat "$json"; } >"$seeds/$stem-$i"
        done
    done
    echo "seeds: $(ls "$seeds" | wc -l) files"
    merge "$seeds" "$corpus"
    exit 0
fi

seconds=${1:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$findings/" -print_final_stats=1 "$work" "$corpus"
merge "$work" "$corpus"
