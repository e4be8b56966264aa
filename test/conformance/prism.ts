import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '..', '..');
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
 * Starts `prism mock` on a free loopback port with the official document, as it is. No
 * `--errors`: Prism already answers a request that breaks the document with a 4xx (422/400/401/415),
 * and the flag would only add 500s for violations in the replies Prism invents itself, which are
 * not the request's fault. Throws, with Prism's output, when the document is missing or Prism
 * does not come up.
 */
export async function startPrism(specPath = openApiPath(), timeoutMs = 90_000): Promise<PrismServer> {
	if (!existsSync(specPath)) {
		throw new Error(
			`Polar OpenAPI document not found at ${specPath}. The conformance suite needs it: put it there or set POLAR_OPENAPI to its path.`,
		);
	}
	if (!existsSync(PRISM_CLI)) throw new Error(`Prism is not installed (${PRISM_CLI} missing): run npm install`);
	const port = await freePort();
	const child: ChildProcess = spawn(PRISM_CLI, ['mock', '--host', '127.0.0.1', '--port', String(port), '--verboseLevel', 'warn', specPath], {
		cwd: REPO_ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
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

/** One violation as Prism reports it in the `sl-violations` header. */
export interface Violation {
	location: string[];
	severity: string;
	code: string | number;
	message: string;
}

/** One exchange seen by the recording proxy. Only whether an Authorization header was sent is kept, never its value. */
export interface RecordedExchange {
	method: string;
	path: string;
	query: Array<[string, string]>;
	contentType?: string;
	authorization: boolean;
	body: string;
	status: number;
	violations: Violation[];
	/** Prism's reply when it was not 2xx (its problem+json says what it rejected) */
	errorBody?: string;
	/** answered by the proxy itself (a link the node followed), not by Prism */
	fixture?: boolean;
	/** Prism's JSON reply was changed by `rewriteReply` before the node saw it */
	rewritten?: boolean;
}

export interface ProxyOptions {
	/**
	 * Changes Prism's JSON reply before the node sees it, or answers undefined to leave it. Prism
	 * invents the word "string" for a link; where the node follows a link (a PDF to download,
	 * presigned upload URLs), the test points it at this proxy's fixtures instead.
	 */
	rewriteReply?: (request: { method: string; path: string; body: string }, reply: unknown, proxyUrl: string) => unknown;
}

export interface RecordingProxy {
	url: string;
	exchanges: RecordedExchange[];
	clear(): void;
	stop(): Promise<void>;
}

/** Links the node follows are pointed here; the proxy answers them itself (see `fixtureReply`). */
export const FIXTURE_PREFIX = '/__conformance/';
export const FIXTURE_PDF_PATH = `${FIXTURE_PREFIX}document.pdf`;
export const FIXTURE_PART_PATH = `${FIXTURE_PREFIX}part/`;
const FIXTURE_PDF = Buffer.from('%PDF-1.4\n% conformance fixture\n%%EOF\n', 'latin1');

/** What storage would answer: the PDF behind a download link, or an ETag for an uploaded part. */
function fixtureReply(method: string, path: string, body: Buffer): { status: number; headers: Record<string, string>; body: Buffer } {
	if (method === 'GET' && path === FIXTURE_PDF_PATH) return { status: 200, headers: { 'content-type': 'application/pdf' }, body: FIXTURE_PDF };
	if (method === 'PUT' && path.startsWith(FIXTURE_PART_PATH)) {
		return { status: 200, headers: { etag: `"${createHash('md5').update(body).digest('hex')}"` }, body: Buffer.alloc(0) };
	}
	return { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('no such fixture') };
}

function parseViolations(header: string | string[] | undefined): Violation[] {
	if (!header) return [];
	const text = Array.isArray(header) ? header.join('') : header;
	try {
		return JSON.parse(text) as Violation[];
	} catch {
		// Prism truncates a header over ~8 KB behind "Too many violations!": keep it visible as a request-side finding.
		return [{ location: ['request', '(unparsable sl-violations header)'], severity: 'Error', code: 'unparsable', message: text.slice(0, 500) }];
	}
}

/**
 * A loopback proxy between the node and Prism. The node's output does not carry reply headers,
 * so this is where `sl-violations` (and the status Prism chose) is observed, request by request.
 */
export async function startRecordingProxy(targetUrl: string, options: ProxyOptions = {}): Promise<RecordingProxy> {
	const target = new URL(targetUrl);
	const exchanges: RecordedExchange[] = [];
	let selfUrl = '';
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const body = Buffer.concat(chunks);
			const requested = new URL(req.url ?? '/', 'http://proxy');
			// What the node sent, recorded alike whether Prism answered or not.
			const sent = {
				method: req.method ?? '',
				path: requested.pathname,
				query: [...requested.searchParams.entries()],
				contentType: req.headers['content-type'],
				authorization: req.headers.authorization !== undefined,
				body: body.toString('utf8'),
			};
			if (requested.pathname.startsWith(FIXTURE_PREFIX)) {
				const reply = fixtureReply(req.method ?? '', requested.pathname, body);
				exchanges.push({
					method: req.method ?? '',
					path: requested.pathname,
					query: [...requested.searchParams.entries()],
					contentType: req.headers['content-type'],
					authorization: req.headers.authorization !== undefined,
					body: `(${body.length} bytes)`,
					status: reply.status,
					violations: [],
					fixture: true,
				});
				res.writeHead(reply.status, { ...reply.headers, 'content-length': String(reply.body.length) });
				res.end(reply.body);
				return;
			}
			const upstream = httpRequest(
				{ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
				(up) => {
					const out: Buffer[] = [];
					up.on('data', (c: Buffer) => out.push(c));
					up.on('end', () => {
						let reply = Buffer.concat(out);
						let status = up.statusCode ?? 0;
						const headers = { ...up.headers };
						let rewritten = false;
						let rewriteError: string | undefined;
						if (options.rewriteReply && String(headers['content-type'] ?? '').includes('json') && status >= 200 && status <= 299) {
							let parsed: unknown;
							try {
								parsed = JSON.parse(reply.toString('utf8'));
							} catch {
								parsed = undefined; // not JSON after all: leave the reply alone
							}
							let changed: unknown;
							try {
								changed = parsed === undefined ? undefined : options.rewriteReply({ method: req.method ?? '', path: requested.pathname, body: body.toString('utf8') }, parsed, selfUrl);
							} catch (error) {
								// a broken rewrite must fail the case, not crash the proxy
								rewriteError = `recording proxy: rewriteReply failed: ${(error as Error).message}`;
							}
							if (changed !== undefined) {
								reply = Buffer.from(JSON.stringify(changed), 'utf8');
								headers['content-length'] = String(reply.length);
								rewritten = true;
							}
						}
						if (rewriteError) {
							status = 502;
							reply = Buffer.from(rewriteError, 'utf8');
							headers['content-type'] = 'text/plain';
							headers['content-length'] = String(reply.length);
						}
						exchanges.push({
							...sent,
							status,
							violations: parseViolations(up.headers['sl-violations']),
							...(status < 200 || status > 299 ? { errorBody: reply.toString('utf8').slice(0, 2000) } : {}),
							...(rewritten ? { rewritten } : {}),
						});
						res.writeHead(status, headers);
						res.end(reply);
					});
				},
			);
			upstream.on('error', (error) => {
				// Prism is gone or refused: recorded, so the case says so instead of "no request"
				exchanges.push({
					...sent,
					status: 502,
					violations: [],
					errorBody: `recording proxy could not reach Prism: ${error.message}`,
				});
				res.writeHead(502, { 'content-type': 'text/plain' });
				res.end(`recording proxy: ${error.message}`);
			});
			upstream.end(body);
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	selfUrl = `http://127.0.0.1:${port}`;
	return {
		url: selfUrl,
		exchanges,
		clear: () => {
			exchanges.length = 0;
		},
		stop: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
