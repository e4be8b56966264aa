#!/usr/bin/env bash
# `npm run docs:screenshots`: regenerates the README's screenshots (docs/screenshots/*.png).
# Needs Chromium (Debian: apt-get install chromium; `npx playwright install` cannot reach its
# download host from a closed network), installed here when missing and running as root.
# Installs the pinned n8n via tools/e2e/ensure-n8n.sh, compiles the dev tools and runs
# tools/screenshots/take.ts, which starts and stops its own demo stack.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ ! -x "$chromium_path" ]]; then
	if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
		echo "[screenshots] installing Debian's chromium (apt-get)" >&2
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		echo "[screenshots] no Chromium at $chromium_path: install it (sudo apt-get install chromium) or set CHROMIUM_PATH" >&2
		exit 1
	fi
fi

if [[ ! -x node_modules/.bin/tsc || ! -d node_modules/playwright-core ]]; then
	echo "[screenshots] installing the repository's dev dependencies (npm ci)" >&2
	npm ci --no-audit --no-fund --loglevel=error
fi

bash tools/e2e/ensure-n8n.sh
node_modules/.bin/tsc -p tsconfig.tools.json
CHROMIUM_PATH="$chromium_path" exec node build/tools/screenshots/take.js "$@"
