import type { StoredObject } from './types';

/** What a handler answers; the server adds headers, faults and rate limits around it. */
export interface Reply {
	status: number;
	/** JSON body */
	body?: unknown;
	/** text body (CSV) */
	text?: string;
	contentType?: string;
	headers?: Record<string, string>;
}

export const NOT_FOUND: Reply = { status: 404, body: { error: 'ResourceNotFound', detail: 'Not found' } };

/** Tells a reply from a stored object (objects always have an id, replies never). */
export function isReply(x: StoredObject | Reply | { fixed: unknown }): x is Reply {
	return typeof (x as Reply).status === 'number' && !('id' in x);
}

export function ok(body: unknown, status = 200): Reply {
	return { status, body };
}

/** Polar's 422 (PolarRequestValidationError): one entry per problem, with the input that caused it when known. */
export function unprocessable(loc: Array<string | number>, msg: string, input?: unknown): Reply {
	return { status: 422, body: { detail: [{ type: 'value_error', loc, msg, ...(input === undefined ? {} : { input }) }] } };
}
