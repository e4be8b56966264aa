import path from 'node:path';
import { loadSpec } from '../../../tools/generate/files';
import { CHOICE_HELP } from '../../../tools/generate/help/sales';
import { fieldWords, handWritten, HELP, HELPED_OPERATIONS, jsonTwinWords, PICKED_ID_HELP } from '../../../tools/generate/help';
import { join } from '../../../tools/generate/help/sentences';
import { CHOICE_NAMES, FIELD_NAMES, VARIANT_NAMES } from '../../../tools/generate/naming';
import type { Operation, Parameter, Schema } from '../../../tools/generate/openapi';
import { HTTP_METHODS } from '../../../tools/generate/openapi';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SPEC = process.env.POLAR_OPENAPI ?? path.resolve(ROOT, '..', 'shared', 'polar-openapi', '2026-10.openapi.json');
const { spec } = loadSpec(SPEC);
const schemas = spec.components.schemas;
const refName = (ref: string) => ref.split('/').pop() as string;

function resolve(s: Schema | undefined): { schema?: Schema; name?: string } {
	let name: string | undefined;
	let schema = s;
	while (schema?.$ref) {
		name = refName(schema.$ref);
		schema = schemas[name];
	}
	return { schema, name };
}

const byId = new Map<string, Operation>(Object.values(spec.paths).flatMap((item) => HTTP_METHODS.flatMap((m) => (item[m] ? [[item[m]!.operationId, item[m]!] as const] : []))));
const parameters = (id: string): Parameter[] => (byId.get(id)!.parameters ?? []).map((p) => (p.$ref ? spec.components.parameters![refName(p.$ref)] : p));
const bodyOf = (id: string): Schema | undefined => {
	const body = byId.get(id)!.requestBody;
	return body && Object.values(body.content)[0].schema;
};

/** A value the editor never shows: a constant, a one-value enum, or only null. */
function fixed(s: Schema): boolean {
	const members = (s.anyOf ?? s.oneOf ?? [s]).map((m) => resolve(m).schema!).filter((m) => m.type !== 'null');
	if (members.length === 0) return true;
	return members.length === 1 && (members[0].const !== undefined || members[0].enum?.length === 1);
}

interface Property { owner: string; api: string; schema: Schema }
interface Union { key: string; branches: string[] }

/** Every property of the objects a body holds (rows, groups, union branches), and every union of objects in it. */
function walkBody(id: string): { properties: Property[]; unions: Union[] } {
	const properties: Property[] = [];
	const unions: Union[] = [];
	const seen = new Set<string>();
	const visit = (s: Schema | undefined, where: string): void => {
		const { schema, name } = resolve(s);
		if (!schema) return;
		if (name) {
			if (seen.has(name)) return;
			seen.add(name);
		}
		const union = (schema.anyOf ?? schema.oneOf ?? []).filter((m) => resolve(m).schema!.type !== 'null');
		const objects = union.filter((m) => { const r = resolve(m).schema!; return !!(r.properties || r.anyOf || r.oneOf); });
		if (objects.length > 1) unions.push({ key: name && (schema.anyOf || schema.oneOf) ? name : where, branches: objects.map((m) => resolve(m).name ?? '?') });
		union.forEach((m) => visit(m, where));
		if (schema.items) visit(schema.items, where);
		if (schema.additionalProperties && typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, where);
		for (const [api, prop] of Object.entries(schema.properties ?? {})) {
			if (prop.readOnly) continue;
			properties.push({ owner: name ?? where, api, schema: prop });
			visit(prop, `${name ?? where}.${api}`);
		}
	};
	visit(bodyOf(id), id);
	return { properties, unions };
}

describe('hand-written help', () => {
	test('covers every field of the helped operations: parameters, body fields and the fields of every row, group and type inside the body', () => {
		const missing: string[] = [];
		for (const id of HELPED_OPERATIONS) {
			for (const p of parameters(id)) {
				if (['page', 'limit', 'sorting'].includes(p.name)) continue;
				// The ID in the path is a picker, whose one sentence all operations share (the report holds that each has it).
				if (p.in === 'path' && p.name === 'id') continue;
				if (!handWritten({ operationId: id, in: p.in as 'path' | 'query', api: p.name, required: !!p.required })) missing.push(`${id}.${p.name}`);
			}
			for (const { owner, api, schema } of walkBody(id).properties) {
				if (fixed(schema)) continue;
				if (!handWritten({ operationId: id, in: 'body', api, owner, required: false })) missing.push(`${id}: ${owner}.${api}`);
			}
		}
		expect(missing).toEqual([]);
	});

	test('every type choice inside the helped operations has a name, help, and a name for each of its types', () => {
		const missing: string[] = [];
		for (const id of HELPED_OPERATIONS) {
			for (const { key, branches } of walkBody(id).unions) {
				if (!CHOICE_NAMES[key]) missing.push(`CHOICE_NAMES ${key}`);
				if (!CHOICE_HELP[key]) missing.push(`CHOICE_HELP ${key}`);
				for (const b of branches) if (!VARIANT_NAMES[b]) missing.push(`VARIANT_NAMES ${b}`);
			}
		}
		expect(missing).toEqual([]);
	});

	test('every union of objects in any request body is named, with each branch', () => {
		const missing: string[] = [];
		for (const id of byId.keys()) {
			for (const { key, branches } of walkBody(id).unions) {
				if (!CHOICE_NAMES[key] && !CHOICE_NAMES[id]) missing.push(`CHOICE_NAMES ${key}`);
				for (const b of branches) if (!VARIANT_NAMES[b]) missing.push(`VARIANT_NAMES ${b}`);
			}
		}
		expect([...new Set(missing)]).toEqual([]);
	});

	test('each key names something real: a schema property, an operation parameter or body field, or a property that exists', () => {
		const everyProperty = new Set([...Object.values(schemas).flatMap((s) => Object.keys(s.properties ?? {})), ...[...byId.keys()].flatMap((id) => parameters(id).map((p) => p.name))]);
		const bodyFields = (id: string) => new Set(walkBody(id).properties.map((p) => p.api));
		const real = (key: string): boolean => {
			const [head, api] = key.includes('.') ? [key.slice(0, key.lastIndexOf('.')), key.slice(key.lastIndexOf('.') + 1)] : [undefined, key];
			if (head === undefined) return everyProperty.has(api);
			if (byId.has(head)) return parameters(head).some((p) => p.name === api) || bodyFields(head).has(api);
			return !!schemas[head]?.properties?.[api];
		};
		// or the key or value of a map's entry, keyed under the map: "amounts.value", "DiscountFixedCreate.amounts.key"
		const named = (key: string): boolean => real(key) || (/\.(key|value)$/.test(key) && real(key.slice(0, key.lastIndexOf('.'))));
		expect(Object.keys(HELP).filter((key) => !named(key))).toEqual([]);
		const nameKey = (key: string): boolean => (key.includes('.') ? !!schemas[key.split('.')[0]]?.properties?.[key.split('.')[1]] : everyProperty.has(key));
		expect(Object.keys(FIELD_NAMES).filter((key) => !nameKey(key) && !(/\.(key|value)$/.test(key) && nameKey(key.slice(0, key.lastIndexOf('.')))))).toEqual([]);
		expect(Object.keys(CHOICE_HELP).filter((k) => !CHOICE_NAMES[k])).toEqual([]);
	});

	test('is written as n8n writes descriptions: no final period on one sentence, booleans say "Whether", IDs and URLs in capitals', () => {
		const problems: string[] = [];
		const text = (h: (typeof HELP)[string]) => (typeof h === 'string' ? h : h.description);
		for (const [key, help] of Object.entries(HELP)) {
			const t = text(help);
			if (/\.$/.test(t) && !t.replace('e.g.', '').includes('. ')) problems.push(`${key}: final period`);
			if (/\b(id|ids|url|json)\b/.test(t.replace(/\{[^}]*\}/g, ''))) problems.push(`${key}: lower-case ID/URL/JSON`);
			if (t !== t.trim() || /\s{2}/.test(t)) problems.push(`${key}: whitespace`);
			if (/[<>]/.test(t)) problems.push(`${key}: angle brackets (n8n shows descriptions as HTML)`);
		}
		for (const id of HELPED_OPERATIONS) {
			for (const { owner, api, schema } of walkBody(id).properties) {
				const members = (schema.anyOf ?? [schema]).map((m) => resolve(m).schema!);
				if (!members.every((m) => m.type === 'boolean' || m.type === 'null')) continue;
				const found = handWritten({ operationId: id, in: 'body', api, owner, required: false });
				if (found && !text(found.help).startsWith('Whether')) problems.push(`${found.key}: a boolean's help starts with "Whether"`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('is our own words: no run of six words from the spec\'s prose', () => {
		const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
		const shingles = new Set<string>();
		const collect = (node: unknown): void => {
			if (Array.isArray(node)) node.forEach(collect);
			else if (node && typeof node === 'object') {
				for (const [k, v] of Object.entries(node)) {
					if (['description', 'summary', 'title'].includes(k) && typeof v === 'string') {
						const w = words(v);
						for (let i = 0; i + 6 <= w.length; i++) shingles.add(w.slice(i, i + 6).join(' '));
					} else collect(v);
				}
			}
		};
		collect(spec);
		expect(shingles.size).toBeGreaterThan(1000);
		const copied = Object.entries({ ...HELP, ...CHOICE_HELP }).filter(([, h]) => {
			const w = words(typeof h === 'string' ? h : h.description);
			return w.some((_, i) => i + 6 <= w.length && shingles.has(w.slice(i, i + 6).join(' ')));
		});
		expect(copied.map(([k, h]) => {
			const w = words(typeof h === 'string' ? h : h.description);
			return `${k}: ${w.map((_, i) => w.slice(i, i + 6).join(' ')).find((x) => shingles.has(x))}`;
		})).toEqual([]);
	});
});

describe('fieldWords', () => {
	const words = (api: string, more: Partial<Parameters<typeof fieldWords>[0]> = {}) =>
		fieldWords({ operationId: 'x:y', in: 'body', api, required: false, ...more });

	test('writes acronyms right and uses the naming table', () => {
		const names = ['api_version', 'tos_uri', 'checksum_sha256_base64', 'sso_enforced', 'http_code_class', 'customer_ip_address', 'ids', 'redirect_uris', 'medias', 'meta', 'is_archived']
			.map((api) => words(api).displayName);
		expect(names).toEqual(['API Version', 'TOS URI', 'Checksum SHA-256 Base64', 'SSO Enforced', 'HTTP Code Class', 'Customer IP Address', 'IDs', 'Redirect URIs', 'Media', 'Activation Metadata', 'Archived']);
		expect(fieldWords({ operationId: 'products:update', in: 'path', api: 'id', required: true }).displayName).toBe('Product ID');
		expect(fieldWords({ operationId: 'customer_portal:license_keys:get', in: 'path', api: 'id', required: true }).displayName).toBe('License Key ID');
		expect(fieldWords({ operationId: 'oauth2:clients:oauth2:get_client', in: 'path', api: 'client_id', required: true }).displayName).toBe('Client ID');
	});

	test('a row\'s type dropdown gets its union\'s name and help; a row field gets its schema\'s help', () => {
		expect(fieldWords({ operationId: 'products:create', in: 'body', api: 'amount_type', union: 'ProductPriceCreate', path: ['prices', 'amount_type'], required: true }))
			.toEqual({ displayName: 'Price Type', description: CHOICE_HELP.ProductPriceCreate });
		const amount = fieldWords({ operationId: 'products:create', in: 'body', api: 'price_amount', owner: 'ProductPriceFixedCreate', path: ['prices', 'price_amount'], schema: schemas.ProductPriceFixedCreate.properties!.price_amount, required: true });
		expect(amount.description).toMatch(/in cents \(1900 = 19\.00\)/);
		expect(fieldWords({ operationId: 'benefits:create', in: 'body', api: 'ttl', owner: 'BenefitLicenseKeyExpirationProperties', required: true }).displayName).toBe('Expires After');
	});

	test('other fields state what their schema says: money in cents, basis points, limits, a format, examples of JSON', () => {
		const components = schemas as Record<string, unknown>;
		expect(words('total_amount', { schema: { type: 'integer' } }).description).toBe('In cents (1900 = 19.00)');
		expect(words('basis_points', { operationId: 'discounts:update', schema: { type: 'integer', minimum: 1, maximum: 10000 } }).description).toBe('In basis points (1000 = 10 %)');
		expect(words('count', { schema: { anyOf: [{ type: 'integer', minimum: 1, maximum: 999 }, { type: 'null' }] } }).description).toBe('From 1 to 999');
		expect(words('title', { schema: { type: 'string', minLength: 3, maxLength: 64 } }).description).toBe('3 to 64 characters');
		// the placeholder shows what a URL looks like; an IP address's fact says more than its example
		expect(words('homepage', { schema: { type: 'string', format: 'uri' } })).toEqual({ displayName: 'Homepage', placeholder: 'e.g. https://example.com' });
		expect(words('customer_ip_address', { schema: { type: 'string', format: 'ipvanyaddress' } })).toEqual({ displayName: 'Customer IP Address', description: 'An IPv4 or IPv6 address', placeholder: 'e.g. 203.0.113.7' });
		expect(words('trial_end', { operationId: 'x:y', schema: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'string', const: 'now' }, { type: 'null' }] } }).description)
			.toBe('A date and time (ISO 8601), or now');
		expect(words('product_ids', { kind: 'list', schema: { type: 'array', items: { type: 'string', format: 'uuid4' } } }).description).toBe('Comma-separated IDs');
		const prices = words('prices', { operationId: 'x:y', kind: 'json', components, schema: { type: 'array', items: { $ref: '#/components/schemas/ProductPriceCreate' } } });
		expect(prices.description).toBe('JSON, e.g. [{"amount_type":"fixed","price_amount":1900}]');
		// a JSON twin says only what the JSON looks like (the field says what it is for); a hand-written JSON placeholder is its example
		const unitLabel = { operationId: 'products:create', in: 'body' as const, api: 'unit_label', owner: 'ProductPriceUnitBasedCreate', required: false };
		expect(jsonTwinWords({ ...unitLabel, kind: 'json' })).toBe('JSON, e.g. {"en":{"=1":"device","other":"devices"}}');
		expect(fieldWords({ ...unitLabel, kind: 'json' }).description).toMatch(/^What a unit is called .*\. JSON, e\.g\. \{"en"/);
		expect(words('pending_update', { schema: { type: 'null' } }).description).toBe('Only null is accepted: leave it empty');
		expect(words('old', { deprecated: true, schema: { type: 'string', maxLength: 10 } }).description).toBe('Deprecated by Polar. Up to 10 characters.');
		// the ID in an operation's path, filled by a picker
		expect(fieldWords({ operationId: 'products:update', in: 'path', api: 'id', kind: 'resourceLocator', required: true })).toEqual({ displayName: 'Product ID', description: PICKED_ID_HELP });
		expect(fieldWords({ operationId: 'orders:invoice', in: 'path', api: 'id', kind: 'resourceLocator', required: true }).description).toMatch(/Generate Invoice/);
		// the key and value of a map's entry are named and helped under the map, never as a license key
		const amount = fieldWords({ operationId: 'discounts:create', in: 'body', api: 'value', mapEntry: 'amounts', owner: 'DiscountFixedCreate', required: true });
		expect(amount).toEqual({ displayName: 'Amount Off', description: 'Amount off in this currency, in cents (1900 = 19.00)' });
		expect(fieldWords({ operationId: 'x:y', in: 'body', api: 'key', mapEntry: 'other', required: true })).toEqual({ displayName: 'Key' });
	});

	test('joins sentences the way n8n writes them', () => {
		expect(join(['One sentence.'])).toBe('One sentence');
		expect(join(['First', undefined, 'second one'])).toBe('First. Second one.');
		expect(join(['Two sentences. In one part'])).toBe('Two sentences. In one part.');
		expect(join([undefined, ''])).toBeUndefined();
	});
});
