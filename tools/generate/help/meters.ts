/** Help of usage billing: Meter → Create (filter, aggregation) and Event → Ingest. */
import type { HelpTable } from './helpTypes';

const METER: HelpTable = {
	'MeterCreate.name': { description: 'Name of the meter, shown to customers on invoices and in the portal (at least 3 characters)', placeholder: 'e.g. API calls' },
	'MeterCreate.unit': 'What the quantity counts: a plain number, AI tokens, or your own unit (Custom)',
	'MeterCreate.custom_label': { description: 'With the Custom unit: what one unit is called', placeholder: 'e.g. request' },
	'MeterCreate.custom_multiplier': { description: 'With the Custom unit: show quantities per this many units, e.g. 1000 to price per 1000 requests', placeholder: 'e.g. 1000' },
	'MeterCreate.filter': 'Which events the meter counts: the conditions an ingested event must meet',
	'MeterCreate.aggregation': 'How the matching events become one quantity per period',
	'Filter.conjunction': 'Whether an event must meet all the conditions, or any one of them',
	'Filter.clauses': 'The conditions, one row each',
	'FilterClause.property': { description: 'The event field to test: name, or metadata.KEY for one of your metadata keys', placeholder: 'e.g. name' },
	'FilterClause.operator': 'How the field is compared with the value',
	'FilterClause.value': { description: 'The value to compare with: text, a whole number, or true/false', placeholder: 'e.g. api_call' },
	'PropertyAggregation.func': 'What to compute over the matching events\' values',
	'PropertyAggregation.property': { description: 'The event field the function reads, usually metadata.KEY', placeholder: 'e.g. metadata.tokens' },
	'UniqueAggregation.property': { description: 'The event field the function reads, usually metadata.KEY', placeholder: 'e.g. metadata.tokens' },
};

const EVENTS: HelpTable = {
	'EventsIngest.events': 'The usage events to record',
	'events:ingest.name': { description: 'Name of the event, which meters filter on', placeholder: 'e.g. api_call' },
	'events:ingest.external_id': { description: 'Your own unique ID of the event; Polar ignores an event whose ID it already has', placeholder: 'e.g. req_8f2c' },
	'events:ingest.parent_id': 'ID of an earlier event this one belongs to, to group related events',
	'events:ingest.metadata': 'Key/value data of the event, e.g. tokens: 1200; meters can filter on it and add it up',
	'EventMetadataInput._cost': 'What the event cost you, for Polar\'s cost and margin metrics',
	'EventMetadataInput._llm': 'The AI model call the event stands for, for Polar\'s AI usage metrics',
	'CostMetadata-Input.amount': { description: 'The cost in cents; decimals allowed (0.5 = half a cent)', placeholder: 'e.g. 0.25' },
	'CostMetadata-Input.currency': 'Currency of the cost; only USD for now',
	'LLMMetadata.vendor': { description: 'Who provides the model', placeholder: 'e.g. openai' },
	'LLMMetadata.model': { description: 'The model called', placeholder: 'e.g. gpt-4o' },
	'LLMMetadata.prompt': 'The text sent to the model, if you want it kept',
	'LLMMetadata.response': 'The text the model answered, if you want it kept',
	'LLMMetadata.input_tokens': 'Tokens sent to the model',
	'LLMMetadata.cached_input_tokens': 'Of the input tokens, those served from the provider\'s cache',
	'LLMMetadata.output_tokens': 'Tokens the model produced',
	'LLMMetadata.total_tokens': 'Input and output tokens together',
};

export const METER_HELP: HelpTable = { ...METER, ...EVENTS };
