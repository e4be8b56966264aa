import { createHash, randomUUID } from 'node:crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/**
 * Usage events get an `external_id` when they have none, so that Polar, which skips an event whose
 * `external_id` it already holds for the organization (its ingest answers `duplicates`), cannot
 * count one twice when a batch is sent again after its reply was lost.
 *
 * The id is derived from where the event comes from: this execution, this node (within the n8n
 * instance and workflow), the node's run (a loop runs a node several times) and the item (and the
 * event's place in the item's list). Sending the same batch again in this execution therefore
 * repeats the same ids. A new execution (a re-run, or n8n's "retry execution") derives new ones:
 * only an External Event ID from the user's own data dedupes across executions.
 */
const prefixes = new WeakMap<IExecuteFunctions, string>();

function prefixOf(ctx: IExecuteFunctions): string {
	let prefix = prefixes.get(ctx);
	if (!prefix) {
		// Without an execution id (never seen in n8n 2.x, but not promised) ids stay unique per run of the node.
		const execution = ctx.getExecutionId() || randomUUID();
		const origin = [ctx.getInstanceId(), ctx.getWorkflow().id ?? '', ctx.getNode().id, ctx.getWorkflowDataProxy(0).$runIndex].join('/');
		prefix = `n8n-${execution}-${createHash('sha256').update(origin).digest('hex').slice(0, 12)}`;
		prefixes.set(ctx, prefix);
	}
	return prefix;
}

/** The external ID an event of this item gets when it has none (`eventIndex`: its place in the item's list). */
export function derivedEventId(ctx: IExecuteFunctions, itemIndex: number, eventIndex?: number): string {
	return `${prefixOf(ctx)}-${itemIndex}${eventIndex === undefined ? '' : `.${eventIndex}`}`;
}

const hasExternalId = (event: IDataObject) => typeof event.external_id === 'string' && event.external_id.trim() !== '';

/** The item's events, each with an `external_id` (its own, or a derived one). */
export function withExternalIds(ctx: IExecuteFunctions, events: unknown[], itemIndex: number): unknown[] {
	return events.map((event, i) => {
		if (!event || typeof event !== 'object' || Array.isArray(event) || hasExternalId(event as IDataObject)) return event;
		return { ...(event as IDataObject), external_id: derivedEventId(ctx, itemIndex, i) };
	});
}

/** Polar skips repeats of these events: every one carries an external ID. */
export function allHaveExternalIds(events: unknown[]): boolean {
	return events.every((e) => !!e && typeof e === 'object' && hasExternalId(e as IDataObject));
}
