import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { getOrganizations } from './methods/listSearch';
import { receiveDelivery } from './trigger/delivery';
import { checkPastedSecret } from './trigger/pastedSecret';
import { triggerProperties } from './trigger/description';
import { checkExists, create, remove } from './trigger/lifecycle';

export class PolarTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Polar Trigger',
		name: 'polarTrigger',
		icon: { light: 'file:polar.svg', dark: 'file:polar.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow when Polar sends a webhook event (orders, subscriptions, customers, checkouts, benefits…)',
		defaults: { name: 'Polar Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Only automatic registration talks to Polar; a pasted secret is kept in a credential of its
		// own. Written out (not built from credentialDescriptions) because n8n's lint reads this
		// literal to see that the secret's credential is tested; a unit test keeps the two equal.
		credentials: [
			{ name: 'polarApi', required: true, displayOptions: { show: { authentication: ['accessToken'], registration: ['automatic'] } } },
			{ name: 'polarOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'], registration: ['automatic'] } } },
			{ name: 'polarWebhookSecretApi', required: true, displayOptions: { show: { registration: ['manual'] } }, testedBy: 'polarWebhookSecretTest' },
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// Answer at once: Polar gives up after about 10 seconds and counts that as a failure.
				responseMode: 'onReceived',
				// Empty, so n8n sends the small acknowledgement webhook() returns instead of the event.
				responseData: '',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	methods = {
		loadOptions: { getOrganizations },
		credentialTest: {
			async polarWebhookSecretTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
				return checkPastedSecret(credential.data?.secret);
			},
		},
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
