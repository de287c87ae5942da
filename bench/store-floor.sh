#!/usr/bin/env bash
# Benchmark: the floor under the import's time. Times, in the same run and in turn, sqlite3's own
# .import of the bench file and DID Workbench's workspace writer storing the same rows already parsed
# and in memory (bench/StoreFloor.java), plus SQLite copying those rows by itself. See bench/README.md.
#
# usage: bench/store-floor.sh [RECORDS] [ROUNDS]     (defaults 1000000 and 3)
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
RECORDS="${1:-1000000}"
ROUNDS="${2:-3}"
JAR=target/did-workbench.jar
CSV="bench/out/did-v1-$RECORDS.csv"
for tool in java sqlite3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: '$tool' is not installed" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "bench: $JAR missing; run ./mvnw -B -q package -DskipTests" >&2; exit 2; }
if [ ! -f "$CSV" ]; then
  echo "bench: generating $CSV"
  mkdir -p bench/out
  java -Xmx48m -cp "$JAR" org.didworkbench.sample.GenerateMain --records "$RECORDS" --out "$CSV" >/dev/null || exit 2
fi

SQL=$(mktemp)
trap 'rm -f "$SQL" bench/out/floor-import.db' EXIT
cat > "$SQL" <<SQL
CREATE TABLE did (c0 TEXT, c1 TEXT, c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT, c6 TEXT, c7 TEXT, c8 TEXT,
  c9 TEXT, c10 TEXT, c11 TEXT, c12 TEXT, c13 TEXT, c14 TEXT, c15 TEXT, c16 TEXT, c17 TEXT);
.mode csv
.import $CSV did
SQL

for r in $(seq "$ROUNDS"); do
  rm -f bench/out/floor-import.db
  # let the previous step's writes reach the disk first, or their write-back slows this one
  sync; sleep 2
  start=$(date +%s.%N)
  sqlite3 bench/out/floor-import.db ".read $SQL" >/dev/null 2>&1
  end=$(date +%s.%N)
  printf 'round %d: sqlite3 .import of the file in %.2f s\n' "$r" "$(echo "$end - $start" | bc)"
  sync; sleep 2
  java -Xmx2g -cp "$JAR" bench/StoreFloor.java "$CSV" 1 | sed "s/^round 1/round $r/"
done
