/**
 * Benchmark (d): many items of one request each, at Polar's ordinary round trip, under Polar's
 * production budget (500 requests per minute per token, fixed windows, no rate-limit headers):
 * Customer → Get and Customer → Create, one item at a time against Items in Parallel at its default.
 *
 * Part of `npm run bench`; alone, `node build/tools/bench/bulkItems.js [--latency MS] [N …]` runs
 * it for the Items in Parallel values given (default: 1 and the default), e.g. `1 2 3 5 8` to see
 * where the budget fills up, at another round trip with --latency.
 */
import { DEFAULT_ITEMS_IN_PARALLEL } from '../../nodes/Polar/actions/itemRuns';
import { runNode, TEST_TOKEN, tokenCredentials } from '../harness/engine';
import { control, failedRequests, startEmulatorProcess, type Stats, windowUse } from './emulatorProcess';

export const BULK_ITEMS = 600;
const BULK_LATENCY_MS = 300;
const PRODUCTION = { limit: 500, windowMs: 60_000 };

type BulkOperation = 'get' | 'create';

export interface BulkRun {
	operation: BulkOperation;
	parallel: number;
	ms: number;
	requests: number;
	rateLimited: number;
	failed: number;
	/** requests per fixed window, as Polar would have counted them */
	counts: number[];
	/** items per minute over the full windows (one request per item) */
	perMinute: number;
	/** achieved ÷ allowed over the full windows */
	share: number;
}

/** One execution of BULK_ITEMS items against a fresh emulator state (store, log and limiter reset). */
async function bulkRun(url: string, operation: BulkOperation, parallel: number, latencyMs: number): Promise<BulkRun> {
	await control(url, '/reset', {});
	await control(url, '/config', { latencyMs, rateLimit: 'production', faults: null });
	let items: Array<{ json: Record<string, string> }>;
	let parameters: Record<string, unknown>;
	if (operation === 'get') {
		await control(url, '/seed', { collection: 'customers', count: BULK_ITEMS });
		const { items: customers } = (await control(url, '/collections/customers')) as { items: Array<{ id: string }> };
		items = customers.map((c) => ({ json: { id: c.id } }));
		parameters = { resource: 'customer', operation: 'get', id: '={{ $json.id }}' };
	} else {
		items = Array.from({ length: BULK_ITEMS }, (_, i) => ({ json: { email: `bulk${i}@example.com` } }));
		parameters = { resource: 'customer', operation: 'create', email: '={{ $json.email }}' };
	}
	const started = performance.now();
	const { items: out, error } = await runNode({
		credentials: tokenCredentials(url, { requestsPerMinute: PRODUCTION.limit }),
		items,
		parameters: { ...parameters, itemsInParallel: parallel },
	});
	const ms = performance.now() - started;
	if (error) throw error;
	if (out.length !== BULK_ITEMS) throw new Error(`expected ${BULK_ITEMS} items, got ${out.length}`);
	const stats = (await control(url, '/stats')) as Stats;
	const log = (await control(url, '/log')) as Array<{ at: number }>;
	const use = windowUse(log.map((l) => l.at), PRODUCTION);
	return {
		operation,
		parallel,
		ms,
		requests: stats.requests,
		rateLimited: stats.rateLimited,
		failed: failedRequests(stats),
		counts: use.counts,
		perMinute: (use.achieved * 60_000) / use.spanMs,
		share: use.ratio,
	};
}

/** Every operation at every Items in Parallel value, operation by operation, the values side by side. */
export async function measureBulkItems(url: string, values: number[] = [1, DEFAULT_ITEMS_IN_PARALLEL], latencyMs = BULK_LATENCY_MS): Promise<BulkRun[]> {
	const runs: BulkRun[] = [];
	for (const operation of ['get', 'create'] as const) {
		for (const parallel of values) runs.push(await bulkRun(url, operation, parallel, latencyMs));
	}
	return runs;
}

/** The lines `npm run bench` prints for (d). */
export function bulkReport(runs: BulkRun[], latencyMs = BULK_LATENCY_MS): string[] {
	const name = { get: 'Customer → Get', create: 'Customer → Create' };
	const label = (r: BulkRun) => `${name[r.operation]}, ${r.parallel} at a time${r.parallel === DEFAULT_ITEMS_IN_PARALLEL ? ' (default)' : ''}:`;
	const width = Math.max(...runs.map((r) => label(r).length));
	return [
		`(d) ${BULK_ITEMS} items of one request each at ${latencyMs} ms latency, production limit (${PRODUCTION.limit} requests per minute, fixed windows, no rate-limit headers)`,
		...runs.map(
			(r) =>
				`    ${label(r).padEnd(width)} ${(r.ms / 1000).toFixed(1)} s, per window ${JSON.stringify(r.counts)}; ${Math.round(r.perMinute)} items per minute = ${r.share.toFixed(2)} of the budget; 429 answered: ${r.rateLimited}; failed requests: ${r.failed}`,
		),
		`    target at the default: ≥ 0.9 of the budget, zero 429, zero failed`,
	];
}

/** Whether the default reached its target. */
export function bulkTargetMet(runs: BulkRun[]): boolean {
	return runs.every((r) => r.rateLimited === 0 && r.failed === 0 && (r.parallel !== DEFAULT_ITEMS_IN_PARALLEL || r.share >= 0.9));
}

if (require.main === module) {
	const args = process.argv.slice(2);
	const at = args.indexOf('--latency');
	const latencyMs = at === -1 ? BULK_LATENCY_MS : Number(args.splice(at, 2)[1]);
	const values = args.map(Number);
	if (!Number.isInteger(latencyMs) || latencyMs < 0 || values.some((v) => !Number.isInteger(v) || v < 1 || v > 20)) {
		console.error('Usage: node build/tools/bench/bulkItems.js [--latency MS] [Items in Parallel values, 1–20 …]');
		process.exit(2);
	}
	void (async () => {
		const emu = await startEmulatorProcess([TEST_TOKEN]);
		try {
			const runs = await measureBulkItems(emu.url, values.length ? values : undefined, latencyMs);
			console.log(['', ...bulkReport(runs, latencyMs), ''].join('\n'));
			if (!bulkTargetMet(runs)) process.exitCode = 1;
		} finally {
			emu.child.kill('SIGTERM');
		}
	})();
}
