#!/usr/bin/env bash
# Times a test desk's start as the integration tests launch it (Payara Micro, the built WAR, demo mode,
# a fresh embedded database) under the JVM options given, from launch to the first 200 on both
# /health/ready and /login.xhtml, and prints the CPU time Payara Micro used meanwhile; then stops it.
# Usage: bench/test-desk-start.sh "<jvm options>" [rounds=3]    (after mvn package: uses target/)
# e.g.   bench/test-desk-start.sh "" ; bench/test-desk-start.sh "-XX:TieredStopAtLevel=1"
set -euo pipefail
cd "$(dirname "$0")/.."
options=${1:-}; rounds=${2:-3}
for round in $(seq 1 "$rounds"); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  data=$(mktemp -d)
  log=$(mktemp)
  start=$(date +%s.%N)
  # shellcheck disable=SC2086 # the options are words
  APP_DEMO=true APP_BASE_URL="http://localhost:$port" APP_DATASOURCE_URL="jdbc:h2:file:$data/desk" \
    SUPPORT_API_BOOTSTRAP_TOKEN="bench-token-$$-0123456789abcdef" BILLING_WEBHOOK_SECRETS="bench-secret-$$-0123456789" \
    java $options -jar target/payara-micro.jar --deploy target/support-desk.war --contextroot / \
    --port "$port" --nocluster --prebootcommandfile server-config/pre-boot-commands.asadmin --postbootcommandfile server-config/post-boot-commands.asadmin > "$log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login.xhtml")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the desk exited:"; tail -5 "$log"; exit 1; }
    sleep 0.5
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  cpu=$(ps -o times= -p "$pid" | tr -d ' ')
  printf 'options=[%s] round=%s ready=%.1f s cpu=%s s\n' "$options" "$round" "$ready" "$cpu"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data" "$log"
done
