import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { operations } from '../generated/operations';
import type { PolarClient } from '../transport/client';
import type { PolarRequest, PolarResponse } from '../transport/request';
import { PolarHttpError } from '../transport/request';
import { RetriesExhaustedError } from '../transport/retry';
import { allHaveExternalIds, withExternalIds } from './eventIds';
import { tableRequest } from './requestBuilder';

/**
 * The POSTs that Polar dedupes itself, so that a lost reply need not leave them in doubt. Polar has
 * no idempotency key; what it has is uniqueness on a few fields.
 */
interface DedupedWrite {
	/** The body to send (events get external IDs) and whether Polar refuses or skips a repeat of it. */
	prepare(ctx: IExecuteFunctions, body: IDataObject, itemIndex: number): { body: IDataObject; repeatSafe: boolean };
	/** After the write stayed in doubt: what Polar holds, found by the fields it dedupes on. */
	recover?(client: PolarClient, body: IDataObject): Promise<PolarResponse | undefined>;
}

const nonEmpty = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/**
 * Customers are unique per organization by email (case-insensitive) and by external ID: Polar's
 * database refuses a second one (unique indexes on organization + lower(email) and organization +
 * external_id), so a create with either cannot make two customers however often it is sent; a
 * repeat after a lost reply answers 422 "already exists", and the customer is then looked up.
 */
const customerCreate: DedupedWrite = {
	prepare: (_ctx, body) => ({ body, repeatSafe: !!(nonEmpty(body.email) || nonEmpty(body.external_id)) }),
	recover: findCustomer,
};

/** The customer Polar holds with the body's external ID, else its email; undefined when there is none. */
async function findCustomer(client: PolarClient, body: IDataObject): Promise<PolarResponse | undefined> {
	const externalId = nonEmpty(body.external_id);
	if (externalId) {
		let found: PolarResponse | undefined;
		let failure: unknown;
		try {
			found = await client.send(tableRequest(operations['customer:getExternal'], { path: { external_id: externalId } }));
		} catch (error) {
			failure = error;
		}
		if (found) return found;
		if (!(failure instanceof PolarHttpError && failure.statusCode === 404)) throw failure;
		return undefined;
	}
	const email = nonEmpty(body.email);
	if (!email) return undefined;
	const query: Array<[string, string]> = [['email', email], ['limit', '1']];
	if (nonEmpty(body.organization_id)) query.push(['organization_id', String(body.organization_id)]);
	const res = await client.send(tableRequest(operations['customer:getAll'], { query }));
	const first = (res.body as { items?: unknown[] } | null)?.items?.[0];
	return first ? { ...res, body: first } : undefined;
}

/** Usage events: Polar skips an event whose external ID it already holds, so every event gets one. */
const eventsIngest: DedupedWrite = {
	prepare: (ctx, body, itemIndex) => {
		if (!Array.isArray(body.events)) return { body, repeatSafe: false };
		const events = withExternalIds(ctx, body.events, itemIndex);
		return { body: { ...body, events: events as IDataObject[] }, repeatSafe: allHaveExternalIds(events) };
	},
};

/**
 * Not deduped, but harmless to repeat: a second customer session is one more token nobody saw,
 * which expires within the hour.
 */
const customerSessionCreate: DedupedWrite = {
	prepare: (_ctx, body) => ({ body, repeatSafe: true }),
};

const DEDUPED_WRITES: Record<string, DedupedWrite> = {
	'customers:create': customerCreate,
	'events:ingest': eventsIngest,
	'customer-sessions:create': customerSessionCreate,
};

/** The request as it should be sent: with what Polar dedupes on filled in, and marked repeat-safe when it is. */
export function prepareWrite(ctx: IExecuteFunctions, operationId: string, req: PolarRequest, itemIndex: number): PolarRequest {
	const write = DEDUPED_WRITES[operationId];
	if (!write || req.method !== 'POST' || !req.body || typeof req.body !== 'object' || Array.isArray(req.body)) return req;
	const { body, repeatSafe } = write.prepare(ctx, req.body as IDataObject, itemIndex);
	return { ...req, body, repeatSafe };
}

/**
 * Sends a request; when it is a write left in doubt that Polar dedupes, looks up what Polar holds
 * and answers that (the write was applied). A failed lookup leaves the original error.
 */
export async function sendWrite(client: PolarClient, operationId: string, req: PolarRequest): Promise<PolarResponse> {
	let failure: unknown;
	try {
		return await client.send(req);
	} catch (error) {
		failure = error;
	}
	const recover = DEDUPED_WRITES[operationId]?.recover;
	if (!recover || !(failure instanceof RetriesExhaustedError) || !failure.mayHaveBeenApplied) throw failure;
	const found = await recover(client, req.body as IDataObject).catch(() => undefined);
	if (found) return found;
	throw failure;
}
