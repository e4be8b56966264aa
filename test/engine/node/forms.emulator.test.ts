/**
 * Nested inputs through n8n's real engine, against the emulator: an AI agent's `$fromAI()` placed
 * in a row field reaches the request (and n8n finds it there to offer it as a tool argument), and
 * a multi-select of IDs lists what its picker lists.
 */
import { traverseNodeParameters, type FromAIArgument, type INodeParameters } from 'n8n-workflow';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { loadOptionsContext, runNode, tokenCredentials, TEST_TOKEN } from '../../../tools/harness/engine';
import { startEmulator } from '../../../tools/emulator';
import type { Emulator } from '../../../tools/emulator/types';

let emu: Emulator;
beforeAll(async () => {
	emu = await startEmulator({ tokens: [TEST_TOKEN], seed: 3 });
});
afterAll(async () => {
	await emu.close();
});

test('$fromAI() inside a price row reaches the request, and n8n finds it there as a tool argument', async () => {
	const parameters: INodeParameters = {
		resource: 'product',
		operation: 'create',
		bodyVariant: 'recurring',
		name: "={{ $fromAI('product_name', 'Name of the product', 'string') }}",
		recurringInterval: 'month',
		prices: {
			price: [{ amountType: 'fixed', priceAmount: "={{ $fromAI('price_in_cents', 'Monthly price in cents', 'number') }}", priceCurrency: 'usd' }],
		},
	};
	const found: FromAIArgument[] = [];
	traverseNodeParameters(parameters, found);
	expect(found.map((a) => a.key).sort()).toEqual(['price_in_cents', 'product_name']);

	// As a tool call runs the node: one input item holding the model's arguments.
	const run = await runNode({ credentials: tokenCredentials(emu.url), parameters, items: [{ json: { query: { product_name: 'Agent plan', price_in_cents: 2500 } } }] });
	expect(run.error).toBeUndefined();
	const created = emu.store.get('products', String(run.items[0].json.id));
	expect(created).toMatchObject({ name: 'Agent plan', prices: [expect.objectContaining({ amount_type: 'fixed', price_amount: 2500, price_currency: 'usd' })] });
});

test('a wrong type from the model in a row field fails before sending, naming the row field', async () => {
	const before = emu.log.length;
	const run = await runNode({
		credentials: tokenCredentials(emu.url),
		parameters: { resource: 'product', operation: 'create', bodyVariant: 'recurring', name: 'Agent plan', recurringInterval: 'month', prices: { price: [{ amountType: 'fixed', priceAmount: "={{ $fromAI('price_in_cents') }}" }] } },
		items: [{ json: { query: { price_in_cents: 'a lot' } } }],
	});
	expect(run.error?.message).toBe('Prices → item 1 → Price Amount: expected a number, got "a lot"');
	expect(emu.log.length).toBe(before);
});

test('the products multi-select lists the products its picker lists (name, with the ID as value)', async () => {
	const seeded = emu.seed('products', 3);
	const context = loadOptionsContext({ parameters: { resource: 'checkoutLink', operation: 'create', authentication: 'accessToken', bodyVariant: 'products' }, baseUrl: emu.url, path: 'parameters.products' });
	const loadOptions = new Polar().methods.loadOptions as Record<string, (this: typeof context) => Promise<Array<{ name: string; value: unknown }>>>;
	const choices = await loadOptions.productChoices.call(context);
	for (const product of seeded) expect(choices).toContainEqual({ name: String(product.name), value: product.id });
});
