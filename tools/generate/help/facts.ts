/**
 * Facts a field's help can state from its schema alone: unit (cents, basis points), limits,
 * format, an example. Read from the keywords that constrain a value (type, format, minimum, …),
 * never from the spec's prose.
 */
import type { Schema } from '../openapi';
import { exampleOf, isMoney, resolveIn, withoutNull } from './schemaWalk';

/** Bounds that only say "a 32-bit integer" or "a very large amount": no use to a person. */
const NO_LIMIT = 2147483647;

const FORMAT_FACTS: Record<string, string> = {
	uri: 'A full URL, starting with https://',
	date: 'A date (YYYY-MM-DD)',
	ipvanyaddress: 'An IPv4 or IPv6 address',
};

/** Formats whose placeholder already shows what the fact would say (e.g. https://example.com): the fact is left out of a plain text field. */
const SHOWN_BY_PLACEHOLDER = new Set(['uri', 'date']);

const FORMAT_PLACEHOLDERS: Record<string, string> = {
	email: 'name@email.com',
	uri: 'e.g. https://example.com',
	date: 'e.g. 2026-12-31',
	ipvanyaddress: 'e.g. 203.0.113.7',
};

const PATTERN_FACTS: Record<string, string> = {
	'^[a-z0-9-_]+$': 'Lowercase letters, digits, - and _ only',
};

const LIST_FACTS: Record<string, string> = {
	uuid: 'Comma-separated IDs',
	uuid4: 'Comma-separated IDs',
	'date-time': 'Comma-separated dates and times (ISO 8601)',
};

/** The longest JSON example a description carries; a deeper one is cut to fewer levels. */
const MAX_EXAMPLE = 160;

function numberFacts(s: Schema, api: string): string[] {
	if (isMoney(api, s)) return ['In cents (1900 = 19.00)'];
	if (api === 'basis_points') return ['In basis points (1000 = 10 %)'];
	const integer = s.type === 'integer';
	const min = typeof s.minimum === 'number' && s.minimum > -NO_LIMIT ? s.minimum
		: typeof s.exclusiveMinimum === 'number' ? (integer ? s.exclusiveMinimum + 1 : undefined) : undefined;
	const max = typeof s.maximum === 'number' && s.maximum < NO_LIMIT ? s.maximum : undefined;
	if (min !== undefined && max !== undefined) return [`From ${min} to ${max}`];
	if (max !== undefined) return [`At most ${max}`];
	if (min !== undefined && min > 0) return [`At least ${min}`];
	if (!integer && s.exclusiveMinimum === 0) return ['More than 0'];
	return [];
}

function stringFacts(s: Schema): string[] {
	const facts: string[] = [];
	if (s.format && FORMAT_FACTS[s.format] && !SHOWN_BY_PLACEHOLDER.has(s.format)) facts.push(FORMAT_FACTS[s.format]);
	if (typeof s.pattern === 'string' && PATTERN_FACTS[s.pattern]) facts.push(PATTERN_FACTS[s.pattern]);
	const min = typeof s.minLength === 'number' && s.minLength > 1 ? s.minLength : undefined;
	const max = typeof s.maxLength === 'number' && s.format !== 'uri' ? s.maxLength : undefined;
	if (min !== undefined && max !== undefined) facts.push(`${min} to ${max} characters`);
	else if (max !== undefined) facts.push(`Up to ${max} characters`);
	else if (min !== undefined) facts.push(`At least ${min} characters`);
	return facts;
}

function mapFacts(s: Schema, components?: Record<string, unknown>): string[] {
	const facts: string[] = [];
	if (typeof s.maxProperties === 'number') facts.push(`Up to ${s.maxProperties} entries`);
	const keys = s.propertyNames && resolveIn(s.propertyNames, components);
	if (keys && typeof keys.maxLength === 'number') facts.push(`keys of up to ${keys.maxLength} characters`);
	return facts.length ? [facts.join(', ')] : [];
}

/** How a string union reads: "a date and time (ISO 8601), or now". */
function alternatives(members: Schema[]): string | undefined {
	const words = members.map((m) => (m.const !== undefined ? String(m.const)
		: m.format === 'date-time' ? 'a date and time (ISO 8601)'
			: m.format && FORMAT_FACTS[m.format] ? FORMAT_FACTS[m.format].replace(/^A/, 'a') : undefined));
	if (words.some((w) => w === undefined)) return undefined;
	const text = `${words.slice(0, -1).join(', ')}, or ${words[words.length - 1]}`;
	return text[0].toUpperCase() + text.slice(1);
}

/** The facts the schema states about a value, as sentences. */
export function schemaFacts(schema: unknown, api: string, components?: Record<string, unknown>): string[] {
	const members = withoutNull(schema as Schema | undefined, components);
	if (members.length === 0) return resolveIn(schema as Schema | undefined, components)?.type === 'null' ? ['Only null is accepted: leave it empty'] : [];
	if (members.length > 1) {
		if (members.every((m) => m.type === 'string')) return [alternatives(members)].filter((x): x is string => !!x);
		const scalar = members.find((m) => ['string', 'integer', 'number'].includes(m.type as string));
		return scalar && members.length === 2 && members.some((m) => m.type === 'array') ? schemaFacts(scalar, api, components) : [];
	}
	const s = members[0];
	if (s.enum || s.const !== undefined) return [];
	if (s.type === 'integer' || s.type === 'number') return numberFacts(s, api);
	if (s.type === 'string') return stringFacts(s);
	if (s.type === 'array' && typeof s.maxItems === 'number') return [`Up to ${s.maxItems} items`];
	if (s.type === 'object' && s.additionalProperties && !s.properties) return mapFacts(s, components);
	return [];
}

/**
 * What the editor kind needs said: the separator of a list, an example of JSON (the hand-written
 * one when there is one, else one built from the schema). The Input Mode's own help says that JSON
 * is checked before sending, so a JSON field with an example does not repeat it.
 */
export function kindFacts(kind: string | undefined, schema: unknown, api: string, components?: Record<string, unknown>, example?: string): string[] {
	if (kind === 'list') {
		const members = withoutNull(schema as Schema | undefined, components);
		const array = members.find((m) => m.type === 'array');
		const item = array?.items ? resolveIn(array.items, components) : members[0];
		return [(item?.format && LIST_FACTS[item.format]) || 'Comma-separated values'];
	}
	if (kind === 'json') {
		if (example) return [`JSON, e.g. ${example}`];
		for (let depth = 4; depth > 0; depth--) {
			const built = JSON.stringify(exampleOf(schema as Schema | undefined, api, components, depth));
			if (built === '{}' || built === '[]') break;
			if (built !== undefined && built.length <= MAX_EXAMPLE) return [`JSON, e.g. ${built}`];
		}
		return ['JSON, checked before sending'];
	}
	return [];
}

/** An example to show in an empty text field, where the format has a telling one. */
export function schemaPlaceholder(schema: unknown, api: string, components?: Record<string, unknown>): string | undefined {
	const members = withoutNull(schema as Schema | undefined, components);
	const s = members.find((m) => m.type === 'string');
	if (api === 'email' || api.endsWith('_email')) return FORMAT_PLACEHOLDERS.email;
	return s?.format ? FORMAT_PLACEHOLDERS[s.format] : undefined;
}
