import type { PolarRequest } from './request';
import type { PolarClient } from './client';

/** Largest page Polar serves. */
export const MAX_PAGE_SIZE = 100;

interface PageEnvelope {
	items?: unknown[];
	pagination?: { total_count?: number; max_page?: number; next_cursor?: string | null };
}

/**
 * Reads a page/limit list until `limit` items are in (or every page, when limit is Infinity).
 * The page size is fixed for the whole walk (page numbers depend on it) and follows the limit,
 * so "Limit 10" costs one small request.
 */
export async function fetchPages(client: PolarClient, req: PolarRequest, limit: number): Promise<unknown[]> {
	const items: unknown[] = [];
	const size = Math.min(MAX_PAGE_SIZE, Math.max(1, limit));
	for (let page = 1; ; page++) {
		const res = await client.send({ ...req, query: [...(req.query ?? []), ['page', String(page)], ['limit', String(size)]] });
		const body = res.body as PageEnvelope;
		const pageItems = Array.isArray(body?.items) ? body.items : [];
		items.push(...pageItems);
		const maxPage = body?.pagination?.max_page ?? page;
		if (items.length >= limit || page >= maxPage || pageItems.length === 0) break;
	}
	return items.slice(0, limit);
}
