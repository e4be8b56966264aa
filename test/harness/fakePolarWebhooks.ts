import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { polarWebhookSecret } from './polarSigner';
import { recordLogs, tokenCredentials, TRIGGER_TEST_TOKEN, TriggerHarness } from './trigger';

/** A webhook endpoint as the fake keeps it (the fields Polar's WebhookEndpoint reply has). */
export interface FakeEndpoint {
	id: string;
	url: string;
	name: string | null;
	format: string;
	secret: string;
	/** true: HMAC keyed with the decoded `whsec_` part; false: with the secret's UTF-8 bytes */
	uses_standard_webhook_signature: boolean;
	api_version: string;
	organization_id: string;
	events: string[];
	enabled: boolean;
	created_at: string;
	modified_at: string | null;
}

/** What an endpoint created without `api_version` gets: Polar's Current version. */
export const FAKE_CURRENT_API_VERSION = '2026-10';

export interface RecordedCall {
	method: string;
	path: string;
	body: unknown;
	authorization: string | undefined;
	polarVersion: string | undefined;
	idempotencyKey: string | undefined;
}

export const ORGANIZATIONS = [
	{ id: '11111111-1111-4111-8111-111111111111', name: 'Acme', slug: 'acme' },
	{ id: '22222222-2222-4222-8222-222222222222', name: 'Beta Labs', slug: 'beta-labs' },
];

/**
 * The webhook-endpoint part of Polar's API on a loopback port: keeps endpoints in memory, records
 * every call, and can be told to fail the next matching call.
 */
export class FakePolarWebhooks {
	readonly endpoints = new Map<string, FakeEndpoint>();
	readonly calls: RecordedCall[] = [];
	private readonly failures: Array<{ method: string; status: number; body: unknown; then?: () => void }> = [];
	private server?: Server;
	baseUrl = '';
	/** new endpoints get pre-2026-09-08 secrets, as endpoints made before then still have */
	legacySecrets = false;

	async start(): Promise<this> {
		this.server = createServer((req, res) => void this.handle(req, res));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this;
	}

	async close(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	/** The next call with this method answers `status` (and `body`) instead. */
	/** The next `method` request answers `status`; `then` runs when it does (e.g. the endpoint vanishes). */
	failNext(method: string, status: number, body: unknown = { detail: `forced ${status}` }, then?: () => void): void {
		this.failures.push({ method, status, body, then });
	}

	/** Adds an endpoint as if it had been made elsewhere (the dashboard, another n8n). */
	seed(fields: Partial<FakeEndpoint> & { url: string; events: string[] }): FakeEndpoint {
		const endpoint = this.newEndpoint(fields);
		this.endpoints.set(endpoint.id, endpoint);
		return endpoint;
	}

	callsOf(method: string): RecordedCall[] {
		return this.calls.filter((c) => c.method === method);
	}

	/** What "Reset secret" in Polar's dashboard does: a new standard secret, whatever the old one was. */
	resetSecret(id: string): FakeEndpoint {
		const endpoint = this.endpoints.get(id);
		if (!endpoint) throw new Error(`no endpoint ${id}`);
		endpoint.secret = polarWebhookSecret(true);
		endpoint.uses_standard_webhook_signature = true;
		return endpoint;
	}

	private newEndpoint(fields: Partial<FakeEndpoint> & { url: string; events: string[] }): FakeEndpoint {
		return {
			id: randomUUID(),
			name: null,
			format: 'raw',
			secret: polarWebhookSecret(!this.legacySecrets),
			uses_standard_webhook_signature: !this.legacySecrets,
			api_version: FAKE_CURRENT_API_VERSION,
			organization_id: ORGANIZATIONS[0].id,
			enabled: true,
			created_at: new Date().toISOString(),
			modified_at: null,
			...fields,
		};
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString('utf8');
		const body = text ? JSON.parse(text) : undefined;
		const url = new URL(req.url ?? '/', this.baseUrl);
		const method = req.method ?? 'GET';
		this.calls.push({
			method,
			path: url.pathname,
			body,
			authorization: req.headers.authorization,
			polarVersion: req.headers['polar-version'] as string | undefined,
			idempotencyKey: req.headers['idempotency-key'] as string | undefined,
		});
		const send = (status: number, payload?: unknown) => {
			if (payload === undefined) {
				res.writeHead(status).end();
				return;
			}
			res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
		};
		const failureIndex = this.failures.findIndex((f) => f.method === method);
		if (failureIndex >= 0) {
			const [failure] = this.failures.splice(failureIndex, 1);
			failure.then?.();
			send(failure.status, failure.body);
			return;
		}

		if (method === 'GET' && url.pathname === '/v1/organizations/') {
			send(200, { items: ORGANIZATIONS, pagination: { total_count: ORGANIZATIONS.length, max_page: 1 } });
			return;
		}
		if (url.pathname === '/v1/webhooks/endpoints' && method === 'GET') {
			const items = [...this.endpoints.values()];
			send(200, { items, pagination: { total_count: items.length, max_page: 1 } });
			return;
		}
		if (url.pathname === '/v1/webhooks/deliveries' && method === 'GET') {
			// No delivery history: recovery on activation finds nothing to redeliver.
			send(200, { items: [], pagination: { total_count: 0, max_page: 0 } });
			return;
		}
		if (url.pathname === '/v1/webhooks/endpoints' && method === 'POST') {
			if (!body?.url || !Array.isArray(body.events) || !['raw', 'discord', 'slack'].includes(body.format)) {
				send(422, { detail: [{ loc: ['body', 'url'], msg: 'Field required', type: 'missing' }] });
				return;
			}
			const endpoint = this.newEndpoint({
				url: body.url,
				events: body.events,
				format: body.format,
				name: body.name ?? null,
				...(body.api_version ? { api_version: body.api_version } : {}),
				...(body.organization_id ? { organization_id: body.organization_id } : {}),
			});
			this.endpoints.set(endpoint.id, endpoint);
			send(201, endpoint);
			return;
		}
		const match = /^\/v1\/webhooks\/endpoints\/([^/]+)$/.exec(url.pathname);
		if (match) {
			const endpoint = this.endpoints.get(decodeURIComponent(match[1]));
			if (!endpoint) {
				send(404, { error: 'ResourceNotFound', detail: 'Not found' });
				return;
			}
			if (method === 'GET') {
				send(200, endpoint);
				return;
			}
			if (method === 'PATCH') {
				for (const key of ['url', 'name', 'format', 'events', 'enabled', 'api_version'] as const) {
					if (body?.[key] !== undefined && body[key] !== null) (endpoint as unknown as Record<string, unknown>)[key] = body[key];
				}
				endpoint.modified_at = new Date().toISOString();
				send(200, endpoint);
				return;
			}
			if (method === 'DELETE') {
				this.endpoints.delete(endpoint.id);
				send(204);
				return;
			}
		}
		send(405, { detail: 'not supported by the fake' });
	}
}

/**
 * For trigger engine tests against the fake: a fresh fake and a log recorder before each test, and
 * after it the check every such test shares: no token and no endpoint secret (past or present)
 * is in what the trigger logged. Call at the top of a file or describe; read `current()` in tests.
 */
export function fakePolarWebhooksPerTest(events: string[]) {
	let fake: FakePolarWebhooks;
	let logs: ReturnType<typeof recordLogs>;
	beforeEach(async () => {
		fake = await new FakePolarWebhooks().start();
		logs = recordLogs();
	});
	afterEach(async () => {
		await fake.close();
		logs.restore();
		const logged = logs.lines.join('\n');
		expect(logged).not.toContain(TRIGGER_TEST_TOKEN);
		for (const endpoint of fake.endpoints.values()) expect(logged).not.toContain(endpoint.secret);
	});
	const harness = (parameters: Record<string, unknown> = {}, credentials = tokenCredentials(fake.baseUrl)) =>
		new TriggerHarness({ parameters: { events, ...parameters } as never, credentials });
	return { current: () => ({ fake, logs }), harness };
}
