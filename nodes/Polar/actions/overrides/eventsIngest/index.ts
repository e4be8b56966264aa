import type { AllItemsOverride } from '../types';
import { eventsIngestDescription } from './eventsIngest.description';
import { ingestInBatches } from './eventsIngest.execute';

/** Event → Ingest with one event per item: all items at once, in batches. The "A List of Events per Item" mode is the generic operation. */
export const eventsIngest: AllItemsOverride = {
	scope: 'allItems',
	description: eventsIngestDescription,
	applies: (ctx) => ctx.getNodeParameter('ingestMode', 0, 'json') === 'itemPerEvent',
	execute: ingestInBatches,
};
