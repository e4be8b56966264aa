import { listAll, listPage, type FieldLookup, type ListQuery } from './listing';
import { createObject, updateChanges, type ObjectContext } from './objects';
import { linkField, type ObjectRef, type RouteMatch } from './routes';
import { isReply, NOT_FOUND, ok, requestInvalid } from './replies';
import type { ApiRequest, Reply, Session, StoredObject } from './types';
import { CURRENT_API_VERSION } from './types';
import { systemEventRecorder } from './systemEvents';
import { MAX_LIMIT, parseAndValidateBody, validateParameters } from './validation';
import { replyForVersion } from './versions';
import { viewReply } from './views';

/**
 * An operation whose reply is more than CRUD on one collection (handlers/, by area). It answers
 * what Polar answers, in shape and content type, from the store's state where there is state to
 * show, and may fall back to `api.generic(req)`.
 */
export type Handler = (req: ApiRequest, api: PolarApi) => Reply;

/** `page` and `limit` of a list request; a `limit` over 100 is quietly capped, as Polar does (validation.ts). */
export function pageOf(query: URLSearchParams): { page: number; limit: number } {
	return { page: Number(query.get('page') ?? 1), limit: Math.min(MAX_LIMIT, Number(query.get('limit') ?? 10)) };
}

const LIST_CONTROL_PARAMS = new Set(['page', 'limit', 'sorting', 'query', 'metadata']);
const TRUE_WORDS = new Set(['true', '1', 'yes', 'on', 't', 'y']);

/**
 * Executes operations against the store. Generic by plan (list, create, get, update, delete,
 * action); operations whose reply is not plain CRUD have a handler, keyed "resource:operation".
 * The handlers are given by the server (handlers/index.ts), so that they can import this class
 * without a circle.
 */
export class PolarApi {
	readonly sessions = new Map<string, Session>();
	/** OAuth2 access tokens minted by /v1/oauth2/token, accepted like configured tokens */
	readonly mintedTokens = new Set<string>();

	constructor(
		readonly ctx: ObjectContext,
		/** redelivers a stored webhook event (webhook:redeliver) */
		readonly redeliver: (event: StoredObject) => void,
		private readonly handlers: Readonly<Record<string, Handler>>,
	) {
		ctx.store.listen({ changed: systemEventRecorder(ctx) });
	}

	get store() {
		return this.ctx.store;
	}

	reset(): void {
		this.sessions.clear();
		this.mintedTokens.clear();
	}

	/** Validates, then runs the operation. Synchronous: no other request interleaves with a write. */
	execute(match: RouteMatch, query: URLSearchParams, rawBody: string, session?: Session, apiVersion: string = CURRENT_API_VERSION): Reply {
		const op = match.route.op;
		const issues = validateParameters(op, match.params, query);
		const parsed = parseAndValidateBody(op, rawBody);
		issues.push(...parsed.issues);
		if (issues.length) return requestInvalid(issues);
		const body = parsed.body && typeof parsed.body === 'object' && !Array.isArray(parsed.body) ? (parsed.body as Record<string, unknown>) : {};
		const req: ApiRequest = { match, query, body, session, apiVersion };
		const handler = this.handlers[match.route.key];
		// The document's shape first, then what the request's API version adds to it. What the
		// request changes lands in the events log as Polar's system events.
		const reply = this.store.recording(() => (handler ? handler(req, this) : this.generic(req)));
		return replyForVersion(req, viewReply(match.route, reply, this.ctx), this.store);
	}

	generic(req: ApiRequest): Reply {
		const { plan, op } = req.match.route;
		switch (plan.kind) {
			case 'list':
			case 'listAll': {
				const scope = this.scope(req, plan.parents);
				if (isReply(scope)) return scope;
				const collection = this.store.collection(plan.collection);
				const q = this.listQuery(req, scope.fixed);
				return ok(plan.kind === 'list' ? listPage(collection, q, this.lookup) : listAll(collection, q, this.lookup));
			}
			case 'create': {
				const scope = this.scope(req, plan.parents);
				if (isReply(scope)) return scope;
				return ok(createObject(this.ctx, plan.collection, { ...req.body, ...scope.fixed }), 201);
			}
			case 'get':
			case 'update':
			case 'delete': {
				const found = this.target(req, plan.target, plan.parents);
				if (isReply(found)) return found;
				if (plan.kind === 'get') return ok(found);
				if (plan.kind === 'update') return ok(this.update(plan.target.collection, found, req.body));
				if (op.response === 'empty') {
					this.store.collection(plan.target.collection).remove(found.id);
					return { status: 204 };
				}
				// DELETE that answers the object (revoke, cancel): the object stays, ended.
				return ok(this.update(plan.target.collection, found, { status: 'canceled', ended_at: this.ctx.now().toISOString() }));
			}
			case 'action': {
				if (!plan.owner) return op.response === 'empty' ? { status: 204 } : ok({});
				const found = this.target(req, plan.owner, plan.parents);
				if (isReply(found)) return found;
				return op.response === 'empty' ? { status: 204 } : ok(found);
			}
		}
	}

	/** Merges a PATCH body into an object, completed as on create (prices get ids, …). */
	update(collection: string, obj: StoredObject, patch: Record<string, unknown>): StoredObject {
		const now = this.ctx.now().toISOString();
		return this.store.collection(collection).update(obj.id, updateChanges(this.ctx, collection, obj, patch, now), now) as StoredObject;
	}

	/**
	 * Resolves the objects named by the path above the target (the customer of
	 * /customers/{id}/members) and answers the fields that tie children to them.
	 */
	scope(req: ApiRequest, parents: ObjectRef[]): { fixed: Record<string, string>; objects: StoredObject[] } | Reply {
		const fixed: Record<string, string> = {};
		const objects: StoredObject[] = [];
		for (const ref of parents) {
			const obj = this.findRef(req, ref, fixed);
			if (!obj) return NOT_FOUND;
			objects.push(obj);
			for (const key of Object.keys(fixed)) delete fixed[key];
			fixed[linkField(ref.collection)] = obj.id;
		}
		if (req.match.route.portal && req.session && !parents.length) fixed.customer_id = req.session.customerId;
		return { fixed, objects };
	}

	/** The object a path names, checked against its parents and, in the portal, the session's customer. */
	target(req: ApiRequest, ref: ObjectRef, parents: ObjectRef[]): StoredObject | Reply {
		const scope = this.scope(req, parents);
		if (isReply(scope)) return scope;
		const obj = this.findRef(req, ref, scope.fixed);
		if (!obj) return NOT_FOUND;
		if (req.match.route.portal && ref.collection !== 'customers' && req.session && obj.customer_id !== undefined && obj.customer_id !== req.session.customerId) {
			return NOT_FOUND;
		}
		return obj;
	}

	/** Runs `then` on the object the route's plan names (its target or owner), or answers 404. */
	withTarget(req: ApiRequest, then: (obj: StoredObject, collection: string) => Reply): Reply {
		const plan = req.match.route.plan;
		const ref = plan.kind === 'get' || plan.kind === 'update' || plan.kind === 'delete' ? plan.target : plan.kind === 'action' ? plan.owner : undefined;
		if (!ref) return NOT_FOUND;
		const found = this.target(req, ref, plan.parents);
		return isReply(found) ? found : then(found, ref.collection);
	}

	private findRef(req: ApiRequest, ref: ObjectRef, fixed: Record<string, string>): StoredObject | undefined {
		const collection = this.store.collection(ref.collection);
		if (ref.param === '@me') return req.session ? collection.get(req.session.customerId) : undefined;
		const key = req.match.params[ref.param];
		const linked = (o: StoredObject) => Object.entries(fixed).every(([f, v]) => o[f] === undefined || String(o[f]) === v);
		if (ref.field === 'id') {
			const obj = collection.get(key);
			return obj && linked(obj) ? obj : undefined;
		}
		return collection.items.find((o) => o[ref.field] !== undefined && o[ref.field] !== null && String(o[ref.field]) === key && linked(o));
	}

	/** Every object of a collection that the request's filters select, sorted, unpaginated. */
	allMatching(req: ApiRequest, collection: string): StoredObject[] {
		return listAll(this.store.collection(collection), this.listQuery(req, {}), this.lookup);
	}

	/** Reads page, limit, sorting and filters from the query string. */
	listQuery(req: ApiRequest, fixed: Record<string, string>): ListQuery {
		const { query } = req;
		const filters: ListQuery['filters'] = [];
		for (const field of req.match.route.op.fields) {
			if (field.in !== 'query' || field.deepObject || LIST_CONTROL_PARAMS.has(field.api)) continue;
			let values = query.getAll(field.api).filter((v) => v !== '');
			if (!values.length) continue;
			if (field.kind === 'boolean') values = values.map((v) => String(TRUE_WORDS.has(v.toLowerCase())));
			filters.push({ field: field.api, values });
		}
		const metadata = new Map<string, string[]>();
		for (const [key, value] of query) {
			const m = /^metadata\[(.+)\]$/.exec(key);
			if (m) metadata.set(m[1], [...(metadata.get(m[1]) ?? []), value]);
		}
		return {
			...pageOf(query),
			sorting: query.getAll('sorting'),
			filters,
			metadata: [...metadata].map(([key, values]) => ({ key, values })),
			text: query.get('query') || undefined,
			fixed,
		};
	}

	/** Filters on fields an object reaches through its customer (external_customer_id). */
	readonly lookup: FieldLookup = (obj, field) => {
		if (field === 'external_customer_id' && typeof obj.customer_id === 'string') {
			const customer = this.store.collection('customers').get(obj.customer_id);
			return customer ? String(customer.external_id ?? '') : undefined;
		}
		return undefined;
	};
}
