#!/usr/bin/env bash
# Benchmark: is validate's peak memory flat from a small to a very large file? (issue 3: at most
# 400 MB peak RSS from 100,000 to 5,000,000 records). See bench/README.md.
#
# usage: bench/memory-bench.sh [RECORDS...]     (default 100000 1000000 5000000)
# env:   SUBMISSION_DATE  passed to validate (default 2026-10-15, the generator's default)
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100000 1000000 5000000)
for n in "${SIZES[@]}"; do
  case "$n" in ''|*[!0-9]*) echo "usage: $0 [RECORDS...]  (whole numbers)" >&2; exit 2 ;; esac
done
SUBMISSION_DATE="${SUBMISSION_DATE:-2026-10-15}"
JAR=target/did-workbench.jar
OUT=bench/out
mkdir -p "$OUT"
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
if [ ! -f "$JAR" ]; then
  echo "bench: $JAR missing, building it (./mvnw -B -q package -DskipTests)..."
  ./mvnw -B -q package -DskipTests || { echo "bench: build failed" >&2; exit 2; }
fi

printf '%-12s %10s %10s %14s %8s\n' "records" "file (MB)" "wall (s)" "peak RSS (MB)" "exit"
worst=0
for n in "${SIZES[@]}"; do
  csv="$OUT/did-v1-$n.csv"
  if [ ! -f "$csv" ]; then
    java -cp "$JAR" org.didworkbench.sample.GenerateMain --records "$n" --out "$csv" >/dev/null || exit 2
    sync; sleep 3
  fi
  # the CLI sizes its own child JVM (see Relauncher): this is memory as a user gets it
  /usr/bin/time -v -o "$OUT/memory-$n.time" java -jar "$JAR" validate "$csv" --submission-date "$SUBMISSION_DATE" \
    --no-history --summary "$OUT/memory-$n.json" >"$OUT/memory-$n.log" 2>&1
  rc=$?
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$OUT/memory-$n.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$OUT/memory-$n.time")
  mb=$(( $(stat -L -c %s "$csv") / 1048576 ))
  printf '%-12s %10s %10s %14s %8s\n' "$n" "$mb" "$wall" "$rss" "$rc"
  [ "$rc" -gt 1 ] && { echo "validate failed, see $OUT/memory-$n.log" >&2; exit 1; }
  [ "$rss" -gt "$worst" ] && worst=$rss
done
echo "largest peak RSS: $worst MB (target: at most 400 MB at every size)"
