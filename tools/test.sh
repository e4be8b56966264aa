#!/usr/bin/env bash
# The project's one test command (README: `npm test`; CI: .ci/run calls it on a clean clone).
# Installs what it needs, checks the generated code is fresh, builds, runs every suite, and ends
# with one line "N passed, N failed" summed over all suites.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/.cache/test-results"
rm -rf "$results" && mkdir -p "$results"
status=0

step() { printf '\n== %s\n' "$*"; }

if [ ! -d node_modules/n8n-core ] || [ "${CI:-}" = "true" ]; then
	step "install dependencies (npm ci)"
	npm ci --no-audit --no-fund || exit 1
fi

step "generated code is up to date"
npm run --silent generate:check || exit 1

step "build and type-check (sources and tests)"
npm run build || exit 1
npx tsc -p tsconfig.test.json || exit 1

step "n8n community-node lint (runtime sources) and n8n's verification scan (source leg and npm pack output)"
npm run lint || exit 1
npm run scan || exit 1

step "unit, engine and conformance suites"
npx jest --config jest.config.js --json --outputFile="$results/unit.json" || status=1

if [ -f jest.e2e.config.js ] && [ "${SKIP_E2E:-}" != "1" ]; then
	step "end-to-end suite against a real n8n"
	npm run test:e2e -- --json --outputFile="$results/e2e.json" || status=1
fi

if [ -f jest.compat.config.js ] && [ "${SKIP_COMPAT:-}" != "1" ]; then
	step "compatibility suite: the pinned n8n 2.x and the last n8n 1.x"
	npm run test:compat -- --json --outputFile="$results/compat.json" || status=1
fi

if [ -f jest.queue.config.js ] && [ "${SKIP_QUEUE:-}" != "1" ]; then
	step "queue-mode suite: main + 2 workers + webhook processor on Redis and PostgreSQL"
	npm run test:queue -- --json --outputFile="$results/queue.json" || status=1
fi

node tools/test-summary.mjs "$results" || status=1
exit $status
