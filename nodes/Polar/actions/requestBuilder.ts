import { largeEnums } from '../generated/enums';
import { schemas } from '../generated/schemas';
import { PARAM } from '../params';
import type { PolarRequest } from '../transport/request';
import type { CompactSchema, PolarField, PolarOperation } from '../types';
import { previewValues as preview, validateSchema } from '../validation/schemaValidator';

/** A request ready for the transport: path filled in, query as ordered pairs, body validated. */
export interface BuiltRequest {
	method: PolarOperation['method'];
	path: string;
	query: Array<[string, string]>;
	body?: Record<string, unknown>;
	contentType?: string;
}

/** Reads one n8n parameter of the current item (getNodeParameter in the node, a plain object in tests). */
export type ParamReader = (name: string, fallback?: unknown) => unknown;

/** Bad input found before sending: names the n8n parameter and, for JSON, the path inside it. */
export class InputError extends Error {
	constructor(
		readonly param: string,
		readonly apiPath: string,
		readonly problem: string,
	) {
		super(`Invalid "${param}"${apiPath && apiPath !== param ? ` (${apiPath})` : ''}: ${problem}`);
		this.name = 'InputError';
	}
}

const isEmpty = (v: unknown) =>
	v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) ||
	(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

function optionValues(field: PolarField): Array<string | number | boolean> | undefined {
	return field.optionsRef ? largeEnums[field.optionsRef]?.map((o) => o.value) : field.options;
}

function checkFormat(field: PolarField, value: string, format: string | undefined, apiPath: string) {
	if (!format) return;
	const issues = validateSchema(value, { type: 'string', format }, schemas);
	if (issues.length) throw new InputError(field.param, apiPath, `${issues[0].message}, got ${JSON.stringify(value)}`);
}

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A resource-locator value (`{ __rl, mode, value }`) as the plain ID it stands for. */
export function locatorValue(field: PolarField, raw: unknown): unknown {
	if (!raw || typeof raw !== 'object' || !('__rl' in raw)) return raw;
	const { mode, value } = raw as { mode?: string; value?: unknown };
	if (mode === 'url' && typeof value === 'string' && value.trim() !== '') {
		const ids = value.match(UUID_IN_TEXT);
		if (!ids) throw new InputError(field.param, field.api, `no ID found in the URL ${JSON.stringify(value)}`);
		return ids[ids.length - 1];
	}
	if (mode === 'externalId') {
		throw new InputError(field.param, field.api, 'an external ID must be resolved before the request is built');
	}
	return value;
}

/** Converts one n8n value into the value the API expects, or throws InputError. */
export function convertValue(field: PolarField, raw: unknown): unknown {
	if (field.locator) raw = locatorValue(field, raw);
	const fail = (problem: string): never => {
		throw new InputError(field.param, field.api, problem);
	};
	switch (field.kind) {
		case 'fixed':
			return field.fixed;
		case 'string': {
			if (typeof raw === 'number' || typeof raw === 'boolean') raw = String(raw);
			if (typeof raw !== 'string') fail(`expected text, got ${typeof raw}`);
			const value = (raw as string).trim();
			if (field.schema) {
				const issues = validateSchema(value, field.schema, schemas);
				if (issues.length) fail(`${issues[0].message}, got ${JSON.stringify(value)}`);
			} else checkFormat(field, value, field.format, field.api);
			return value;
		}
		case 'number': {
			const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
			if (typeof n !== 'number' || Number.isNaN(n)) fail(`expected a number, got ${JSON.stringify(raw)}`);
			if (field.integer && !Number.isInteger(n)) fail(`expected a whole number, got ${n}`);
			return n;
		}
		case 'boolean':
			if (typeof raw === 'boolean') return raw;
			if (raw === 'true' || raw === 'false') return raw === 'true';
			return fail(`expected true or false, got ${JSON.stringify(raw)}`);
		case 'dateTime': {
			const value = toIsoString(raw);
			if (value === undefined || Number.isNaN(Date.parse(value))) fail(`expected a date and time, got ${JSON.stringify(raw)}`);
			return value;
		}
		case 'options': {
			const allowed = optionValues(field) ?? [];
			if (!allowed.includes(raw as string)) fail(`expected one of ${preview(allowed)}, got ${JSON.stringify(raw)}`);
			return raw;
		}
		case 'multiOptions': {
			const values = typeof raw === 'string' ? splitList(raw) : raw;
			if (!Array.isArray(values)) return fail(`expected a list, got ${typeof raw}`);
			const allowed = optionValues(field) ?? [];
			const bad = values.find((v) => !allowed.includes(v as string));
			if (bad !== undefined) fail(`expected values among ${preview(allowed)}, got ${JSON.stringify(bad)}`);
			return values;
		}
		case 'list': {
			const values = Array.isArray(raw) ? raw.map((v) => String(v).trim()) : typeof raw === 'string' ? splitList(raw) : fail(`expected values separated by commas, got ${typeof raw}`);
			const format = field.itemFormat === 'string' ? undefined : field.itemFormat;
			values.forEach((v, i) => checkFormat(field, v, format, `${field.api}[${i}]`));
			return values;
		}
		case 'keyValue':
			return keyValueObject(field, raw);
		case 'json': {
			let value = raw;
			if (typeof raw === 'string') {
				try {
					value = JSON.parse(raw);
				} catch (e) {
					fail(`is not valid JSON (${(e as Error).message})`);
				}
			}
			const issues = field.schema ? validateSchema(value, field.schema, schemas, field.api) : [];
			if (issues.length) {
				throw new InputError(field.param, issues[0].path, issues.map((i) => `${i.path}: ${i.message}`).join('; '));
			}
			return value;
		}
	}
}

function toIsoString(raw: unknown): string | undefined {
	if (typeof raw === 'string') return raw.trim();
	if (raw instanceof Date) return raw.toISOString();
	if (raw && typeof raw === 'object' && typeof (raw as { toISO?: unknown }).toISO === 'function') {
		return (raw as { toISO: () => string }).toISO(); // Luxon DateTime from an expression
	}
	return undefined;
}

function splitList(raw: string): string[] {
	return raw.split(',').map((v) => v.trim()).filter((v) => v !== '');
}

function keyValueObject(field: PolarField, raw: unknown): Record<string, unknown> {
	if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('entries' in raw)) {
		return raw as Record<string, unknown>; // an object given by an expression
	}
	const entries = ((raw as { entries?: Array<{ key: string; value: unknown }> })?.entries ?? []);
	const out: Record<string, unknown> = {};
	for (const { key, value } of entries) {
		const k = String(key ?? '').trim();
		if (!k) throw new InputError(field.param, field.api, 'every entry needs a key');
		if (k in out) throw new InputError(field.param, `${field.api}.${k}`, 'the key is given twice');
		out[k] = value;
	}
	return out;
}

/**
 * Builds the request of one item: reads each field from its editor slot (up front, in Filters or
 * in Additional Fields, as the table says), converts and validates it, fills the path and validates the
 * assembled body against the operation's schema. Nothing is sent when anything is wrong.
 */
export function buildRequest(op: PolarOperation, read: ParamReader): BuiltRequest {
	const variant = op.body && op.body.variants.length > 1 ? String(read(PARAM.bodyVariant, op.body.variants[0].value)) : '';
	const filters = (read(PARAM.filters, {}) ?? {}) as Record<string, unknown>;
	const additional = (read(PARAM.additionalFields, {}) ?? {}) as Record<string, unknown>;
	let path = op.path;
	const query: Array<[string, string]> = [];
	const body: Record<string, unknown> = {};

	for (const field of op.fields) {
		if (field.variants && !field.variants.includes(variant)) continue;
		let raw: unknown;
		if (field.kind === 'fixed') raw = field.fixed;
		else raw = field.slot === 'top' ? read(field.param, undefined) : field.slot === 'filters' ? filters[field.param] : additional[field.param];
		if (field.locator && raw && typeof raw === 'object' && '__rl' in raw) raw = locatorValue(field, raw);
		if (field.kind !== 'boolean' && field.kind !== 'fixed' && isEmpty(raw)) {
			if (field.required) throw new InputError(field.param, field.api, 'is required');
			continue;
		}
		if (raw === undefined) continue;
		const value = convertValue(field, raw);
		if (field.in === 'path') {
			path = path.replace(`{${field.api}}`, encodeURIComponent(String(value)));
		} else if (field.in === 'query') {
			appendQuery(query, field, value);
		} else {
			body[field.api] = value;
		}
	}

	if (op.sort) {
		const sort = filters[PARAM.sort];
		if (Array.isArray(sort)) for (const s of sort) query.push(['sorting', String(s)]);
	}

	const built: BuiltRequest = { method: op.method, path, query };
	if (op.body) {
		const schema: CompactSchema = op.body.variants.find((v) => v.value === variant)?.schema ?? op.body.schema;
		const issues = validateSchema(body, schema, schemas);
		if (issues.length) {
			const first = issues[0];
			const top = first.path.split(/[.[]/)[0];
			const field = op.fields.find((f) => f.in === 'body' && f.api === top);
			throw new InputError(field?.param ?? top, first.path, issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; '));
		}
		built.body = body;
		built.contentType = op.body.contentType;
	}
	return built;
}

function appendQuery(query: Array<[string, string]>, field: PolarField, value: unknown) {
	if (field.kind === 'keyValue') {
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) query.push([`${field.api}[${k}]`, String(v)]);
	} else if (Array.isArray(value)) {
		for (const v of value) query.push([field.api, String(v)]);
	} else if (value !== null && typeof value === 'object') {
		query.push([field.api, JSON.stringify(value)]);
	} else {
		query.push([field.api, String(value)]);
	}
}

/**
 * A request to a table operation the node makes by itself (a look-up, a step of a hand-written
 * operation): path, method, auth and content type come from the table, never typed again.
 */
export function tableRequest(
	op: PolarOperation,
	parts: { path?: Record<string, string>; query?: Array<[string, string]>; body?: unknown } = {},
): PolarRequest {
	const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
		const value = parts.path?.[name];
		if (value === undefined) throw new Error(`${op.id}: no value for the path parameter "${name}"`);
		return encodeURIComponent(value);
	});
	return {
		method: op.method,
		path,
		auth: op.auth,
		...(parts.query ? { query: parts.query } : {}),
		...(parts.body !== undefined ? { body: parts.body, contentType: op.body?.contentType ?? 'application/json' } : {}),
	};
}
