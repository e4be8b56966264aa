import type { INodeProperties } from 'n8n-workflow';
import { authenticationProperty } from '../descriptions/operation.description';
import { systemEventOptions } from './systemEvents';

/** The poll trigger's parameters; n8n adds Poll Times itself (the node declares `polling: true`). */
export const pollTriggerProperties: INodeProperties[] = [
	{
		displayName:
			'Reads Polar\'s event log on the schedule below: no public URL needed. Each event starts the workflow once, oldest first. For instant delivery where Polar can reach n8n over https, use the Polar Trigger.',
		name: 'pollNotice',
		type: 'notice',
		default: '',
	},
	{ ...authenticationProperty, noDataExpression: true },
	{
		displayName: 'Organization Name or ID',
		name: 'organizationId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getOrganizations', loadOptionsDependsOn: ['authentication'] },
		default: '',
		description:
			'Only events of this organization. Needed with a personal access token or OAuth2, which can reach several organizations; an organization access token implies its own. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: systemEventOptions,
		default: [],
		required: true,
		description: 'The system events of Polar\'s event log that start the workflow',
	},
	{
		displayName: 'Start From',
		name: 'startFrom',
		type: 'dateTime',
		default: '',
		description:
			'Leave empty to start when the workflow is activated (no history). Set a date to also emit every matching event after it, once, when the workflow is activated.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Include Full Object',
				name: 'includeObject',
				type: 'boolean',
				default: false,
				description:
					'Whether to fetch the order, subscription, customer, checkout, benefit grant or meter the event is about into "data" (one request per event), as a webhook delivers it',
			},
		],
	},
];
