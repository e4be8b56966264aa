import { storePart } from './uploads';
import type { EmulatorOptions, EmulatorStats, LogEntry, StoredObject, StoreView, WebhookDeliveryOptions, WebhookDeliveryResult } from './types';

/** What the control API reaches in the emulator. */
export interface ControlTarget {
	store: StoreView;
	log: LogEntry[];
	stats(): EmulatorStats;
	configure(patch: Partial<EmulatorOptions>): void;
	/** the current options, token values left out */
	describe(): Record<string, unknown>;
	seed(collection: string, count: number, make?: (i: number) => object): StoredObject[];
	seedDemo(): Record<string, number>;
	reset(): void;
	deliverWebhook(event: string, data: object, opts?: WebhookDeliveryOptions): Promise<WebhookDeliveryResult[]>;
}

export interface ControlReply {
	status: number;
	body?: unknown;
	/** raw bytes instead of JSON */
	bytes?: Buffer;
	headers?: Record<string, string>;
}

/** Largest seed through HTTP; more would only stall the server. */
const MAX_SEED = 1_000_000;

function bad(detail: string): ControlReply {
	return { status: 400, body: { detail } };
}

function parseJson(raw: Buffer): Record<string, unknown> | undefined {
	if (raw.length === 0) return {};
	try {
		const value = JSON.parse(raw.toString('utf8'));
		return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The emulator's own HTTP API under /__emulator/, for processes that cannot hold the
 * JavaScript object (e2e runs, the demo, the benchmark). Never rate-limited, faulted or logged.
 */
export async function handleControl(target: ControlTarget, method: string, url: URL, raw: Buffer): Promise<ControlReply> {
	const parts = url.pathname.split('/').filter(Boolean).slice(1);
	const route = `${method} ${parts[0] ?? ''}`;
	switch (route) {
		case 'GET health':
			return { status: 200, body: { ok: true } };
		case 'GET stats':
			return { status: 200, body: target.stats() };
		case 'GET log': {
			const limit = Number(url.searchParams.get('limit') ?? 0);
			return { status: 200, body: limit > 0 ? target.log.slice(-limit) : target.log };
		}
		case 'GET config':
			return { status: 200, body: target.describe() };
		case 'POST config': {
			const patch = parseJson(raw);
			if (!patch) return bad('Expected a JSON object of options');
			delete patch.port;
			target.configure(patch as Partial<EmulatorOptions>);
			return { status: 200, body: target.describe() };
		}
		case 'POST seed': {
			const body = parseJson(raw);
			if (!body) return bad('Expected {"collection": "customers", "count": 100}');
			if (body.demo === true) return { status: 200, body: { seeded: target.seedDemo() } };
			const count = Number(body.count);
			if (typeof body.collection !== 'string' || !/^[a-z0-9_]+$/.test(body.collection)) return bad('"collection" must be a collection name such as "customers"');
			if (!Number.isInteger(count) || count < 0 || count > MAX_SEED) return bad(`"count" must be an integer from 0 to ${MAX_SEED}`);
			const fields = body.fields && typeof body.fields === 'object' ? (body.fields as object) : undefined;
			const created = target.seed(body.collection, count, fields ? () => ({ ...fields }) : undefined);
			return { status: 200, body: { collection: body.collection, created: created.length, total: target.store.count(body.collection) } };
		}
		case 'POST changes': {
			// Seeding that counts as state changes: each object lands in the events log as the
			// system events its creation causes (customer.created, order.paid, …), fast enough to
			// make hundreds of events between two polls.
			const body = parseJson(raw);
			const count = Number(body?.count);
			if (!body || typeof body.collection !== 'string' || !/^[a-z0-9_]+$/.test(body.collection)) return bad('Expected {"collection": "customers", "count": 100}');
			if (!Number.isInteger(count) || count < 0 || count > MAX_SEED) return bad(`"count" must be an integer from 0 to ${MAX_SEED}`);
			const before = target.store.count('events');
			const created = target.store.recording(() => target.seed(body.collection as string, count));
			return { status: 200, body: { collection: body.collection, created: created.map((o) => o.id), events: target.store.count('events') - before } };
		}
		case 'POST reset':
			target.reset();
			return { status: 200, body: { ok: true } };
		case 'GET collections': {
			if (parts[1]) {
				const items = target.store.list(decodeURIComponent(parts[1]));
				return { status: 200, body: { items, total_count: items.length } };
			}
			return { status: 200, body: Object.fromEntries(target.store.collections().map((n) => [n, target.store.count(n)])) };
		}
		case 'POST webhooks': {
			if (parts[1] !== 'deliver') break;
			const body = parseJson(raw);
			if (!body || typeof body.event !== 'string') return bad('Expected {"event": "order.created", "data": {...}}');
			const results = await target.deliverWebhook(body.event, (body.data as object) ?? {}, {
				tamper: body.tamper === true,
				webhookId: typeof body.webhookId === 'string' ? body.webhookId : undefined,
				endpointId: typeof body.endpointId === 'string' ? body.endpointId : undefined,
				timestamp: typeof body.timestamp === 'number' ? body.timestamp : undefined,
			});
			return { status: 200, body: results };
		}
		case 'PUT uploads': {
			// Stands in for the presigned S3 part URLs that files:create hands out.
			const file = target.store.get('files', parts[1] ?? '');
			if (!file) return { status: 404, body: { detail: 'No such upload' } };
			const etag = storePart(file.id, Number(parts[2]), raw);
			return { status: 200, headers: { ETag: etag } };
		}
		case 'GET files':
			// Invoice and receipt URLs point here; a tiny placeholder document.
			return { status: 200, bytes: Buffer.from('%PDF-1.4\n% Polar emulator placeholder\n%%EOF\n'), headers: { 'Content-Type': 'application/pdf' } };
	}
	return { status: 404, body: { detail: 'Not Found' } };
}
