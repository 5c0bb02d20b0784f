#!/usr/bin/env bash
# `make demo`: the ping bot. With DISCORD_TOKEN set it runs against Discord; otherwise this
# starts hikari-sandbox as its own process, points the bot at it and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release/bin

if [[ -n "${DISCORD_TOKEN:-}" ]]; then
  exec "$bin/hikari-demo" "$@"
fi

out=$(mktemp)
# Heartbeats every second, so the bot has measured its latency within the demo's seconds.
"$bin/hikari-sandbox" --port 0 --quiet --heartbeat-interval 1000 >"$out" &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null || true; wait "$sandbox" 2>/dev/null || true; rm -f "$out"' EXIT

port=""
for _ in $(seq 100); do
  port=$(sed -n 's/^SANDBOX_PORT=//p' "$out")
  [[ -n "$port" ]] && break
  kill -0 "$sandbox" 2>/dev/null || { echo "demo: hikari-sandbox exited early" >&2; exit 1; }
  sleep 0.05
done
[[ -n "$port" ]] || { echo "demo: hikari-sandbox did not report its port" >&2; exit 1; }
echo "demo: hikari-sandbox (pid $sandbox) listening on 127.0.0.1:$port"

HIKARI_SANDBOX_PORT="$port" "$bin/hikari-demo" "$@"
