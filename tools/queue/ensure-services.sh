#!/usr/bin/env bash
# Makes sure Redis and PostgreSQL binaries are present for the queue-mode suite (tools/queue/,
# test/queue/). Installs Debian's `redis-server` and `postgresql` with apt when one is missing;
# nothing is started or enabled here (the suite starts its own instances on loopback, with data in
# a temporary folder, and stops them by pid).
#
# Usage: bash tools/queue/ensure-services.sh
# Prints the folder holding initdb/postgres as its last line (the suite finds it again itself).
set -euo pipefail

log() { printf '[ensure-services] %s\n' "$*" >&2; }

postgres_bindir() {
	# Debian keeps the server binaries out of PATH, under /usr/lib/postgresql/<major>/bin.
	local dir
	for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
		if [[ -x "$dir/initdb" && -x "$dir/postgres" ]]; then
			echo "$dir"
			return 0
		fi
	done
	if command -v initdb >/dev/null && command -v postgres >/dev/null; then
		dirname "$(readlink -f "$(command -v postgres)")"
		return 0
	fi
	return 1
}

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
postgres_bindir >/dev/null || missing+=(postgresql)

if ((${#missing[@]})); then
	if ! command -v apt-get >/dev/null; then
		log "missing: ${missing[*]}, and there is no apt-get to install them with"
		exit 1
	fi
	sudo=()
	if [[ $(id -u) -ne 0 ]]; then
		if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
			sudo=(sudo -n)
		else
			log "missing: ${missing[*]}; installing needs root (or password-less sudo)"
			exit 1
		fi
	fi
	started=$SECONDS
	log "installing ${missing[*]} with apt"
	"${sudo[@]}" apt-get update -qq
	# policy-rc.d 101: the packages must not start (or fail to start) system-wide services.
	policy=/usr/sbin/policy-rc.d
	created_policy=0
	if [[ ! -e $policy ]]; then
		printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
		"${sudo[@]}" chmod 755 "$policy"
		created_policy=1
	fi
	status=0
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || status=$?
	if ((created_policy)); then "${sudo[@]}" rm -f "$policy"; fi
	((status == 0)) || exit $status
	log "installed in $((SECONDS - started)) s"
fi

command -v redis-server >/dev/null || { log "redis-server still missing"; exit 1; }
bindir=$(postgres_bindir) || { log "PostgreSQL server binaries still missing"; exit 1; }
log "$(redis-server --version | cut -d' ' -f1-3), $("$bindir/postgres" --version)"
echo "$bindir"
