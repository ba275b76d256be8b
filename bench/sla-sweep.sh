#!/usr/bin/env bash
# The SLA sweep (DueSlaEvents.recordAt) on PostgreSQL: N open tickets each with a running reply
# clock, of which exactly 1,000 came due in the minute before the sweep's instant; one sweep per
# round, for each N. A fresh database, dropped after.
# Usage: bench/sla-sweep.sh [sizes="1000000 10000"] [warm-up rounds=2] [rounds=5] [customers=1000]
# SKIP_BUILD=true uses target/ as it is; BENCH_JAVA_OPTS adds JVM options to the server (e.g.
# -XX:StartFlightRecording=filename=/tmp/sla.jfr,settings=profile); BENCH_SERVER_LOG keeps the
# server's output in that file (e.g. with -Declipselink.logging.level.sql=FINE
# -Declipselink.logging.logger=DefaultLogger, to count the statements).
#
# Every round's 1,000 clocks are written at fill time, spread over the table (ticket id modulo
# N/1000): round r's come due at T0 + r x 10 min minus 1-59 s, every other instant is at least a day
# after the last round, so a round claims exactly its own 1,000 and what it records moves them past
# every later round. A quarter each come due for an objective warning (to the assignee, or the team
# when unassigned: half of them), a missed objective (no notification), a deadline warning and
# a breach (to each of 3 supervisors): 1,000 events and 1,250 notifications a round; each of a round's
# tickets has its own customer (up to `customers`). One more set is kept for EXPLAIN (ANALYZE,
# BUFFERS) of the claim, run in a transaction rolled back. Each round prints the sweep's time inside
# the server and over HTTP, and what PostgreSQL counted meanwhile: index scans of customer, ticket
# (foreign-key checks included), sla_policy and account, sequential scans of sla_clock and ticket,
# commits; and the load average.
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
sizes=${1:-"1000000 10000"}; warmup=${2:-2}; rounds=${3:-5}; customers=${4:-1000}
port=${BENCH_PORT:-8392}
db=orthocab_sla_bench_$$
sets=$((warmup + rounds + 1))
psql_db() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA "$@" "$db"; }
createdb -h 127.0.0.1 -U postgres "$db"
log=${BENCH_SERVER_LOG:-$(mktemp)}
cleanup() {
  # TERM, not INT: a shell started in the background passes SIGINT on ignored, and Java keeps it so
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  dropdb -h 127.0.0.1 -U postgres --if-exists "$db" || true
  [ -n "${BENCH_SERVER_LOG:-}" ] || rm -f "$log"
}
trap cleanup EXIT
[ "${SKIP_BUILD:-false}" = true ] || mvn -B -q -Pbench -DskipTests package
APP_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" APP_DATASOURCE_USER=postgres \
APP_DATASOURCE_PASSWORD=postgres APP_DEMO=false \
  java ${BENCH_JAVA_OPTS:-} -jar target/payara-micro.jar --deploy target/support-desk-bench.war --contextroot / \
  --port "$port" --nocluster --prebootcommandfile server-config/pre-boot-commands.asadmin --postbootcommandfile server-config/post-boot-commands.asadmin \
  > "$log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { tail -20 "$log"; exit 1; }
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version')"

# T0: a whole minute 30 days ahead, so that the desk's own every-minute sweep (real time) finds
# nothing due while the rounds run.
t0=$(psql_db -c "select to_char(date_trunc('minute', now() + interval '30 days') at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
at() { psql_db -c "select to_char(('$t0'::timestamptz + $1 * interval '10 minutes') at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"; }

# 10 agents and 3 supervisors (ids 1-13, under the sequence's first value), the customers.
psql_db <<SQL
insert into account (id, email, email_key, display_name, password_hash, role, enabled, failed_logins)
select i, 'bench-staff-' || i || '@orthocab.fr', 'bench-staff-' || i || '@orthocab.fr', 'Agent ' || i,
       'x', case when i <= 10 then 'AGENT' else 'SUPERVISOR' end, true, 0
from generate_series(1, 13) i;
insert into customer (id, surname, first_name, email, email_key, language, created_at)
select i, 'Client' || i, 'Bench', 'bench-' || i || '@bench.orthocab.fr', 'bench-' || i || '@bench.orthocab.fr',
       'FR', now()
from generate_series(1, $customers) i;
SQL

stats() {
  psql_db -F ' ' -c "select coalesce(sum(idx_scan) filter (where relname = 'customer'), 0),
      coalesce(sum(idx_scan) filter (where relname = 'ticket'), 0),
      coalesce(sum(idx_scan) filter (where relname = 'sla_policy'), 0),
      coalesce(sum(idx_scan) filter (where relname = 'account'), 0),
      coalesce(sum(seq_scan) filter (where relname in ('sla_clock', 'ticket')), 0),
      (select xact_commit from pg_stat_database where datname = current_database())
    from pg_stat_user_tables"
}

for n in $sizes; do
  stride=$((n / 1000))
  if [ $((stride * 1000)) -ne "$n" ] || [ "$stride" -lt "$sets" ]; then
    echo "N=$n: must be a multiple of 1000 with N/1000 >= $sets (warm-up + rounds + 1)"; exit 1
  fi
  echo
  echo "== N = $n open tickets, 1000 due per round (t0 $t0)"
  fill_start=$(date +%s)
  psql_db <<SQL
truncate outbox_message, sla_event, sla_clock, ticket cascade;
insert into ticket (id, reference, customer_id, subject, category, channel, status, priority,
                    priority_rank, received_at, awaiting_reply_since, last_activity_at, assignee_id, version)
select i, 'OC-' || i, 1 + i / $stride % $customers, 'Demande ' || i || ' : le logiciel ne démarre plus', 'BUG', 'PORTAL',
       'OPEN', case when i / $stride / 8 % 2 = 0 then 'HIGH' else 'NORMAL' end, i / $stride / 8 % 2,
       '$t0'::timestamptz - interval '2 days', '$t0'::timestamptz - interval '2 days',
       '$t0'::timestamptz - interval '2 days', case when i / $stride / 4 % 2 = 1 then 1 + i % 10 end, 1
from generate_series(1, $n) i;
insert into sla_clock (ticket_id, policy_id, cycle, started_at, objective_warning_at, objective_due_at,
                       deadline_warning_at, deadline_due_at, objective_warned_at, objective_missed_at,
                       deadline_warned_at, deadline_breached_at, next_due_at, ever_breached)
select i, case when i / $stride / 8 % 2 = 0 then -1 else -2 end, 1, t0 - interval '2 days',
       case when due and kind = 0 then t when due then t0 - interval '1 day' else far end,
       case when due and kind = 1 then t when due and kind > 1 then t0 - interval '20 hours'
            else far + interval '1 hour' end,
       case when due and kind = 2 then t when due and kind = 3 then t0 - interval '10 hours'
            else far + interval '1 day' end,
       case when due and kind = 3 then t else far + interval '28 hours' end,
       case when due and kind > 0 then t0 - interval '1 day' end,
       case when due and kind > 1 then t0 - interval '20 hours' end,
       case when due and kind > 2 then t0 - interval '10 hours' end,
       null,
       case when due then t else far end,
       false
from (select i, '$t0'::timestamptz as t0, i % $stride < $sets as due, (i / $stride) % 4 as kind,
             '$t0'::timestamptz + (i % $stride) * interval '10 minutes' - (1 + i % 59) * interval '1 second' as t,
             '$t0'::timestamptz + interval '1 day' + (i::bigint * 7919 % 2592000) * interval '1 second' as far
      from generate_series(1, $n) i) c;
select setval('ticket_seq', $n + 1001);
SQL
  psql_db -c "vacuum analyze"
  echo "filled in $(( $(date +%s) - fill_start )) s: $(psql_db -c "select count(*) || ' tickets, ' || pg_size_pretty(pg_total_relation_size('sla_clock')) || ' sla_clock, ' || pg_size_pretty(pg_total_relation_size('ticket')) || ' ticket' from ticket")"
  echo "round  kind     sweep ms  events  curl ms  customer/ticket/policy/account idx scans, seq scans, commits  load (uptime)"
  for r in $(seq 0 $((warmup + rounds - 1))); do
    kind=round; [ "$r" -lt "$warmup" ] && kind=warm-up
    now=$(at "$r")
    before=($(stats))
    out=$(curl -sf -w ' %{time_total}' -X POST "http://localhost:$port/api/bench/sla-sweep?now=$now")
    sleep 11 # an idle backend reports its statistics to pg_stat_* within 10 s
    after=($(stats))
    read -r ms events curl_s <<< "$out"
    d=(); for k in 0 1 2 3 4 5; do d+=($(( after[k] - before[k] ))); done
    printf '%-6s %-8s %8s  %6s  %7.0f  %s/%s/%s/%s, %s, %s  %s\n' "$r" "$kind" "$ms" "$events" \
      "$(echo "$curl_s * 1000" | bc)" "${d[0]}" "${d[1]}" "${d[2]}" "${d[3]}" "${d[4]}" "${d[5]}" \
      "$(uptime | sed 's/.*load average: //')"
  done
  echo "recorded: $(psql_db -c "select string_agg(kind || '=' || n, ' ') from (select kind, count(*) n from sla_event group by kind order by kind) s"); outbox: $(psql_db -c "select count(*) from outbox_message")"
  explain_at=$(at $((warmup + rounds)))
  echo "-- the claim with literal values (as a first execution plans it), rolled back:"
  psql_db <<SQL
begin;
explain (analyze, buffers)
update sla_clock set claim_token = 'explain' where next_due_at <= '$explain_at' and ticket_id in
 (select d.ticket_id from sla_clock d where d.next_due_at <= '$explain_at'
  order by d.next_due_at fetch first 500 rows only);
rollback;
SQL
  echo "-- the same as a prepared statement with a generic plan (what a reused JDBC statement may get):"
  psql_db <<SQL
begin;
prepare claim(varchar, timestamptz) as
update sla_clock set claim_token = \$1 where next_due_at <= \$2 and ticket_id in
 (select d.ticket_id from sla_clock d where d.next_due_at <= \$2
  order by d.next_due_at fetch first 500 rows only);
set local plan_cache_mode = force_generic_plan;
explain (analyze, buffers) execute claim('explain', '$explain_at');
rollback;
SQL
done
