import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { getOrganizations } from './methods/listSearch';
import { pollTriggerProperties } from './poll/description';
import { pollEventLog } from './poll/poll';
import { credentialDescriptions } from './transport/request';

/**
 * Polar's events delivered by polling its event log: a node of its own rather than a mode of the
 * Polar Trigger, because n8n decides per node type whether a trigger polls (`polling`, Poll Times)
 * or registers webhooks (`webhookMethods`), and a node with both would do both.
 */
export class PolarPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Polar Poll Trigger',
		name: 'polarPollTrigger',
		icon: { light: 'file:polar.svg', dark: 'file:polar.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow for new events in Polar\'s event log (orders, subscriptions, customers, benefits…), without a public URL',
		defaults: { name: 'Polar Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: credentialDescriptions(),
		properties: pollTriggerProperties,
	};

	methods = {
		loadOptions: { getOrganizations },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollEventLog.call(this);
	}
}
