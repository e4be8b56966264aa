import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { operations } from '../../../generated/operations';
import { schemas } from '../../../generated/schemas';
import { validateSchema } from '../../../validation/schemaValidator';
import { derivedEventId } from '../../eventIds';
import { inputMessage } from '../../inputError';
import { tableRequest } from '../../requestBuilder';
import type { AllItemsOverride } from '../types';

/** Events per ingest request (Polar's documented batch size). */
export const MAX_EVENTS_PER_REQUEST = 1000;

const EVENT_SCHEMA = { anyOf: [{ $ref: 'EventCreateCustomer' }, { $ref: 'EventCreateExternalCustomer' }] };

/** One event from one item's parameters, checked against Polar's event schema. */
function eventOf(ctx: IExecuteFunctions, i: number): IDataObject {
	const get = (name: string, fallback: unknown = '') => ctx.getNodeParameter(name, i, fallback as never) as unknown;
	const fields = (get('eventFields', {}) ?? {}) as IDataObject;
	const customer = String(get('eventCustomer') ?? '').trim();
	const event: IDataObject = { name: String(get('eventName') ?? '').trim() };
	event[get('eventCustomerBy', 'externalCustomerId') === 'customerId' ? 'customer_id' : 'external_customer_id'] = customer;
	if (fields.timestamp) event.timestamp = new Date(String(fields.timestamp)).toISOString();
	for (const [param, api] of [['externalId', 'external_id'], ['parentId', 'parent_id'], ['organizationId', 'organization_id']]) {
		const v = String(fields[param] ?? '').trim();
		if (v) event[api] = v;
	}
	// Polar skips an event whose external ID it holds: with one on every event a batch is safe to send again (eventIds.ts).
	event.external_id ??= derivedEventId(ctx, i);
	const entries = ((fields.metadata as { entries?: Array<{ key: string; value: unknown }> })?.entries ?? []);
	if (entries.length) event.metadata = Object.fromEntries(entries.map((e) => [String(e.key).trim(), e.value]));
	if (!event.name) throw new NodeOperationError(ctx.getNode(), inputMessage(['Event Name'], 'is required'), { itemIndex: i });
	if (!customer) throw new NodeOperationError(ctx.getNode(), inputMessage(['Customer'], 'is required'), { itemIndex: i });
	const issues = validateSchema(event, EVENT_SCHEMA, schemas);
	if (issues.length) {
		throw new NodeOperationError(ctx.getNode(), `Invalid event: ${issues.map((x) => `${x.path || 'event'}: ${x.message}`).join('; ')}`, { itemIndex: i });
	}
	return event;
}

/**
 * Event → Ingest with one event per item: builds every item's event (a bad item fails alone),
 * then sends them in batches. Each batch answers one output item paired to all of its inputs, so
 * what was inserted is reported per batch; a failed batch fails (or, with Continue On Fail,
 * reports an error item for) exactly its own items. Every event carries an external ID, so a batch
 * whose reply was lost is sent again and Polar reports what it already had as `duplicates`.
 */
export const ingestInBatches: AllItemsOverride['execute'] = async (ctx, client, failed) => {
	const ingest = operations['event:ingest'];
	const items = ctx.getInputData();
	const out: INodeExecutionData[] = [];
	const ready: Array<{ index: number; event: IDataObject }> = [];
	for (let i = 0; i < items.length; i++) {
		try {
			ready.push({ index: i, event: eventOf(ctx, i) });
		} catch (error) {
			out.push(failed(error, { itemIndex: i, operation: ingest }));
		}
	}
	const batchSize = Number((ctx.getNodeParameter('eventFields', 0, {}) as IDataObject).batchSize ?? MAX_EVENTS_PER_REQUEST);
	if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_EVENTS_PER_REQUEST) {
		throw new NodeOperationError(ctx.getNode(), inputMessage(['Event Fields', 'Batch Size'], `expected a whole number from 1 to ${MAX_EVENTS_PER_REQUEST}, got ${batchSize}`));
	}
	for (let start = 0, batch = 1; start < ready.length; start += batchSize, batch++) {
		const slice = ready.slice(start, start + batchSize);
		const pairedItem = slice.map((r) => ({ item: r.index }));
		try {
			const res = await client.send({ ...tableRequest(ingest, { body: { events: slice.map((r) => r.event) } }), repeatSafe: true });
			out.push({ json: { batch, events: slice.length, ...(res.body as IDataObject) }, pairedItem });
		} catch (error) {
			out.push(failed(error, { itemIndex: slice[0].index, pairedItem, json: { batch, events: slice.length }, operation: ingest }));
		}
	}
	return out;
};
