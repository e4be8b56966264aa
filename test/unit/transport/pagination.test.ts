import type { IExecuteFunctions } from 'n8n-workflow';
import { PolarClient } from '../../../nodes/Polar/transport/client';
import { DEFAULT_PAGE_CONCURRENCY, fetchList, fetchPage, ListReplyError, readPage } from '../../../nodes/Polar/transport/pagination';
import type { PolarRequest } from '../../../nodes/Polar/transport/request';
import { RETRY_POLICIES } from '../../../nodes/Polar/transport/retry';
import type { PaginationKind } from '../../../nodes/Polar/types';

const conn = { credentialType: 'polarApi' as const, baseUrl: 'http://127.0.0.1:1', apiVersion: '2026-10', secrets: [] };
const list: PolarRequest = { method: 'GET', path: '/v1/things/', query: [['sorting', '-created_at']], auth: 'token' };

/** A list of `total` items served `limit` per page, in the envelope `envelope` makes for a page. */
function listServer(total: number, envelope: (items: unknown[], page: number, maxPage: number) => unknown) {
	const asked: Array<{ page: number; limit: number; query: Array<[string, string]> }> = [];
	let inFlight = 0;
	let mostInFlight = 0;
	const send = async (_ctx: unknown, _conn: unknown, req: PolarRequest) => {
		const q = new Map(req.query);
		const page = Number(q.get('page'));
		const limit = Number(q.get('limit'));
		asked.push({ page, limit, query: req.query ?? [] });
		inFlight++;
		mostInFlight = Math.max(mostInFlight, inFlight);
		await new Promise((resolve) => setImmediate(resolve));
		inFlight--;
		const all = Array.from({ length: total }, (_, i) => ({ id: `t${i + 1}` }));
		const maxPage = Math.ceil(total / limit);
		return { statusCode: 200, headers: {}, body: envelope(all.slice((page - 1) * limit, page * limit), page, maxPage) };
	};
	const client = new PolarClient({} as IExecuteFunctions, conn, { retry: RETRY_POLICIES.node, send: send as never, wait: async () => {} });
	return { client, asked, mostInFlight: () => mostInFlight };
}

const pageEnvelope = (items: unknown[], _page: number, maxPage: number) => ({ items, pagination: { total_count: 0, max_page: maxPage } });
const cursorEnvelope = (items: unknown[], page: number, maxPage: number) => ({ items, pagination: { has_next_page: page < maxPage } });
const ids = (items: unknown[]) => items.map((i) => (i as { id: string }).id);

describe('readPage: a reply is read as the list kind says, never guessed', () => {
	test.each<[PaginationKind, unknown, { count?: number; more: boolean }]>([
		['page', { items: [1, 2], pagination: { max_page: 3 } }, { count: 3, more: true }],
		['page', { items: [1], pagination: { max_page: 3 } }, { count: 3, more: true }],
		['pageOrCursor', { items: [1], pagination: { max_page: 1 } }, { count: 1, more: false }],
		['pageOrCursor', { items: [1], pagination: { has_next_page: true } }, { more: true }],
		['pageOrCursor', { items: [], pagination: { has_next_page: false } }, { more: false }],
	])('%s: %j', (kind, body, expected) => {
		const page = readPage(body, kind, 1);
		expect(page.items).toEqual((body as { items: unknown[] }).items);
		expect(page.pageCount).toBe(expected.count);
		expect(page.more).toBe(expected.more);
	});

	test('the last page of a page envelope says no more follow', () => expect(readPage({ items: [], pagination: { max_page: 3 } }, 'page', 3).more).toBe(false));

	test.each<[string, PaginationKind, unknown, RegExp]>([
		['a page list answering the cursor envelope', 'page', { items: [1], pagination: { has_next_page: true } }, /pagination\.max_page/],
		['a page list without pagination', 'page', { items: [1] }, /pagination\.max_page/],
		['a page count that is not a number', 'page', { items: [1], pagination: { max_page: '3' } }, /pagination\.max_page/],
		['events answering neither envelope', 'pageOrCursor', { items: [1], pagination: {} }, /"pagination\.max_page" or "pagination\.has_next_page"/],
		['items that are not a list', 'page', { items: { a: 1 }, pagination: { max_page: 1 } }, /"items" to be a list/],
		['a reply that is not an object', 'pageOrCursor', 'oops', /"items" to be a list/],
		['no reply body', 'page', null, /"items" to be a list/],
	])('%s is refused', (_label, kind, body, message) => {
		const read = () => readPage(body, kind, 1);
		expect(read).toThrow(ListReplyError);
		expect(read).toThrow(message);
	});

	test('an operation that is not a list cannot be read as one', () => {
		expect(() => readPage({ items: [], pagination: { max_page: 1 } }, 'none', 1)).toThrow(/not a paginated list/);
	});
});

describe('fetchList by pagination kind', () => {
	test('page: the first page tells the page count, the rest go `concurrency` at a time, items in page order', async () => {
		const server = listServer(950, pageEnvelope);
		const items = await fetchList(server.client, list, { kind: 'page', limit: Infinity, concurrency: 3 });
		expect(ids(items)).toEqual(Array.from({ length: 950 }, (_, i) => `t${i + 1}`));
		expect(server.asked.map((a) => a.page).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(server.asked.every((a) => a.limit === 100)).toBe(true);
		expect(server.mostInFlight()).toBe(3);
		// the request's own query stays, page and limit come after it
		expect(server.asked[0].query).toEqual([['sorting', '-created_at'], ['page', '1'], ['limit', '100']]);
	});

	test('page: a limit reads only the pages it needs, at a page size that follows it', async () => {
		const server = listServer(950, pageEnvelope);
		const items = await fetchList(server.client, list, { kind: 'page', limit: 25, concurrency: 8 });
		expect(ids(items)).toEqual(Array.from({ length: 25 }, (_, i) => `t${i + 1}`));
		expect(server.asked).toHaveLength(1);
		expect(server.asked[0].limit).toBe(25);
	});

	test('pageOrCursor with the cursor envelope: pages one after another until has_next_page is false', async () => {
		const server = listServer(250, cursorEnvelope);
		const items = await fetchList(server.client, list, { kind: 'pageOrCursor', limit: Infinity, concurrency: 8 });
		expect(ids(items)).toHaveLength(250);
		expect(server.asked.map((a) => a.page)).toEqual([1, 2, 3]);
		expect(server.mostInFlight()).toBe(1);
	});

	test('pageOrCursor with the page envelope: read like a page list', async () => {
		const server = listServer(250, pageEnvelope);
		const items = await fetchList(server.client, list, { kind: 'pageOrCursor', limit: Infinity, concurrency: 8 });
		expect(ids(items)).toHaveLength(250);
		expect(server.mostInFlight()).toBe(2);
	});

	test('the cursor walk stops at an empty page even if it says more follow', async () => {
		const server = listServer(100, (items) => ({ items, pagination: { has_next_page: true } }));
		const items = await fetchList(server.client, list, { kind: 'pageOrCursor', limit: Infinity, concurrency: 1 });
		expect(ids(items)).toHaveLength(100);
		expect(server.asked.map((a) => a.page)).toEqual([1, 2]);
	});

	test('a page list answering the cursor envelope fails, instead of returning its first page as the whole list', async () => {
		const server = listServer(250, cursorEnvelope);
		await expect(fetchList(server.client, list, { kind: 'page', limit: Infinity, concurrency: 8 })).rejects.toThrow(ListReplyError);
		expect(server.asked).toHaveLength(1);
	});

	test('a later page in another shape fails too, instead of counting as empty', async () => {
		const server = listServer(250, (items, page, maxPage) => (page === 2 ? { data: items } : pageEnvelope(items, page, maxPage)));
		await expect(fetchList(server.client, list, { kind: 'page', limit: Infinity, concurrency: 1 })).rejects.toThrow(/"items" to be a list/);
	});

	test('an operation without pagination is not walked', async () => {
		const server = listServer(10, pageEnvelope);
		await expect(fetchList(server.client, list, { kind: 'none', limit: Infinity, concurrency: 1 })).rejects.toThrow(/not a paginated list/);
	});

	test('fetchPage: one page for a picker, with whether another follows', async () => {
		const server = listServer(120, pageEnvelope);
		const first = await fetchPage(server.client, list, 'page', 1, 50);
		const last = await fetchPage(server.client, list, 'page', 3, 50);
		expect([ids(first.items).length, first.more, ids(last.items).length, last.more]).toEqual([50, true, 20, false]);
	});
});

test('every Page Concurrency option shows the default the transport uses', () => {
	// The generated option's default is a literal; it must not drift from DEFAULT_PAGE_CONCURRENCY.
	const { Polar } = jest.requireActual('../../../nodes/Polar/Polar.node');
	const found: unknown[] = [];
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) value.forEach(walk);
		else if (value && typeof value === 'object') {
			const property = value as { name?: unknown; default?: unknown; options?: unknown };
			if (property.name === 'pageConcurrency') found.push(property.default);
			Object.values(property).forEach(walk);
		}
	};
	walk(new Polar().description.properties);
	expect(found.length).toBeGreaterThan(0);
	expect(new Set(found)).toEqual(new Set([DEFAULT_PAGE_CONCURRENCY]));
});
