import type { INodeProperties } from 'n8n-workflow';
import { overrides } from '../actions/overrides';
import { itemsInParallelProperties } from './itemsInParallel.description';
import { retryProperty } from './retry.description';
import { withOverrides } from './withOverrides';

/**
 * The Polar node's properties: the generated ones and Items in Parallel, with the override table's
 * operations and fields (withOverrides.ts), then the Retry collection. One function, so that the generator's report
 * (tools/generate/report.ts) measures exactly what the node shows.
 */
export function nodeProperties(generated: INodeProperties[]): INodeProperties[] {
	return [...withOverrides([...generated, ...itemsInParallelProperties], overrides), retryProperty];
}
