#!/usr/bin/env bash
# Times the desk's start: from launching ./run to the demo banner and to the first 200 on /login.xhtml,
# then stops it with SIGINT (as Ctrl-C does) and waits for the port to be free.
# Usage: bench/startup-time.sh [label]      (SKIP_BUILD=true to leave Maven out; uses ./data as ./run does)
set -m  # background jobs keep SIGINT, as in a terminal
cd "$(dirname "$0")/.."
label=${1:-start}
port=${APP_HTTP_PORT:-8080}
log=$(mktemp)
start=$(date +%s.%N)
./run > "$log" 2>&1 &
pid=$!
until grep -q "DEMO MODE) is ready" "$log"; do
  kill -0 "$pid" 2>/dev/null || { echo "./run exited:"; tail -5 "$log"; exit 1; }
  sleep 0.2
done
banner=$(date +%s.%N)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${port}/login.xhtml")" = 200 ]; do sleep 0.2; done
page=$(date +%s.%N)
printf '%s: banner after %.1f s, login page 200 after %.1f s; Payara Micro says %s\n' "$label" \
  "$(echo "$banner - $start" | bc)" "$(echo "$page - $start" | bc)" \
  "$(grep -ao 'ready in [0-9,]* (ms)' "$log" | tail -1)"
kill -INT "$pid"
wait "$pid" 2>/dev/null
while (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; do sleep 0.5; done
rm -f "$log"
