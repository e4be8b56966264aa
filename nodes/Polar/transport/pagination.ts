import type { PaginationKind } from '../types';
import type { PolarClient } from './client';
import type { PolarRequest } from './request';

/** Largest page Polar serves. */
export const MAX_PAGE_SIZE = 100;
/**
 * Pages a list operation reads at once after the first (Options → Page Concurrency). The option's
 * default in the generated properties is a literal, which a test keeps equal to this.
 */
export const DEFAULT_PAGE_CONCURRENCY = 8;
/** Pages an editor look-up or the trigger's endpoint listing reads at once: short lists, read rarely. */
export const LOOKUP_PAGE_CONCURRENCY = 2;

/** One page of a list, as the operation's pagination kind says Polar answers it. */
export interface ListPage {
	items: unknown[];
	/** how many pages the list has, when the reply says (the page envelope) */
	pageCount?: number;
	/** whether another page follows this one */
	more: boolean;
}

/** A reply that is not the list envelope the operation's pagination kind promises. */
export class ListReplyError extends Error {
	constructor(expected: string) {
		super(`Polar's reply to a list page is not what this list answers with: expected ${expected}`);
		this.name = 'ListReplyError';
	}
}

export interface ListOptions {
	/** the operation's pagination kind (PolarOperation.pagination) */
	kind: PaginationKind;
	/** how many items at most (Infinity for Return All) */
	limit: number;
	/** pages fetched at once after the first page revealed how many there are */
	concurrency: number;
}

function withPage(req: PolarRequest, page: number, size: number): PolarRequest {
	return { ...req, query: [...(req.query ?? []), ['page', String(page)], ['limit', String(size)]] };
}

/**
 * Reads page `page` of a reply by the list's kind: `page` lists answer `{ items, pagination:
 * { max_page } }`; `pageOrCursor` (events) that or the cursor envelope `{ items, pagination:
 * { has_next_page } }`. Anything else is refused, not guessed around: a list read as empty or as
 * one page would drop items without a word.
 */
export function readPage(body: unknown, kind: PaginationKind, page: number): ListPage {
	if (kind === 'none') throw new Error('This operation is not a paginated list');
	const envelope = (body && typeof body === 'object' ? body : {}) as { items?: unknown; pagination?: { max_page?: unknown; has_next_page?: unknown } };
	if (!Array.isArray(envelope.items)) throw new ListReplyError('"items" to be a list');
	const maxPage = envelope.pagination?.max_page;
	if (typeof maxPage === 'number') return { items: envelope.items, pageCount: maxPage, more: page < maxPage };
	const hasNextPage = envelope.pagination?.has_next_page;
	if (kind === 'pageOrCursor' && typeof hasNextPage === 'boolean') return { items: envelope.items, more: hasNextPage };
	throw new ListReplyError(kind === 'page' ? 'the page count "pagination.max_page"' : '"pagination.max_page" or "pagination.has_next_page"');
}

/** Sends the request for one page of `size` items and reads the reply by the list's kind. */
export async function fetchPage(client: PolarClient, req: PolarRequest, kind: PaginationKind, page: number, size: number): Promise<ListPage> {
	return readPage((await client.send(withPage(req, page, size))).body, kind, page);
}

/**
 * Reads a list until `limit` items are in. The page size is fixed for the whole walk (page
 * numbers depend on it) and follows the limit, so "Limit 10" costs one small request. When the
 * first page tells how many pages there are, the remaining pages are fetched `concurrency` at a
 * time; with the cursor envelope they are read one after another. Items come out in page order,
 * each id once.
 */
export async function fetchList(client: PolarClient, req: PolarRequest, options: ListOptions): Promise<unknown[]> {
	const { kind, limit } = options;
	const size = Math.min(MAX_PAGE_SIZE, Math.max(1, limit));
	const first = await fetchPage(client, req, kind, 1, size);
	const pages: unknown[][] = [first.items];

	if (first.pageCount !== undefined) {
		const wanted = Number.isFinite(limit) ? Math.ceil(limit / size) : Infinity;
		const last = Math.min(first.pageCount, wanted);
		let next = 2;
		const worker = async () => {
			while (next <= last) {
				const page = next++;
				pages[page - 1] = (await fetchPage(client, req, kind, page, size)).items;
			}
		};
		const workers = Math.max(1, Math.min(options.concurrency, last - 1));
		await Promise.all(Array.from({ length: workers }, worker));
	} else {
		let count = first.items.length;
		for (let page = 2, more = first.more; more && count < limit; page++) {
			const current = await fetchPage(client, req, kind, page, size);
			pages.push(current.items);
			count += current.items.length;
			// An empty page ends the walk even if it says more follow: asking on would never end.
			more = current.more && current.items.length > 0;
		}
	}
	return uniqueById(pages.flat(), limit);
}

/** Keeps the first occurrence of each id (a page can shift while others are read) up to `limit`. */
function uniqueById(items: unknown[], limit: number): unknown[] {
	const seen = new Set<unknown>();
	const out: unknown[] = [];
	for (const item of items) {
		const id = (item as { id?: unknown } | null)?.id;
		if (id !== undefined) {
			if (seen.has(id)) continue;
			seen.add(id);
		}
		out.push(item);
		if (out.length >= limit) break;
	}
	return out;
}
