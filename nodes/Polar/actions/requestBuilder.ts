import { schemas } from '../generated/schemas';
import { INPUT_MODE, jsonParam, PARAM } from '../params';
import type { PolarRequest } from '../transport/request';
import type { CompactSchema, PolarField, PolarOperation } from '../types';
import { validateSchema } from '../validation/schemaValidator';
import { convertValue, filledFields, jsonValue } from './fieldValue';
import { bodyEditorPath, chooseProblem, InputError } from './inputError';

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

export { InputError } from './inputError';

/**
 * Builds the request of one item: reads each field from its editor slot (up front, in Filters or
 * in Additional Fields, as the table says), as fields or, in Input Mode JSON, from its JSON twin;
 * converts and validates it, fills the path and validates the assembled body against the
 * operation's schema. Nothing is sent when anything is wrong.
 */
export function buildRequest(op: PolarOperation, read: ParamReader): BuiltRequest {
	const shapes = op.body && op.body.variants.length > 1 ? op.body : undefined;
	const variant = shapes ? String(read(PARAM.bodyVariant, shapes.default ?? '') ?? '') : '';
	if (shapes && !shapes.variants.some((v) => v.value === variant)) {
		const label = shapes.label ?? 'Action';
		throw new InputError([label], variant ? `expected one of ${shapes.variants.map((v) => JSON.stringify(v.value)).join(', ')}, got ${JSON.stringify(variant)}` : chooseProblem(label));
	}
	const jsonMode = op.fields.some((f) => f.jsonTwin) && read(PARAM.inputMode, INPUT_MODE.fields) === INPUT_MODE.json;
	const filters = (read(PARAM.filters, {}) ?? {}) as Record<string, unknown>;
	const additional = (read(PARAM.additionalFields, {}) ?? {}) as Record<string, unknown>;
	const asJson = (field: PolarField) => jsonMode && !!field.jsonTwin;
	const valueOf = (field: PolarField) => {
		const param = asJson(field) ? jsonParam(field.param) : field.param;
		return field.slot === 'top' ? read(param, undefined) : field.slot === 'filters' ? filters[param] : additional[param];
	};
	let path = op.path;
	const query: Array<[string, string]> = [];
	const body: Record<string, unknown> = {};

	for (const [field, raw] of filledFields(op.fields, variant, valueOf, [], asJson)) {
		const value = asJson(field) ? jsonValue(field, raw) : convertValue(field, raw);
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
		if (issues.length) throw new InputError(bodyEditorPath(op, issues[0].path), issues[0].message);
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
