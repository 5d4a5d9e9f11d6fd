#!/usr/bin/env bash
# Start-up and export benchmark of anaplan-shell (docs/benchmarks.md).
#
#   src/bench/benchmark.sh [--line-items N] [--runs R] [--skip-build] [--wan]
#
# Builds the distribution, unpacks its .tar.gz into a fresh folder as a user installs it (first command there:
# `-c help`), serves a sandbox with a generated "Scale Model" of N line items (default 100000), then, R times each
# (default 5) and alternating so that drift hits all alike:
#   * start-up: `anaplan-shell -c help` and `anaplan-shell --version` (the build's distribution)
#   * export:   `lineitems export` by the installed copy, by the build's distribution, and the Python baseline
#               (src/bench/baseline_export.py: requests + csv.DictWriter, the seed's recipe) on the same sandbox
#   * prompt:   seconds from start until the interactive prompt is drawn in a real terminal (tmux, watched through
#               pipe-pane by src/bench/prompt_watch.py), installed copy, without and with --sandbox, and the CPU time
#               of that run when `exit` is typed at once (skipped without tmux or GNU time)
# and prints medians, the export ratios (shell / Python), peak memory (RSS) and the bytes each export received
# (counted by a small TCP relay in one extra run each, src/bench/count_bytes.py).
# --wan serves the sandbox as a remote service would be: 30 ms per answer, 50 Mbit/s (--sandbox-latency-ms,
# --sandbox-bandwidth).
# Needs bash, python3 with requests, GNU time (/usr/bin/time) for RSS, tmux for the prompt; nothing else.
set -euo pipefail

line_items=100000
runs=5
build=1
network=()
profile=loopback
while [ $# -gt 0 ]; do
  case "$1" in
    --line-items) line_items="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    --wan) network=(--sandbox-latency-ms 30 --sandbox-bandwidth 50); profile="WAN (30 ms, 50 Mbit/s)"; shift ;;
    *) echo "usage: $0 [--line-items N] [--runs R] [--skip-build] [--wan]" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
# shellcheck source=src/bench/common.sh
. "$repo/src/bench/common.sh"
build_distribution "$build"
python3 -c 'import requests' 2>/dev/null || { echo "python3 with requests is needed for the baseline" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
relay_pid=""
cleanup() {
  reap "$relay_pid"
  reap "$server_pid"
  tmux kill-server -L "bench$$" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export ANAPLAN_SHELL_HOME="$work/home"

tarball="$(ls target/anaplan-shell-*.tar.gz | head -n 1)"
echo "installing $tarball into a fresh folder; its first command is -c help ..."
mkdir -p "$work/installed"
tar xzf "$tarball" -C "$work/installed"
installed="$(ls -d "$work"/installed/anaplan-shell-*/)bin/anaplan-shell"
"$installed" -c help > /dev/null 2>&1 < /dev/null

echo "starting a sandbox with $line_items line items in 'Scale Model', network: $profile ..."
start_sandbox "$line_items" "${network[@]}"

printf 'login\nuse-model %s\nlineitems export %s\n' "'Scale Model'" "$work/shell.csv" > "$work/export.anaplan"
export ANAPLAN_USER=demo@example.com ANAPLAN_PASSWORD=demo

# time_it NAME COMMAND...: appends "seconds rss_kb" to $work/NAME.times; output of the command is dropped
time_it() {
  local name="$1"; shift
  local start end rss=0
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$work/rss" "$@" > /dev/null 2> "$work/err" < /dev/null || { cat "$work/err" >&2; exit 1; }
    rss=$(tail -n 1 "$work/rss")
  else
    "$@" > /dev/null 2> "$work/err" < /dev/null || { cat "$work/err" >&2; exit 1; }
  fi
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $rss" >> "$work/$name.times"
}

shell_export=("$shell" --auth-url "$url" --api-url "$url" -f "$work/export.anaplan")
installed_export=("$installed" --auth-url "$url" --api-url "$url" -f "$work/export.anaplan")
python_export=(python3 "$repo/src/bench/baseline_export.py" "$url" "Scale Model" "$work/python.csv")

# time_prompt NAME ARGS...: appends "milliseconds cpu_ms" to $work/NAME.times: from start until the prompt is drawn
# (its bytes reach the terminal, seen by src/bench/prompt_watch.py through tmux pipe-pane, so nothing polls the
# screen while the shell starts), and the CPU time (user + system) of the shell from start to exit, `exit` being
# typed as soon as the prompt is there
time_prompt() {
  local name="$1"; shift
  local start end cpu session="p$RANDOM" seen="$work/prompt.seen"
  rm -f "$seen" "$seen.ready" "$work/prompt.cpu"
  tmux -L "bench$$" new-session -d -s "$session" -x 160 -y 50 \
    "read -r _; exec /usr/bin/time -f '%U %S' -o '$work/prompt.cpu' $*"
  tmux -L "bench$$" pipe-pane -t "$session" -O "exec python3 '$repo/src/bench/prompt_watch.py' '$seen'"
  until [ -e "$seen.ready" ]; do sleep 0.01; done
  start=$(date +%s%N)
  tmux -L "bench$$" send-keys -t "$session" Enter
  until [ -s "$seen" ]; do
    [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 60000 ] || { echo "no prompt after 60 s: $*" >&2; exit 1; }
    sleep 0.05
  done
  end=$(cat "$seen")
  tmux -L "bench$$" send-keys -t "$session" exit Enter
  until [ -s "$work/prompt.cpu" ]; do sleep 0.05; done
  cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/prompt.cpu")
  tmux -L "bench$$" kill-session -t "$session" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $cpu" >> "$work/$name.times"
}
have_tmux=0
command -v tmux > /dev/null && [ -x /usr/bin/time ] && have_tmux=1

echo "warming up (the first shell run also makes the CDS archive if it is missing) ..."
"${shell_export[@]}" > /dev/null 2>&1 < /dev/null
"${python_export[@]}" > /dev/null 2>&1 < /dev/null
"$shell" -c help > /dev/null 2>&1 < /dev/null

for i in $(seq 1 "$runs"); do
  echo "round $i/$runs"
  time_it startup_help "$shell" -c help
  time_it startup_version "$shell" --version
  time_it export_installed "${installed_export[@]}"
  time_it export_shell "${shell_export[@]}"
  time_it export_python "${python_export[@]}"
  if [ "$have_tmux" = 1 ]; then
    time_prompt prompt_installed "$installed"
    time_prompt prompt_installed_sandbox "$installed" --sandbox
  fi
done
cmp -s "$work/shell.csv" "$work/python.csv" && same="identical" || same="DIFFERENT"
time_it export_shell_xmx64m env ANAPLAN_SHELL_OPTS=-Xmx64m "${shell_export[@]}"

# Bytes received, through a counting relay (one more run each; not timed)
python3 "$repo/src/bench/count_bytes.py" "${url#http://}" "$work/relay" > "$work/relay.out" 2>&1 &
relay_pid=$!
relay=""
for _ in $(seq 1 100); do
  relay="$(grep -o '127\.0\.0\.1:[0-9]*' "$work/relay.out" | head -n 1 || true)"
  [ -n "$relay" ] && break
  sleep 0.1
done
[ -n "$relay" ] || { cat "$work/relay.out" >&2; exit 1; }
: > "$work/relay"
"$shell" --auth-url "http://$relay" --api-url "http://$relay" -f "$work/export.anaplan" > /dev/null 2>&1 < /dev/null
sleep 0.5; cp "$work/relay" "$work/bytes_shell"; : > "$work/relay"
python3 "$repo/src/bench/baseline_export.py" "http://$relay" "Scale Model" "$work/python.csv" > /dev/null 2>&1 < /dev/null
sleep 0.5; cp "$work/relay" "$work/bytes_python"

python3 - "$work" "$line_items" "$runs" "$same" "$profile" <<'PY'
import os, statistics, sys
work, n, runs, same, profile = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
def received(name):
    return sum(int(line.split()[1]) for line in open(os.path.join(work, name)) if line.strip())
def load(name):
    rows = [tuple(int(x) for x in line.split()) for line in open(os.path.join(work, name + ".times"))]
    return statistics.median(r[0] for r in rows) / 1000, [r[0] / 1000 for r in rows], max(r[1] for r in rows) / 1024
print()
print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the end; {runs} runs each; "
      f"network: {profile}")
for name, label in [("startup_help", "anaplan-shell -c help"), ("startup_version", "anaplan-shell --version")]:
    med, all_, _ = load(name)
    print(f"{label:<36} median {med:6.3f} s   runs {' '.join(f'{t:.2f}' for t in all_)}")
for name, label in [("prompt_installed", "prompt drawn (installed)"),
                    ("prompt_installed_sandbox", "prompt drawn (installed, --sandbox)")]:
    if os.path.exists(os.path.join(work, name + ".times")):
        med, all_, _ = load(name)
        cpu = statistics.median(int(line.split()[1]) for line in open(os.path.join(work, name + ".times"))) / 1000
        print(f"{label:<36} median {med:6.3f} s   runs {' '.join(f'{t:.2f}' for t in all_)}   "
              f"CPU to exit {cpu:.2f} s")
ins, ins_all, ins_rss = load("export_installed")
sh, sh_all, sh_rss = load("export_shell")
py, py_all, py_rss = load("export_python")
_, _, xmx_rss = load("export_shell_xmx64m")
print(f"export of {n} line items, installed median {ins:6.3f} s   runs {' '.join(f'{t:.2f}' for t in ins_all)}   peak RSS {ins_rss:.0f} MiB")
print(f"export of {n} line items, shell     median {sh:6.3f} s   runs {' '.join(f'{t:.2f}' for t in sh_all)}   peak RSS {sh_rss:.0f} MiB")
print(f"export of {n} line items, Python    median {py:6.3f} s   runs {' '.join(f'{t:.2f}' for t in py_all)}   peak RSS {py_rss:.0f} MiB")
print(f"ratio shell / Python: {sh / py:.2f}, installed / Python: {ins / py:.2f}; CSV files {same}")
print(f"bytes received: shell {received('bytes_shell') / 1e6:.1f} MB, Python {received('bytes_python') / 1e6:.1f} MB")
print(f"shell export with -Xmx64m: completed, peak RSS {xmx_rss:.0f} MiB")
PY
