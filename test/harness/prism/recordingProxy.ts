import { createHash } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseViolations, type Violation } from './prism';

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
