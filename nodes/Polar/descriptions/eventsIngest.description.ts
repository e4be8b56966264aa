import type { INodeProperties } from 'n8n-workflow';
import { MAX_EVENTS_PER_REQUEST } from '../actions/overrides/eventsIngest';

const show = (extra: Record<string, string[]> = {}) => ({ show: { resource: ['event'], operation: ['ingest'], ...extra } });

/**
 * Event → Ingest in batch mode: one usage event per input item, sent in batches. The generated
 * "Events" JSON field stays for the other mode (one request per item with its own event list).
 */
export const eventsIngestProperties: INodeProperties[] = [
	{
		displayName: 'Input Mode',
		name: 'ingestMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'One Event per Item (Batched)', value: 'itemPerEvent', description: `Each input item is one event; items are sent up to ${MAX_EVENTS_PER_REQUEST} per request` },
			{ name: 'Events JSON per Item', value: 'json', description: 'Each input item sends its own JSON list of events' },
		],
		default: 'itemPerEvent',
		displayOptions: show(),
	},
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. api_call',
		displayOptions: show({ ingestMode: ['itemPerEvent'] }),
	},
	{
		displayName: 'Customer By',
		name: 'eventCustomerBy',
		type: 'options',
		options: [
			{ name: 'External Customer ID', value: 'externalCustomerId' },
			{ name: 'Customer ID', value: 'customerId' },
		],
		default: 'externalCustomerId',
		displayOptions: show({ ingestMode: ['itemPerEvent'] }),
	},
	{
		displayName: 'Customer',
		name: 'eventCustomer',
		type: 'string',
		required: true,
		default: '',
		description: 'Your customer ID, or Polar\'s, as chosen above',
		displayOptions: show({ ingestMode: ['itemPerEvent'] }),
	},
	{
		displayName: 'Event Fields',
		name: 'eventFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show({ ingestMode: ['itemPerEvent'] }),
		options: [
			{ displayName: 'Batch Size', name: 'batchSize', type: 'number', typeOptions: { minValue: 1, maxValue: MAX_EVENTS_PER_REQUEST }, default: MAX_EVENTS_PER_REQUEST, description: 'Events per request' },
			{ displayName: 'External Event ID', name: 'externalId', type: 'string', default: '', description: 'Your unique ID of the event; Polar skips duplicates' },
			{
				displayName: 'Metadata',
				name: 'metadata',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Entry',
				default: {},
				options: [
					{
						displayName: 'Entry',
						name: 'entries',
						values: [
							{ displayName: 'Key', name: 'key', type: 'string', default: '' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
			{ displayName: 'Organization ID', name: 'organizationId', type: 'string', default: '', description: 'Needed with personal or OAuth2 tokens' },
			{ displayName: 'Parent Event ID', name: 'parentId', type: 'string', default: '' },
			{ displayName: 'Timestamp', name: 'timestamp', type: 'dateTime', default: '', description: 'When it happened; empty means now' },
		],
	},
];
