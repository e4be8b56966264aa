import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';
import { operations } from '../generated/operations';
import type { PolarClient } from '../transport/client';
import { openClient } from '../transport/client';
import { toNodeError } from '../transport/errors';
import { DEFAULT_PAGE_CONCURRENCY, fetchList, fetchPage, MAX_PAGE_SIZE } from '../transport/pagination';
import type { PolarRequest } from '../transport/request';
import { PolarHttpError } from '../transport/request';
import { RETRY_POLICIES } from '../transport/retry';
import type { PollCursor } from './cursor';
import { advance, isCursor, newCursor, queryFloor, settle } from './cursor';
import { claimPoll } from './inFlight';
import type { EventSubject } from './systemEvents';
import { isSystemEvent, SYSTEM_EVENTS } from './systemEvents';

/**
 * One poll of Polar's event log (`GET /v1/events/?source=system&name=…`): every matching event
 * since the cursor, oldest first, one item each. The cursor is written only once everything it
 * covers is in hand, so a poll that fails (429, 5xx, network, after the transport's retries)
 * throws the node's API error and leaves the cursor where it was.
 */

/** What every failed scheduled poll adds to its error's description. */
const NOTHING_MOVED = 'Nothing was emitted and the cursor did not move: the next poll reads the same events again.';

/** Events emitted by one poll at most; a longer backlog continues at the next poll. */
export const MAX_EVENTS_PER_POLL = 2_000;

const EVENTS_LIST = operations['event:getAll'];

const logEventSchema = z
	.object({
		id: z.string().min(1),
		name: z.string(),
		timestamp: z.string().min(1),
		customer: z.record(z.unknown()).nullable().optional(),
		customer_id: z.string().nullable().optional(),
		external_customer_id: z.string().nullable().optional(),
		metadata: z.record(z.unknown()).nullable().optional(),
	})
	.passthrough();
type LogEvent = z.infer<typeof logEventSchema>;

interface PollSettings {
	names: string[];
	/** ISO, or '' for "from activation" */
	startFrom: string;
	organizationId: string;
	includeObject: boolean;
}

/** The parameters, checked before any request: each problem names its field. */
function settingsOf(ctx: IPollFunctions): PollSettings {
	const node = ctx.getNode();
	const raw = ctx.getNodeParameter('events', []) as unknown;
	const names = [...new Set(Array.isArray(raw) ? raw.map(String) : [])];
	if (!names.length) throw new NodeOperationError(node, 'Choose at least one event in "Events"');
	const unknown = names.filter((n) => !isSystemEvent(n));
	if (unknown.length) throw new NodeOperationError(node, `"Events" holds names that are not Polar system events: ${unknown.join(', ')}`);
	const startRaw = ctx.getNodeParameter('startFrom', '') as unknown;
	let startFrom = '';
	if (startRaw !== '' && startRaw !== null && startRaw !== undefined) {
		const ms = Date.parse(String(startRaw));
		if (Number.isNaN(ms)) throw new NodeOperationError(node, `"Start From" must be a date and time, e.g. 2026-12-01T00:00:00Z (got "${String(startRaw)}")`);
		startFrom = new Date(ms).toISOString();
	}
	const org = ctx.getNodeParameter('organizationId', '') as unknown;
	const options = ctx.getNodeParameter('options', {}) as { includeObject?: unknown };
	return { names: names.sort(), startFrom, organizationId: typeof org === 'string' ? org.trim() : '', includeObject: options.includeObject === true };
}

function eventsRequest(settings: PollSettings, extra: Array<[string, string]>): PolarRequest {
	const query: Array<[string, string]> = [['source', 'system'], ...settings.names.map((n): [string, string] => ['name', n])];
	if (settings.organizationId) query.push(['organization_id', settings.organizationId]);
	return { method: 'GET', path: EVENTS_LIST.path, auth: 'token', query: [...query, ...extra] };
}

function parseEvents(ctx: IPollFunctions, items: unknown[]): LogEvent[] {
	return items.map((item, i) => {
		const parsed = logEventSchema.safeParse(item);
		if (!parsed.success) {
			throw new NodeOperationError(ctx.getNode(), `Polar's event log answered an event without a usable id, name or timestamp (item ${i + 1} of the page)`);
		}
		return parsed.data;
	});
}

/** One output item: the event, in the webhook mode's names where the two overlap (`type`, `timestamp`, `data`). */
function itemOf(event: LogEvent, data: IDataObject | null | undefined): INodeExecutionData {
	const json: IDataObject = {
		id: event.id,
		name: event.name,
		type: SYSTEM_EVENTS[event.name]?.webhookType ?? null,
		timestamp: event.timestamp,
		customerId: event.customer_id ?? null,
		externalCustomerId: event.external_customer_id ?? null,
		customer: (event.customer as IDataObject | null | undefined) ?? null,
		metadata: (event.metadata as IDataObject | null | undefined) ?? {},
	};
	if (data !== undefined) json.data = data;
	return { json };
}

/** The object an event is about, read with one GET; null when Polar no longer has it. */
type Fail = (error: unknown, operation?: { id: string; scopes: string[] }) => ReturnType<typeof toNodeError>;

async function subjectOf(client: PolarClient, event: LogEvent, subject: EventSubject | undefined, fail: Fail): Promise<IDataObject | null> {
	const id = subject ? event.metadata?.[subject.idKey] : undefined;
	if (!subject || typeof id !== 'string' || !id) return null;
	const operation = operations[subject.operation];
	try {
		if (subject.operation === 'benefitGrant:getAll') {
			// Polar has no "get one grant": the customer's grants, one page, hold it.
			if (!event.customer_id) return null;
			const query: Array<[string, string]> = [['customer_id', event.customer_id]];
			const page = await fetchPage(client, { method: 'GET', path: operation.path, auth: 'token', query }, operation.pagination, 1, MAX_PAGE_SIZE);
			return (page.items.find((g) => (g as { id?: unknown })?.id === id) as IDataObject | undefined) ?? null;
		}
		const res = await client.send({ method: 'GET', path: operation.path.replace('{id}', encodeURIComponent(id)), auth: 'token' });
		return (res.body as IDataObject) ?? null;
	} catch (error) {
		if (error instanceof PolarHttpError && error.statusCode === 404) return null;
		throw fail(error, operation);
	}
}

async function itemsOf(client: PolarClient, events: LogEvent[], includeObject: boolean, fail: Fail): Promise<INodeExecutionData[]> {
	const items: INodeExecutionData[] = [];
	for (const event of events) items.push(itemOf(event, includeObject ? await subjectOf(client, event, SYSTEM_EVENTS[event.name]?.subject, fail) : undefined));
	return items;
}

/** The cursor to poll from: the stored one, or a new one at activation (or at a changed Start From). */
function cursorOf(stored: unknown, settings: PollSettings): { cursor: PollCursor; started: boolean } {
	if (isCursor(stored) && stored.startFrom === settings.startFrom) return { cursor: stored, started: false };
	// From activation on: an event stamped in the very millisecond of activation counts as after it.
	const since = settings.startFrom || new Date(Date.now() - 1).toISOString();
	return { cursor: newCursor(since, settings.startFrom), started: true };
}

/**
 * The node's poll(). A scheduled poll that starts while the node's previous one still runs in this
 * process (n8n does not wait for it; inFlight.ts) does nothing: it would read the same cursor.
 */
export async function pollEventLog(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	if (this.getMode() === 'manual') return await readEventLog(this);
	// Before anything that evaluates an expression (parameters, the credential), as the skip must cost nothing.
	const node = this.getNode();
	const workflowId = this.getWorkflow().id ?? '';
	const release = claimPoll(workflowId, node.id);
	if (!release) {
		this.logger.debug(`Polar Poll Trigger "${node.name}": skipped this poll, the previous poll of this node is still running (waiting for Polar's rate limit, or reading a long backlog); it goes on from where that one ends`, { workflowId, nodeId: node.id });
		return null;
	}
	try {
		return await readEventLog(this);
	} finally {
		release();
	}
}

async function readEventLog(ctx: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const settings = settingsOf(ctx);
	let client: PolarClient;
	try {
		client = await openClient(ctx, ctx.getNodeParameter('authentication', 'accessToken'), RETRY_POLICIES.poll);
	} catch (error) {
		throw new NodeOperationError(ctx.getNode(), (error as Error).message);
	}
	const fail: Fail = (error, operation = EVENTS_LIST) =>
		toNodeError(ctx.getNode(), error, { operationId: operation.id, scopes: operation.scopes, secrets: client.connection.secrets });

	try {
		if (ctx.getMode() === 'manual') {
			// "Fetch Test Event": the newest matching event, the cursor untouched.
			const page = await fetchPage(client, eventsRequest(settings, [['sorting', '-timestamp']]), EVENTS_LIST.pagination, 1, 1);
			const [latest] = parseEvents(ctx, page.items);
			if (!latest) {
				throw new NodeOperationError(ctx.getNode(), 'Polar\'s event log has no matching event yet', {
					description: `Looked for: ${settings.names.join(', ')}. Make one happen in Polar (e.g. in the sandbox), then fetch again.`,
				});
			}
			return [await itemsOf(client, [latest], settings.includeObject, fail)];
		}

		const state = ctx.getWorkflowStaticData('node');
		const { cursor, started } = cursorOf(state.cursor, settings);
		if (started && !settings.startFrom) {
			// Activation: from now on, no history. n8n stores static data after activating, so this
			// point survives a restart even though no poll has emitted yet.
			state.cursor = cursor;
			return null;
		}
		const request = eventsRequest(settings, [['start_timestamp', queryFloor(cursor)], ['sorting', 'timestamp']]);
		const listed = await fetchList(client, request, { kind: EVENTS_LIST.pagination, limit: MAX_EVENTS_PER_POLL, concurrency: DEFAULT_PAGE_CONCURRENCY });
		const { fresh } = advance(cursor, parseEvents(ctx, listed));
		const items = await itemsOf(client, fresh, settings.includeObject, fail);
		// Nothing is awaited from here to the return, so no other poll can store a cursor in between.
		const settled = settle(cursor, state.cursor, fresh);
		if (settled.dropped) {
			ctx.logger.debug(`Polar Poll Trigger "${ctx.getNode().name}": another poll of this node emitted ${settled.dropped} of these events meanwhile; they are not emitted again`);
		}
		const emit = new Set(settled.fresh);
		state.cursor = settled.next;
		const out = items.filter((_, i) => emit.has(fresh[i]));
		return out.length ? [out] : null;
	} catch (error) {
		const failure = fail(error);
		if (ctx.getMode() !== 'manual') failure.description = [failure.description, NOTHING_MOVED].filter(Boolean).join('\n');
		throw failure;
	}
}
