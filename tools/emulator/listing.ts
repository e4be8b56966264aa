import type { Collection } from './store';
import type { StoredObject } from './types';

/** What a list request asks for, already read from the query string. */
export interface ListQuery {
	page: number;
	limit: number;
	/** e.g. ['-created_at', 'email'] */
	sorting: string[];
	/** field equality; several values = any of them */
	filters: Array<{ field: string; values: string[] }>;
	/** metadata[key]=value filters */
	metadata: Array<{ key: string; values: string[] }>;
	/** `query`: case-insensitive substring of the searchable fields */
	text?: string;
	/** constraints from the path or the session (customer_id of the portal customer, …) */
	fixed: Record<string, string>;
}

export interface Page {
	items: StoredObject[];
	pagination: { total_count: number; max_page: number };
}

const SEARCHED_FIELDS = ['name', 'email', 'external_id', 'label', 'description', 'slug', 'code', 'key'];
const VIEW_CACHE_SIZE = 16;

function compareValues(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === undefined || a === null) return -1;
	if (b === undefined || b === null) return 1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const sa = typeof a === 'object' ? JSON.stringify(a) : String(a);
	const sb = typeof b === 'object' ? JSON.stringify(b) : String(b);
	return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * `lookup` answers a field the objects do not carry themselves but can reach through a
 * reference (external_customer_id through customer_id); undefined = the filter does not apply.
 */
export type FieldLookup = (obj: StoredObject, field: string) => string | undefined;

function matches(obj: StoredObject, q: ListQuery, lookup: FieldLookup): boolean {
	for (const [field, value] of Object.entries(q.fixed)) {
		if (obj[field] !== undefined && String(obj[field]) !== value) return false;
	}
	for (const { field, values } of q.filters) {
		const actual = field in obj ? String(obj[field]) : lookup(obj, field);
		// A filter on a field this kind of object does not have is ignored, not an empty result.
		if (actual === undefined) continue;
		// Polar compares emails case-insensitively (customers: lower(email) = lower(filter)).
		if (field === 'email' ? !values.some((v) => v.toLowerCase() === actual.toLowerCase()) : !values.includes(actual)) return false;
	}
	if (q.metadata.length) {
		const metadata = (obj.metadata ?? {}) as Record<string, unknown>;
		for (const { key, values } of q.metadata) {
			if (!(key in metadata) || !values.includes(String(metadata[key]))) return false;
		}
	}
	if (q.text) {
		const needle = q.text.toLowerCase();
		if (!SEARCHED_FIELDS.some((f) => typeof obj[f] === 'string' && (obj[f] as string).toLowerCase().includes(needle))) return false;
	}
	return true;
}

/** Filtered and sorted objects of a collection, cached until the collection changes. */
function view(collection: Collection, q: ListQuery, lookup: FieldLookup): StoredObject[] {
	const key = JSON.stringify([q.sorting, q.filters, q.metadata, q.text, q.fixed]);
	const cached = collection.views.get(key);
	if (cached && cached.version === collection.version) return cached.items;
	const sorting = (q.sorting.length ? q.sorting : ['-created_at']).map((s) =>
		s.startsWith('-') ? { field: s.slice(1), dir: -1 } : { field: s, dir: 1 },
	);
	// Ties keep insertion order in the direction of the first key (newest first for -created_at).
	const base = collection.items.filter((o) => matches(o, q, lookup));
	if (sorting[0].dir < 0) base.reverse();
	base.sort((a, b) => {
		for (const { field, dir } of sorting) {
			const c = compareValues(a[field], b[field]);
			if (c !== 0) return c * dir;
		}
		return 0;
	});
	if (collection.views.size >= VIEW_CACHE_SIZE) collection.views.delete(collection.views.keys().next().value as string);
	collection.views.set(key, { version: collection.version, items: base });
	return base;
}

export function listPage(collection: Collection, q: ListQuery, lookup: FieldLookup): Page {
	const all = view(collection, q, lookup);
	const start = (q.page - 1) * q.limit;
	return {
		items: all.slice(start, start + q.limit),
		pagination: { total_count: all.length, max_page: Math.ceil(all.length / q.limit) },
	};
}

/** Every matching object, sorted (for non-paginated lists and exports). */
export function listAll(collection: Collection, q: Omit<ListQuery, 'page' | 'limit'>, lookup: FieldLookup): StoredObject[] {
	return view(collection, { ...q, page: 1, limit: Number.MAX_SAFE_INTEGER }, lookup);
}
