/** The generator's model of the API: what model.ts decides and the writers (properties.ts, files.ts) read. */
import type { CompactSchema, PaginationKind, PolarField, PolarOperation } from '../../nodes/Polar/types';
import type { Schema } from './openapi';

/** One API field as the generator knows it: the table's facts plus what only the editor needs. */
export interface ModelField extends PolarField {
	/** the schema's default, shown as the parameter's default where its kind allows */
	default?: unknown;
	union?: boolean;
	/** the component schema that declares a body field (a union branch, or the body's own schema) */
	owner?: string;
	/** the field's OpenAPI schema, for the facts its help states (help/) */
	apiSchema?: Schema;
}

export interface BodyVariant {
	value: string;
	name: string;
	schema?: CompactSchema;
}

export interface ModelOperation {
	id: string;
	resource: string;
	operation: string;
	name: string;
	action: string;
	method: PolarOperation['method'];
	path: string;
	auth: PolarOperation['auth'];
	sessionKinds?: string[];
	scopes: string[];
	pagination: PaginationKind;
	/** the values `sorting` takes, when the operation sorts */
	sort?: string[];
	response: PolarOperation['response'];
	download?: PolarOperation['download'];
	simplify?: string[];
	deprecated?: boolean;
	fields: ModelField[];
	body?: {
		contentType: string;
		required: boolean;
		schema: CompactSchema;
		variants: BodyVariant[];
		/** with several variants: the key of the choice between them in naming.ts CHOICE_NAMES (union schema or operationId) */
		union?: string;
	};
}
