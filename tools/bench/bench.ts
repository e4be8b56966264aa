/**
 * npm run bench: the transport's figures, measured side by side in one run (these machines are
 * shared and noisy, so only ratios of runs made moments apart mean anything).
 *
 * (a) Return All of 10,000 items at 50 ms latency: concurrent pages vs one page at a time.
 * (b) Under the emulator's rate limit: achieved request rate ÷ allowed rate, and failed requests.
 * (c) Peak memory of the node's process per 10,000 items returned.
 *
 * The node runs through n8n's execution engine (test/harness/engine.ts); the emulator runs in a
 * child process so its memory and CPU are not counted as the node's. Loopback only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { request } from 'undici';
import { runNode, tokenCredentials } from '../../test/harness/engine';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ITEMS = 10_000;
const LATENCY_MS = 50;
const ROUNDS = 3;

interface EmulatorProcess {
	url: string;
	child: ChildProcess;
}

async function startEmulatorProcess(): Promise<EmulatorProcess> {
	const child = spawn(process.execPath, [path.join(ROOT, 'build/tools/emulator/cli.js'), '--port', '0', '--seed', '1'], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = await new Promise<string>((resolve, reject) => {
		let out = '';
		child.stdout!.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const match = /listening on (http:\/\/\S+)/.exec(out);
			if (match) resolve(match[1]);
		});
		child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
	});
	return { url, child };
}

async function control(url: string, path: string, body?: unknown): Promise<unknown> {
	const res = await request(`${url}/__emulator${path}`, {
		method: body === undefined ? 'GET' : 'POST',
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return await res.body.json();
}

interface Stats {
	requests: number;
	byStatus: Record<string, number>;
	rateLimited: number;
	firstAt: number | null;
	lastAt: number | null;
}

async function returnAll(url: string, pageConcurrency: number): Promise<{ ms: number; items: number }> {
	const started = performance.now();
	const { items, error } = await runNode({
		credentials: tokenCredentials(url),
		parameters: { resource: 'customer', operation: 'getAll', returnAll: true, simplify: false, options: { pageConcurrency } },
	});
	if (error) throw error;
	return { ms: performance.now() - started, items: items.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number, d = 2) => n.toFixed(d);

async function main() {
	const emu = await startEmulatorProcess();
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

		// (b) rate limit: 25 requests per second window; 100 pages need 4 windows.
		const limit = 25;
		const windowMs = 1000;
		await control(emu.url, '/reset', {});
		await control(emu.url, '/seed', { collection: 'customers', count: ITEMS });
		await control(emu.url, '/config', { latencyMs: LATENCY_MS, rateLimit: { limit, windowMs }, rateLimitHeaders: true, faults: null });
		const limited = await returnAll(emu.url, 8);
		const stats = (await control(emu.url, '/stats')) as Stats;
		const failed = Object.entries(stats.byStatus).filter(([s]) => s !== '200').reduce((n, [, c]) => n + c, 0);
		// Fixed windows open at the first request; the run uses ceil(span / window) of them.
		const span = (stats.lastAt ?? 0) - (stats.firstAt ?? 0);
		const windows = Math.floor(span / windowMs) + 1;
		const rateRatio = stats.requests / (windows * limit);

		// (c) memory: heap and RSS peaks while 10,000 items are fetched and output.
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
		const mib = (b: number) => b / 1024 / 1024;

		console.log('');
		console.log(`n8n-nodes-polar benchmark (${new Date().toISOString()}, Node ${process.version}, emulator in a child process, loopback)`);
		console.log('');
		console.log(`(a) Return All of ${ITEMS} items at ${LATENCY_MS} ms latency, median of ${ROUNDS} alternating rounds`);
		console.log(`    concurrent (8 pages at once): ${fmt(median(concurrent) / 1000)} s`);
		console.log(`    one page at a time:           ${fmt(median(sequential) / 1000)} s`);
		console.log(`    speed-up: ${fmt(speedUp, 1)}×   (target ≥ 4×)`);
		console.log('');
		console.log(`(b) Return All of ${ITEMS} items under a rate limit of ${limit} requests per ${windowMs} ms`);
		console.log(`    ${stats.requests} requests in ${windows} windows (${fmt(limited.ms / 1000)} s); 429 answered: ${stats.rateLimited}; failed requests: ${failed}`);
		console.log(`    achieved ÷ allowed rate: ${fmt(rateRatio)}   (target ≥ 0.9, zero failed)`);
		console.log('');
		console.log(`(c) Memory while returning ${mem.items} items`);
		console.log(`    peak heap growth: ${fmt(mib(peakHeap - before.heapUsed), 1)} MiB per ${ITEMS} items; peak RSS growth: ${fmt(mib(peakRss - before.rss), 1)} MiB`);
		console.log('');
		if (speedUp < 4 || rateRatio < 0.9 || failed > 0) process.exitCode = 1;
	} finally {
		emu.child.kill('SIGTERM');
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
