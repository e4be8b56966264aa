/**
 * The benchmark's Polar: the emulator in a child process (so its memory and CPU are not counted as
 * the node's), reached through its control API, and the arithmetic of Polar's fixed windows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { request } from 'undici';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface EmulatorProcess {
	url: string;
	child: ChildProcess;
}

/** Starts the emulator accepting `tokens` (the credentials the benchmark uses). */
export async function startEmulatorProcess(tokens: string[]): Promise<EmulatorProcess> {
	const child = spawn(process.execPath, [path.join(ROOT, 'build/tools/emulator/cli.js'), '--port', '0', '--seed', '1', ...tokens.flatMap((token) => ['--token', token])], {
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

export async function control(url: string, path: string, body?: unknown): Promise<unknown> {
	const res = await request(`${url}/__emulator${path}`, {
		method: body === undefined ? 'GET' : 'POST',
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return await res.body.json();
}

export interface Stats {
	requests: number;
	byStatus: Record<string, number>;
	rateLimited: number;
}

/** Requests answered other than 200/201. */
export function failedRequests(stats: Stats): number {
	return Object.entries(stats.byStatus).filter(([s]) => s !== '200' && s !== '201').reduce((n, [, c]) => n + c, 0);
}

/**
 * Achieved ÷ allowed over fixed windows. Polar's windows open at the first request after the
 * previous one ended, so a run of k windows is k − 1 full ones and a last one where the work ran
 * out. Over the time from the first request to the opening of the last window, Polar would have
 * allowed `limit` requests per `windowMs`; achieved is what arrived in that time. A pacer that left
 * budget unused, or waited longer than the windows, scores below 1.
 */
export function windowUse(arrivals: number[], { limit, windowMs }: { limit: number; windowMs: number }) {
	const opened: number[] = [];
	const counts: number[] = [];
	for (const at of arrivals) {
		if (!opened.length || at - opened[opened.length - 1] >= windowMs) {
			opened.push(at);
			counts.push(0);
		}
		counts[counts.length - 1]++;
	}
	const spanMs = opened[opened.length - 1] - opened[0];
	const achieved = counts.slice(0, -1).reduce((a, b) => a + b, 0);
	const allowed = (limit * spanMs) / windowMs;
	return { counts, spanMs, achieved, allowed, ratio: opened.length > 1 ? achieved / allowed : NaN };
}

