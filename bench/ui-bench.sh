#!/usr/bin/env bash
# Benchmark: what the window asks of a big workspace, measured through the Session API the window
# uses (first page, page at the end, filter to errors, sort first time and again, scrolling memory).
# See bench/README.md.
#
# usage: bench/ui-bench.sh [RECORDS]        (default 1000000)
# env:   JAVA_OPTS   extra JVM options (e.g. -Xmx256m to show the heap a window needs)
#        REUSE=1     keep bench/out/ui-bench-N.didw from an earlier run instead of importing again
#                    (then "first time" sorts are no longer first: their indexes are in the workspace)
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
RECORDS="${1:-1000000}"
case "$RECORDS" in
  ''|*[!0-9]*) echo "usage: $0 [RECORDS]  (RECORDS must be a whole number)" >&2; exit 2 ;;
esac
JAR=target/did-workbench.jar
OUT=bench/out
CSV="$OUT/did-v1-$RECORDS.csv"
WS="$OUT/ui-bench-$RECORDS.didw"
mkdir -p "$OUT"

if [ ! -f "$JAR" ]; then
  ./mvnw -B -q package -DskipTests || { echo "bench: the build failed" >&2; exit 2; }
fi
if [ ! -f target/test-classes/org/didworkbench/bench/UiBench.class ]; then
  ./mvnw -B -q test-compile || { echo "bench: compiling the benchmark failed" >&2; exit 2; }
fi
if [ ! -f "$CSV" ]; then
  java -cp "$JAR" org.didworkbench.sample.GenerateMain --records "$RECORDS" --out "$CSV" \
    || { echo "bench: could not generate $CSV" >&2; exit 2; }
fi
if [ "${REUSE:-0}" != 1 ]; then
  rm -f "$WS" "$WS-wal" "$WS-shm"
fi
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -cp "$JAR:target/test-classes" org.didworkbench.bench.UiBench "$CSV" "$WS" --reuse
