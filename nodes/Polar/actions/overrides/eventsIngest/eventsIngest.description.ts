import type { INodeProperties } from 'n8n-workflow';
import type { OverrideDescription } from '../types';
import { MAX_EVENTS_PER_REQUEST } from './eventsIngest.execute';

/** Shown in batch mode only; each property also shows only for Event → Ingest (withOverrides.ts). */
const batchMode = { show: { ingestMode: ['itemPerEvent'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Events per Item',
		name: 'ingestMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'One Event per Item (Batched)', value: 'itemPerEvent', description: `Each input item is one event; items are sent up to ${MAX_EVENTS_PER_REQUEST} per request` },
			{ name: 'A List of Events per Item', value: 'json', description: 'Each input item sends its own list of events: rows, or JSON in Input Mode JSON' },
		],
		default: 'itemPerEvent',
		description: 'How the input items become events',
	},
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. api_call',
		description: 'Name of the event, which meters filter on',
		displayOptions: batchMode,
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
		description: 'Find the customer by your own (external) ID or by Polar\'s',
		displayOptions: batchMode,
	},
	{
		displayName: 'Customer',
		name: 'eventCustomer',
		type: 'string',
		required: true,
		default: '',
		description: 'Your customer ID, or Polar\'s, as chosen above',
		displayOptions: batchMode,
	},
	{
		displayName: 'Event Fields',
		name: 'eventFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: batchMode,
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
				description: 'Key/value data of the event; meters can filter on it and add it up',
				options: [
					{
						displayName: 'Entry',
						name: 'entries',
						values: [
							{ displayName: 'Key', name: 'key', type: 'string', default: '', description: 'Up to 40 characters' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Text, a number, or true/false' },
						],
					},
				],
			},
			{ displayName: 'Organization ID', name: 'organizationId', type: 'string', default: '', description: 'Needed with personal or OAuth2 tokens' },
			{ displayName: 'Parent Event ID', name: 'parentId', type: 'string', default: '', description: 'ID of an earlier event this one belongs to' },
			{ displayName: 'Timestamp', name: 'timestamp', type: 'dateTime', default: '', description: 'When it happened; empty means now' },
		],
	},
];

/**
 * Event → Ingest in batch mode: one usage event per input item, sent in batches. The generated
 * "Events" rows (or their JSON twin) stay for the other mode (one request per item with its own event list).
 */
export const eventsIngestDescription: OverrideDescription = {
	properties,
	generatedFieldsShow: { ingestMode: ['json'] },
};
