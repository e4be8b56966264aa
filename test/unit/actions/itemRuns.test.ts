import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { NodeApiError, NodeHelpers } from 'n8n-workflow';
import { DEFAULT_ITEMS_IN_PARALLEL, type ItemOutcome, runItems, stopReport } from '../../../nodes/Polar/actions/itemRuns';
import { Polar } from '../../../nodes/Polar/Polar.node';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('runItems', () => {
	test('starts items in input order, never more than `parallel` at once, and answers outcomes by index', async () => {
		const started: number[] = [];
		let running = 0;
		let most = 0;
		const outcomes = await runItems(10, 3, async (i) => {
			started.push(i);
			most = Math.max(most, ++running);
			for (let t = 0; t < 10 - i; t++) await tick(); // earlier items take longer
			running--;
			return [{ json: { i } }];
		}, true);
		expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(most).toBe(3);
		expect(outcomes.map((o) => o?.ok && o.output[0].json.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	test('stopping at a failure: nothing starts after it, what runs beside it finishes', async () => {
		const started: number[] = [];
		const outcomes = await runItems(10, 3, async (i) => {
			started.push(i);
			if (i === 1) throw new Error('item 1');
			for (let t = 0; t < 5; t++) await tick();
			return [];
		}, true);
		expect(started).toEqual([0, 1, 2]);
		expect(outcomes.map((o) => (o ? o.ok : 'not started'))).toEqual([true, false, true, ...Array(7).fill('not started')]);
	});

	test('not stopping (Continue On Fail): every item runs', async () => {
		const outcomes = await runItems(6, 2, async (i) => {
			if (i % 2) throw new Error(`item ${i}`);
			return [];
		}, false);
		expect(outcomes.map((o) => o?.ok)).toEqual([true, false, true, false, true, false]);
	});

	test('one at a time is the plain loop', async () => {
		const events: string[] = [];
		await runItems(3, 1, async (i) => {
			events.push(`start ${i}`);
			await tick();
			events.push(`end ${i}`);
			return [];
		}, true);
		expect(events).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
	});
});

describe('stopReport', () => {
	const ok = (id?: string): ItemOutcome => ({ ok: true, output: [{ json: id ? { id } : {} }] as INodeExecutionData[] });
	const failed = (inDoubt = false): ItemOutcome => {
		const error = new NodeApiError({ id: '1', name: 'Polar', type: 'polar', typeVersion: 1, position: [0, 0], parameters: {} }, {}, { message: 'x' });
		if (inDoubt) error.context.mayHaveBeenApplied = true;
		return { ok: false, error };
	};

	test('few items: named by index and id; others that failed and those never sent are counted', () => {
		const report = stopReport([ok('a'), ok('b'), failed(), ok('d'), failed(true), undefined, undefined], 2);
		expect(report).toEqual({
			description: 'Polar already applied items 0 (a), 1 (b), 3 (d): skip them when you run again. Item 4, sent at the same time, failed too and may have been applied. 2 items were not sent.',
			appliedItems: '0–1, 3',
		});
	});

	test('many items, or items without one id each: count and index ranges', () => {
		const outcomes = [...Array.from({ length: 12 }, (_, i) => ok(`id${i}`)), failed(), ok('x'), failed(), failed(true), undefined];
		expect(stopReport(outcomes, 12)?.description).toBe(
			'Polar already applied items 0–11, 13 (13 items): skip them when you run again. Items 14–15, sent at the same time, failed too (15 may have been applied). 1 item was not sent.',
		);
		expect(stopReport([ok(), ok(), failed()], 2)?.description).toBe('Polar already applied items 0–1 (2 items): skip them when you run again.');
	});

	test('nothing to say when the first item failed alone', () => {
		expect(stopReport([failed(), undefined, undefined], 0)).toBeUndefined();
	});
});

describe('the Items in Parallel property', () => {
	const description = new Polar().description;
	const properties = description.properties.filter((p) => p.name === 'itemsInParallel');
	// As n8n's engine reads parameters: judged against every property's default as well (an
	// `ingestMode` rule once hid it everywhere, as that mode's default is the batched one).
	const shown = (values: INodeParameters) =>
		NodeHelpers.getNodeParameters(description.properties, { ...values, itemsInParallel: 1 }, false, false, null, description)?.itemsInParallel === 1;

	test('its default is DEFAULT_ITEMS_IN_PARALLEL', () => {
		expect(new Set(properties.map((p) => p.default))).toEqual(new Set([DEFAULT_ITEMS_IN_PARALLEL]));
	});

	test('shows for every operation that runs item by item, not where an override runs all items by its own rule', () => {
		expect(shown({ resource: 'customer', operation: 'create' })).toBe(true);
		expect(shown({ resource: 'portalOrder', operation: 'getAll' })).toBe(true);
		expect(shown({ resource: 'file', operation: 'create' })).toBe(true);
		expect(shown({ resource: 'event', operation: 'ingest', ingestMode: 'json' })).toBe(true);
		expect(shown({ resource: 'event', operation: 'ingest', ingestMode: 'itemPerEvent' })).toBe(false);
		expect(shown({ resource: 'file', operation: 'upload' })).toBe(false);
	});
});
