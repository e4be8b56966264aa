import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { MAY_HAVE_BEEN_APPLIED } from '../transport/errors';
import { RetriesExhaustedError } from '../transport/retry';

/**
 * Items the node works on at once (Items in Parallel). Measured against the emulator under the
 * production budget (README, "Performance" (d)): one at a time reaches about 0.37 of it at a 300 ms
 * round trip; 3 at once fill it at 300 ms but reach only 0.65 at 500 ms; 5 fill it at both (0.98–
 * 0.99), while a failure without Continue On Fail finds at most 4 other items in flight. The
 * property's default is a literal (n8n's lint reads it), which a test keeps equal to this.
 */
export const DEFAULT_ITEMS_IN_PARALLEL = 5;
export const MAX_ITEMS_IN_PARALLEL = 20;

/** How one item ended: its output items, or its failure. */
export type ItemOutcome = { ok: true; output: INodeExecutionData[] } | { ok: false; error: unknown };

/**
 * Runs `run` for the items 0…count−1, at most `parallel` at once, starting them in input order;
 * the rate of requests is the pacer's business, not this loop's (transport/rateLimiter.ts). With
 * `stopAtFailure`, no item starts after one failed, and the items already running finish or fail
 * as they would alone. Answers each item's outcome by its index; an item never started has none.
 * With `parallel` 1 this is the plain loop: one item after another, stopping at the first failure.
 */
export async function runItems(
	count: number,
	parallel: number,
	run: (itemIndex: number) => Promise<INodeExecutionData[]>,
	stopAtFailure: boolean,
): Promise<Array<ItemOutcome | undefined>> {
	const outcomes: Array<ItemOutcome | undefined> = new Array<ItemOutcome | undefined>(count).fill(undefined);
	let next = 0;
	let stopped = false;
	const worker = async () => {
		while (!stopped && next < count) {
			const itemIndex = next++;
			try {
				outcomes[itemIndex] = { ok: true, output: await run(itemIndex) };
			} catch (error) {
				outcomes[itemIndex] = { ok: false, error };
				if (stopAtFailure) stopped = true;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, count)) }, worker));
	return outcomes;
}

/** What a rerun needs to know when the node stops at a failed item: the other items' fate. */
export interface StopReport {
	/** one or two sentences for the error's description */
	description: string;
	/** for the error's context: the items done, as index ranges ("0–41, 43") */
	appliedItems: string;
}

/** Above this many, the report gives the count and index ranges instead of every item's id. */
const MAX_IDS_LISTED = 10;

/** "0–41, 43, 45–47" */
function ranges(indexes: number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < indexes.length; i++) {
		const start = indexes[i];
		while (i + 1 < indexes.length && indexes[i + 1] === indexes[i] + 1) i++;
		parts.push(start === indexes[i] ? String(start) : `${start}–${indexes[i]}`);
	}
	return parts.join(', ');
}

function mayHaveBeenApplied(error: unknown): boolean {
	if (error instanceof RetriesExhaustedError) return error.mayHaveBeenApplied;
	return (error instanceof NodeApiError || error instanceof NodeOperationError) && error.context[MAY_HAVE_BEEN_APPLIED] === true;
}

/**
 * Which items were applied, failed too, or never sent, when the node stops at the failed item
 * `stoppedAt` (the first failure in input order) of a write: so a rerun can skip what Polar
 * already holds. Items are named by index (n8n counts from 0) and, when few, by the id Polar gave.
 * Undefined when there is nothing to say (the first item failed and nothing else was running).
 */
export function stopReport(outcomes: Array<ItemOutcome | undefined>, stoppedAt: number): StopReport | undefined {
	const applied: number[] = [];
	const failedToo: number[] = [];
	const inDoubt: number[] = [];
	let notSent = 0;
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (itemIndex === stoppedAt) continue;
		if (!outcome) notSent++;
		else if (outcome.ok) applied.push(itemIndex);
		else {
			failedToo.push(itemIndex);
			if (mayHaveBeenApplied(outcome.error)) inDoubt.push(itemIndex);
		}
	}
	if (!applied.length && !failedToo.length) return undefined;
	const sentences: string[] = [];
	if (applied.length) {
		const ids = applied.map((i) => (outcomes[i] as { output: INodeExecutionData[] }).output.map((o) => (o.json as IDataObject).id).filter((id) => typeof id === 'string' && id));
		const named = applied.length <= MAX_IDS_LISTED && ids.every((list) => list.length === 1);
		const which = named ? applied.map((i, n) => `${i} (${String(ids[n][0])})`).join(', ') : `${ranges(applied)} (${applied.length} items)`;
		sentences.push(`Polar already applied item${applied.length > 1 ? 's' : ''} ${which}: skip ${applied.length > 1 ? 'them' : 'it'} when you run again.`);
	}
	if (failedToo.length) {
		const one = failedToo.length === 1;
		const doubt = !inDoubt.length ? '' : inDoubt.length === failedToo.length ? ` and may have been applied` : ` (${ranges(inDoubt)} may have been applied)`;
		sentences.push(`Item${one ? '' : 's'} ${ranges(failedToo)}, sent at the same time, failed too${doubt}.`);
	}
	if (notSent) sentences.push(`${notSent} item${notSent > 1 ? 's were' : ' was'} not sent.`);
	return { description: sentences.join(' '), appliedItems: ranges(applied) };
}
