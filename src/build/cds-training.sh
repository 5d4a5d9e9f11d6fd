#!/usr/bin/env bash
# The build's class-data-sharing training (docs/install.md): runs the freshly built distribution DIST the ways a
# user does — a script with -f (start-up, login, listings, the export) and the interactive prompt in a
# pseudo-terminal — records the classes each run loads, and writes their union, in first-loaded order, to
# DIST/lib/anaplan-shell.classlist. The tar.gz ships that list; the launcher makes its archive from it.
# The commands are lib/training.anaplan (src/dist/lib/), which the launcher's AOT-cache training on Java 25+
# (make_aot_cache in src/dist/bin/anaplan-shell) types at the prompt.
#
#   src/build/cds-training.sh DIST WORK
set -euo pipefail
dist="$1"
work="$2"
mkdir -p "$work"
export ANAPLAN_SHELL_HOME="$work/home" ANAPLAN_SHELL_CDS=off
launcher="$dist/bin/anaplan-shell"

(cd "$work" && ANAPLAN_SHELL_OPTS="-XX:DumpLoadedClassList=$work/commands.classlist" "$launcher" --sandbox \
  -f "$dist/lib/training.anaplan") > "$work/commands.log" 2>&1

lists=("$work/commands.classlist")
# The prompt: JLine's reader, history and completion load only there. util-linux's script(1) gives a terminal;
# where it is not (another OS), the archive lacks them and the prompt is only a little slower to appear.
if script -qec true /dev/null > /dev/null 2>&1; then
  printf 'models list\nexit\n' | ANAPLAN_SHELL_OPTS="-XX:DumpLoadedClassList=$work/prompt.classlist" \
    timeout 120 script -qec "$launcher --sandbox" /dev/null > "$work/prompt.log" 2>&1 || true
  [ -s "$work/prompt.classlist" ] && lists+=("$work/prompt.classlist")
fi

awk '!/^#/ && !seen[$0]++' "${lists[@]}" > "$dist/lib/anaplan-shell.classlist"
