import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { router } from './actions/router';
import { polarNodeDescription } from './descriptions/node.description';
import { enumLoadOptions } from './methods';
import { getOrganizations, listSearch } from './methods/listSearch';

export class Polar implements INodeType {
	description: INodeTypeDescription = polarNodeDescription;

	methods = {
		loadOptions: { ...enumLoadOptions, getOrganizations },
		listSearch,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
