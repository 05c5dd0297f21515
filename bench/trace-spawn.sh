# bench/trace-spawn.sh — the "spawn" row of bench/trace: a shell that
# starts /bin/true 200 times (run by /bin/sh, not executable on its own)
i=0
while [ $i -lt 200 ]; do /bin/true; i=$((i + 1)); done
