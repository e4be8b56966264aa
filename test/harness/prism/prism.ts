import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const PRISM_CLI = resolve(REPO_ROOT, 'node_modules', '.bin', 'prism');

/** The official document, next to the repository unless POLAR_OPENAPI points elsewhere. */
export function openApiPath(): string {
	return resolve(REPO_ROOT, process.env.POLAR_OPENAPI ?? resolve(REPO_ROOT, '..', 'shared', 'polar-openapi', '2026-10.openapi.json'));
}

export interface PrismServer {
	url: string;
	pid: number;
	/** everything Prism printed, for the failure message when it dies or never answers */
	output(): string;
	stop(): Promise<void>;
}

async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
	const { port } = probe.address() as AddressInfo;
	await new Promise<void>((done) => probe.close(() => done()));
	return port;
}

/** Resolves true once anything answers HTTP on the URL (Prism answers unknown routes with a 404). */
function answers(url: string): Promise<boolean> {
	return new Promise((done) => {
		const req = httpRequest(`${url}/`, { method: 'GET', timeout: 1000 }, (res) => {
			res.resume();
			done(true);
		});
		req.on('error', () => done(false));
		req.on('timeout', () => {
			req.destroy();
			done(false);
		});
		req.end();
	});
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs the Prism CLI (`mock` or `proxy`) on a free loopback port with the official document, and
 * waits until it answers HTTP. Throws, with Prism's output, when the document is missing or Prism
 * does not come up.
 */
async function startPrismCli(command: 'mock' | 'proxy', positional: string[], specPath: string, timeoutMs: number): Promise<PrismServer> {
	if (!existsSync(specPath)) {
		throw new Error(
			`Polar OpenAPI document not found at ${specPath}. Suites that run Prism need it: put it there or set POLAR_OPENAPI to its path.`,
		);
	}
	if (!existsSync(PRISM_CLI)) throw new Error(`Prism is not installed (${PRISM_CLI} missing): run npm install`);
	const port = await freePort();
	const args = [command, '--host', '127.0.0.1', '--port', String(port), '--verboseLevel', 'warn', specPath, ...positional];
	const child: ChildProcess = spawn(PRISM_CLI, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString('utf8')).slice(-20_000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	let exited: number | string | null | undefined;
	const exitedPromise = new Promise<void>((done) =>
		child.once('exit', (code, signal) => {
			exited = code ?? signal;
			done();
		}),
	);
	const url = `http://127.0.0.1:${port}`;
	// if the test process ends without afterAll (a crash, a forced exit), Prism must not linger
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	const stop = async () => {
		process.removeListener('exit', killOnExit);
		if (exited !== undefined || !child.pid) return;
		child.kill('SIGTERM');
		const ended = await Promise.race([exitedPromise.then(() => true), pause(5000).then(() => false)]);
		if (!ended) {
			child.kill('SIGKILL');
			await exitedPromise;
		}
	};
	const deadline = Date.now() + timeoutMs;
	while (!(await answers(url))) {
		if (exited !== undefined) throw new Error(`Prism exited (${exited}) before answering on ${url}:\n${output}`);
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`Prism did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
		}
		await pause(200);
	}
	return { url, pid: child.pid!, output: () => output, stop };
}

/**
 * `prism mock`: Prism answers every request itself from the document. No `--errors`: Prism
 * already answers a request that breaks the document with a 4xx (422/400/401/415), and the flag
 * would only add 500s for violations in the replies Prism invents itself, which are not the
 * request's fault.
 */
export function startPrism(specPath = openApiPath(), timeoutMs = 90_000): Promise<PrismServer> {
	return startPrismCli('mock', [], specPath, timeoutMs);
}

/**
 * `prism proxy`: Prism forwards every request to `upstreamUrl` (the emulator) and passes its
 * reply through, adding an `sl-violations` header that lists where the request and the reply
 * break the document (read it with `parseViolations`). Without `--errors` a violation never
 * replaces the upstream's reply.
 */
export function startPrismProxy(upstreamUrl: string, specPath = openApiPath(), timeoutMs = 90_000): Promise<PrismServer> {
	return startPrismCli('proxy', [upstreamUrl], specPath, timeoutMs);
}

/** One violation as Prism reports it in the `sl-violations` header. */
export interface Violation {
	location: string[];
	severity: string;
	code: string | number;
	message: string;
}

const TRUNCATED = 'Too many violations! ';

/**
 * The violations in one reply's `sl-violations` header (none when it is absent). Prism cuts a
 * header over ~8 KB behind "Too many violations!": the complete entries before the cut are kept,
 * followed by one entry saying the rest was cut, on the side of the last entry kept (Prism lists
 * request-side violations first, so a cut among response-side ones loses only response-side ones).
 */
export function parseViolations(header: string | string[] | undefined): Violation[] {
	if (!header) return [];
	const text = Array.isArray(header) ? header.join('') : header;
	try {
		return JSON.parse(text) as Violation[];
	} catch {
		const body = text.startsWith(TRUNCATED) ? text.slice(TRUNCATED.length) : text;
		let kept: Violation[] = [];
		for (let end = body.lastIndexOf('},{'); end > 0 && !kept.length; end = body.lastIndexOf('},{', end - 1)) {
			try {
				kept = JSON.parse(`${body.slice(0, end + 1)}]`) as Violation[];
			} catch {
				kept = [];
			}
		}
		const side = kept[kept.length - 1]?.location[0] ?? 'request';
		return [...kept, { location: [side, '(sl-violations header cut by Prism)'], severity: 'Error', code: 'truncated', message: `more violations than Prism reports: ${text.slice(0, 200)}` }];
	}
}
