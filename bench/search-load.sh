#!/usr/bin/env bash
# Search at scale: a fresh PostgreSQL database filled by bench/search-data.sql (1,000,000 tickets,
# 3,000,000 messages and their search documents) under the desk's schema, then C agents searching
# through GET /api/tickets?q= (bench/SearchLoad.java), and the queue's first page.
# Usage: bench/search-load.sh [agents=32] [warm-up s=30] [seconds=60] [think time ms=0]
# SKIP_BUILD=true uses target/ as it is; BENCH_KEEP_DB=true keeps the database (its name is printed);
# BENCH_DB=name reuses a database already filled (and keeps it).
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
agents=${1:-32}; warmup=${2:-30}; seconds=${3:-60}; think=${4:-0}
port=${BENCH_PORT:-8392}
db=${BENCH_DB:-orthocab_search_$$}
token=bench-token-$$
# the support words of bench/search-data.sql, most frequent first
words=agenda,sms,patient,bilan,mot,export,import,document,cabinet,secretariat,tarif,mise,jour,version,ecran,bouton,menu,page,lien,email,creneau,lundi,mardi,mercredi,jeudi,vendredi,samedi,matin,soir,retard,inscription,note,rendu,test,logiciel,droit,identifiant,profil,option,format,envoi,reception,video,son,micro,camera,safari,mac,android,synchro,cloud,quota,pack,gratuit,achat,reduction,promotion,code,contrat,demo,tutoriel,aide,question,bug,delai,client,contact,nom,prenom,enfant,parent,materiel,jeu,audio,calcul
log=$(mktemp)
fresh=false
if [ -z "${BENCH_DB:-}" ]; then createdb -h 127.0.0.1 -U postgres "$db"; fresh=true; fi
cleanup() {
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  if [ "$fresh" = true ] && [ "${BENCH_KEEP_DB:-false}" != true ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$db" || true
  else echo "database kept: $db"; fi
  rm -f "$log"
}
trap cleanup EXIT
[ "${SKIP_BUILD:-false}" = true ] || mvn -B -q -DskipTests package
APP_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" APP_DATASOURCE_USER=postgres \
APP_DATASOURCE_PASSWORD=postgres APP_DEMO=false SUPPORT_API_BOOTSTRAP_TOKEN="$token" \
  java -jar target/payara-micro.jar --deploy target/support-desk.war --contextroot / \
  --port "$port" --nocluster --prebootcommandfile server-config/pre-boot-commands.asadmin --postbootcommandfile server-config/post-boot-commands.asadmin \
  > "$log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { tail -20 "$log"; exit 1; }
  sleep 1
done
if [ "$fresh" = true ]; then
  time psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -f bench/search-data.sql "$db"
fi
# the desk's migrations may have just rewritten a table: give the planner its statistics, as
# autovacuum would in production
psql -h 127.0.0.1 -U postgres -qc analyze "$db"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version'); load $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/SearchLoad.java "http://localhost:$port" "$token" "$agents" "$warmup" "$seconds" "$words" "$think"
