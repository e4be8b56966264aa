import type { INodeProperties } from 'n8n-workflow';
import { PARAM } from '../params';

/**
 * "Items in Parallel": how many input items the node works on at once (actions/itemRuns.ts). It
 * shows for every resource of the generated Resource selector; descriptions/withOverrides.ts then takes it away where an override
 * runs items by its own rule (Event → Ingest in batches, File → Upload one file at a time). Its
 * default is a literal (n8n's lint reads it), which a test keeps equal to DEFAULT_ITEMS_IN_PARALLEL.
 */
export function itemsInParallelProperty(generated: INodeProperties[]): INodeProperties {
	const selector = generated.find((p) => p.name === PARAM.resource);
	const resources = ((selector?.options ?? []) as Array<{ value: string }>).map((o) => o.value);
	return {
		displayName: 'Items in Parallel',
		name: PARAM.itemsInParallel,
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 20 },
		noDataExpression: true,
		default: 5,
		description:
			'How many input items to work on at once. Requests still keep to Polar\'s rate limit, and the output keeps the input order. Set 1 when an item depends on what an earlier item changed (e.g. two updates of the same customer).',
		displayOptions: { show: { [PARAM.resource]: resources } },
	};
}
