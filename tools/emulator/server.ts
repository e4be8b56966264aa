import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { PolarApi } from './api';
import { authenticate, authOptionsOf, bearerOf, tokenHash, type AuthOptions } from './auth';
import { handleControl, type ControlTarget } from './control';
import { faultBody, FaultInjector, type Fault } from './faults';
import { HANDLERS } from './handlers';
import { IdempotencyStore } from './idempotency';
import { createObject, type ObjectContext } from './objects';
import { Random } from './random';
import { RateLimiter } from './rateLimit';
import { Recorder, requestEntry } from './recorder';
import { RouteTable } from './routes';
import { seedCollection, seedDemoData } from './seeds';
import { Store } from './store';
import type { Emulator, EmulatorOptions, LogEntry, StoredObject, WebhookDeliveryOptions, WebhookDeliveryResult } from './types';
import { apiVersionOf } from './versions';
import { WebhookSender } from './webhooks';
import { WebhooksOnChange } from './webhooksOnChange';
import { delay, prepare, readBody, write, writeControl, type Prepared } from './wire';

const HOST = '127.0.0.1';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes are the same for every emulator: compile the operation table once. */
let sharedRoutes: RouteTable | undefined;

/** The emulator: one HTTP server on loopback serving the API from the operation table. */
class PolarEmulator implements Emulator, ControlTarget {
	url = '';
	port = 0;
	readonly store = new Store();
	private options: EmulatorOptions;
	private random: Random;
	private readonly routes = (sharedRoutes ??= new RouteTable());
	private readonly ctx: ObjectContext;
	private readonly api: PolarApi;
	private readonly rateLimiter: RateLimiter;
	private readonly faults: FaultInjector;
	private readonly idempotency = new IdempotencyStore();
	private readonly recorder = new Recorder();
	private readonly webhooks: WebhookSender;
	private readonly server: Server;
	/** requests held by 'timeout' faults, released on close */
	private readonly held = new Map<Socket, NodeJS.Timeout>();
	/** the registered tokens and their scopes, and the acceptAnyToken switch */
	private auth: AuthOptions;

	constructor(options: EmulatorOptions) {
		this.options = { ...options };
		this.auth = authOptionsOf(options);
		this.random = new Random(options.seed);
		const emulator = this;
		this.ctx = {
			store: this.store,
			get random() {
				return emulator.random;
			},
			organizationId: '',
			url: '',
			now: () => new Date(),
			get options() {
				return emulator.options;
			},
		};
		this.api = new PolarApi(this.ctx, (event) => this.webhooks.redeliver(event), HANDLERS);
		this.rateLimiter = new RateLimiter(options.rateLimit, options.rateLimitHeaders === true);
		this.faults = new FaultInjector(options.faults ?? null, options.seed);
		this.webhooks = new WebhookSender(this.ctx);
		// Changes made through the API send Polar's webhooks to the endpoints subscribed to them.
		this.store.listen(new WebhooksOnChange(this.ctx, this.webhooks));
		this.server = createServer((req, res) => {
			this.onRequest(req, res).catch((error) => {
				if (!res.headersSent && !res.destroyed) {
					res.writeHead(500, { 'Content-Type': 'application/json' });
					res.end(JSON.stringify({ detail: `Emulator error: ${(error as Error).message}` }));
				}
			});
		});
		this.server.keepAliveTimeout = 5_000;
		this.bootstrap();
	}

	get log(): LogEntry[] {
		return this.recorder.log;
	}

	async listen(port: number): Promise<void> {
		await new Promise<void>((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, HOST, () => resolve());
		});
		this.port = (this.server.address() as AddressInfo).port;
		this.url = `http://${HOST}:${this.port}`;
		this.ctx.url = this.url;
	}

	/** The organization every token acts for. */
	private bootstrap(): void {
		const org = createObject(this.ctx, 'organizations', { name: 'Emulated Organization', slug: 'emulated-org' });
		this.ctx.organizationId = org.id;
	}

	private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', `http://${HOST}`);
		const method = (req.method ?? 'GET').toUpperCase();
		let raw: Buffer;
		try {
			raw = await readBody(req);
		} catch {
			if (!res.headersSent && !res.destroyed) write(res, prepare({ status: 413, body: { detail: 'Request body too large' } }), {});
			return;
		}
		if (url.pathname.startsWith('/__emulator/')) {
			writeControl(res, await handleControl(this, method, url, raw));
			return;
		}

		const at = Date.now();
		this.recorder.begin(at);
		const bearer = bearerOf(req.headers.authorization);
		const tokenId = bearer ? tokenHash(bearer) : undefined;
		const entry = requestEntry(at, method, url, req.headers, tokenId);
		const idempotencyKey = entry.idempotencyKey;
		const finish = (flags: { rateLimited?: boolean } = {}) => {
			entry.durationMs = Date.now() - at;
			this.recorder.end(entry, flags);
		};

		const latency = this.options.latencyMs ?? 0;
		if (latency > 0) await delay(latency);

		const fault = this.faults.draw(method, url.pathname);
		if (fault?.phase === 'before') return this.applyFault(fault, req, res, entry, {}, finish);

		// Requests without a token share one budget per client address.
		const identity = tokenId ?? `client:${req.socket.remoteAddress ?? 'unknown'}`;
		const verdict = this.rateLimiter.hit(identity, url.pathname, Date.now());
		const version = apiVersionOf(req.headers['polar-version']);
		let prepared: Prepared;
		let replyHeaders = verdict.headers;
		if (verdict.limited) {
			// Polar's limiter answers before the application: no body, no version header.
			prepared = { status: 429, headers: {}, payload: '' };
		} else if (version === undefined) {
			// An unknown or retired version: Polar's version middleware answers before routing, so the
			// 404 carries no Polar-Version header (a 404 from a route does).
			prepared = prepare({ status: 404, body: { detail: 'Not Found' } });
		} else {
			try {
				prepared = this.process(method, url, raw.toString('utf8'), bearer, identity, idempotencyKey, version);
			} catch (error) {
				prepared = prepare({ status: 500, body: { detail: `Emulator error: ${(error as Error).message}` } });
			}
			replyHeaders = { ...replyHeaders, 'Polar-Version': version };
		}
		if (fault) return this.applyFault(fault, req, res, entry, replyHeaders, finish);
		entry.status = prepared.status;
		if (prepared.replayed) entry.replayed = true;
		write(res, prepared, replyHeaders);
		finish({ rateLimited: verdict.limited });
	}

	/** Route, authenticate, apply idempotency, execute. Synchronous, so writes never interleave. */
	private process(method: string, url: URL, raw: string, bearer: string | undefined, identity: string, idempotencyKey: string | undefined, apiVersion: string): Prepared {
		const match = this.routes.match(method, url.pathname);
		if (!match) return prepare({ status: 404, body: { detail: 'Not Found' } });
		if (match === 'method') return prepare({ status: 405, body: { detail: 'Method Not Allowed' } });
		const auth = authenticate(match.route.op, bearer, this.auth, this.api, Date.now());
		if ('status' in auth) return prepare(auth);

		const idempotent = this.options.honourIdempotencyKey === true && idempotencyKey !== undefined && WRITE_METHODS.has(method);
		const fingerprint = idempotent ? IdempotencyStore.fingerprint(method, url.pathname + url.search, raw) : '';
		if (idempotent) {
			const verdict = this.idempotency.check(identity, idempotencyKey, fingerprint, Date.now());
			if (verdict.kind === 'replay') return { ...verdict.reply, headers: {}, replayed: true };
			if (verdict.kind === 'conflict') {
				return prepare({
					status: 422,
					body: { detail: 'This Idempotency-Key was already used with other parameters (method, path or body). Use a new key for a new request.' },
				});
			}
		}
		const prepared = prepare(this.api.execute(match, url.searchParams, raw, auth.session, apiVersion));
		if (idempotent && prepared.status < 500) {
			this.idempotency.remember(identity, idempotencyKey, fingerprint, { status: prepared.status, contentType: prepared.contentType, payload: prepared.payload }, Date.now());
		}
		return prepared;
	}

	private applyFault(
		fault: Fault,
		req: IncomingMessage,
		res: ServerResponse,
		entry: LogEntry,
		rateHeaders: Record<string, string>,
		finish: () => void,
	): void {
		entry.fault = fault.kind;
		const socket = req.socket;
		if (fault.kind === 'reset') {
			socket.destroy();
			finish();
			return;
		}
		if (fault.kind === 'timeout') {
			// Hold the request until the client gives up or the timeout passes, then drop it unanswered.
			const release = () => {
				const timer = this.held.get(socket);
				if (!timer) return;
				clearTimeout(timer);
				this.held.delete(socket);
				socket.destroy();
				finish();
			};
			this.held.set(socket, setTimeout(release, this.faults.timeoutMs));
			socket.once('close', release);
			return;
		}
		// An injected 429 looks like the limiter's: empty body, Retry-After.
		const prepared: Prepared = fault.kind === '429' ? { status: 429, headers: { 'Retry-After': '1' }, payload: '' } : prepare({ status: Number(fault.kind), body: faultBody(fault.kind) });
		entry.status = prepared.status;
		write(res, prepared, rateHeaders);
		finish();
	}

	configure(patch: Partial<EmulatorOptions>): void {
		const next = { ...this.options, ...patch, port: this.options.port };
		if ('seed' in patch && patch.seed !== this.options.seed) this.random = new Random(patch.seed);
		if ('rateLimit' in patch || 'rateLimitHeaders' in patch) this.rateLimiter.configure(next.rateLimit, next.rateLimitHeaders === true);
		if ('faults' in patch || 'seed' in patch) this.faults.configure(next.faults ?? null, next.seed);
		if ('tokens' in patch || 'acceptAnyToken' in patch) this.auth = authOptionsOf(next);
		this.options = next;
	}

	describe(): Record<string, unknown> {
		const { tokens, ...rest } = this.options;
		return { ...rest, url: this.url, tokens: `${tokens?.length ?? 0} registered` };
	}

	seed(collection: string, count: number, make?: (i: number) => object): StoredObject[] {
		return seedCollection(this.ctx, collection, count, make);
	}

	seedDemo(): Record<string, number> {
		return seedDemoData(this.ctx);
	}

	stats() {
		return this.recorder.stats();
	}

	deliverWebhook(event: string, data: object, opts?: WebhookDeliveryOptions): Promise<WebhookDeliveryResult[]> {
		return this.webhooks.deliver(event, data, opts);
	}

	reset(): void {
		this.store.clear();
		this.random = new Random(this.options.seed);
		this.faults.configure(this.options.faults ?? null, this.options.seed);
		this.api.reset();
		this.webhooks.reset();
		this.idempotency.reset();
		this.rateLimiter.reset();
		this.recorder.reset();
		this.bootstrap();
	}

	private closing: Promise<void> | undefined;

	close(): Promise<void> {
		this.closing ??= this.shutdown();
		return this.closing;
	}

	private async shutdown(): Promise<void> {
		for (const [socket, timer] of this.held) {
			clearTimeout(timer);
			socket.destroy();
		}
		this.held.clear();
		const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
		this.server.closeAllConnections();
		await closed;
		await this.webhooks.close();
	}
}

/** Starts an emulator on 127.0.0.1 (port 0 = any free port). Close it when done. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	const emulator = new PolarEmulator(options);
	await emulator.listen(options.port ?? 0);
	return emulator;
}
