/**
 * Small readers of a field's OpenAPI schema for its help: follow `$ref`s, drop `null`, tell money,
 * build an example value. Only constraint keywords are read, never prose.
 */
import type { Schema } from '../openapi';

/** A schema with its `$ref`s followed through `components`; undefined when one cannot be. */
export function resolveIn(schema: Schema | undefined, components?: Record<string, unknown>): Schema | undefined {
	let s = schema;
	for (let hops = 0; s?.$ref; hops++) {
		const target = components?.[s.$ref.split('/').pop() as string] as Schema | undefined;
		if (!target || hops > 20) return undefined;
		s = target;
	}
	return s;
}

/** The members of a schema's anyOf/oneOf other than null (or the schema itself), resolved. */
export function withoutNull(schema: Schema | undefined, components?: Record<string, unknown>): Schema[] {
	const s = resolveIn(schema, components);
	if (!s) return [];
	const union = s.anyOf || s.oneOf;
	if (!union) return s.type === 'null' ? [] : [s];
	return union.map((m) => resolveIn(m, components)).filter((m): m is Schema => !!m && m.type !== 'null');
}

/** Amounts of money: integers in cents, named so by Polar (amount, price_amount, cap_amount, price_per_seat…). */
export function isMoney(api: string, s: Schema): boolean {
	return s.type === 'integer' && /(^|_)amounts?$|^price_per_seat$/.test(api);
}

const TEXT_BY_FORMAT: Record<string, string> = {
	email: 'name@email.com',
	uri: 'https://example.com',
	date: '2026-12-31',
	'date-time': '2026-12-31T12:00:00Z',
};

function stringExample(s: Schema, api: string): string {
	if (s.format === 'uuid' || s.format === 'uuid4') return (api || 'id').toUpperCase();
	if (s.format && TEXT_BY_FORMAT[s.format]) return TEXT_BY_FORMAT[s.format];
	if (/currency/.test(api)) return 'usd';
	return 'text';
}

/** An example key of a map: "usd" for currencies, an ID for IDs, else "key". */
function mapKey(names: Schema | undefined, components?: Record<string, unknown>): string {
	const s = resolveIn(names, components);
	if (s?.enum) return s.enum.includes('usd') ? 'usd' : String(s.enum[0]);
	if (s?.format === 'uuid' || s?.format === 'uuid4') return 'ID';
	return 'key';
}

/**
 * A small example value of a schema: required properties only (or the first one), the first
 * member of a union, one item of a list; `depth` levels at most.
 */
export function exampleOf(schema: Schema | undefined, api: string, components: Record<string, unknown> | undefined, depth: number): unknown {
	const [s] = withoutNull(schema, components);
	if (!s || depth < 0) return undefined;
	if (s.const !== undefined) return s.const;
	if (s.enum) return ['US', 'usd'].find((v) => s.enum!.includes(v)) ?? s.enum[0];
	if (s.type === 'string') return stringExample(s, api);
	if (s.type === 'integer' || s.type === 'number') {
		if (isMoney(api, s)) return 1900;
		if (api === 'basis_points') return 1000;
		const min = typeof s.minimum === 'number' && s.minimum > 0 ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : 1;
		return min;
	}
	if (s.type === 'boolean') return true;
	if (s.type === 'array') {
		const item = exampleOf(s.items, api.replace(/s$/, ''), components, depth - 1);
		return item === undefined ? [] : [item];
	}
	if (s.properties) {
		if (depth === 0) return {};
		const required = s.required?.length ? s.required : Object.keys(s.properties).slice(0, 1);
		const out: Record<string, unknown> = {};
		for (const key of required) {
			const value = exampleOf(s.properties[key], key, components, depth - 1);
			if (value !== undefined) out[key] = value;
		}
		return out;
	}
	if (s.additionalProperties && typeof s.additionalProperties === 'object') {
		const value = exampleOf(s.additionalProperties, api, components, depth - 1);
		return value === undefined ? {} : { [mapKey(s.propertyNames, components)]: value };
	}
	return undefined;
}
