import type { INodeProperties } from 'n8n-workflow';
import { PARAM } from '../params';

const itemsInParallel: INodeProperties = {
	displayName: 'Items in Parallel',
	name: PARAM.itemsInParallel,
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 20 },
	noDataExpression: true,
	default: 5,
	description: 'How many input items to work on at once, within Polar\'s rate limit; output keeps the input order. Set 1 when an item depends on an earlier one.',
};

/**
 * "Items in Parallel": how many input items the node works on at once (actions/itemRuns.ts). It
 * shows for every operation but where an override runs all items by its own rule: File → Upload
 * (one file at a time) and Event → Ingest with one event per item (batched). n8n hides a property
 * when any one `hide` rule matches, but it judges every rule against all parameters' defaults too,
 * so a rule on `ingestMode` (default: batched) would hide it everywhere. Hence two copies: one
 * hidden for those two operations, one shown for Event → Ingest's list-per-item mode. Its default
 * is a literal (n8n's lint reads it), which a test keeps equal to DEFAULT_ITEMS_IN_PARALLEL.
 */
export const itemsInParallelProperties: INodeProperties[] = [
	{ ...itemsInParallel, displayOptions: { hide: { [PARAM.operation]: ['upload', 'ingest'] } } },
	{ ...itemsInParallel, displayOptions: { show: { [PARAM.resource]: ['event'], [PARAM.operation]: ['ingest'], ingestMode: ['json'] } } },
];
