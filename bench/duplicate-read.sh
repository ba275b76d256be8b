#!/usr/bin/env bash
# The database read of the duplicate check (Duplicates.earlierOf) on PostgreSQL: a scratch database
# with ticket and message tables shaped as the desk's (the columns and indexes the query touches),
# 100,000 tickets of 2,000 customers and three messages each; the customer looked at has 50 requests
# in progress and 100 closed long ago. Times the query earlierOf issues now (the 50 rows' stored
# notions) and the one it issued before (subject and first customer message, joined), server side
# (EXPLAIN ANALYZE) and from a client (pgbench, prepared statements, one connection).
# Usage: bench/duplicate-read.sh   (PGHOST/PGUSER default to 127.0.0.1/postgres; the database is
# created and dropped)
set -euo pipefail
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
db="orthocab_dupread_$$"
createdb "$db"
trap 'dropdb --if-exists "$db"' EXIT
work=$(mktemp -d)
trap 'dropdb --if-exists "$db"; rm -rf "$work"' EXIT
psql -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
create table ticket (
  id bigint primary key, reference varchar(20) not null unique, customer_id bigint,
  subject varchar(200) not null, status varchar(30) not null, priority_rank int not null,
  received_at timestamp with time zone not null, awaiting_reply_since timestamp with time zone,
  last_activity_at timestamp with time zone not null, held_since timestamp with time zone,
  request_notions varchar(4000));
create table message (
  id bigint primary key, ticket_id bigint not null references ticket(id),
  author_kind varchar(20) not null, body text not null, created_at timestamp with time zone not null);
-- a stored form of a few dozen notions, as intake writes it (~300 characters)
insert into ticket
select i, 'OC-' || i, case when i <= 150 then 1 else 2 + i % 2000 end,
       'Sujet ' || md5(i::text),
       case when i <= 50 then (array['OPEN','WAITING_ON_CUSTOMER','RESOLVED'])[1 + i % 3]
            when i <= 150 then 'CLOSED'
            else (array['OPEN','CLOSED','CLOSED','CLOSED','RESOLVED'])[1 + i % 5] end,
       1, now() - (i % 400) * interval '1 day' - interval '1 hour', null,
       case when i <= 50 then now() - interval '1 hour' else now() - (i % 400 + 8) * interval '1 day' end,
       null,
       'v1 --- ' || (select string_agg(substr(md5(i::text || k), 1, 7), ' ') from generate_series(1, 38) k)
from generate_series(1, 100000) i;
insert into message
select t.id * 3 + k, t.id, case when k = 0 then 'CUSTOMER' else 'AGENT' end,
       repeat('Texte de la demande ' || md5(t.id::text) || ' ', 8), t.received_at + k * interval '1 hour'
from ticket t, generate_series(0, 2) k;
create index ix_ticket_queue on ticket (status, priority_rank, awaiting_reply_since);
create index ix_ticket_customer on ticket (customer_id, last_activity_at);
create index ix_ticket_customer_received on ticket (customer_id, received_at);
create index ix_ticket_status_held_since on ticket (status, held_since);
create index ix_message_ticket on message (ticket_id, created_at);
vacuum analyze ticket;
vacuum analyze message;
SQL

now_query="select t.id, t.reference, t.request_notions from ticket t
 where t.customer_id = 1 and t.received_at <= now()
   and (t.status not in ('CLOSED', 'REFUSED', 'MERGED')
        or (t.status = 'CLOSED' and t.last_activity_at >= now() - interval '7 days'))
 order by t.received_at desc"
before_query="select t.id, t.reference, t.subject, m.body from message m join ticket t on m.ticket_id = t.id
 where t.customer_id = 1 and t.received_at <= now()
   and (t.status not in ('CLOSED', 'REFUSED', 'MERGED')
        or (t.status = 'CLOSED' and t.last_activity_at >= now() - interval '7 days'))
   and m.id = (select min(r.id) from message r where r.ticket_id = t.id and r.author_kind = 'CUSTOMER')
 order by t.received_at desc"

echo "PostgreSQL $(psql -Atd "$db" -c 'show server_version'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rows for the customer: $(psql -Atd "$db" -c "select count(*) from ($now_query) q")," \
  "bytes of stored notions read: $(psql -Atd "$db" -c "select sum(length(request_notions)) from ($now_query) q")"
for what in now before; do
  query_var="${what}_query"
  query="${!query_var}"
  echo "== $what: server-side execution time, 10 runs (ms)"
  for _ in $(seq 10); do
    psql -Atd "$db" -c "explain (analyze, buffers) $query" | sed -n 's/^Execution Time: //p'
  done | tr '\n' ' '
  echo
  psql -Atd "$db" -c "explain (analyze, buffers) $query" | sed -n '1,12p'
  echo "$query;" > "$work/$what.sql"
  echo "== $what: from a client, pgbench -M prepared, 1 connection, 10 s"
  pgbench -n -M prepared -c 1 -T 10 -f "$work/$what.sql" "$db" 2>/dev/null | grep -E "latency|tps"
done
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
