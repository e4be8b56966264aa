import type { CompactSchema } from '../types';

/** One problem found in a value, with the path of the offending part (e.g. `prices[0].amount_type`). */
export interface SchemaIssue {
	path: string;
	message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

/**
 * Allowed values as an error lists them: the first few and how many there are. A message naming all
 * 249 countries helps nobody, and an AI agent reads every word of it.
 */
export function previewValues(values: readonly unknown[]): string {
	const shown = values.slice(0, 8).map((v) => JSON.stringify(v)).join(', ');
	return values.length > 8 ? `${shown}, … (${values.length} values)` : shown;
}

function join(path: string, key: string | number): string {
	if (typeof key === 'number') return `${path}[${key}]`;
	return path ? `${path}.${key}` : key;
}

function describe(schema: CompactSchema, registry: Record<string, CompactSchema>): string {
	const s = schema.$ref ? registry[schema.$ref] : schema;
	if (!s) return 'a value';
	if (s.const !== undefined) return JSON.stringify(s.const);
	if (s.enum) return `one of ${previewValues(s.enum)}`;
	if (s.anyOf) return s.anyOf.map((m) => describe(m, registry)).join(' or ');
	if (s.type === 'object') return 'an object';
	if (s.type === 'array') return 'a list';
	if (s.type === 'null') return 'null';
	if (s.format === 'uuid4' || s.format === 'uuid') return 'a UUID';
	if (s.format === 'date-time') return 'an ISO 8601 date-time';
	return s.type ? `a ${s.type}` : 'a value';
}

function formatIssue(value: string, format: string | undefined): string | undefined {
	switch (format) {
		case 'uuid':
		case 'uuid4':
			return UUID.test(value) ? undefined : 'expected a UUID';
		case 'date-time':
			return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'expected an ISO 8601 date-time';
		case 'date':
			return DATE.test(value) ? undefined : 'expected a date (YYYY-MM-DD)';
		case 'email':
			return /^[^@\s]+@[^@\s]+$/.test(value) ? undefined : 'expected an email address';
		case 'uri':
			try {
				new URL(value);
				return undefined;
			} catch {
				return 'expected an absolute URL';
			}
		default:
			return undefined;
	}
}

/**
 * Validates `value` against a compact schema. Small on purpose: it covers what the generator
 * keeps (types, enums, consts, formats, ranges, lengths, required keys, unions with or without a
 * discriminator) and reports every issue with the path of the offending part.
 */
export function validateSchema(
	value: unknown,
	schema: CompactSchema,
	registry: Record<string, CompactSchema>,
	path = '',
): SchemaIssue[] {
	if (schema.$ref) {
		const target = registry[schema.$ref];
		return target ? validateSchema(value, target, registry, path) : [];
	}
	if (schema.anyOf) return validateUnion(value, schema, registry, path);
	const issues: SchemaIssue[] = [];
	const at = (message: string) => issues.push({ path, message });

	if (schema.const !== undefined && value !== schema.const) {
		at(`expected ${JSON.stringify(schema.const)}`);
		return issues;
	}
	if (schema.enum && !schema.enum.includes(value as never)) {
		at(`expected ${describe(schema, registry)}, got ${JSON.stringify(value)}`);
		return issues;
	}
	const actual = typeOf(value);
	if (schema.type) {
		const ok =
			schema.type === actual ||
			(schema.type === 'number' && actual === 'integer');
		if (!ok) {
			at(`expected ${describe(schema, registry)}, got ${actual === 'null' ? 'null' : actual}`);
			return issues;
		}
	}
	if (typeof value === 'string') {
		if (schema.minLength !== undefined && value.length < schema.minLength) at(`must be at least ${schema.minLength} characters`);
		if (schema.maxLength !== undefined && value.length > schema.maxLength) at(`must be at most ${schema.maxLength} characters`);
		if (schema.pattern !== undefined && !safePattern(schema.pattern).test(value)) at(`must match the pattern ${schema.pattern}`);
		const f = formatIssue(value, schema.format);
		if (f) at(f);
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum) at(`must be at least ${schema.minimum}`);
		if (schema.maximum !== undefined && value > schema.maximum) at(`must be at most ${schema.maximum}`);
		if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) at(`must be greater than ${schema.exclusiveMinimum}`);
		if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) at(`must be less than ${schema.exclusiveMaximum}`);
	}
	if (Array.isArray(value)) {
		if (schema.minItems !== undefined && value.length < schema.minItems) at(`needs at least ${schema.minItems} item(s)`);
		if (schema.maxItems !== undefined && value.length > schema.maxItems) at(`takes at most ${schema.maxItems} item(s)`);
		if (schema.items) value.forEach((v, i) => issues.push(...validateSchema(v, schema.items!, registry, join(path, i))));
	}
	if (actual === 'object') {
		const obj = value as Record<string, unknown>;
		const keys = Object.keys(obj);
		if (schema.minProperties !== undefined && keys.length < schema.minProperties) at(`needs at least ${schema.minProperties} key(s)`);
		if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) at(`takes at most ${schema.maxProperties} keys`);
		for (const key of schema.required ?? []) {
			if (obj[key] === undefined) issues.push({ path: join(path, key), message: 'is required' });
		}
		for (const key of keys) {
			const prop = schema.properties?.[key];
			if (prop) issues.push(...validateSchema(obj[key], prop, registry, join(path, key)));
			else if (schema.additionalProperties === false) issues.push({ path: join(path, key), message: 'is not a known field' });
			else if (typeof schema.additionalProperties === 'object') {
				issues.push(...validateSchema(obj[key], schema.additionalProperties, registry, join(path, key)));
			}
			if (schema.propertyNames) {
				for (const i of validateSchema(key, schema.propertyNames, registry, join(path, key))) {
					issues.push({ path: i.path, message: `key ${i.message}` });
				}
			}
		}
	}
	return issues;
}

function validateUnion(value: unknown, schema: CompactSchema, registry: Record<string, CompactSchema>, path: string): SchemaIssue[] {
	const members = schema.anyOf!;
	const disc = schema.discriminator;
	if (disc && value !== null && typeOf(value) === 'object') {
		const tag = (value as Record<string, unknown>)[disc.propertyName];
		const target = typeof tag === 'string' ? disc.mapping[tag] : undefined;
		if (!target) {
			return [{
				path: join(path, disc.propertyName),
				message: `expected one of ${Object.keys(disc.mapping).map((k) => JSON.stringify(k)).join(', ')}`,
			}];
		}
		return validateSchema(value, { $ref: target }, registry, path);
	}
	let best: SchemaIssue[] | undefined;
	let bestScore = -Infinity;
	for (const member of members) {
		const issues = validateSchema(value, member, registry, path);
		if (issues.length === 0) return [];
		// The branch whose issues sit deepest (it matched the most structure) explains the failure best.
		const depth = Math.max(...issues.map((i) => i.path.length));
		const score = depth * 100 - issues.length;
		if (score > bestScore) {
			bestScore = score;
			best = issues;
		}
	}
	if (best && best.every((i) => i.path === path)) {
		return [{ path, message: `expected ${describe(schema, registry)}` }];
	}
	return best ?? [];
}

const patternCache = new Map<string, RegExp>();
function safePattern(pattern: string): RegExp {
	let re = patternCache.get(pattern);
	if (!re) {
		try {
			re = new RegExp(pattern, 'u');
		} catch {
			re = /[\s\S]*/;
		}
		patternCache.set(pattern, re);
	}
	return re;
}
