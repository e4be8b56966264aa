import { schemas } from '../../nodes/Polar/generated/schemas';
import type { PolarField, PolarOperation } from '../../nodes/Polar/types';
import { validateSchema } from '../../nodes/Polar/validation/schemaValidator';

/** One entry of Polar's 422 reply: `{ detail: [{ loc, msg, type }] }`. */
export interface ValidationDetail {
	loc: Array<string | number>;
	msg: string;
	type: string;
	input?: unknown;
}

export const MAX_LIMIT = 100;

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TRUE_WORDS = new Set(['true', '1', 'yes', 'on', 't', 'y']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off', 'f', 'n']);
const SORT_KEY = /^-?[a-z_][a-z0-9_]*$/;

function isUuidFormat(format: string | undefined): boolean {
	return format === 'uuid' || format === 'uuid4';
}

function checkScalar(field: PolarField, value: string, loc: Array<string | number>): ValidationDetail | undefined {
	const format = field.format ?? field.itemFormat;
	if (isUuidFormat(format) && !UUID.test(value)) {
		return { loc, msg: 'Input should be a valid UUID', type: 'uuid_parsing', input: value };
	}
	if (format === 'date' && !DATE.test(value)) {
		return { loc, msg: 'Input should be a valid date in the format YYYY-MM-DD', type: 'date_from_datetime_parsing', input: value };
	}
	switch (field.kind) {
		case 'number':
			if (field.integer ? !/^-?\d+$/.test(value) : Number.isNaN(Number(value))) {
				return field.integer
					? { loc, msg: 'Input should be a valid integer, unable to parse string as an integer', type: 'int_parsing', input: value }
					: { loc, msg: 'Input should be a valid number, unable to parse string as a number', type: 'float_parsing', input: value };
			}
			return undefined;
		case 'boolean':
			if (!TRUE_WORDS.has(value.toLowerCase()) && !FALSE_WORDS.has(value.toLowerCase())) {
				return { loc, msg: 'Input should be a valid boolean, unable to interpret input', type: 'bool_parsing', input: value };
			}
			return undefined;
		case 'dateTime':
			if (Number.isNaN(Date.parse(value))) return { loc, msg: 'Input should be a valid datetime', type: 'datetime_from_date_parsing', input: value };
			return undefined;
		case 'options':
		case 'multiOptions':
			if (field.options && !field.options.map(String).includes(value)) {
				return { loc, msg: `Input should be ${field.options.map((o) => `'${o}'`).join(', ')}`, type: 'enum', input: value };
			}
			return undefined;
		default:
			return undefined;
	}
}

function integerParam(query: URLSearchParams, name: string, min: number, max: number, issues: ValidationDetail[]): void {
	const raw = query.get(name);
	if (raw === null) return;
	const loc = ['query', name];
	if (!/^-?\d+$/.test(raw)) {
		issues.push({ loc, msg: 'Input should be a valid integer, unable to parse string as an integer', type: 'int_parsing', input: raw });
	} else if (Number(raw) < min) {
		issues.push({ loc, msg: `Input should be greater than ${min - 1}`, type: 'greater_than', input: raw });
	} else if (Number(raw) > max) {
		issues.push({ loc, msg: `Input should be less than or equal to ${max}`, type: 'less_than_equal', input: raw });
	}
}

/** "prices[0].amount_type" → ['prices', 0, 'amount_type'] */
function pathToLoc(path: string): Array<string | number> {
	const loc: Array<string | number> = [];
	for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) loc.push(match[2] !== undefined ? Number(match[2]) : match[1]);
	return loc;
}

function issueType(message: string): { msg: string; type: string } {
	if (message === 'is required') return { msg: 'Field required', type: 'missing' };
	if (message === 'is not a known field') return { msg: 'Extra inputs are not permitted', type: 'extra_forbidden' };
	return { msg: message.charAt(0).toUpperCase() + message.slice(1), type: 'value_error' };
}

/** Path parameters, then query parameters (including page, limit and sorting). */
export function validateParameters(op: PolarOperation, params: Record<string, string>, query: URLSearchParams): ValidationDetail[] {
	const issues: ValidationDetail[] = [];
	for (const field of op.fields) {
		if (field.in === 'path') {
			const issue = checkScalar(field, params[field.api] ?? '', ['path', field.api]);
			if (issue) issues.push(issue);
		} else if (field.in === 'query' && !field.deepObject) {
			const values = query.getAll(field.api);
			if (values.length === 0 && field.required) {
				issues.push({ loc: ['query', field.api], msg: 'Field required', type: 'missing', input: null });
			}
			for (const value of values) {
				const issue = checkScalar(field, value, ['query', field.api]);
				if (issue) issues.push(issue);
			}
		}
	}
	if (op.pagination !== 'none') {
		integerParam(query, 'page', 1, Number.MAX_SAFE_INTEGER, issues);
		integerParam(query, 'limit', 1, MAX_LIMIT, issues);
	}
	if (op.sort) {
		for (const key of query.getAll('sorting')) {
			if (!SORT_KEY.test(key)) issues.push({ loc: ['query', 'sorting'], msg: 'Input should be a field name, optionally prefixed with -', type: 'enum', input: key });
		}
	}
	return issues;
}

/** Parses the body the operation takes and checks it against the operation's compact schema. */
export function parseAndValidateBody(op: PolarOperation, raw: string): { body?: unknown; issues: ValidationDetail[] } {
	if (!op.body) return { issues: [] };
	if (raw.trim() === '') return { issues: [{ loc: ['body'], msg: 'Field required', type: 'missing', input: null }] };
	let body: unknown;
	if (op.body.contentType === 'application/x-www-form-urlencoded') {
		body = Object.fromEntries(new URLSearchParams(raw));
	} else {
		try {
			body = JSON.parse(raw);
		} catch (error) {
			const position = Number(/position (\d+)/.exec(String((error as Error).message))?.[1] ?? 0);
			return { issues: [{ loc: ['body', position], msg: 'JSON decode error', type: 'json_invalid' }] };
		}
	}
	const issues = validateSchema(body, op.body.schema, schemas).map((issue) => ({
		loc: ['body', ...pathToLoc(issue.path)],
		...issueType(issue.message),
	}));
	return { body, issues };
}
