/**
 * Shapes of the generated operation table (nodes/Polar/generated/operations.ts) and of the compact
 * schemas. The generator writes data in these shapes; the executor reads it.
 */

/** How a field is edited in n8n and converted into the request. */
export type FieldKind =
	| 'string'
	| 'number'
	| 'boolean'
	| 'dateTime'
	| 'options'
	| 'multiOptions'
	/** comma-separated values sent as an array (or repeated query keys) */
	| 'list'
	/** metadata: key/value pairs sent as an object (or deepObject query keys) */
	| 'keyValue'
	/** JSON text validated against `schema` */
	| 'json'
	/** not shown: a constant the API requires (e.g. payment_processor "stripe") */
	| 'fixed';

/**
 * Where the editor shows a field, decided once by the generator: required fields up front, the
 * optional query filters of a read in "Filters", every other optional field in "Additional Fields".
 */
export type EditorSlot = 'top' | 'filters' | 'additionalFields';

export interface PolarField {
	/** name in the API */
	api: string;
	/** name of the n8n parameter */
	param: string;
	in: 'path' | 'query' | 'body';
	kind: FieldKind;
	required: boolean;
	/** where the editor shows it, so where its value is read from */
	slot: EditorSlot;
	fixed?: unknown;
	/** Polar marks the field deprecated (still accepted) */
	deprecated?: boolean;
	options?: Array<string | number | boolean>;
	/** name of a large enum in generated/enums.ts */
	optionsRef?: string;
	format?: string;
	itemFormat?: string;
	integer?: boolean;
	/** resource picker name (see tools/generate/behaviour/pickers.ts); the value may come as a resource-locator object */
	locator?: string;
	/** the API takes one value or a list */
	oneOrMany?: boolean;
	deepObject?: boolean;
	/** body variants (union branches) that have this field; absent = all */
	variants?: string[];
	schema?: CompactSchema;
}

export type PaginationKind = 'page' | 'pageOrCursor' | 'none';

export interface PolarOperation {
	/** the spec's operationId */
	id: string;
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** path template, e.g. /v1/products/{id} */
	path: string;
	/** token: the credential; public: no token; session: a customer or member session token */
	auth: 'token' | 'public' | 'session';
	scopes: string[];
	pagination: PaginationKind;
	response: 'json' | 'csv' | 'empty';
	/** the values `sorting` takes (a field, or `-field` for descending), when the operation sorts */
	sort?: string[];
	/** "Simplify" of a read: the fields kept */
	simplify?: string[];
	/** the reply links to a PDF the node can download */
	download?: 'invoice' | 'receipt';
	fields: PolarField[];
	body?: {
		contentType: string;
		schema: CompactSchema;
		/** value '' for a plain body; otherwise the values of the "Action" (bodyVariant) parameter, each with its branch schema */
		variants: Array<{ value: string; schema?: CompactSchema }>;
	};
}

/** The JSON Schema subset kept by the generator. */
export interface CompactSchema {
	$ref?: string;
	type?: string;
	format?: string;
	const?: unknown;
	enum?: unknown[];
	minLength?: number;
	maxLength?: number;
	pattern?: string;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	exclusiveMaximum?: number;
	minItems?: number;
	maxItems?: number;
	minProperties?: number;
	maxProperties?: number;
	required?: string[];
	properties?: Record<string, CompactSchema>;
	additionalProperties?: CompactSchema | boolean;
	propertyNames?: CompactSchema;
	items?: CompactSchema;
	anyOf?: CompactSchema[];
	discriminator?: { propertyName: string; mapping: Record<string, string> };
}
