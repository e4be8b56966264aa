import type { IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { receiveDelivery } from './trigger/delivery';
import { polarTriggerDescription } from './trigger/description';
import { checkExists, create, getOrganizations, remove } from './trigger/lifecycle';

export class PolarTrigger implements INodeType {
	description: INodeTypeDescription = polarTriggerDescription;

	methods = {
		loadOptions: { getOrganizations },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await remove.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery.call(this);
	}
}
