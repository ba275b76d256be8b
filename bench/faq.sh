#!/usr/bin/env bash
# Time per request of the FAQ suggestion (what the new-request page runs at each pause in typing) for
# an FAQ of 500 articles, in one JVM, no server, no database: bench/FaqBench.java over the labelled
# corpora. Usage: bench/faq.sh [articles=500] [warm-up seconds=20] [rounds=100]
# (SKIP_BUILD=true uses target/classes)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-false}" != "true" ]; then
  mvn -B -q compile
fi
cp=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=/dev/stdout)
exec java -cp "target/classes:$cp" bench/FaqBench.java src/test/resources/corpus "${1:-500}" "${2:-20}" "${3:-100}"
