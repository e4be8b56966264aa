/**
 * Names of the parameters the Polar node defines itself, beside the API fields of the operation
 * table: the generator writes properties with these names and the runtime reads them, so both
 * import them from here. They are a contract with saved workflows: never rename one without a node
 * version bump. An API field whose name would clash with one gets a prefix (tools/generate/model.ts).
 */
export const PARAM = {
	resource: 'resource',
	operation: 'operation',
	authentication: 'authentication',
	returnAll: 'returnAll',
	limit: 'limit',
	filters: 'filters',
	additionalFields: 'additionalFields',
	options: 'options',
	sessionToken: 'sessionToken',
	bodyVariant: 'bodyVariant',
	sort: 'sort',
	retry: 'retry',
	portalAuth: 'portalAuth',
	portalCustomerId: 'portalCustomerId',
	portalExternalCustomerId: 'portalExternalCustomerId',
	portalMemberId: 'portalMemberId',
	simplify: 'simplify',
	download: 'download',
	inputMode: 'inputMode',
	itemsInParallel: 'itemsInParallel',
} as const;

/** What the editor calls the Sort By filter (PARAM.sort), so a message about `sorting` names it alike. */
export const SORT_LABEL = 'Sort By';

/** Values of the Input Mode parameter of operations with nested inputs (groups, rows, typed maps). */
export const INPUT_MODE = { fields: 'fields', json: 'json' } as const;

/** The n8n parameter of a nested field's JSON twin, shown instead of its fields in Input Mode JSON. */
export const jsonParam = (param: string): string => `${param}Json`;

/** Options of the "Options" collection of list operations. */
export const OPTION = {
	pageConcurrency: 'pageConcurrency',
} as const;
