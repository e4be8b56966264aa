import { operations } from '../../nodes/Polar/generated/operations';
import type { PolarOperation } from '../../nodes/Polar/types';

/**
 * Turns the generated operation table into routes, and each route's path template into a plan:
 * which collection it reads or writes and how the objects named in the path are found. Nothing
 * here is written per operation; special cases live in handlers/.
 */

/** An object named by the path, e.g. the customer in /v1/customers/{id}/state. */
export interface ObjectRef {
	collection: string;
	/** path parameter holding the key; '@me' = the customer of the session */
	param: string;
	/** object field the parameter is compared with */
	field: string;
}

export type Plan =
	/** paginated list, or create, in `collection` (below the `parents`, if any) */
	| { kind: 'list' | 'create'; collection: string; parents: ObjectRef[] }
	/** a non-paginated GET on a collection: a bare array */
	| { kind: 'listAll'; collection: string; parents: ObjectRef[] }
	| { kind: 'get' | 'update' | 'delete'; target: ObjectRef; parents: ObjectRef[] }
	/** anything else: `verb` on `owner` (or on nothing) */
	| { kind: 'action'; verb: string; owner?: ObjectRef; parents: ObjectRef[] };

export interface Route {
	/** "resource:operation", the key in the operation table */
	key: string;
	op: PolarOperation;
	/** template segments; '{name}' for parameters */
	segments: string[];
	/** a customer-portal operation: objects are limited to the session's customer */
	portal: boolean;
	plan: Plan;
	/** '1' per literal segment, '0' per parameter: literal-first routes win */
	specificity: string;
}

export interface RouteMatch {
	route: Route;
	params: Record<string, string>;
}

/** Path words that qualify the key that follows instead of naming a collection. */
const QUALIFIERS = new Set(['external', 'client', 'claim']);
/** Parameters that are looked up by their own name instead of by `id`. */
const NATURAL_KEYS = new Set(['client_id', 'client_secret', 'slug', 'invitation_token']);
const TOP_ALIASES: Record<string, string> = { oauth2_register: 'oauth2_clients' };
/** Customer-portal paths that name a collection differently from the organization API. */
const PORTAL_ALIASES: Record<string, string> = { meters: 'customer_meters', seats: 'customer_seats' };

export function singular(name: string): string {
	if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
	if (name.endsWith('s')) return name.slice(0, -1);
	return name;
}

/** The field a child object uses to point at its parent, e.g. customers → customer_id. */
export function linkField(parentCollection: string): string {
	return `${singular(parentCollection)}_id`;
}

interface Frame {
	literals: string[];
	param?: string;
}

function isParam(segment: string): boolean {
	return segment.startsWith('{') && segment.endsWith('}');
}

function splitPath(path: string): string[] {
	return path.split('/').filter(Boolean);
}

/** Groups the words after /v1 (and after /customer-portal) into literal runs closed by a parameter. */
function framesOf(segments: string[]): { frames: Frame[]; portal: boolean } {
	let words = segments[0] === 'v1' ? segments.slice(1) : segments;
	const portal = words[0] === 'customer-portal';
	if (portal) words = words.slice(1);
	const frames: Frame[] = [];
	let literals: string[] = [];
	for (const word of words) {
		if (isParam(word) || (portal && word === 'me')) {
			frames.push({ literals, param: isParam(word) ? word.slice(1, -1) : '@me' });
			literals = [];
		} else {
			literals.push(word);
		}
	}
	if (literals.length) frames.push({ literals });
	return { frames, portal };
}

function collectionName(literals: string[], portal: boolean): string {
	const parts = literals.filter((l) => !QUALIFIERS.has(l)).map((l) => l.replace(/-/g, '_'));
	const name = parts.map((p, i) => (i < parts.length - 1 ? singular(p) : p)).join('_');
	if (portal && PORTAL_ALIASES[name]) return PORTAL_ALIASES[name];
	return TOP_ALIASES[name] ?? name;
}

function keyField(param: string): string {
	if (param === '@me') return 'id';
	if (param.endsWith('external_id')) return 'external_id';
	if (NATURAL_KEYS.has(param)) return param;
	return 'id';
}

function normalizedTemplate(segments: string[]): string {
	return segments.map((s) => (isParam(s) ? '{}' : s)).join('/');
}

function buildRoutes(): Route[] {
	const entries = Object.entries(operations);
	// Paths that hold a collection: something lists them, or objects live right below them.
	const collectionPaths = new Set<string>();
	const topCollections = new Set<string>();
	for (const [, op] of entries) {
		const segments = splitPath(op.path);
		if (op.method === 'GET' && op.pagination !== 'none') collectionPaths.add(normalizedTemplate(segments));
		if (isParam(segments[segments.length - 1])) collectionPaths.add(normalizedTemplate(segments.slice(0, -1)));
		const { frames, portal } = framesOf(segments);
		if (frames[0]) topCollections.add(collectionName(frames[0].literals, portal));
	}

	const routes: Route[] = [];
	for (const [key, op] of entries) {
		const segments = splitPath(op.path);
		const { frames, portal } = framesOf(segments);
		// Resolve each frame's collection, nesting under the previous frame's object.
		const refs: ObjectRef[] = [];
		let parent: string | undefined;
		const collections = frames.map((frame) => {
			let name = collectionName(frame.literals, portal);
			if (parent) {
				// benefits/{id}/grants are the benefit_grants; customers/{id}/members are the members;
				// license-keys/{id}/activations only exist there: license_key_activations.
				const combined = `${singular(parent)}_${name}`;
				if (topCollections.has(combined) || !topCollections.has(name)) name = combined;
			}
			if (frame.param) parent = name;
			return name;
		});
		frames.forEach((frame, i) => {
			if (frame.param) refs.push({ collection: collections[i], param: frame.param, field: keyField(frame.param) });
		});
		const last = frames[frames.length - 1];
		const lastCollection = collections[collections.length - 1];
		let plan: Plan;
		if (last.param) {
			const target = refs[refs.length - 1];
			const parents = refs.slice(0, -1);
			const kind = ({ GET: 'get', PATCH: 'update', PUT: 'update', DELETE: 'delete' } as const)[op.method as 'GET'];
			plan = kind ? { kind, target, parents } : { kind: 'action', verb: op.method.toLowerCase(), owner: target, parents };
		} else if (collectionPaths.has(normalizedTemplate(segments))) {
			if (op.method === 'GET') plan = { kind: op.pagination === 'none' ? 'listAll' : 'list', collection: lastCollection, parents: refs };
			else if (op.method === 'POST') plan = { kind: 'create', collection: lastCollection, parents: refs };
			else plan = { kind: 'action', verb: op.method.toLowerCase(), parents: refs };
		} else {
			const owner = refs[refs.length - 1];
			plan = { kind: 'action', verb: last.literals.join('/'), owner, parents: refs.slice(0, -1) };
		}
		routes.push({
			key,
			op,
			segments,
			portal,
			plan,
			specificity: segments.map((s) => (isParam(s) ? '0' : '1')).join(''),
		});
	}
	return routes;
}

/** Routes grouped by segment count, most specific first. */
export class RouteTable {
	readonly routes: Route[];
	private readonly byLength = new Map<number, Route[]>();

	constructor(routes: Route[] = buildRoutes()) {
		this.routes = routes;
		for (const route of routes) {
			const list = this.byLength.get(route.segments.length) ?? [];
			list.push(route);
			this.byLength.set(route.segments.length, list);
		}
		for (const list of this.byLength.values()) list.sort((a, b) => (a.specificity < b.specificity ? 1 : a.specificity > b.specificity ? -1 : 0));
	}

	/** The route for a request, 'method' when the path exists with other methods, or undefined. */
	match(method: string, pathname: string): RouteMatch | 'method' | undefined {
		let parts: string[];
		try {
			parts = splitPath(pathname).map(decodeURIComponent);
		} catch {
			return undefined;
		}
		let pathMatched = false;
		for (const route of this.byLength.get(parts.length) ?? []) {
			const params: Record<string, string> = {};
			let ok = true;
			for (let i = 0; i < parts.length && ok; i++) {
				const s = route.segments[i];
				if (isParam(s)) params[s.slice(1, -1)] = parts[i];
				else ok = s === parts[i];
			}
			if (!ok) continue;
			pathMatched = true;
			if (route.op.method === method) return { route, params };
		}
		return pathMatched ? 'method' : undefined;
	}

	byKey(key: string): Route | undefined {
		return this.routes.find((r) => r.key === key);
	}
}
