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
	/** a map: key/value rows sent as an object (or deepObject query keys); `form` types key and value, else both are text */
	| 'keyValue'
	/** JSON text validated against `schema` */
	| 'json'
	/** a flat object: one group of fields (`form`), sent as an object */
	| 'group'
	/** a list of small objects: repeatable rows of fields (`form`), sent as a list */
	| 'rows'
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
	/** name of the n8n parameter (inside a row or group: the name within it) */
	param: string;
	/**
	 * the field's name as the editor shows it (from tools/generate/help fieldWords), so that every
	 * message about the field (a bad value before sending, Polar's 422 after) uses the editor's words;
	 * fields inside groups and rows carry theirs in `form`. actions/inputError.ts `editorPath()` turns an
	 * API path (`prices[1].price_amount`, a 422's `loc`) into these names: Prices → item 2 → Price Amount.
	 */
	label: string;
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
	/**
	 * resource picker name (see tools/generate/behaviour/pickers.ts): a single ID's value may come as a
	 * resource-locator object; a list of IDs is a multi-select filled by the same list
	 */
	locator?: string;
	/** the API takes one value or a list */
	oneOrMany?: boolean;
	deepObject?: boolean;
	/** body variants (union branches) that have this field; inside a form, the values of its `choice`; absent = all */
	variants?: string[];
	schema?: CompactSchema;
	/** group, rows and typed maps: the fields inside (see PolarForm) */
	form?: PolarForm;
	/**
	 * the field also has a JSON twin (param `jsonParam(param)`, params.ts) shown instead when Input
	 * Mode is JSON; both build the same value, checked against `schema`
	 */
	jsonTwin?: boolean;
}

/**
 * The editor fields of a nested input: one fixedCollection option (`option`) whose values are
 * `fields`. Inside, `slot` 'top' means shown in the row itself, 'additionalFields' in the row's own
 * "Additional Fields" collection (optional numbers, yes/no fields and choices without a schema
 * default: a shown number or switch would be sent, an empty choice shows as an error). For a map (kind keyValue), the fields are `key` and `value`.
 */
export interface PolarForm {
	option: string;
	fields: PolarField[];
	/** a union: the row's type choice; each field lists in `variants` the choices that show it */
	choice?: PolarChoice;
}

/** The type choice of a row or group whose value is one of several shapes (a price's type, an aggregation's function). */
export interface PolarChoice {
	param: string;
	label: string;
	/** what choosing each value adds to the object (the discriminator: amount_type "fixed"); nothing for an untagged union */
	options: Array<{ value: string; sends?: Record<string, unknown> }>;
	/** the schema's default choice, if any; otherwise the choice starts empty and must be made */
	default?: string;
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
		/** value '' for a plain body; otherwise the values of the shape choice (bodyVariant parameter), each with its branch schema */
		variants: Array<{ value: string; schema?: CompactSchema }>;
		/** of several shapes: the choice's name in the editor, and the shape preselected (only where Polar has a default) */
		label?: string;
		default?: string;
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
