#!/usr/bin/env bash
# Time per new request of the four text features of issue 7 together (external products, offensive
# language, the duplicate check against 50 stored requests in progress, the FAQ suggestions among 500
# articles), in one JVM, no server, no database: bench/TextFeaturesBench.java over the labelled
# corpora. The database read the duplicate check needs is measured by bench/duplicate-read.sh.
# Usage: bench/text-features.sh [warm-up seconds=20] [rounds=100]   (SKIP_BUILD=true uses target/classes)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-false}" != "true" ]; then
  mvn -B -q compile
fi
cp=$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=/dev/stdout)
exec java -cp "target/classes:$cp" bench/TextFeaturesBench.java src/test/resources/corpus "${1:-20}" "${2:-100}"
