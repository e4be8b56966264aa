#!/usr/bin/env bash
# `npm start`: the one-command demo. Installs what is missing (the repository's dev dependencies,
# then the pinned Node 24 + n8n into .cache/e2e via tools/e2e/ensure-n8n.sh), compiles the dev
# tools and hands over to the demo (tools/demo/cli.ts), which builds and packs the package,
# starts the Polar emulator and n8n, and stops both on Ctrl-C.
#
# Env: POLAR_DEMO_N8N_PORT (5678), POLAR_DEMO_EMULATOR_PORT (4100), POLAR_SANDBOX_TOKEN.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

# A fresh clone has no node_modules yet: the build (tsc, gulp) and the emulator (undici) need them.
if [[ ! -x node_modules/.bin/tsc || ! -d node_modules/undici ]]; then
	echo "[demo] installing the repository's dev dependencies (npm ci)" >&2
	npm ci --no-audit --no-fund --loglevel=error
fi

bash tools/e2e/ensure-n8n.sh
node_modules/.bin/tsc -p tsconfig.tools.json

# exec: Ctrl-C and npm's forwarded signals go straight to the demo, which stops what it started.
exec node build/tools/demo/cli.js "$@"
