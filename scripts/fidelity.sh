#!/usr/bin/env bash
# The discord.js fidelity check (ctest: sandbox_fidelity): starts hikari-sandbox with
# Discord's rate limits on, runs tools/fidelity/check.mjs (a discord.js bot) against it and
# stops it. Exits with the check's status; a sandbox that crashes, reports an ASan/UBSan
# error or does not stop cleanly fails it too.
#
#   scripts/fidelity.sh path/to/hikari-sandbox [check.mjs options, e.g. --verbose]
#
# discord.js is installed with `npm ci` from the committed package-lock.json when
# tools/fidelity/node_modules is missing or was installed from another lock file. No
# registry means FAIL, not skip: CI has the registry, and a skipped check proves nothing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/tools/fidelity
sandbox=${1:?usage: scripts/fidelity.sh path/to/hikari-sandbox [check options]}
shift

fail() {
    echo "fidelity: FAIL: $*" >&2
    exit 1
}

[[ -x $sandbox ]] || fail "no executable at $sandbox"
command -v node >/dev/null || fail "node is not installed (scripts/install-deps.sh installs nodejs)"
command -v npm >/dev/null || fail "npm is not installed (it comes with the nodejs package)"

# npm ci when node_modules is missing or stale: the stamp is the hash of the lock file it was
# installed from.
lock_hash=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
stamp=$dir/node_modules/.fidelity-lock-sha256
if [[ ! -f $stamp || $(cat "$stamp") != "$lock_hash" ]]; then
    echo "fidelity: npm ci in $dir"
    # zlib-sync (discord.js's zlib-stream decoder) is a native module; build it against the
    # installed Node headers rather than downloading them, when they are there.
    if [[ -z ${npm_config_nodedir:-} && -f /usr/include/node/node.h ]]; then
        export npm_config_nodedir=/usr
    fi
    if ! (cd "$dir" && npm ci --no-audit --no-fund); then
        fail "npm ci failed: is the npm registry reachable? (the check cannot run without discord.js)"
    fi
    echo "$lock_hash" >"$stamp"
fi

work=$(mktemp -d)
sandbox_pid=""
cleanup() {
    if [[ -n $sandbox_pid ]] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill -KILL "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Two guilds of four channels (three text) and 60 members, more than the large_threshold of
# 50, so that guild.members.fetch() has to chunk over the gateway. REST limits stay as
# Discord's (global 50/s, per-route buckets) so discord.js's rate-limit handling is exercised.
"$sandbox" --port 0 --guilds 2 --channels 4 --members 60 --heartbeat-interval 5000 \
    >"$work/stdout" 2>"$work/stderr" &
sandbox_pid=$!

port=""
for _ in $(seq 1 200); do
    port=$(sed -n 's/^SANDBOX_PORT=\([0-9]*\)$/\1/p' "$work/stdout")
    [[ -n $port ]] && break
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.05
done
if [[ -z $port ]]; then
    cat "$work/stdout" "$work/stderr" >&2
    fail "hikari-sandbox did not report its port"
fi
url=http://127.0.0.1:$port
# It listens before it prints the port; asking the control API proves it also answers.
probe='fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))'
until node -e "$probe" "$url/_sandbox/stats"; do
    kill -0 "$sandbox_pid" 2>/dev/null || fail "hikari-sandbox exited before answering"
    sleep 0.05
done
echo "fidelity: hikari-sandbox $(basename "$sandbox") on $url (pid $sandbox_pid)"

status=0
(cd "$dir" && node check.mjs --url "$url" --token sandbox-token "$@") || status=$?

# Stop the sandbox the way a user does (SIGTERM) and make sure it went quietly.
kill -TERM "$sandbox_pid"
sandbox_status=0
for _ in $(seq 1 100); do
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$sandbox_pid" 2>/dev/null; then
    echo "fidelity: FAIL: hikari-sandbox did not stop within 10 s of SIGTERM" >&2
    status=1
else
    wait "$sandbox_pid" || sandbox_status=$?
fi
sandbox_pid=""
if ((sandbox_status != 0)); then
    echo "fidelity: FAIL: hikari-sandbox exited with status $sandbox_status" >&2
    status=1
fi
if grep -qE 'ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer' "$work/stdout" "$work/stderr"; then
    grep -hE -A20 'ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer' "$work/stdout" "$work/stderr" >&2
    echo "fidelity: FAIL: the sandbox reported a sanitizer error" >&2
    status=1
fi
if grep -qE '\[(error|critical)\]' "$work/stdout" "$work/stderr"; then
    echo "fidelity: hikari-sandbox logged errors:" >&2
    grep -hE '\[(error|critical)\]' "$work/stdout" "$work/stderr" | head -20 >&2
    status=1
fi
if ((status != 0)); then
    echo "fidelity: last lines of the sandbox log:" >&2
    tail -n 30 "$work/stdout" >&2
fi
exit "$status"
