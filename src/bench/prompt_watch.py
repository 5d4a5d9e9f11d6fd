"""Watches a tmux pane's output (tmux pipe-pane -O) and writes the time (ns since the epoch) at which the shell's
prompt ("anaplan...> ") was first drawn to FILE; writes FILE.ready once it is reading. src/bench/benchmark.sh."""
import os
import re
import sys
import time

out = sys.argv[1]
escapes = re.compile(rb"\x1b(\[[0-9;?]*[ -/]*[@-~]|[=>()][0-9A-Za-z]?|\][^\x07]*\x07)")
prompt = re.compile(rb"anaplan[^\r\n]*> ")
open(out + ".ready", "w").close()
seen = b""
found = False
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        break
    if found:
        continue
    seen += chunk
    if prompt.search(escapes.sub(b"", seen)):
        now = time.time_ns()
        with open(out + ".tmp", "w") as f:
            f.write(str(now))
        os.rename(out + ".tmp", out)
        found = True
