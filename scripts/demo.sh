#!/usr/bin/env bash
# `make demo`: runs the most complete end-to-end demo that exists so far.
set -euo pipefail
cd "$(dirname "$0")/.."
exec build/release/bin/hikari-demo "$@"
