#!/usr/bin/env bash
# POST /api/tickets (the whole intake pipeline) against a trivial JAX-RS endpoint that inserts one
# row, in the same run, on the same Payara Micro and PostgreSQL database (a fresh one, dropped after).
# Usage: bench/api-throughput.sh [clients=8] [warm-up s=60] [seconds=30] [rounds=3] [customers=5000]
# BENCH_JAVA_OPTS adds JVM options to the server (e.g. -XX:StartFlightRecording=filename=/tmp/api.jfr,
# with delay=90s to leave start-up and warm-up out); SKIP_BUILD=true uses target/ as it is;
# BENCH_SERVER_LOG keeps the server's output in that file; BENCH_KEEP_DB=true keeps the database (its
# name is printed); BENCH_LOG_STATEMENTS=true logs every statement in PostgreSQL's server log, and
# BENCH_EXPLAIN_MS=n the plan of every statement that took n ms or more (auto_explain): short runs only.
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
clients=${1:-8}; warmup=${2:-60}; seconds=${3:-30}; rounds=${4:-3}; customers=${5:-5000}
port=${BENCH_PORT:-8391}
db=orthocab_bench_$$
token=bench-token-$$
createdb -h 127.0.0.1 -U postgres "$db"
[ "${BENCH_LOG_STATEMENTS:-false}" = true ] && psql -h 127.0.0.1 -U postgres -qc "alter database $db set log_statement = 'all'"
if [ -n "${BENCH_EXPLAIN_MS:-}" ]; then
  psql -h 127.0.0.1 -U postgres -qc "alter database $db set session_preload_libraries = 'auto_explain'"
  psql -h 127.0.0.1 -U postgres -qc "alter database $db set auto_explain.log_min_duration = '${BENCH_EXPLAIN_MS}ms'"
fi
log=${BENCH_SERVER_LOG:-$(mktemp)}
cleanup() {
  # TERM, not INT: a shell started in the background passes SIGINT on ignored, and Java keeps it so
  [ -n "${analyzer:-}" ] && kill "$analyzer" 2>/dev/null || true
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  if [ "${BENCH_KEEP_DB:-false}" = true ]; then echo "database kept: $db"; else
    dropdb -h 127.0.0.1 -U postgres --if-exists "$db" || true; fi
  [ -n "${BENCH_SERVER_LOG:-}" ] || rm -f "$log"
}
trap cleanup EXIT
[ "${SKIP_BUILD:-false}" = true ] || mvn -B -q -Pbench -DskipTests package
APP_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" APP_DATASOURCE_USER=postgres \
APP_DATASOURCE_PASSWORD=postgres APP_DEMO=false SUPPORT_API_BOOTSTRAP_TOKEN="$token" \
APP_INTAKE_DAILY_QUOTA=1000000 \
  java ${BENCH_JAVA_OPTS:-} -jar target/payara-micro.jar --deploy target/support-desk-bench.war --contextroot / \
  --port "$port" --nocluster --prebootcommandfile server-config/pre-boot-commands.asadmin --postbootcommandfile server-config/post-boot-commands.asadmin \
  > "$log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { tail -20 "$log"; exit 1; }
  sleep 1
done
curl -sf -X POST "http://localhost:$port/api/bench/setup?customers=$customers" > /dev/null
# This server runs with autovacuum off; in production autovacuum analyses a table as it grows. Without
# it the planner keeps the statistics of the empty tables and scans what it should look up by index.
( while sleep 10; do psql -h 127.0.0.1 -U postgres -qc analyze "$db" 2>/dev/null; done ) &
analyzer=$!
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version')"
java bench/TicketApiLoad.java "http://localhost:$port" "$token" "$clients" "$warmup" "$seconds" "$rounds" "$customers" "$pid"
echo "tickets saved: $(psql -h 127.0.0.1 -U postgres -tAc 'select count(*) from ticket' "$db"), statuses: $(psql -h 127.0.0.1 -U postgres -tAc "select string_agg(status || '=' || n, ' ') from (select status, count(*) n from ticket group by status) s" "$db")"
