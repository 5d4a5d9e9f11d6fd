#!/usr/bin/env bash
# Model report benchmark of anaplan-shell (docs/benchmarks.md, "The model report").
#
#   src/bench/report.sh [--line-items N] [--runs R] [--skip-build] [--compare DIST]
#
# Builds the distribution, serves a sandbox with a generated "Scale Model" of N line items (default 100000),
# writes its report once to warm both sides up, then R times (default 5):
#   * write:  `anaplan-shell -f` (login, model report FILE --model 'Scale Model') by the build's distribution,
#             alternating with the distribution in DIST (--compare, e.g. a copy of main's target/anaplan-shell-*/)
#             so that drift on a shared machine hits both alike; wall time (start to exit) and CPU time
#             (user + system, GNU time) of the whole process, start-up included
#   * open:   headless Chromium (Debian's chromium and chromium-driver) opening each report, from navigation until
#             the report's script has drawn the page (document.body.dataset.ready), by src/bench/report_open.py
# and prints medians, every run, peak RSS, the report's size and the load average before and after.
# Needs bash, python3, GNU time (/usr/bin/time), chromium and chromedriver.
set -euo pipefail

line_items=100000
runs=5
build=1
compare=""
while [ $# -gt 0 ]; do
  case "$1" in
    --line-items) line_items="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    --compare) compare="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "usage: $0 [--line-items N] [--runs R] [--skip-build] [--compare DIST]" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
# shellcheck source=src/bench/common.sh
. "$repo/src/bench/common.sh"
build_distribution "$build"
[ -z "$compare" ] || [ -x "$compare/bin/anaplan-shell" ] || { echo "no bin/anaplan-shell in $compare" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }
command -v chromedriver > /dev/null && command -v chromium > /dev/null \
  || { echo "chromium and chromedriver are needed (apt-get install chromium chromium-driver)" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
driver_pid=""
cleanup() {
  reap "$driver_pid"
  reap "$server_pid"
  rm -rf "$work"
}
trap cleanup EXIT
export ANAPLAN_SHELL_HOME="$work/home"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "starting a sandbox with $line_items line items in 'Scale Model' ..."
start_sandbox "$line_items"

port=$(( 20000 + RANDOM % 20000 ))
chromedriver --port="$port" > "$work/chromedriver.out" 2>&1 &
driver_pid=$!
export ANAPLAN_USER=demo@example.com ANAPLAN_PASSWORD=demo

# write NAME SHELL: one report by SHELL into $work/NAME.html; appends "wall_ms cpu_ms rss_kb" to $work/NAME.times
write() {
  local name="$1" sh="$2" start end
  printf 'login\nmodel report %s --model %s\n' "$work/$name.html" "'Scale Model'" > "$work/$name.anaplan"
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time" "$sh" --auth-url "$url" --api-url "$url" -f "$work/$name.anaplan" \
    > /dev/null 2> "$work/err" < /dev/null || { cat "$work/err" >&2; exit 1; }
  end=$(date +%s%N)
  read -r user sys rss < <(tail -n 1 "$work/time")
  echo "$(( (end - start) / 1000000 )) $(python3 -c "print(round(($user + $sys) * 1000))") $rss" >> "$work/$name.times"
}
# open NAME: appends "ms sections" to $work/NAME.open
open_report() {
  python3 "$repo/src/bench/report_open.py" "http://127.0.0.1:$port" "$work/$1.html" >> "$work/$1.open"
}

echo "warming up (one report each; the first run also makes the CDS archive if it is missing) ..."
write warm "$shell"
[ -z "$compare" ] || write warm "$compare/bin/anaplan-shell"
for i in $(seq 1 "$runs"); do
  echo "round $i/$runs"
  write shell "$shell"
  open_report shell
  if [ -n "$compare" ]; then
    write compare "$compare/bin/anaplan-shell"
    open_report compare
  fi
done

python3 - "$work" "$line_items" "$runs" "$load_before" "$compare" <<'PY'
import os, statistics, sys
work, n, runs, before, compare = sys.argv[1:6]
def rows(name, ext):
    return [[int(x) for x in line.split()] for line in open(os.path.join(work, f"{name}.{ext}"))]
def line(label, values, unit=" s", scale=1000):
    return f"{label:<34} median {statistics.median(values) / scale:6.2f}{unit}   runs {' '.join(f'{v / scale:.2f}' for v in values)}"
print()
print(f"machine: {os.cpu_count()} CPUs, load average {before} before, {' '.join(open('/proc/loadavg').read().split()[:3])} after; "
      f"{n} line items, {runs} runs each")
for name, label in [("shell", "this build"), ("compare", compare)]:
    if not os.path.exists(os.path.join(work, name + ".times")):
        continue
    t = rows(name, "times")
    o = rows(name, "open")
    print(f"{label}:")
    print(line("  report written (wall)", [r[0] for r in t]))
    print(line("  report written (CPU user+sys)", [r[1] for r in t]))
    print(line("  report opened in Chromium", [r[0] for r in o]))
    print(f"  peak RSS {max(r[2] for r in t) / 1024:.0f} MiB, report {os.path.getsize(os.path.join(work, name + '.html')) / 1e6:.1f} MB, "
          f"{o[-1][1]} module sections")
PY
