/**
 * The words of every editor field: its name, a description and a placeholder. One function,
 * `fieldWords`, called wherever the generator builds a field (top-level, inside Filters or
 * Additional Fields, inside a row, and a row's type dropdown).
 *
 * - Names: naming.ts (FIELD_NAMES, ACRONYMS, CHOICE_NAMES); nothing here picks a name.
 * - Descriptions: hand-written help (the tables in this folder), looked up by the component schema
 *   that declares the property ("ProductPriceFixedCreate.price_amount"), then by operation and
 *   parameter ("orders:list.product_id"), then by property name alone (words that are the same
 *   everywhere: organization_id, metadata, …). A type dropdown's help is keyed by its union (CHOICE_HELP).
 * - Anything else gets facts generated from its schema (facts.ts): unit, limits, format, an example.
 *
 * All of it is our own words: the spec's `description`/`summary`/`title` strings are never read.
 * Descriptions are short, in sentence case, without a final period when they are one sentence
 * (n8n's convention); a boolean's says "Whether …".
 */
import { CHOICE_NAMES, FIELD_NAMES, RESOURCES } from '../naming';
import { titleCase } from '../text';
import { BENEFIT_HELP } from './benefits';
import { CHECKOUT_HELP } from './checkouts';
import { COMMON_HELP } from './common';
import { CUSTOMER_HELP } from './customers';
import { kindFacts, schemaFacts, schemaPlaceholder } from './facts';
import type { Help, HelpTable } from './helpTypes';
import { METER_HELP } from './meters';
import { PRODUCT_HELP } from './products';
import { CHOICE_HELP, SALES_HELP } from './sales';
import { join } from './sentences';

export interface FieldSubject {
	/** the spec's operationId */
	operationId: string;
	in: 'path' | 'query' | 'body';
	/** the API property name, e.g. 'price_amount' */
	api: string;
	/** component schema that declares the property, e.g. 'ProductPriceFixedCreate' (body and row fields) */
	owner?: string;
	/** API path from the body root for row fields, e.g. ['prices', 'price_amount'] */
	path?: string[];
	/** the property's resolved OpenAPI schema, for generated facts */
	schema?: unknown;
	required: boolean;
	/** how the editor edits it (a FieldKind: 'list', 'json', …): adds what that editor needs to be told */
	kind?: string;
	/** Polar marks the field deprecated */
	deprecated?: boolean;
	/** the document's component schemas, to follow `$ref`s inside `schema` (JSON examples, enum facts) */
	components?: Record<string, unknown>;
	/** for a type dropdown: the CHOICE_NAMES key of the union it chooses in (e.g. 'ProductPriceCreate') */
	union?: string;
	/** for the key or value (`api`) of a map's entry: the map's property, e.g. 'amounts' */
	mapEntry?: string;
}

export interface FieldWords {
	displayName: string;
	description?: string;
	placeholder?: string;
}

/** The operations every field of which has hand-written help (issue 19's list), by operationId; help.test.ts holds it. */
export const HELPED_OPERATIONS = [
	'products:create', 'products:update', 'products:update_benefits', 'checkouts:create', 'checkout-links:create',
	'customers:create', 'customers:update', 'customers:list', 'customers:get_state_external', 'customer-sessions:create',
	'discounts:create', 'subscriptions:update', 'subscriptions:revoke', 'subscriptions:list', 'orders:list', 'orders:invoice',
	'refunds:create', 'benefits:create', 'license_keys:validate', 'license_keys:activate', 'meters:create', 'events:ingest',
	'webhooks:create_webhook_endpoint', 'custom-fields:create', 'customer_meters:list',
];

const TABLES: HelpTable[] = [COMMON_HELP, PRODUCT_HELP, CHECKOUT_HELP, CUSTOMER_HELP, SALES_HELP, BENEFIT_HELP, METER_HELP];

/** Every hand-written entry, keyed as above; a key written twice is a mistake caught at load. */
export const HELP: Readonly<Record<string, Help>> = mergeTables(TABLES);

function mergeTables(tables: HelpTable[]): Record<string, Help> {
	const all: Record<string, Help> = {};
	for (const table of tables) {
		for (const [key, help] of Object.entries(table)) {
			if (key in all) throw new Error(`help: "${key}" is written twice`);
			all[key] = help;
		}
	}
	return all;
}

/** The hand-written help of a field, and the key it was found under. */
export function handWritten(subject: FieldSubject): { key: string; help: Help } | undefined {
	if (subject.union) {
		const help = CHOICE_HELP[subject.union];
		return help === undefined ? undefined : { key: subject.union, help };
	}
	// A map entry's key or value is named under its map ("amounts.value"), never by the bare word.
	const api = subject.mapEntry ? `${subject.mapEntry}.${subject.api}` : subject.api;
	const keys = [subject.owner && `${subject.owner}.${api}`, `${subject.operationId}.${api}`, api];
	for (const key of keys) {
		if (key && HELP[key] !== undefined) return { key, help: HELP[key] };
	}
	return undefined;
}

/** The resource an operation belongs to: its operationId minus the last part, as RESOURCES keys it. */
function resourceName(operationId: string): string | undefined {
	const parts = operationId.split(':');
	for (let n = parts.length - 1; n > 0; n--) {
		const resource = RESOURCES[parts.slice(0, n).join('.')];
		if (resource) return resource.name.replace(/^Customer Portal: /, '');
	}
	return undefined;
}

function displayNameOf(subject: FieldSubject): string {
	if (subject.union) return CHOICE_NAMES[subject.union] ?? titleCase(subject.api);
	if (subject.in === 'path' && subject.api === 'id') {
		const resource = resourceName(subject.operationId);
		if (resource) return `${resource} ID`;
	}
	const api = subject.mapEntry ? `${subject.mapEntry}.${subject.api}` : subject.api;
	const named = (subject.owner && FIELD_NAMES[`${subject.owner}.${api}`]) || FIELD_NAMES[api];
	if (named) return named;
	return titleCase(subject.api.replace(/^is_(?=[a-z])/, ''));
}

/** A hand-written placeholder that is JSON serves as a JSON field's example. */
const jsonExample = (placeholder?: string): string | undefined => (placeholder && /^[[{]/.test(placeholder) ? placeholder : undefined);

/**
 * The help of a nested field's JSON twin (Input Mode JSON): what the JSON looks like. What the field
 * is for is said once, by the field itself in Input Mode Fields.
 */
export function jsonTwinWords(subject: FieldSubject): string | undefined {
	const found = handWritten(subject);
	const placeholder = typeof found?.help === 'string' ? undefined : found?.help.placeholder;
	return join(kindFacts('json', subject.schema, subject.api, subject.components, jsonExample(placeholder)));
}

/**
 * Help of the ID in an operation's path when a resource picker fills it: one sentence for all, so
 * that the picker (a large property) is shared by the resource's operations. An operation whose ID
 * needs more said has its own entry ("orders:invoice.id").
 */
export const PICKED_ID_HELP = 'Pick it from the list, or give its ID';

export function fieldWords(subject: FieldSubject): FieldWords {
	const words: FieldWords = { displayName: displayNameOf(subject) };
	const found = handWritten(subject);
	const help = typeof found?.help === 'string' ? { description: found.help } : found?.help;
	const picked = !help && subject.in === 'path' && subject.api === 'id' && subject.kind === 'resourceLocator' ? PICKED_ID_HELP : undefined;
	const facts = help || picked ? [] : schemaFacts(subject.schema, subject.api, subject.components);
	const parts = [subject.deprecated ? 'Deprecated by Polar' : undefined, help?.description ?? picked, ...facts, ...kindFacts(subject.kind, subject.schema, subject.api, subject.components, jsonExample(help?.placeholder))];
	const description = join(parts);
	if (description) words.description = description;
	const placeholder = help?.placeholder ?? schemaPlaceholder(subject.schema, subject.api, subject.components);
	if (placeholder && subject.kind !== 'boolean' && subject.kind !== 'json') words.placeholder = placeholder;
	return words;
}
