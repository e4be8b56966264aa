/**
 * The words of every editor field: display name, help text and placeholder. One function, so every
 * place that builds a field property (top-level fields, fields inside a group or a row, the type
 * choice of a row) asks the same table. This is the minimal version: the display name is the API
 * name in title case and there is no help text yet; the help tables keyed by owner schema and
 * property replace it.
 */
import { titleCase } from '../text';

/** One field as the help table looks it up. */
export interface FieldSubject {
	/** the spec's operationId */
	operationId: string;
	in: 'path' | 'query' | 'body';
	/** the API property name, e.g. 'price_amount' */
	api: string;
	/**
	 * component schema that declares the property, e.g. 'ProductPriceFixedCreate' (body and row fields);
	 * for the type choice of a union, the union's component name when it has one (e.g. 'ProductPriceCreate')
	 */
	owner?: string;
	/** API path from the body root for row fields, e.g. ['prices', 'price_amount'] */
	path?: string[];
	/** the property's resolved OpenAPI schema, for generated facts */
	schema?: unknown;
	required: boolean;
}

export interface FieldWords {
	displayName: string;
	description?: string;
	placeholder?: string;
}

export function fieldWords(subject: FieldSubject): FieldWords {
	return { displayName: titleCase(subject.api) };
}
