import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { overrides } from './actions/overrides';
import { router } from './actions/router';
import { itemsInParallelProperty } from './descriptions/itemsInParallel.description';
import { retryProperty } from './descriptions/retry.description';
import { withOverrides } from './descriptions/withOverrides';
import { generatedProperties } from './generated/properties';
import { enumLoadOptions } from './methods';
import { getOrganizations, listSearch } from './methods/listSearch';
import { credentialDescriptions } from './transport/request';

/** Every Polar API operation: a generic executor over the generated operation table, and the hand-written overrides. */
export class Polar implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Polar',
		name: 'polar',
		icon: { light: 'file:polar.svg', dark: 'file:polar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Run your Polar billing: products, checkouts, customers, subscriptions, orders, benefits, license keys, meters, usage events and more',
		defaults: { name: 'Polar' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialDescriptions(),
		properties: [...withOverrides([...generatedProperties, itemsInParallelProperty(generatedProperties)], overrides), retryProperty],
	};

	methods = {
		loadOptions: { ...enumLoadOptions, getOrganizations },
		listSearch,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
