#!/usr/bin/env bash
# POST /api/billing/renewals (the signed renewal webhook) against the trivial JAX-RS endpoint that
# inserts one row, in the same run, on the same Payara Micro and PostgreSQL database (a fresh one,
# dropped after), 10 % of the deliveries being duplicates of events already answered.
# Usage: bench/renewal-throughput.sh [clients=8] [warm-up s=60] [seconds=30] [rounds=3] [customers=100000]
# SKIP_BUILD=true uses target/ as it is; BENCH_JAVA_OPTS adds JVM options to the server (e.g.
# -XX:StartFlightRecording=filename=/tmp/renewal.jfr,settings=profile); BENCH_SERVER_LOG keeps the
# server's output in that file; BENCH_KEEP_DB=true keeps the database (its name is printed);
# BENCH_LOG_STATEMENTS=true sets log_statement = 'all' on the database (every statement, BEGIN and
# COMMIT included, goes to PostgreSQL's server log: for a short run only).
#
# The customers (ids 1..customers, bench-<id>@bench.orthocab.fr, even ids on TELESOIN, odd ones on
# GRATUIT, one subscription each from 30 days ago to 300 days ahead) are written with SQL. The load
# (bench/RenewalLoad.java) renews each customer's period for the following year, one distinct event
# per customer and year, so every distinct event adds exactly one subscription; it also sends events
# of customers nobody has (the desk creates them). After the rounds the database is checked against
# what the load sent: one billing_event per distinct event, one new subscription per distinct event,
# one new customer per new-customer event, every delivery logged APPLIED or DUPLICATE with 200.
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
clients=${1:-8}; warmup=${2:-60}; seconds=${3:-30}; rounds=${4:-3}; customers=${5:-100000}
port=${BENCH_PORT:-8393}
db=orthocab_renewal_bench_$$
secret=bench-webhook-secret-$$-$RANDOM
psql_db() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA "$@" "$db"; }
createdb -h 127.0.0.1 -U postgres "$db"
[ "${BENCH_LOG_STATEMENTS:-false}" = true ] && psql -h 127.0.0.1 -U postgres -qc "alter database $db set log_statement = 'all'"
log=${BENCH_SERVER_LOG:-$(mktemp)}
cleanup() {
  # TERM, not INT: a shell started in the background passes SIGINT on ignored, and Java keeps it so
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  if [ "${BENCH_KEEP_DB:-false}" = true ]; then echo "database kept: $db"; else
    dropdb -h 127.0.0.1 -U postgres --if-exists "$db" || true; fi
  [ -n "${BENCH_SERVER_LOG:-}" ] || rm -f "$log"
}
trap cleanup EXIT
[ "${SKIP_BUILD:-false}" = true ] || mvn -B -q -Pbench -DskipTests package
APP_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" APP_DATASOURCE_USER=postgres \
APP_DATASOURCE_PASSWORD=postgres APP_DEMO=false BILLING_WEBHOOK_SECRETS="$secret" \
  java ${BENCH_JAVA_OPTS:-} -jar target/payara-micro.jar --deploy target/support-desk-bench.war --contextroot / \
  --port "$port" --nocluster --prebootcommandfile server-config/pre-boot-commands.asadmin --postbootcommandfile server-config/post-boot-commands.asadmin \
  > "$log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { tail -20 "$log"; exit 1; }
  sleep 1
done
curl -sf -X POST "http://localhost:$port/api/bench/setup?customers=0" > /dev/null # the trivial endpoint's table
setup_end=$(date -d '+300 days' +%F)
psql_db <<SQL
insert into customer (id, surname, first_name, email, email_key, language, created_at)
select i, 'Client' || i, 'Bench', 'bench-' || i || '@bench.orthocab.fr', 'bench-' || i || '@bench.orthocab.fr',
       'FR', now()
from generate_series(1, $customers) i;
insert into subscription (id, customer_id, pack_id, period_start, period_end)
select i, i, case when i % 2 = 0 then -1 else -2 end, current_date - 30, date '$setup_end'
from generate_series(1, $customers) i;
select setval('customer_seq', $customers + 1000);
select setval('subscription_seq', $customers + 1000);
vacuum analyze;
SQL
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version'); code $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + local changes'); load $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(mktemp)
log_start=$(wc -l < "$log")
BENCH_WEBHOOK_SECRET="$secret" java -cp target/classes bench/RenewalLoad.java "http://localhost:$port" \
  "$clients" "$warmup" "$seconds" "$rounds" "$customers" "$setup_end" "$pid" "$db" | tee "$out"
totals=$(grep '^TOTALS' "$out"); rm -f "$out"
val() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<< "$totals"; }
calls=$(val webhook_calls); ok=$(val webhook_200); known=$(val distinct_known); new=$(val distinct_new); dups=$(val duplicates)
distinct=$((known + new))

echo
echo "== database checks (what the load sent: $distinct distinct events, $known of known customers and $new of new ones, $dups duplicates, $calls webhook calls of which $ok answered 200)"
status=0
check() { # label, expected, actual
  if [ "$2" = "$3" ]; then printf 'ok    %-62s %s\n' "$1" "$3"; else printf 'FAIL  %-62s expected %s, found %s\n' "$1" "$2" "$3"; status=1; fi
}
check "webhook calls answered 200" "$calls" "$ok"
check "billing_event rows (one per distinct event)" "$distinct" "$(psql_db -c 'select count(*) from billing_event')"
check "billing_event rows with a new subscription" "$distinct" "$(psql_db -c 'select count(subscription_id) from billing_event')"
check "new subscription rows (every distinct event changes something)" "$distinct" "$(psql_db -c "select count(*) from subscription where id > $customers")"
check "subscriptions: at most one per customer, pack and period" "0" "$(psql_db -c 'select count(*) from (select 1 from subscription group by customer_id, pack_id, period_start, period_end having count(*) > 1) d')"
check "new customer rows (one per new-customer event)" "$new" "$(psql_db -c "select count(*) from customer where id > $customers")"
check "portal invitations (one per new customer)" "$new" "$(psql_db -c 'select count(*) from portal_invitation')"
check "billing_delivery rows (one per call)" "$calls" "$(psql_db -c 'select count(*) from billing_delivery')"
check "deliveries APPLIED" "$distinct" "$(psql_db -c "select count(*) from billing_delivery where outcome = 'APPLIED'")"
check "deliveries DUPLICATE" "$dups" "$(psql_db -c "select count(*) from billing_delivery where outcome = 'DUPLICATE'")"
check "deliveries FAILED, REJECTED or CONFLICT" "0" "$(psql_db -c "select count(*) from billing_delivery where outcome in ('FAILED', 'REJECTED', 'CONFLICT')")"
check "deliveries answered other than 200" "0" "$(psql_db -c 'select count(*) from billing_delivery where http_status <> 200')"
check "deliveries with an invalid signature" "0" "$(psql_db -c "select count(*) from billing_delivery where signature <> 'VALID'")"
echo "table sizes: $(psql_db -c "select string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(relid)), ', ' order by relname) from pg_stat_user_tables where relname in ('billing_event', 'billing_delivery', 'subscription', 'customer', 'outbox_message', 'bench_row')")"
echo "warnings in the server log during the load: $(tail -n +"$((log_start + 1))" "$log" | grep -c -E 'WARNING|SEVERE' || true)"
exit $status
