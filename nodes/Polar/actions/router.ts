import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { operations } from '../generated/operations';
import { PARAM } from '../params';
import type { PolarClient } from '../transport/client';
import { openClient } from '../transport/client';
import { retryPolicyOfExecution } from '../transport/retry';
import { executeOperation } from './executor';
import type { Failure } from './failedItem';
import { failedItem } from './failedItem';
import { inputMessage } from './inputError';
import { DEFAULT_ITEMS_IN_PARALLEL, MAX_ITEMS_IN_PARALLEL, runItems, stopReport } from './itemRuns';
import { overrides } from './overrides';

/**
 * The item loop of the Polar node: resource + operation → the override of the operation
 * (actions/overrides/) or the table entry and the generic executor, for several items at once
 * (itemRuns.ts). Every output item is paired with its input and comes out in input order; a failed
 * item becomes the node's error with its item index, or with "Continue On Fail" an error item
 * paired the same way (failedItem.ts). An override for all items runs once instead of the loop
 * and reports its failures the same way.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const out: INodeExecutionData[] = [];
	if (!items.length) return [out];
	const authentication = this.getNodeParameter(PARAM.authentication, 0, 'accessToken') as string;
	let client: PolarClient | undefined;
	let opening: Promise<PolarClient> | undefined;
	let secrets: string[] = [];

	// One client per execution, made on first use: items and pages share its rate-limit pacing. Its
	// Retry settings are read once, from the first item (README, "Retries and writes"); a failure
	// to make it is every item's, found once.
	const getClient = async (i: number): Promise<PolarClient> => {
		if (!client) {
			try {
				opening ??= (async () => await openClient(this, authentication, retryPolicyOfExecution(this)))();
				client = await opening;
				secrets = client.connection.secrets;
			} catch (error) {
				// The Retry settings' own errors name the item they are about.
				throw error instanceof NodeOperationError ? error : new NodeOperationError(this.getNode(), (error as Error).message, { itemIndex: i });
			}
		}
		return client;
	};
	const failed = (error: unknown, failure: Failure) => failedItem(this, error, failure, secrets);

	// Resource and operation take no expressions: the first item's are every item's.
	const resource = this.getNodeParameter(PARAM.resource, 0) as string;
	const operation = this.getNodeParameter(PARAM.operation, 0) as string;
	const override = overrides[`${resource}:${operation}`];
	const applies = override && (!override.applies || override.applies(this));
	if (applies && override.scope === 'allItems') return [await override.execute(this, await getClient(0), failed)];

	const op = operations[`${resource}:${operation}`];
	const itemOverride = applies && override.scope === 'item' ? override : undefined;
	const runOne = async (i: number): Promise<INodeExecutionData[]> => {
		if (itemOverride) return await itemOverride.execute(this, await getClient(i), i);
		if (op) return await executeOperation(this, await getClient(i), op, i);
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known for the resource "${resource}"`, { itemIndex: i });
	};
	// Several items at once (Items in Parallel), each request still waiting for the pacer of the one
	// client. An item override keeps its own rule: one item at a time (File → Upload holds a file's parts).
	const parallel = itemOverride ? 1 : itemsInParallel(this);
	const stopsAtFailure = !this.continueOnFail();
	const outcomes = await runItems(items.length, parallel, runOne, stopsAtFailure);
	// Output in input order, whatever order the items finished in; without Continue On Fail the
	// first failure in input order is the node's error, naming what the other items of a write became.
	const reportsStop = stopsAtFailure && (!!itemOverride || (!!op && op.method !== 'GET'));
	for (const [i, outcome] of outcomes.entries()) {
		if (!outcome) break;
		if (outcome.ok) for (const r of outcome.output) out.push({ ...r, pairedItem: { item: i } });
		else out.push(failed(outcome.error, { itemIndex: i, stopReport: reportsStop ? stopReport(outcomes, i) : undefined }));
	}
	return [out];
}

/** Items in Parallel, read once from the first item: it shapes the whole execution. */
function itemsInParallel(ctx: IExecuteFunctions): number {
	const value = ctx.getNodeParameter(PARAM.itemsInParallel, 0, DEFAULT_ITEMS_IN_PARALLEL) as unknown;
	if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_ITEMS_IN_PARALLEL) return value as number;
	throw new NodeOperationError(ctx.getNode(), inputMessage(['Items in Parallel'], `expected a whole number from 1 to ${MAX_ITEMS_IN_PARALLEL}, got ${String(value)}`), {
		description: 'Nothing was sent.',
	});
}
