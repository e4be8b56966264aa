/**
 * The parts of an OpenAPI 3.1 document the generator reads. Prose (summaries, descriptions) is
 * deliberately absent: the generator never copies it.
 */

export interface Schema {
	$ref?: string;
	type?: string;
	format?: string;
	const?: unknown;
	enum?: unknown[];
	default?: unknown;
	deprecated?: boolean;
	readOnly?: boolean;
	anyOf?: Schema[];
	oneOf?: Schema[];
	discriminator?: { propertyName: string; mapping?: Record<string, string> };
	properties?: Record<string, Schema>;
	required?: string[];
	items?: Schema;
	additionalProperties?: Schema | boolean;
	propertyNames?: Schema;
	[keyword: string]: unknown;
}

export interface Parameter {
	$ref?: string;
	name: string;
	in: 'path' | 'query' | 'header' | 'cookie';
	required?: boolean;
	deprecated?: boolean;
	style?: string;
	schema: Schema;
}

export type SecurityRequirement = Record<string, string[]>;

export interface Operation {
	operationId: string;
	'x-speakeasy-group': string;
	'x-speakeasy-name-override': string;
	'x-polar-pagination'?: unknown;
	'x-speakeasy-pagination'?: unknown;
	deprecated?: boolean;
	security?: SecurityRequirement[];
	parameters?: Parameter[];
	requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
	responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type PathItem = Partial<Record<HttpMethod, Operation>>;

export interface OpenApiDocument {
	info: { version: string };
	servers: Array<{ url: string; 'x-polar-environment'?: string; 'x-speakeasy-server-id'?: string }>;
	paths: Record<string, PathItem>;
	components: { schemas: Record<string, Schema>; parameters?: Record<string, Parameter> };
	webhooks?: Record<string, unknown>;
}
