import { randomUUID } from 'node:crypto';
import { FakePolarWebhooks } from '../../harness/fakePolarWebhooks';
import type { PolarSigningScheme } from '../../harness/polarSigner';
import { polarSignedHeaders, polarWebhookSecret } from '../../harness/polarSigner';
import type { DeliveryOutcome } from '../../harness/trigger';
import { recordLogs, tokenCredentials, TRIGGER_TEST_TOKEN, TriggerHarness } from '../../harness/trigger';

/**
 * Which of Polar's two signing keys the trigger accepts, through n8n-core's hook and webhook
 * contexts: the endpoint's own when the trigger registered it (and knows its
 * `uses_standard_webhook_signature`), either when only the secret is known.
 */

const BODY = JSON.stringify({ type: 'order.paid', timestamp: '2026-10-01T12:00:00.000000Z', data: { id: 'ord_1', amount: 1999 } });
const SCHEMES: PolarSigningScheme[] = ['standard', 'legacy'];

function started(outcome: DeliveryOutcome): boolean {
	return outcome.result?.workflowData !== undefined;
}

/** Status and whether an execution started, for one delivery keyed `scheme`'s way. */
async function deliverSigned(h: TriggerHarness, secret: string, scheme: PolarSigningScheme): Promise<{ status: number; started: boolean }> {
	const outcome = await h.deliver(BODY, { ...polarSignedHeaders(secret, scheme, BODY), 'webhook-api-version': '2026-10' });
	return { status: outcome.status, started: started(outcome) };
}

const ACCEPTED = { status: 200, started: true };
const REFUSED = { status: 403, started: false };

let fake: FakePolarWebhooks;
let logs: ReturnType<typeof recordLogs>;
const harnesses: TriggerHarness[] = [];
/** Every secret a test used, searched for in outputs and logs afterwards. */
const secrets = new Set<string>();

/** A harness; `pasted` is the Existing Endpoint secret, kept in its own credential. */
function harness(parameters: Record<string, unknown> = {}, pasted?: string): TriggerHarness {
	const h = new TriggerHarness({
		parameters: { events: ['order.paid'], ...parameters } as never,
		credentials: parameters.registration === 'manual' ? { polarWebhookSecretApi: { secret: pasted ?? '' } } : tokenCredentials(fake.baseUrl),
		// A workflow of its own: the replay memory is per workflow and node.
		workflowId: `wf-${randomUUID()}`,
	});
	harnesses.push(h);
	return h;
}

beforeEach(async () => {
	logs = recordLogs();
	fake = await new FakePolarWebhooks().start();
});

afterEach(async () => {
	for (const h of harnesses.splice(0)) await h.close();
	await fake.close();
	logs.restore();
	for (const endpoint of fake.endpoints.values()) secrets.add(endpoint.secret);
	const everything = JSON.stringify({ logs: logs.lines });
	expect(everything).not.toContain(TRIGGER_TEST_TOKEN);
	for (const secret of secrets) expect(everything).not.toContain(secret);
});

describe('what the trigger keeps of the endpoint\'s scheme (static data)', () => {
	test('an endpoint Polar signs the legacy way is kept with its scheme', async () => {
		fake.legacySecrets = true;
		const h = harness();
		await h.activate();
		const [endpoint] = [...fake.endpoints.values()];
		expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9]{43}$/);
		expect(h.unsealedStaticData).toMatchObject({ secret: endpoint.secret, usesStandardSignature: false });
	});

	test('a secret reset in the dashboard is picked up by checkExists, with its scheme', async () => {
		fake.legacySecrets = true;
		const h = harness();
		await h.activate();
		expect(h.staticData.usesStandardSignature).toBe(false);
		const endpoint = fake.resetSecret(h.staticData.endpointId as string);
		fake.calls.length = 0;

		expect(await h.activate()).toEqual({ created: false });
		expect(fake.calls.map((c) => `${c.method} ${c.path.split('/')[3]}`)).toEqual(['GET endpoints', 'GET deliveries']);
		expect(h.unsealedStaticData).toMatchObject({ secret: endpoint.secret, usesStandardSignature: true });
	});

	test('static data written before the scheme and version were kept is completed by checkExists', async () => {
		fake.legacySecrets = true;
		const h = harness();
		await h.activate();
		delete h.staticData.usesStandardSignature;
		delete h.staticData.apiVersion;
		fake.calls.length = 0;

		expect(await h.activate()).toEqual({ created: false });
		expect(fake.calls.map((c) => `${c.method} ${c.path.split('/')[3]}`)).toEqual(['GET endpoints', 'GET deliveries']);
		expect(h.staticData).toMatchObject({ usesStandardSignature: false, apiVersion: '2026-10' });
	});

	test('a reply without the scheme flag leaves it unknown rather than stale', async () => {
		const h = harness();
		await h.activate();
		const id = h.staticData.endpointId as string;
		const { uses_standard_webhook_signature: _flag, ...withoutFlag } = fake.endpoints.get(id)!;
		fake.failNext('GET', 200, withoutFlag);
		expect(await h.activate()).toEqual({ created: false });
		expect(h.staticData).not.toHaveProperty('usesStandardSignature');
		expect(h.unsealedStaticData.secret).toBe(withoutFlag.secret);
	});
});

describe('an endpoint the trigger registered: only the key Polar says it signs with', () => {
	test.each(SCHEMES)('a %s endpoint accepts its own key and refuses the other', async (scheme) => {
		fake.legacySecrets = scheme === 'legacy';
		const h = harness();
		await h.activate();
		await h.listen();
		const secret = h.unsealedStaticData.secret as string;
		expect(h.staticData.usesStandardSignature).toBe(scheme === 'standard');

		expect(await deliverSigned(h, secret, scheme)).toEqual(ACCEPTED);
		expect(await deliverSigned(h, secret, scheme === 'standard' ? 'legacy' : 'standard')).toEqual(REFUSED);
		expect(await deliverSigned(h, polarWebhookSecret(true), 'standard')).toEqual(REFUSED);
		// The refusal is logged with its reason and the scheme, never the secret (afterEach checks that).
		expect(logs.lines.filter((line) => line.includes('refused a delivery: signatureMismatch') && line.includes(`"scheme":"${scheme}"`))).toHaveLength(2);
		expect(JSON.stringify(h.outcomes)).not.toContain(secret);
	});

	test('after a secret reset in the dashboard, the next activation moves verification to the new standard key', async () => {
		fake.legacySecrets = true;
		const h = harness();
		await h.activate();
		await h.listen();
		const oldSecret = h.unsealedStaticData.secret as string;
		const { secret: newSecret } = fake.resetSecret(h.staticData.endpointId as string);
		secrets.add(oldSecret);

		// Until n8n runs checkExists again, the node still holds the old secret.
		expect(await deliverSigned(h, newSecret, 'standard')).toEqual(REFUSED);
		expect(await h.activate()).toEqual({ created: false });
		expect(await deliverSigned(h, newSecret, 'standard')).toEqual(ACCEPTED);
		expect(await deliverSigned(h, newSecret, 'legacy')).toEqual(REFUSED);
		expect(await deliverSigned(h, oldSecret, 'legacy')).toEqual(REFUSED);
	});

	test('static data from before the scheme was kept accepts either key until checkExists stores the scheme', async () => {
		fake.legacySecrets = true;
		const h = harness();
		await h.activate();
		await h.listen();
		delete h.staticData.usesStandardSignature;
		const secret = h.unsealedStaticData.secret as string;

		expect(await deliverSigned(h, secret, 'legacy')).toEqual(ACCEPTED);
		expect(await deliverSigned(h, secret, 'standard')).toEqual(ACCEPTED);
		expect(await deliverSigned(h, polarWebhookSecret(false), 'legacy')).toEqual(REFUSED);

		await h.activate();
		expect(h.staticData.usesStandardSignature).toBe(false);
		expect(await deliverSigned(h, secret, 'legacy')).toEqual(ACCEPTED);
		expect(await deliverSigned(h, secret, 'standard')).toEqual(REFUSED);
	});
});

describe('an existing endpoint (a pasted secret): either key, as Polar\'s SDK accepts', () => {
	test.each(SCHEMES)('a pasted %s secret accepts deliveries keyed either way, and nothing else', async (scheme) => {
		const pasted = polarWebhookSecret(scheme === 'standard');
		secrets.add(pasted);
		const h = harness({ registration: 'manual' }, ` ${pasted} `);
		await h.activate();
		await h.listen();

		expect(await deliverSigned(h, pasted, 'standard')).toEqual(ACCEPTED);
		expect(await deliverSigned(h, pasted, 'legacy')).toEqual(ACCEPTED);
		expect(await deliverSigned(h, polarWebhookSecret(scheme === 'standard'), scheme)).toEqual(REFUSED);
		const unsigned = await h.deliver(BODY, {});
		expect(unsigned.status).toBe(403);
		expect(JSON.stringify(h.outcomes)).not.toContain(pasted);
		expect(fake.calls).toHaveLength(0);
	});
});
