import type { ApiRequest, PolarApi } from './api';
import type { StoredObject } from './types';

/**
 * What handlers answer, the replies every area shares (Polar's 404 and 422 bodies) and the
 * lookup of the object a route names. Kept apart from api.ts so that handler files need not
 * import the API that dispatches to them (api.ts is imported here for types only).
 */

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

/** Polar's 404 (`ResourceNotFound`). */
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

/** Runs `then` on the object the route's plan names, or answers 404. */
export function withTarget(req: ApiRequest, api: PolarApi, then: (obj: StoredObject, collection: string) => Reply): Reply {
	const plan = req.match.route.plan;
	const ref = plan.kind === 'get' || plan.kind === 'update' || plan.kind === 'delete' ? plan.target : plan.kind === 'action' ? plan.owner : undefined;
	if (!ref) return NOT_FOUND;
	const found = api.target(req, ref, plan.parents);
	return isReply(found) ? found : then(found, ref.collection);
}
