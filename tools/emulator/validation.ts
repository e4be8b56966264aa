import { schemas } from '../../nodes/Polar/generated/schemas';
import type { CompactSchema, PolarField, PolarOperation } from '../../nodes/Polar/types';
import { CALLABLE_TAGS, MODEL_RULES } from './modelRules';
import { expectedList, validate, type ErrorEntry, type Loc, type PydanticContext } from './pydantic';

/**
 * What FastAPI checks before an operation runs: path and query parameters, then the body, each
 * problem one entry of Polar's 422 `{error: "RequestValidationError", detail: [...]}` in
 * pydantic's terms (pydantic.ts). Polar's own rules beyond that (customers, events, …) live with
 * their handlers and answer `PolarRequestValidationError`.
 */

export type { ErrorEntry } from './pydantic';

/**
 * Polar caps `limit` instead of refusing it: `min(API_PAGINATION_MAX_LIMIT, limit)`, 100
 * (server/polar/kit/pagination.py, `get_pagination_params`); `page` and `limit` must be > 0.
 */
export const MAX_LIMIT = 100;

const PYDANTIC: PydanticContext = { registry: schemas, rules: MODEL_RULES, tagged: CALLABLE_TAGS };
const TRUE_WORDS = new Set(['true', '1', 'yes', 'on', 't', 'y']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off', 'f', 'n']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The schema FastAPI validates one query or path value against. */
function parameterSchema(field: PolarField): CompactSchema {
	const format = field.format ?? field.itemFormat;
	switch (field.kind) {
		case 'number':
			return { type: field.integer ? 'integer' : 'number' };
		case 'dateTime':
			return { type: 'string', format: 'date-time' };
		case 'options':
		case 'multiOptions':
			return field.options ? { enum: field.options } : { type: 'string' };
		default:
			return format ? { type: 'string', format } : { type: 'string' };
	}
}

function checkParameter(field: PolarField, value: string, loc: Loc): ErrorEntry[] {
	if (field.kind === 'boolean') {
		const word = value.toLowerCase();
		return TRUE_WORDS.has(word) || FALSE_WORDS.has(word) ? [] : [{ type: 'bool_parsing', loc, msg: 'Input should be a valid boolean, unable to interpret input', input: value }];
	}
	if ((field.format ?? field.itemFormat) === 'date' && !DATE.test(value)) {
		return [{ type: 'date_from_datetime_parsing', loc, msg: 'Input should be a valid date or datetime, invalid date separator', input: value, ctx: { error: 'invalid date separator' } }];
	}
	return validate(value, parameterSchema(field), loc, PYDANTIC);
}

/** `page` and `limit`: whole numbers above 0; a `limit` over 100 is capped later, not refused. */
function positiveInteger(query: URLSearchParams, name: string, issues: ErrorEntry[]): void {
	const raw = query.get(name);
	if (raw === null) return;
	issues.push(...validate(raw, { type: 'integer', exclusiveMinimum: 0 }, ['query', name], PYDANTIC));
}

/**
 * `sorting` takes only the fields the operation sorts by, each as `field` or `-field`: FastAPI
 * checks the list against that enum before Polar's sorting code runs (server/polar/kit/sorting.py,
 * `SortingGetter`), so an unknown field is a 422 whose `ctx.expected` lists the allowed ones.
 */
function checkSorting(op: PolarOperation, query: URLSearchParams, issues: ErrorEntry[]): void {
	const allowed = op.sort ?? [];
	query.getAll('sorting').forEach((value, i) => {
		if (!allowed.includes(value)) {
			issues.push({ type: 'enum', loc: ['query', 'sorting', i], msg: `Input should be ${expectedList(allowed)}`, input: value, ctx: { expected: expectedList(allowed) } });
		}
	});
}

/** Path parameters, then query parameters (including page, limit and sorting). */
export function validateParameters(op: PolarOperation, params: Record<string, string>, query: URLSearchParams): ErrorEntry[] {
	const issues: ErrorEntry[] = [];
	for (const field of op.fields) {
		if (field.in === 'path') {
			issues.push(...checkParameter(field, params[field.api] ?? '', ['path', field.api]));
		} else if (field.in === 'query' && !field.deepObject) {
			const values = query.getAll(field.api);
			if (values.length === 0 && field.required) issues.push({ type: 'missing', loc: ['query', field.api], msg: 'Field required', input: null });
			// A parameter that takes a list reports each value at its index.
			const listed = field.oneOrMany === true || field.kind === 'list' || field.kind === 'multiOptions';
			values.forEach((value, i) => issues.push(...checkParameter(field, value, listed ? ['query', field.api, i] : ['query', field.api])));
		}
	}
	if (op.pagination !== 'none') {
		positiveInteger(query, 'page', issues);
		positiveInteger(query, 'limit', issues);
	}
	if (op.sort) checkSorting(op, query, issues);
	return issues;
}

/** Parses the body the operation takes and checks it as Polar's request model does. */
export function parseAndValidateBody(op: PolarOperation, raw: string): { body?: unknown; issues: ErrorEntry[] } {
	if (!op.body) return { issues: [] };
	if (raw.trim() === '') return { issues: [{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }] };
	let body: unknown;
	if (op.body.contentType === 'application/x-www-form-urlencoded') {
		body = Object.fromEntries(new URLSearchParams(raw));
	} else {
		try {
			body = JSON.parse(raw);
		} catch (error) {
			const position = Number(/position (\d+)/.exec(String((error as Error).message))?.[1] ?? 0);
			return { issues: [{ type: 'json_invalid', loc: ['body', position], msg: 'JSON decode error', input: {}, ctx: { error: 'Expecting value' } }] };
		}
	}
	return { body, issues: validate(body, op.body.schema, ['body'], PYDANTIC) };
}
