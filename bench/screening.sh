#!/usr/bin/env bash
# Time per request of the text features (external products, offensive language, the shared French
# analysis, the duplicate check against 50 requests in progress) in one JVM, no server, no
# database: bench/ScreeningBench.java over the labelled corpora.
# Usage: bench/screening.sh [warm-up seconds=20] [rounds=200]   (SKIP_BUILD=true uses target/classes)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-false}" != "true" ]; then
  mvn -B -q compile
fi
cp=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=/dev/stdout)
exec java -cp "target/classes:$cp" bench/ScreeningBench.java src/test/resources/corpus "${1:-20}" "${2:-200}"
