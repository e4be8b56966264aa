import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { router } from './actions/router';
import { nodeProperties } from './descriptions/nodeProperties';
import { generatedProperties } from './generated/properties';
import { enumLoadOptions } from './methods';
import { getOrganizations, listChoices, listSearch } from './methods/listSearch';
import { credentialDescriptions } from './transport/request';

/** Every Polar API operation: a generic executor over the generated operation table, and the hand-written overrides. */
export class Polar implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Polar',
		name: 'polar',
		icon: { light: 'file:polar.svg', dark: 'file:polar.dark.svg' },
		group: ['transform'],
		version: 1,
		// "Get Many · Customer": the values' display names, which are their words except the few named here (a unit test holds every one).
		subtitle: '={{ [$parameter.operation, $parameter.resource].map((v) => ({ getAll: "Get Many", listExternal: "Get Many External", oauth2: "OAuth2", oauth2Client: "OAuth2 Client", portalCustomerMeter: "Customer Portal: Meter" })[v] || v.replace(/^portal(?=[A-Z])/, "customerPortal:").replace(/[A-Z]/g, " $&").replace(/^./, (c) => c.toUpperCase())).join(" · ") }}',
		description: 'Run your Polar billing: products, checkouts, customers, subscriptions, orders, benefits, license keys, meters, usage events and more',
		defaults: { name: 'Polar' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialDescriptions(),
		properties: nodeProperties(generatedProperties),
	};

	methods = {
		loadOptions: { ...enumLoadOptions, ...listChoices, getOrganizations },
		listSearch,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
