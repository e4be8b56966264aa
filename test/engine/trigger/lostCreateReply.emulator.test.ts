import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import { rejection, tokenCredentials, TriggerHarness } from '../../harness/trigger';

/**
 * Polar has no idempotency key, so the transport does not send a webhook endpoint's create again
 * after its reply was lost. The trigger then looks at what Polar holds for its URL instead: one
 * endpoint per URL, however activation meets lost replies. Against the emulator, whose faults can
 * apply a request and then lose (reset) or replace (502/504) its reply.
 */

const EVENTS = ['order.paid'];
const CREATE = { method: 'POST', path: '/v1/webhooks/endpoints' };
let emu: Emulator;

beforeEach(async () => {
	// n8n's webhook URLs in these tests are on loopback http, which Polar would refuse.
	emu = await startTestEmulator({ seed: 3, allowLoopbackWebhooks: true });
});
afterEach(async () => {
	await emu.close();
});

const harness = (events = EVENTS) => new TriggerHarness({ parameters: { events } as never, credentials: tokenCredentials(emu.url) });
const endpoints = () => emu.store.list('webhook_endpoints');

test.each(['502', '504', 'reset'] as const)('a create Polar applied but whose reply was lost (%s) is found and kept, not made twice', async (kind) => {
	const h = harness();
	emu.configure({ faults: { rate: 1, kinds: [kind], phase: 'after', only: CREATE, seed: 1 } });
	expect(await h.activate()).toEqual({ created: true });
	expect(endpoints()).toHaveLength(1);
	const [endpoint] = endpoints();
	expect(h.unsealedStaticData).toMatchObject({ endpointId: endpoint.id, secret: endpoint.secret, url: h.webhookUrl() });
	expect(emu.log.filter((e) => e.method === 'POST').length).toBe(1);
});

test('an endpoint left for this URL by an earlier lost reply is taken over (events, API version, enabled); further ones are deleted', async () => {
	const h = harness(['order.paid', 'subscription.active']);
	const leftover = (events: string[]) =>
		emu.seed('webhook_endpoints', 1, () => ({ url: h.webhookUrl(), format: 'raw', events, enabled: false, api_version: '2026-04' }))[0];
	const first = leftover(['order.paid']);
	leftover(['order.paid']);
	expect(await h.activate()).toEqual({ created: true });
	expect(emu.log.filter((e) => e.method === 'POST')).toHaveLength(0);
	expect(endpoints().map((e) => e.id)).toEqual([first.id]);
	expect(endpoints()[0]).toMatchObject({ events: ['order.paid', 'subscription.active'], api_version: '2026-10', enabled: true });
	expect(h.staticData.endpointId).toBe(first.id);
});

test('a create that failed before Polar applied it, but in a way that leaves doubt, still fails saying so when nothing is found', async () => {
	const h = harness();
	emu.configure({ faults: { rate: 1, kinds: ['502'], phase: 'before', only: CREATE, seed: 1 } });
	const error = await rejection(h.activate());
	expect(error.message).toMatch(/may have applied/i);
	expect(endpoints()).toHaveLength(0);
	expect(h.staticData.endpointId).toBeUndefined();
});
