# What the benchmark scripts share; sourced, after `repo` is set and the working folder is "$repo".

# build_distribution BUILD: builds when BUILD is 1; sets `shell` to the distribution's launcher under target/
build_distribution() {
  if [ "$1" = 1 ]; then
    echo "building (./mvnw -B -q package -DskipTests) ..."
    ./mvnw -B -q package -DskipTests
  fi
  local dist
  dist="$(ls -d target/anaplan-shell-*/ | grep -v '\.tar\.gz' | head -n 1)"
  shell="$repo/${dist%/}/bin/anaplan-shell"
  [ -x "$shell" ] || { echo "no distribution under target/: build first" >&2; exit 1; }
}

# reap PID: stops a process the script started in the background (none when PID is empty) and waits for it; its
# wait status (143 when killed) must not become the script's, which `set -e` would make it in an EXIT trap
reap() {
  if [ -n "$1" ] && kill "$1" 2>/dev/null; then
    wait "$1" 2>/dev/null || true
  fi
}

# start_sandbox LINE_ITEMS [SANDBOX OPTIONS...]: serves a sandbox by $shell, output in $work/sandbox.out;
# sets `server_pid` and `url`
start_sandbox() {
  local line_items="$1"; shift
  "$shell" --serve-sandbox --sandbox-line-items "$line_items" "$@" > "$work/sandbox.out" 2>&1 &
  server_pid=$!
  url=""
  for _ in $(seq 1 300); do
    url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/sandbox.out" | head -n 1 || true)"
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/sandbox.out" >&2; exit 1; }
    sleep 0.2
  done
  [ -n "$url" ] || { echo "the sandbox did not start" >&2; exit 1; }
}
