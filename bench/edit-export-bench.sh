#!/usr/bin/env bash
# Benchmark: per-edit revalidation time (record rules + duplicate check, before the commit), the commit
# (fsync of the write-ahead log), and the export of the corrected file against the import time, on a
# workspace of a big generated submission. See bench/README.md.
#
# usage: bench/edit-export-bench.sh [RECORDS] [EDITS]      (defaults 1000000 and 500)
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
RECORDS="${1:-1000000}"
EDITS="${2:-500}"
case "$RECORDS$EDITS" in
  *[!0-9]*) echo "usage: $0 [RECORDS] [EDITS]  (whole numbers)" >&2; exit 2 ;;
esac
OUT=bench/out
CSV="$OUT/did-v1-$RECORDS.csv"
mkdir -p "$OUT"

echo "bench: compiling (main and test classes) and resolving the class path"
./mvnw -B -q test-compile || { echo "bench: build failed" >&2; exit 2; }
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null \
  || { echo "bench: could not resolve the class path" >&2; exit 2; }
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

if [ ! -f "$CSV" ]; then
  echo "bench: generating $RECORDS records into $CSV"
  java -cp "$CP" org.didworkbench.sample.GenerateMain --records "$RECORDS" --out "$CSV" || exit 2
fi

# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -cp "$CP" org.didworkbench.service.EditExportBench "$CSV" "$OUT/edit-bench" "$EDITS"
