import type { ServerResponse } from 'node:http';
import { DEFAULT_ITEMS_IN_PARALLEL } from '../../../nodes/Polar/actions/itemRuns';
import { runNode } from '../../../tools/harness/engine';
import { fakePolar, json } from '../../harness/fakePolar';

/**
 * Items in Parallel through n8n's engine against a scripted stand-in whose replies arrive in an
 * order of its choosing: output stays paired and in input order, failures stay honest.
 */
const FAST_RETRY = { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 20 };
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ json: { n: i } }));

/** A stand-in that answers each request after `delayOf` ms, counting requests in flight and the order replies go out in. */
async function slowPolar(answer: (url: string, method: string, body: string) => { delayMs: number; status: number; body: unknown }) {
	const flight = { now: 0, max: 0 };
	const replied: string[] = [];
	const polar = await fakePolar((req, body, res: ServerResponse) => {
		flight.now++;
		flight.max = Math.max(flight.max, flight.now);
		const { delayMs, status, body: reply } = answer(req.url!, req.method!, body);
		setTimeout(() => {
			flight.now--;
			replied.push(req.url!);
			json(res, status, reply, { 'polar-version': '2026-10' }); // as every routed reply of Polar's
		}, delayMs);
	});
	return { ...polar, flight, replied };
}

test('replies arriving in reverse order: output paired and in input order; at most Items in Parallel in flight', async () => {
	const count = 24;
	// The earlier the item, the later its reply: each group in flight comes back reversed.
	const polar = await slowPolar((url) => {
		const n = Number(url.split('/').filter(Boolean).pop()!.replace('ext-', ''));
		return { delayMs: 10 + (count - n) * 6, status: 200, body: { id: `cus_${n}`, external_id: `ext-${n}` } };
	});
	try {
		const { items: out, error } = await runNode({
			baseUrl: polar.url,
			items: items(count),
			parameters: { resource: 'customer', operation: 'getExternal', externalId: '=ext-{{ $json.n }}', retry: FAST_RETRY },
		});
		expect(error).toBeUndefined();
		expect(out).toEqual(Array.from({ length: count }, (_, i) => ({ json: { id: `cus_${i}`, external_id: `ext-${i}` }, pairedItem: { item: i } })));
		const replyOrder = polar.replied.map((u) => Number(u.split('ext-')[1]));
		console.log(`default (${DEFAULT_ITEMS_IN_PARALLEL}): at most ${polar.flight.max} in flight; replies came in the order ${replyOrder.join(',')}`);
		expect(replyOrder).not.toEqual([...replyOrder].sort((a, b) => a - b)); // really shuffled
		expect(polar.flight.max).toBeGreaterThan(1);
		expect(polar.flight.max).toBeLessThanOrEqual(DEFAULT_ITEMS_IN_PARALLEL);
	} finally {
		await polar.close();
	}
});

test('Items in Parallel 1 is the plain loop: one request at a time, in input order', async () => {
	const polar = await slowPolar((url) => ({ delayMs: 5, status: 200, body: { id: url.split('/').pop() } }));
	try {
		const { items: out, error } = await runNode({
			baseUrl: polar.url,
			items: items(8),
			parameters: { resource: 'customer', operation: 'getExternal', externalId: '=ext-{{ $json.n }}', itemsInParallel: 1 },
		});
		expect(error).toBeUndefined();
		expect(out.map((o) => o.pairedItem)).toEqual(Array.from({ length: 8 }, (_, i) => ({ item: i })));
		expect(polar.flight.max).toBe(1);
		expect(polar.requests.map((r) => r.url)).toEqual(Array.from({ length: 8 }, (_, i) => `/v1/customers/external/ext-${i}`));
	} finally {
		await polar.close();
	}
});

test('Continue On Fail with failures mixed in: every item has its output or its own error item, in input order', async () => {
	const polar = await slowPolar((url) => {
		const n = Number(url.split('ext-')[1]);
		if (n % 3 === 1) return { delayMs: 5, status: 404, body: { error: 'ResourceNotFound', detail: 'Not found' } };
		if (n % 5 === 2) return { delayMs: 40, status: 422, body: { detail: [{ loc: ['path', 'external_id'], msg: 'bad id', type: 'value_error' }] } };
		return { delayMs: 60 - n, status: 200, body: { id: `cus_${n}` } };
	});
	try {
		const { items: out, error } = await runNode({
			baseUrl: polar.url,
			continueOnFail: true,
			items: items(20),
			parameters: { resource: 'customer', operation: 'getExternal', externalId: '=ext-{{ $json.n }}', retry: FAST_RETRY },
		});
		expect(error).toBeUndefined();
		expect(out).toHaveLength(20);
		for (const [i, item] of out.entries()) {
			expect(item.pairedItem).toEqual({ item: i });
			if (i % 3 === 1) expect(item.json).toMatchObject({ error: expect.stringMatching(/^Not found on Polar/), httpCode: '404' });
			else if (i % 5 === 2) expect(item.json).toMatchObject({ error: expect.stringMatching(/External ID: bad id/), httpCode: '422' });
			else expect(item.json).toEqual({ id: `cus_${i}` });
		}
	} finally {
		await polar.close();
	}
});

describe('without Continue On Fail', () => {
	const create = { resource: 'customer', operation: 'create', email: '=buyer{{ $json.n }}@example.com', retry: FAST_RETRY };
	/** Creates answer after 80 ms; the items in `fail` answer 422 after their own delay. */
	const creating = (fail: Record<number, number>) =>
		slowPolar((_url, _method, body) => {
			const n = Number(/buyer(\d+)@/.exec(body)![1]);
			if (n in fail) return { delayMs: fail[n], status: 422, body: { detail: [{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' }] } };
			return { delayMs: 80, status: 201, body: { id: `cus_${n}`, email: `buyer${n}@example.com` } };
		});

	test('the node fails on the failed item; the items running beside it finish, and the error names them', async () => {
		const polar = await creating({ 3: 0 });
		try {
			const { error } = await runNode({ baseUrl: polar.url, items: items(12), parameters: create });
			expect(error?.message).toMatch(/^Polar rejected the input: Email: must be an email address/);
			expect(error?.context?.itemIndex).toBe(3);
			// Items 0–4 went at once; after item 3 failed, none started: 0, 1, 2 and 4 were applied.
			expect(polar.requests).toHaveLength(DEFAULT_ITEMS_IN_PARALLEL);
			expect(error?.description).toContain('Polar already applied items 0 (cus_0), 1 (cus_1), 2 (cus_2), 4 (cus_4): skip them when you run again. 7 items were not sent.');
			expect(error?.context?.appliedItems).toBe('0–2, 4');
		} finally {
			await polar.close();
		}
	});

	test('the first failure in input order is the error, even when a later item failed first', async () => {
		const polar = await creating({ 1: 60, 3: 0 });
		try {
			const { error } = await runNode({ baseUrl: polar.url, items: items(12), parameters: create });
			expect(error?.context?.itemIndex).toBe(1);
			expect(error?.description).toContain('Polar already applied items 0 (cus_0), 2 (cus_2), 4 (cus_4): skip them when you run again. Item 3, sent at the same time, failed too. 7 items were not sent.');
		} finally {
			await polar.close();
		}
	});

	test('many applied items are named by count and index ranges', async () => {
		const polar = await creating({ 30: 0 });
		try {
			const { error } = await runNode({ baseUrl: polar.url, items: items(40), parameters: create });
			expect(error?.context?.itemIndex).toBe(30);
			expect(error?.description).toMatch(/Polar already applied items 0–29, 31–3\d \(3\d items\): skip them when you run again\. \d items were not sent\./);
		} finally {
			await polar.close();
		}
	});

	test('one item at a time: the same report, of the items before the failure', async () => {
		const polar = await creating({ 2: 0 });
		try {
			const { error } = await runNode({ baseUrl: polar.url, items: items(5), parameters: { ...create, itemsInParallel: 1 } });
			expect(polar.requests).toHaveLength(3);
			expect(error?.description).toContain('Polar already applied items 0 (cus_0), 1 (cus_1): skip them when you run again. 2 items were not sent.');
		} finally {
			await polar.close();
		}
	});
});

test('an Items in Parallel outside 1–20 fails before anything is sent, naming the field', async () => {
	const polar = await slowPolar(() => ({ delayMs: 0, status: 200, body: {} }));
	try {
		const { error } = await runNode({ baseUrl: polar.url, parameters: { resource: 'customer', operation: 'getExternal', externalId: 'x', itemsInParallel: 0 } });
		expect(error?.message).toBe('Items in Parallel: expected a whole number from 1 to 20, got 0');
		expect(polar.requests).toHaveLength(0);
	} finally {
		await polar.close();
	}
});
