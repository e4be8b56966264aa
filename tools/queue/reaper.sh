#!/usr/bin/env bash
# Cleans up after a queue-mode run whose test process died without stopping what it started
# (Ctrl-C on jest, a crash, a CI timeout). Jest runs tests with a copy of `process`, so their
# exit/signal handlers never fire; this watcher runs as a separate process instead.
#
# Usage: reaper.sh <watched-pid> <list-file> <folder> <log-file>
#   Waits while <watched-pid> (the test process) lives. Exits quietly as soon as <list-file> is gone
#   (the test stopped everything itself). Otherwise, once the test process has died, it signals each
#   process in <list-file> (lines "<pid> <signal>"; each pid leads its own process group), sends
#   SIGKILL to what is left 5 s later, and removes <folder> (the run's temporary data). It says so
#   in <log-file>: its own file, not a pipe to the test process, which may be gone.
set -u
watched=$1 list=$2 folder=$3 log=$4
exec >>"$log" 2>&1

while kill -0 "$watched" 2>/dev/null; do
	[[ -e $list ]] || exit 0
	sleep 1
done
[[ -e $list ]] || exit 0

mapfile -t entries <"$list"
for entry in "${entries[@]}"; do
	read -r pid signal <<<"$entry"
	[[ $pid =~ ^[0-9]+$ ]] || continue
	kill -s "${signal:-TERM}" -- "-$pid" 2>/dev/null || kill -s "${signal:-TERM}" "$pid" 2>/dev/null
done
sleep 5
for entry in "${entries[@]}"; do
	read -r pid _ <<<"$entry"
	[[ $pid =~ ^[0-9]+$ ]] || continue
	kill -s KILL -- "-$pid" 2>/dev/null
	kill -s KILL "$pid" 2>/dev/null
done
rm -rf -- "$folder"
echo "[queue reaper] $(date -u +%FT%TZ) the test process $watched ended without cleaning up: stopped ${#entries[@]} processes, removed $folder" >&2
