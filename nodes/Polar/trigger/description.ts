import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';
import { authenticationProperty } from '../descriptions/operation.description';
import { credentialDescriptions } from '../transport/request';
import { eventOptions } from './events';

/** Parameter values the trigger's code reads; kept here so code and description cannot drift. */
export const REGISTRATION = { automatic: 'automatic', manual: 'manual' } as const;
export type Registration = (typeof REGISTRATION)[keyof typeof REGISTRATION];

/** The credential that holds a pasted endpoint secret (Existing Endpoint), so it stays out of the workflow's JSON. */
export const WEBHOOK_SECRET_CREDENTIAL = 'polarWebhookSecretApi';

const automaticOnly = { show: { registration: [REGISTRATION.automatic] } };
const manualOnly = { show: { registration: [REGISTRATION.manual] } };

/** What the trigger's description must list as credentials (its literal is checked against this). */
export function expectedTriggerCredentials(): INodeCredentialDescription[] {
	return [
		...credentialDescriptions({ registration: [REGISTRATION.automatic] }),
		{ name: WEBHOOK_SECRET_CREDENTIAL, required: true, displayOptions: { show: { registration: [REGISTRATION.manual] } }, testedBy: 'polarWebhookSecretTest' },
	];
}

/** The trigger's parameters (the node class holds the rest of its description). */
export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Endpoint Registration',
		name: 'registration',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Automatic',
				value: REGISTRATION.automatic,
				description: 'Create the webhook endpoint on Polar when the workflow is activated and delete it when deactivated (the token needs webhooks:write)',
			},
			{
				name: 'Existing Endpoint',
				value: REGISTRATION.manual,
				description: 'Use an endpoint you created in the Polar dashboard; no API calls are made',
			},
		],
		default: 'automatic',
	},
	{ ...authenticationProperty, noDataExpression: true, displayOptions: automaticOnly },
	{
		displayName:
			'In the Polar dashboard, create a webhook endpoint with format "Raw" and this node\'s Production URL (or Test URL while testing), choose its events, then put its secret in a Polar Webhook Secret credential above',
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: manualOnly,
	},
	{
		displayName: 'Organization Name or ID',
		name: 'organizationId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOrganizations', loadOptionsDependsOn: ['authentication'] },
		default: '',
		description:
			'Needed with a personal access token or OAuth2, which can reach several organizations; an organization access token implies its own. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: automaticOnly,
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: eventOptions,
		default: [],
		required: true,
		description: 'Deliveries of other events are acknowledged without starting the workflow',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Include Headers',
				name: 'includeHeaders',
				type: 'boolean',
				default: false,
				description: 'Whether to add the delivery\'s HTTP headers to the output (credentials and cookies are left out)',
			},
		],
	},
];
