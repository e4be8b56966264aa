import { eventsIngest } from './eventsIngest';
import { fileUpload } from './fileUpload';
import type { Override } from './types';

/**
 * The hand-written operations and modes of the Polar node, keyed "resource:operation" (the node's
 * parameter values): what the generated table cannot express. Each lives in its own folder, its
 * editor fields beside its code; adding one is that folder and one line here. The router runs
 * the override of an operation, or the generic executor when there is none (or it does not apply);
 * descriptions/withOverrides.ts adds their fields to the editor.
 */
export const overrides: Record<string, Override> = {
	'event:ingest': eventsIngest,
	'file:upload': fileUpload,
};
