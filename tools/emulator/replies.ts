import type { ErrorEntry } from './pydantic';
import type { Reply, StoredObject } from './types';

/** The replies every area shares: Polar's 404 and 422 bodies, CSV exports, and plain JSON. */

/** Polar's 404 (`ResourceNotFound`). */
export const NOT_FOUND: Reply = { status: 404, body: { error: 'ResourceNotFound', detail: 'Not found' } };

/** Tells a reply from a stored object (objects always have an id, replies never). */
export function isReply(x: StoredObject | Reply | { fixed: unknown }): x is Reply {
	return typeof (x as Reply).status === 'number' && !('id' in x);
}

export function ok(body: unknown, status = 200): Reply {
	return { status, body };
}

/**
 * Polar's 422s (server/polar/exception_handlers.py): `error` names the exception,
 * `RequestValidationError` for what FastAPI and pydantic refuse before the operation runs,
 * `PolarRequestValidationError` for Polar's own rules checked while it runs; `detail` has one
 * entry per problem, `{type, loc, msg, input}` (pydantic adds `ctx`).
 */
export function requestInvalid(detail: ErrorEntry[]): Reply {
	return { status: 422, body: { error: 'RequestValidationError', detail } };
}

export function polarInvalid(detail: ErrorEntry[]): Reply {
	return { status: 422, body: { error: 'PolarRequestValidationError', detail } };
}

/** One of Polar's own rules broken (PolarRequestValidationError), with the input that broke it. */
export function unprocessable(loc: Array<string | number>, msg: string, input: unknown = null, type = 'value_error'): Reply {
	return polarInvalid([{ type, loc, msg, input }]);
}

/** CSV as Polar's exports write it: a header row, then one row per object, RFC 4180 quoting. */
export function csv(columns: string[], rows: Array<Record<string, unknown>>): Reply {
	const cell = (value: unknown): string => {
		if (value === null || value === undefined) return '';
		const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
	return { status: 200, text: `${lines.join('\r\n')}\r\n`, contentType: 'text/csv; charset=utf-8' };
}
