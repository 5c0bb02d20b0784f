#!/usr/bin/env bash
# Makes a self-signed certificate for hikari-sandbox's TLS mode, valid for 127.0.0.1 and
# localhost, and prints how to use it:
#   scripts/sandbox-cert.sh DIR      -> DIR/sandbox.crt, DIR/sandbox.key
# Clients trust it through their CA file (hikari: HTTPSettings::ca_file).
set -euo pipefail
dir=${1:-.}
mkdir -p "$dir"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
  -subj /CN=hikari-sandbox -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$dir/sandbox.key" -out "$dir/sandbox.crt" 2>/dev/null
echo "made $dir/sandbox.crt and $dir/sandbox.key"
echo "run:   hikari-sandbox --tls-cert $dir/sandbox.crt --tls-key $dir/sandbox.key"
echo "trust: ca_file = $dir/sandbox.crt (REST on https://, gateway on wss://)"
