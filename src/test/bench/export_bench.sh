#!/usr/bin/env bash
# Benchmark: `exports run` of the sandbox's generated export against a plain sequential curl loop over the same
# chunks. Prints both times, the ratio and both SHA-256 sums. See docs/bulk.md.
#
#   src/test/bench/export_bench.sh [MB] [RUNS]        (defaults: 200 MB, 3 runs; needs target/anaplan-shell.jar)
set -euo pipefail

MB=${1:-200}
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
JAR="$ROOT/target/anaplan-shell.jar"
WORK=$(mktemp -d)
trap 'kill "$SANDBOX_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 2; }

java -jar "$JAR" --serve-sandbox --sandbox-export-mb "$MB" --sandbox-task-time 0 > "$WORK/sandbox.log" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 1 120); do
  URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$WORK/sandbox.log" | head -1 || true)
  [ -n "$URL" ] && break
  sleep 0.5
done
[ -n "${URL:-}" ] || { echo "the sandbox did not start" >&2; cat "$WORK/sandbox.log" >&2; exit 1; }

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
TOKEN=$(curl -sf -X POST -u demo@example.com:demo "$URL/token/authenticate" | json 'd["tokenInfo"]["tokenValue"]')
AUTH="Authorization: AnaplanAuthToken $TOKEN"
MODEL=$(curl -sf -H "$AUTH" "$URL/2/0/models" \
  | json '[m["currentWorkspaceId"]+"/models/"+m["id"] for m in d["models"] if m["name"]=="FP&A Plan"][0]')
BASE="$URL/2/0/workspaces/$MODEL"
EXPORT=116000000099

# the export's file exists once an export task has completed
TASK=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d '{"localeName":"en_US"}' \
  "$BASE/exports/$EXPORT/tasks" | json 'd["task"]["taskId"]')
curl -sf -H "$AUTH" "$BASE/exports/$EXPORT/tasks/$TASK" > /dev/null
CHUNKS=$(curl -sf -H "$AUTH" "$BASE/files/$EXPORT/chunks" | json '" ".join(c["id"] for c in d["chunks"])')
echo "sandbox $URL, export $EXPORT: $(wc -w <<< "$CHUNKS") chunks of 10 MB, $MB MB"

now() { date +%s.%N; }
curl_times=(); shell_times=(); shell_walls=()
for run in $(seq 1 "$RUNS"); do
  rm -f "$WORK/curl.csv"
  t0=$(now)
  for c in $CHUNKS; do
    curl -sf -H "$AUTH" "$BASE/files/$EXPORT/chunks/$c" >> "$WORK/curl.csv"
  done
  t1=$(now)
  curl_times+=("$(echo "$t1 - $t0" | bc)")

  rm -f "$WORK/shell.csv"
  t0=$(now)
  OUT=$(cd "$WORK" && ANAPLAN_USER=demo@example.com ANAPLAN_PASSWORD=demo ANAPLAN_SHELL_HOME="$WORK/home" \
    java -jar "$JAR" --auth-url "$URL" --api-url "$URL" \
    -c "login; use-model 'FP&A Plan'; exports run 'Scale Export.csv' --out shell.csv")
  t1=$(now)
  shell_walls+=("$(echo "$t1 - $t0" | bc)")
  # "Exported 'Scale Export.csv' to shell.csv: N bytes in K chunks, S s": the command's own time, without JVM start
  shell_times+=("$(grep -o 'chunks, [0-9.]* s' <<< "$OUT" | grep -o '[0-9.]*' | tail -1)")
  echo "run $run: curl loop ${curl_times[-1]} s, exports run ${shell_times[-1]} s (whole process ${shell_walls[-1]} s)"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
CURL=$(median "${curl_times[@]}")
SHELL_T=$(median "${shell_times[@]}")
WALL=$(median "${shell_walls[@]}")
SUM_CURL=$(sha256sum "$WORK/curl.csv" | cut -d' ' -f1)
SUM_SHELL=$(sha256sum "$WORK/shell.csv" | cut -d' ' -f1)
echo "bytes: curl $(stat -c %s "$WORK/curl.csv"), shell $(stat -c %s "$WORK/shell.csv")"
echo "sha256: curl $SUM_CURL"
echo "sha256: shell $SUM_SHELL"
echo "median of $RUNS: curl loop $CURL s, exports run $SHELL_T s (whole process incl. JVM start $WALL s)"
echo "ratio exports run / curl loop: $(echo "scale=2; $SHELL_T / $CURL" | bc)"
[ "$SUM_CURL" = "$SUM_SHELL" ] || { echo "CHECKSUMS DIFFER" >&2; exit 1; }
