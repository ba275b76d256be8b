#!/usr/bin/env bash
# Presence on requests' pages (who else is on a request, and who is writing): the desk on a fresh
# H2 database in demo mode (its demo requests and logins), then S agents' sessions each saying every
# P seconds, as the ticket page does, that they are on a request (POST /admin/tickets/presence).
# Usage: bench/presence-load.sh [sessions=30] [period s=5] [warm-up s=20] [seconds=60]
# SKIP_BUILD=true uses target/ as it is.
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
sessions=${1:-30}; period=${2:-5}; warmup=${3:-20}; seconds=${4:-60}
port=${BENCH_PORT:-8393}
token=bench-token-$$
dir=$(mktemp -d)
cleanup() {
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
[ "${SKIP_BUILD:-false}" = true ] || mvn -B -q -DskipTests package
APP_DATASOURCE_URL="jdbc:h2:file:$dir/desk;DB_CLOSE_ON_EXIT=FALSE" APP_DEMO=true \
  SUPPORT_API_BOOTSTRAP_TOKEN="$token" \
  java -jar target/payara-micro.jar --deploy target/support-desk.war --contextroot / \
  --port "$port" --nocluster --prebootcommandfile server-config/pre-boot-commands.asadmin --postbootcommandfile server-config/post-boot-commands.asadmin \
  > "$dir/desk.log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { tail -20 "$dir/desk.log"; exit 1; }
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/PresenceLoad.java "http://localhost:$port" "$token" "$sessions" "$period" "$warmup" "$seconds"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
