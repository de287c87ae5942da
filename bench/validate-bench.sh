#!/usr/bin/env bash
# Benchmark: how long does DID Workbench take to validate a big submission, compared with simply
# loading the same CSV into SQLite? See bench/README.md.
#
# usage: bench/validate-bench.sh [RECORDS]        (default 1000000)
# env:   JAVA_OPTS        extra JVM options for the validate run (e.g. -Xmx1g)
#        SUBMISSION_DATE  passed to validate (default 2026-10-15, the generator's default)
#        SEED             generator seed (default: the generator's default)
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
RECORDS="${1:-1000000}"
case "$RECORDS" in
  ''|*[!0-9]*) echo "usage: $0 [RECORDS]  (RECORDS must be a whole number)" >&2; exit 2 ;;
esac
SUBMISSION_DATE="${SUBMISSION_DATE:-2026-10-15}"
JAR=target/did-workbench.jar
OUT=bench/out
CSV="$OUT/did-v1-$RECORDS.csv"
mkdir -p "$OUT"

for tool in java sqlite3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: '$tool' is not installed" >&2; exit 2; }
done

HAVE_TIME=1
if [ ! -x /usr/bin/time ]; then
  HAVE_TIME=0
  echo "bench: /usr/bin/time is not installed, so peak memory cannot be measured."
  echo "       Install it with: apt-get install -y time   (falling back to wall time only)"
fi

if [ ! -f "$JAR" ]; then
  echo "bench: $JAR missing, building it (./mvnw -B -q package -DskipTests)..."
  ./mvnw -B -q package -DskipTests || { echo "bench: build failed" >&2; exit 2; }
fi

# measure NAME LOG COMMAND...: runs the command with its output in LOG, then records wall seconds,
# peak RSS (MB) and exit status in the arrays below.
NAMES=(); WALL=(); RSS=(); STATUS=()
measure() {
  local name="$1" log="$2"; shift 2
  local tv="$OUT/$name.time" rc wall rss
  if [ "$HAVE_TIME" = 1 ]; then
    /usr/bin/time -v -o "$tv" "$@" >"$log" 2>&1
    rc=$?
    # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
              n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$tv")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tv")
  else
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >"$log" 2>&1
    rc=$?
    t1=$(date +%s.%N)
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    rss="n/a"
  fi
  NAMES+=("$name"); WALL+=("${wall:-?}"); RSS+=("${rss:-?}"); STATUS+=("$rc")
  return "$rc"
}

echo "bench: generating $RECORDS records into $CSV"
GEN_ARGS=(--records "$RECORDS" --out "$CSV")
[ -n "${SEED:-}" ] && GEN_ARGS+=(--seed "$SEED")
if ! measure generate "$OUT/generate.log" java -cp "$JAR" org.didworkbench.sample.GenerateMain "${GEN_ARGS[@]}"; then
  echo "bench: generation failed, see $OUT/generate.log" >&2
  cat "$OUT/generate.log" >&2
  exit 2
fi
cat "$OUT/generate.log"
# the generated file is still being written back to disk: let that finish, so neither tool measured
# below pays for the generator's writes (it made sqlite3 look 1.7x slower than on a settled machine)
sync
sleep 3

echo "bench: importing into SQLite ($OUT/import.db)"
rm -f "$OUT/import.db"
cat >"$OUT/import.sql" <<SQL
CREATE TABLE did (
  NHS_NUMBER TEXT, NHS_NUMBER_STATUS_IND TEXT, PERSON_BIRTH_DATE TEXT, ETHNIC_CATEGORY TEXT,
  PERSON_GENDER_CODE TEXT, POSTCODE TEXT, PRACTICE_CODE TEXT, PATIENT_SOURCE_SETTING TEXT,
  REFERRER TEXT, REFERRING_ORG_CODE TEXT, DIAGNOSTIC_TEST_REQUEST_DATE TEXT,
  DIAG_TEST_REQUEST_REC_DATE TEXT, DIAGNOSTIC_TEST_DATE TEXT, IMAGING_CODE_NICIP TEXT,
  IMAGING_CODE_SNOMED TEXT, SERVICE_REPORT_DATE TEXT, SITE_CODE_IMAGING TEXT,
  RADIOLOGICAL_ACCESSION_NUM TEXT);
.mode csv
.import $CSV did
SQL
# the sample has a few 17- and 19-field rows on purpose; sqlite pads or cuts them and says so in the log
measure sqlite-import "$OUT/sqlite.log" sqlite3 "$OUT/import.db" ".read $OUT/import.sql"
sync
sleep 3
IMPORTED=$(sqlite3 "$OUT/import.db" 'SELECT count(*) FROM did' 2>/dev/null || echo "?")
echo "bench: sqlite holds $IMPORTED rows"

echo "bench: validating with the workbench"
# JAVA_OPTS is split on spaces on purpose: it holds several options
# shellcheck disable=SC2086
measure validate "$OUT/validate.log" java ${JAVA_OPTS:-} -jar "$JAR" validate "$CSV" \
  --submission-date "$SUBMISSION_DATE" --summary "$OUT/summary.json" --issues "$OUT/issues.csv"
VALIDATE_RC=$?
# exit status 0 = accepted, 1 = rejected (the realistic mix is rejected); anything else is a failure
VALIDATE_OK=1
if [ "$VALIDATE_RC" -gt 1 ]; then
  VALIDATE_OK=0
fi

echo
printf '%-14s %10s %14s %8s\n' "step" "wall (s)" "peak RSS (MB)" "exit"
printf '%-14s %10s %14s %8s\n' "--------------" "----------" "--------------" "--------"
for i in "${!NAMES[@]}"; do
  printf '%-14s %10s %14s %8s\n' "${NAMES[$i]}" "${WALL[$i]}" "${RSS[$i]}" "${STATUS[$i]}"
done
echo
echo "records: $RECORDS   file: $CSV ($(du -h "$CSV" | cut -f1))"

if [ "$VALIDATE_OK" = 1 ]; then
  awk -v v="${WALL[2]}" -v s="${WALL[1]}" -v vr="${RSS[2]}" -v sr="${RSS[1]}" 'BEGIN {
    if (s > 0) printf "validate / sqlite import: %.1fx the wall time", v / s; else printf "validate / sqlite import: n/a";
    if (sr + 0 > 0) printf ", %.1fx the peak memory\n", vr / sr; else printf "\n" }'
  echo "summary: $OUT/summary.json   issues: $OUT/issues.csv"
  exit 0
fi
echo "validate FAILED (exit $VALIDATE_RC); no ratio. Last lines of $OUT/validate.log:"
tail -n 5 "$OUT/validate.log" | sed 's/^/  /'
exit 1
