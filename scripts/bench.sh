#!/usr/bin/env bash
# `make bench`: runs the benchmark suite of the release build against hikari-sandbox, prints
# each table as it is measured and rewrites the generated section of BENCHMARKS.md (between
# the bench:begin and bench:end markers) with the method, machine, date and figures.
#
#   scripts/bench.sh                   full suite (several minutes)
#   scripts/bench.sh --smoke [BINDIR]  tiny counts, a few seconds, BENCHMARKS.md untouched;
#                                      fails when a benchmark fails (ctest: bench_smoke)
#
# BENCH_COUNT (gateway dispatches per run, default 200000), BENCH_RUNS (default 5) and
# BENCH_REST_COUNT (requests per overhead run, default 20000) change the full run.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=0
bin=build/release/bin
if [[ ${1:-} == --smoke ]]; then
    smoke=1
    bin=${2:-build/asan/bin}
fi
if ((smoke)); then
    count=500 runs=1 rest_count=200 shards=4 cache_args=(--smoke) rest_args=(--smoke)
    model_args=(--smoke)
else
    count=${BENCH_COUNT:-200000} runs=${BENCH_RUNS:-5} rest_count=${BENCH_REST_COUNT:-20000}
    shards=16 cache_args=() rest_args=() model_args=(--runs "$runs")
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cores=$(nproc)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "machine: $cores cores, $cpu, $(date -u +%F), load average $load_before"

# Runs one benchmark; its stdout (markdown) is shown and kept as $out/NAME.md.
run() {
    local name=$1
    shift
    echo
    echo "\$ $*"
    if ! "$@" 2>"$out/$name.err" | tee "$out/$name.md"; then
        cat "$out/$name.err" >&2
        echo "bench: $name failed" >&2
        return 1
    fi
}

run gateway "$bin/hikari-bench-gateway" "$count" "$runs"
run shard "$bin/hikari-bench-shard" "$count" "$runs"
run rest "$bin/hikari-bench-rest" "$rest_count" "$runs" "${rest_args[@]}"
run startup "$bin/hikari-bench-startup" "$runs" "$shards"
run model "$bin/hikari-bench-model" "${model_args[@]}"

# The cache benchmark prints one report per run; the table takes medians across runs.
for ((r = 1; r <= runs; ++r)); do
    run "cache$r" "$bin/hikari-bench-cache" "${cache_args[@]}" >/dev/null
done
{
    echo "Cache fill: $(head -n1 "$out/cache1.md"), $runs runs; median (min – max)"
    echo
    echo "| figure | median (min – max) |"
    echo "|---|---:|"
    figure() {  # label, awk program printing one number per run's report
        local label=$1 program=$2
        for ((r = 1; r <= runs; ++r)); do awk "$program" "$out/cache$r.md"; done | sort -g |
            awk -v label="$label" '{ v[NR] = $1 } END {
                printf "| %s | %s (%s – %s) |\n", label, v[int((NR + 1) / 2)], v[1], v[NR] }'
    }
    figure "build event + update, µs per member" '/per member\)/ { gsub(/[(]/, ""); for (i = 1; i <= NF; ++i) if ($(i + 1) == "us" && $(i + 2) == "per") print $i }'
    figure "RSS per cached member, user included, B" '/bytes per member/ { for (i = 1; i <= NF; ++i) if ($(i + 1) == "bytes") print $i }'
    figure "envelope + build event + update, µs per message" '/per message\)/ { gsub(/[(]/, ""); for (i = 1; i <= NF; ++i) if ($(i + 1) == "us" && $(i + 2) == "per") print $i }'
    figure "RSS per cached message, author included, B" '/bytes per message/ { for (i = 1; i <= NF; ++i) if ($(i + 1) == "bytes") print $i }'
} | tee "$out/cache.md"

((smoke)) && exit 0

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src include apps || echo "+changes")
section="$out/section.md"
{
    echo "<!-- bench:begin: scripts/bench.sh rewrites everything down to bench:end -->"
    echo "## The suite (\`make bench\`)"
    echo
    echo "Machine: $cores cores ($cpu), $(date -u +%F), release preset (-O2 -march=haswell),"
    echo "commit $commit; load average $load_before before, $load_after after (other"
    echo "engineers' builds share these cores, so absolute figures move between runs; ratios"
    echo "are measured interleaved in one run). Every figure is the median of $runs runs with"
    echo "min – max beside it."
    echo
    echo "### Gateway end to end (hikari-bench-gateway)"
    echo
    echo "Per run, a fresh in-process hikari-sandbox and a \`GatewayBot\` (default cache, intents"
    echo "GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT, one shard) over loopback; after READY the"
    echo "sandbox's flood mode sends $count ~1 KB MESSAGE_CREATE dispatches, pre-built (and"
    echo "pre-compressed), as fast as the bot reads. The clock runs from the sandbox's answer to"
    echo "the flood request (it compresses the whole flood before answering) until all went"
    echo "through the bot (event built, cache updated, listener run) and nothing is left queued."
    echo "\"listener\": one no-op MESSAGE_CREATE listener; \"no listener\": none (the default"
    echo "cache still wants the event, so it is built either way); \"no cache, no listener\": the"
    echo "cache turned off as well, so nothing wants the event and no model is built (the"
    echo "library's own path: shard, envelope, event routing). MB/s is of"
    echo "decompressed JSON. \"Bare\" is the same kind of frames (made from the flood's own first"
    echo "payload) compressed up front, then inflated and envelope-parsed with simdjson in a"
    echo "loop (simdjson's on-demand API reads op, s and t), best of 3 passes, measured in the"
    echo "same run (apps/bench/bare_limit.hpp). \"Bare with DOM parse\" does the same with"
    echo "simdjson's DOM parse of the whole payload instead, the parse issue 3 measures against."
    echo
    tail -n +3 "$out/gateway.md"
    echo
    echo "### Gateway shard alone (hikari-bench-shard)"
    echo
    echo "The same flood into a bare \`GatewayShard\` (envelope parsed, payload handed to a"
    echo "callback; no events, cache or listeners), next to the same bare limit."
    echo
    echo '```'
    cat "$out/shard.md"
    echo '```'
    echo
    echo "### REST (hikari-bench-rest)"
    echo
    echo "Overhead: $rest_count \`fetch_channel\` calls per run with the sandbox's rate limits off"
    echo "(global_rate_limit=0, route_rate_limits=false), 1 or 16 in flight. CPU is that of the"
    echo "client's io_context thread only (the in-process sandbox runs on its own thread):"
    echo "CLOCK_THREAD_CPUTIME_ID for the total, split into user and system as"
    echo "getrusage(RUSAGE_THREAD) splits it, divided by the requests. System time is the"
    echo "client's socket calls; over loopback a send also runs the receiving side's TCP"
    echo "processing, so it overstates what a real network costs. Floor: <= 10 µs of client CPU"
    echo "per request."
    echo
    sed -n '3,/^$/p' "$out/rest.md" | sed '/^$/d'
    echo
    echo "Rate limits: bursts far over the configured limits, all requests issued at once; \"least"
    echo "time\" is what the limits force (the first window's requests go at once, then one"
    echo "window per further limit's worth), \"share of the limit\" is least time / time taken."
    echo "Route: message_read set to 5 per 0.25 s through /_sandbox/rest/limits, \`fetch_message\`"
    echo "on 4 channels (4 buckets) at once, global limit off. Global: sandbox and client at 100"
    echo "requests/s, route limits off. 429s: the client's \`RESTStats::rate_limited_responses\`,"
    echo "summed over the runs (must be 0)."
    echo
    sed -n '/under rate limits/,$p' "$out/rest.md" | tail -n +3
    echo
    echo "### Start-up (hikari-bench-startup)"
    echo
    echo "A \`GatewayBot\` starting $shards shards (GET /gateway/bot recommends $shards, one guild"
    echo "each). Discord's 5 s identify interval is scaled down: the sandbox allows one IDENTIFY per"
    echo "bucket per 100 ms, the bot's identify_interval is 150 ms (slightly above, as its"
    echo "default 5.5 s is above 5 s). \"Time to all READY\" is how long \`start()\` took; the"
    echo "IDENTIFY timing is what the sandbox recorded (GET /_sandbox/gateway/stats, identifies)."
    echo
    tail -n +3 "$out/startup.md"
    echo
    echo "### Model building (hikari-bench-model)"
    echo
    echo "The model layer alone: \`from_padded_json<Message>\` on the \`d\` object of a ~1 KB"
    echo "MESSAGE_CREATE and \`from_padded_json<Guild>\` on a GUILD_CREATE \`d\` with 1 000 members,"
    echo "each pass timed right after simdjson's DOM parse of the same bytes (target: models at"
    echo ">= 50 % of DOM). Heap bytes are what a copy of the parsed model allocates, counted by"
    echo "the binary's own operator new."
    echo
    tail -n +3 "$out/model.md"
    echo
    echo "### Cache fill (hikari-bench-cache)"
    echo
    echo "See \"Cache memory\" below for the method."
    echo
    tail -n +3 "$out/cache.md"
    echo
    echo "<!-- bench:end -->"
} >"$section"

if grep -q '^<!-- bench:begin' BENCHMARKS.md; then
    awk -v section="$section" '
        /^<!-- bench:begin/ { while ((getline line < section) > 0) print line; skip = 1; next }
        /^<!-- bench:end/ { skip = 0; next }
        !skip { print }' BENCHMARKS.md >"$out/BENCHMARKS.md"
else
    # First run: the section goes after the introduction (before the first "## ").
    awk -v section="$section" '
        /^## / && !done { while ((getline line < section) > 0) print line; print ""; done = 1 }
        { print }' BENCHMARKS.md >"$out/BENCHMARKS.md"
fi
cp "$out/BENCHMARKS.md" BENCHMARKS.md
echo
echo "BENCHMARKS.md: results rewritten"
