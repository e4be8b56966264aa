import type { INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { generatedProperties } from '../generated/properties';
import { eventsIngestProperties } from './eventsIngest.description';
import { fileUploadProperties } from './fileUpload.description';
import { retryProperty } from './retry.description';

/** The Polar node's description: hand-written frame around the generated properties. */
export const polarNodeDescription: INodeTypeDescription = {
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
	credentials: [
		{ name: 'polarApi', required: true, displayOptions: { show: { authentication: ['accessToken'] } } },
		{ name: 'polarOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
	],
	properties: [...generatedProperties, ...eventsIngestProperties, ...fileUploadProperties, retryProperty],
};
