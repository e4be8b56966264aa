/**
 * npm run bench: the transport's figures, measured side by side in one run (these machines are
 * shared and noisy, so only ratios of runs made moments apart mean anything).
 *
 * (a) Return All of 10,000 items at 50 ms latency: concurrent pages vs one page at a time.
 * (b) One execution under Polar's sandbox limit (100 requests per minute, fixed windows, no
 *     rate-limit headers, as Polar answers): achieved ÷ allowed rate, 429s and failed requests.
 * (c) Peak memory of the node's process per 10,000 items returned, against the items' JSON size.
 * (d) 600 items of one request each at a 300 ms round trip under the production limit: one item at
 *     a time vs Items in Parallel at its default (bulkItems.ts).
 *
 * The node runs through n8n's execution engine (tools/harness/engine.ts); the emulator runs in a
 * child process so its memory and CPU are not counted as the node's, in its default Polar
 * behaviour (no switches). Loopback only.
 */
import { runNode, TEST_TOKEN, tokenCredentials } from '../harness/engine';
import { bulkReport, bulkTargetMet, measureBulkItems } from './bulkItems';
import { control, failedRequests, startEmulatorProcess, type Stats, windowUse } from './emulatorProcess';

const ITEMS = 10_000;
const LATENCY_MS = 50;
const ROUNDS = 3;
/** (b): 150 pages under 100 a minute: one full window, then the rest in the next. */
const LIMITED_ITEMS = 15_000;
const SANDBOX = { limit: 100, windowMs: 60_000 };

async function returnAll(url: string, pageConcurrency: number, credentialExtra: Record<string, number> = {}): Promise<{ ms: number; items: number; output: unknown[] }> {
	const started = performance.now();
	const { items, error } = await runNode({
		credentials: tokenCredentials(url, credentialExtra),
		parameters: { resource: 'customer', operation: 'getAll', returnAll: true, simplify: false, options: { pageConcurrency } },
	});
	if (error) throw error;
	return { ms: performance.now() - started, items: items.length, output: items.map((i) => i.json) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number, d = 2) => n.toFixed(d);

async function main() {
	const emu = await startEmulatorProcess([TEST_TOKEN]);
	try {
		await control(emu.url, '/seed', { collection: 'customers', count: ITEMS });

		// (a) concurrent vs sequential, alternating so both see the same machine load.
		await control(emu.url, '/config', { latencyMs: LATENCY_MS, rateLimit: null, faults: null });
		await returnAll(emu.url, 8); // warm-up: JIT, sockets
		const concurrent: number[] = [];
		const sequential: number[] = [];
		for (let round = 0; round < ROUNDS; round++) {
			const c = await returnAll(emu.url, 8);
			const s = await returnAll(emu.url, 1);
			if (c.items !== ITEMS || s.items !== ITEMS) throw new Error(`expected ${ITEMS} items, got ${c.items} and ${s.items}`);
			concurrent.push(c.ms);
			sequential.push(s.ms);
		}
		const speedUp = median(sequential) / median(concurrent);

		// (b) one execution under the sandbox limit, paced from the credential's known budget.
		await control(emu.url, '/reset', {});
		await control(emu.url, '/seed', { collection: 'customers', count: LIMITED_ITEMS });
		await control(emu.url, '/config', { latencyMs: LATENCY_MS, rateLimit: 'sandbox', faults: null });
		const limited = await returnAll(emu.url, 8, { requestsPerMinute: SANDBOX.limit });
		const stats = (await control(emu.url, '/stats')) as Stats;
		const log = (await control(emu.url, '/log')) as Array<{ at: number; status: number }>;
		const failed = failedRequests(stats);
		const use = windowUse(log.map((l) => l.at), SANDBOX);
		if (limited.items !== LIMITED_ITEMS) throw new Error(`expected ${LIMITED_ITEMS} items, got ${limited.items}`);

		// (c) memory: heap and RSS peaks while 10,000 items are fetched and output.
		await control(emu.url, '/reset', {});
		await control(emu.url, '/seed', { collection: 'customers', count: ITEMS });
		await control(emu.url, '/config', { latencyMs: 0, rateLimit: null, faults: null });
		global.gc?.();
		const before = process.memoryUsage();
		let peakHeap = before.heapUsed;
		let peakRss = before.rss;
		const sampler = setInterval(() => {
			const m = process.memoryUsage();
			peakHeap = Math.max(peakHeap, m.heapUsed);
			peakRss = Math.max(peakRss, m.rss);
		}, 5);
		const mem = await returnAll(emu.url, 8);
		clearInterval(sampler);
		const jsonBytes = mem.output.reduce<number>((n, json) => n + Buffer.byteLength(JSON.stringify(json)), 0);
		const mib = (b: number) => b / 1024 / 1024;

		// (d) items at once: the emulator's state is reset before each run.
		const bulk = await measureBulkItems(emu.url);

		console.log('');
		console.log(`n8n-nodes-polar benchmark (${new Date().toISOString()}, Node ${process.version}, emulator in a child process, loopback)`);
		console.log('');
		console.log(`(a) Return All of ${ITEMS} items at ${LATENCY_MS} ms latency, median of ${ROUNDS} alternating rounds`);
		console.log(`    concurrent (8 pages at once): ${fmt(median(concurrent) / 1000)} s`);
		console.log(`    one page at a time:           ${fmt(median(sequential) / 1000)} s`);
		console.log(`    speed-up: ${fmt(speedUp, 1)}×   (target ≥ 4×)`);
		console.log('');
		console.log(`(b) Return All of ${LIMITED_ITEMS} items, one execution, sandbox limit (${SANDBOX.limit} requests per minute, fixed windows, no rate-limit headers)`);
		console.log(`    ${stats.requests} requests in ${fmt(limited.ms / 1000)} s, per window ${JSON.stringify(use.counts)}; 429 answered: ${stats.rateLimited}; failed requests: ${failed}`);
		console.log(`    allowed = ${SANDBOX.limit} per ${SANDBOX.windowMs / 1000} s over the ${fmt(use.spanMs / 1000)} s from the first request to the last window's opening = ${fmt(use.allowed, 1)}; achieved ${use.achieved}`);
		console.log(`    achieved ÷ allowed rate: ${fmt(use.ratio)}   (target ≥ 0.9, zero 429, zero failed)`);
		console.log('');
		console.log(`(c) Memory while returning ${mem.items} items`);
		console.log(`    items' own JSON: ${fmt(mib(jsonBytes), 1)} MiB; peak heap growth: ${fmt(mib(peakHeap - before.heapUsed), 1)} MiB (${fmt((peakHeap - before.heapUsed) / jsonBytes, 1)}× the JSON); peak RSS growth: ${fmt(mib(peakRss - before.rss), 1)} MiB`);
		console.log('');
		for (const line of bulkReport(bulk)) console.log(line);
		console.log('');
		if (!bulkTargetMet(bulk)) process.exitCode = 1;
		if (speedUp < 4 || !(use.ratio >= 0.9) || stats.rateLimited > 0 || failed > 0) process.exitCode = 1;
	} finally {
		emu.child.kill('SIGTERM');
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
