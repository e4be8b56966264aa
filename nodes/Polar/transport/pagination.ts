import type { PolarClient } from './client';
import type { PolarRequest } from './request';

/** Largest page Polar serves. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_CONCURRENCY = 8;

interface ListEnvelope {
	items?: unknown[];
	pagination?: { total_count?: number; max_page?: number; has_next_page?: boolean };
}

export interface ListOptions {
	/** how many items at most (Infinity for Return All) */
	limit: number;
	/** pages fetched at once after the first page revealed how many there are */
	concurrency: number;
}

function withPage(req: PolarRequest, page: number, size: number): PolarRequest {
	return { ...req, query: [...(req.query ?? []), ['page', String(page)], ['limit', String(size)]] };
}

function itemsOf(body: unknown): unknown[] {
	const items = (body as ListEnvelope | null)?.items;
	return Array.isArray(items) ? items : [];
}

/**
 * Reads a list until `limit` items are in. The page size is fixed for the whole walk (page
 * numbers depend on it) and follows the limit, so "Limit 10" costs one small request. With page
 * envelopes, the first page reveals `max_page` and the remaining pages are fetched `concurrency`
 * at a time; with the cursor envelope (`has_next_page`) pages are read one after another.
 * Items come out in page order, each id once.
 */
export async function fetchList(client: PolarClient, req: PolarRequest, options: ListOptions): Promise<unknown[]> {
	const size = Math.min(MAX_PAGE_SIZE, Math.max(1, options.limit));
	const first = (await client.send(withPage(req, 1, size))).body as ListEnvelope;
	const pages: unknown[][] = [itemsOf(first)];
	const pagination = first?.pagination;

	if (typeof pagination?.max_page === 'number') {
		const wanted = Number.isFinite(options.limit) ? Math.ceil(options.limit / size) : Infinity;
		const last = Math.min(pagination.max_page, wanted);
		let next = 2;
		const worker = async () => {
			while (next <= last) {
				const page = next++;
				pages[page - 1] = itemsOf((await client.send(withPage(req, page, size))).body);
			}
		};
		const workers = Math.max(1, Math.min(options.concurrency, last - 1));
		await Promise.all(Array.from({ length: workers }, worker));
	} else if (pagination?.has_next_page) {
		let count = pages[0].length;
		for (let page = 2, more = true; more && count < options.limit; page++) {
			const body = (await client.send(withPage(req, page, size))).body as ListEnvelope;
			const items = itemsOf(body);
			pages.push(items);
			count += items.length;
			more = body?.pagination?.has_next_page === true && items.length > 0;
		}
	}
	return uniqueById(pages.flat(), options.limit);
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
