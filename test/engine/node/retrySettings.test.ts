import { startTestEmulator } from '../../harness/emulator';
import type { Emulator } from '../../../tools/emulator/types';
import { runNode, tokenCredentials } from '../../../tools/harness/engine';

/**
 * The Retry settings are the execution's, read once from the first item (README, "Retries and
 * writes"), through n8n's engine against the local Polar emulator.
 */
let emu: Emulator;
beforeAll(async () => {
	emu = await startTestEmulator({ rateLimit: null, seed: 3 });
	emu.seed('products', 2);
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => emu.log.splice(0));

const list = { resource: 'product', operation: 'getAll', returnAll: false, limit: 1, simplify: false };
const items = [{ json: { n: 3 } }, { json: { n: 3 } }, { json: { n: 1 } }];

test('an expression that gives every item the same settings runs every item', async () => {
	const run = await runNode({ credentials: tokenCredentials(emu.url), items, parameters: { ...list, retry: { maxRetries: '={{ 1 + 2 }}', baseDelayMs: 5 } } });
	expect(run.error).toBeUndefined();
	expect(run.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	expect(emu.log).toHaveLength(3);
});

test('settings that differ between items stop the run before anything is sent, naming the setting and the item', async () => {
	const run = await runNode({ credentials: tokenCredentials(emu.url), items, parameters: { ...list, retry: { maxRetries: '={{ $json.n }}' } } });
	expect(run.error?.message).toBe('Retry → Max Retries: item 2 sets it differently from the first item');
	expect(run.error?.description).toMatch(/read from the first item/);
	expect(emu.log).toHaveLength(0);
});

test('an invalid setting in a later item is named before anything is sent', async () => {
	const run = await runNode({ credentials: tokenCredentials(emu.url), items, parameters: { ...list, retry: { maxRetries: '={{ $json.n * 10 }}' } } });
	expect(run.error?.message).toMatch(/^Retry → Max Retries: Number must be less than or equal to 20/);
	expect(emu.log).toHaveLength(0);
});

test('with Continue On Fail every item says so (no item runs on settings it did not ask for), and nothing is sent', async () => {
	const run = await runNode({ credentials: tokenCredentials(emu.url), items, continueOnFail: true, parameters: { ...list, retry: { maxRetries: '={{ $json.n }}' } } });
	expect(run.error).toBeUndefined();
	expect(run.items.map((i) => [i.json.error, i.pairedItem])).toEqual(
		[0, 1, 2].map((item) => ['Retry → Max Retries: item 2 sets it differently from the first item', { item }]),
	);
	expect(emu.log).toHaveLength(0);
});
