/**
 * The Polar Trigger inside a real `n8n start` on loopback, against the emulator behaving as Polar
 * does (Standard Webhooks secrets, `webhook-api-version`), except that it accepts n8n's loopback
 * http URL: publishing registers the endpoint, Polar's deliveries start executions; tampered,
 * stale, wrong-key and unsigned ones do not, nor does a redelivery; an existing endpoint with a
 * pre-2026-09-08 (legacy) secret pasted into the node works too; unpublishing removes the endpoint.
 */
import { stopAll } from '../../tools/e2e/process';
import { N8nServer } from '../../tools/e2e/server';
import { N8nUserFolder } from '../../tools/e2e/userFolder';
import { waitFor, withLogTail } from '../../tools/e2e/wait';
import type { Emulator, StoredObject } from '../../tools/emulator/types';
import { startEmulator } from '../../tools/emulator';
import { deliverUntilAccepted } from '../harness/acceptedDelivery';
import { nowSeconds, polarSignedHeaders, polarWebhookSecret, type PolarSigningScheme } from '../harness/polarSigner';
import { existingEndpointTrigger, orderPaidTrigger, polarCredential, polarWebhookSecretCredential } from './workflow';

const TOKEN = 'polar_oat_e2e_trigger_token';
const WORKFLOW_ID = 'polarE2eTrigger1';
const LEGACY_WORKFLOW_ID = 'polarE2eTrigger2';
/** Fixed, so the production URLs are known: `${WEBHOOK_URL}/webhook/<webhookId>/webhook`. */
const WEBHOOK_ID = '6f1f9f0e-5b7c-4d55-9e1f-2f2b3c4d5e6f';
const LEGACY_WEBHOOK_ID = '0b6a3c1d-7e2f-4a5b-8c9d-1e2f3a4b5c6d';
const TRIGGER_NAME = 'Polar Trigger';
/** A secret Polar generated before 2026-09-08, as pasted from its dashboard into Existing Endpoint mode. */
const LEGACY_SECRET = polarWebhookSecret(false);
/** Existing Endpoint mode reads the pasted secret from a credential of its own. */
const LEGACY_SECRET_CREDENTIAL = { id: 'polarE2eLegacySec', name: 'Polar legacy webhook secret' };
/** After refused deliveries, how long to keep watching for an execution that should not appear. */
const QUIET_MS = 1500;

let polar: Emulator;
let folder: N8nUserFolder;
let n8n: N8nServer;
let order: StoredObject;
let endpoint: StoredObject;
let firstWebhookId: string;

const endpoints = () => polar.store.list('webhook_endpoints');
const urlOf = (webhookId: string) => `${n8n.baseUrl}/webhook/${webhookId}/webhook`;

beforeAll(async () => {
	// n8n listens on loopback http, which Polar would refuse as a webhook URL.
	polar = await startEmulator({ tokens: [TOKEN], seed: 7, allowLoopbackWebhooks: true });
	polar.seed('customers', 2);
	polar.seed('products', 1);
	[order] = polar.seed('orders', 1);

	({ folder } = await N8nUserFolder.withPackage([polarCredential(polar.url, TOKEN), polarWebhookSecretCredential(LEGACY_SECRET_CREDENTIAL, LEGACY_SECRET)]));
	await folder.importWorkflows([
		{ id: WORKFLOW_ID, name: 'Polar e2e: trigger', nodes: [orderPaidTrigger('e2e-trigger', TRIGGER_NAME, WEBHOOK_ID)], connections: {} },
		{
			id: LEGACY_WORKFLOW_ID,
			name: 'Polar e2e: existing legacy endpoint',
			nodes: [existingEndpointTrigger('e2e-trigger-legacy', TRIGGER_NAME, LEGACY_WEBHOOK_ID, LEGACY_SECRET_CREDENTIAL)],
			connections: {},
		},
	]);
	n8n = await N8nServer.start(folder);
}, 300_000);

afterAll(async () => {
	await stopAll();
	await polar?.close();
	await folder?.dispose();
});

const withLog = <T>(what: () => Promise<T>) => withLogTail('n8n', () => n8n.logTail(), what);

/** A delivery signed here (not by the emulator), posted straight to n8n; answers the status. */
async function postSigned(webhookId: string, secret: string, scheme: PolarSigningScheme, options: { timestamp?: number } = {}): Promise<number> {
	const body = JSON.stringify({ type: 'order.paid', timestamp: new Date().toISOString(), data: order });
	const headers = { 'content-type': 'application/json', 'webhook-api-version': '2026-10', ...polarSignedHeaders(secret, scheme, body, options) };
	const res = await fetch(urlOf(webhookId), { method: 'POST', headers, body });
	await res.text();
	return res.status;
}

test('publishing the workflow creates a Standard Webhooks endpoint on Polar with the credential\'s API version', async () => {
	expect(endpoints()).toHaveLength(0);
	await withLog(async () => {
		await n8n.activate(WORKFLOW_ID);
		// n8n publishes through an outbox: the trigger's create() runs shortly after the REST call
		// returns, and the webhook only verifies deliveries once the secret create() stored is
		// saved with the workflow's static data, which n8n does last.
		await waitFor('the trigger to store its endpoint in static data', async () => {
			const { staticData } = await n8n.getWorkflow(WORKFLOW_ID);
			return Boolean(staticData?.[`node:${TRIGGER_NAME}`]?.endpointId);
		});
	});
	const [created, ...others] = endpoints();
	expect(others).toHaveLength(0);
	endpoint = created;
	expect(endpoint).toMatchObject({ url: urlOf(WEBHOOK_ID), format: 'raw', events: ['order.paid'], api_version: '2026-10', uses_standard_webhook_signature: true });
	expect(String(endpoint.secret)).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
	const { staticData } = await n8n.getWorkflow(WORKFLOW_ID);
	expect(staticData?.[`node:${TRIGGER_NAME}`]).toMatchObject({ endpointId: endpoint.id, usesStandardSignature: true, apiVersion: '2026-10' });
});

test('a delivery Polar signs starts exactly one execution carrying the order and its API version', async () => {
	const [result] = await polar.deliverWebhook('order.paid', order, { endpointId: endpoint.id });
	expect(result.status).toBe(200);
	firstWebhookId = result.webhookId;
	const [execution] = await withLog(() => n8n.waitForExecutions(WORKFLOW_ID, 1));
	expect(execution.status).toBe('success');
	const run = await n8n.getExecution(execution.id);
	const items = run.data.resultData.runData[TRIGGER_NAME][0].data?.main?.[0] ?? [];
	expect(items).toHaveLength(1);
	expect(items[0].json).toMatchObject({ type: 'order.paid', webhookId: firstWebhookId, apiVersion: '2026-10', data: { id: order.id } });
});

test('tampered, stale, wrong-key and unsigned deliveries are refused with 403 and start nothing', async () => {
	const secret = String(endpoint.secret);
	const [tampered] = await polar.deliverWebhook('order.paid', order, { endpointId: endpoint.id, tamper: true });
	const [stale] = await polar.deliverWebhook('order.paid', order, { endpointId: endpoint.id, timestamp: nowSeconds() - 6 * 60 });
	const statuses = {
		tampered: tampered.status,
		stale: stale.status,
		// The endpoint is standard: its secret's UTF-8 bytes (the legacy key) are not its key.
		otherSchemeKey: await postSigned(WEBHOOK_ID, secret, 'legacy'),
		otherSecret: await postSigned(WEBHOOK_ID, polarWebhookSecret(true), 'standard'),
		unsigned: (await fetch(urlOf(WEBHOOK_ID), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'order.paid', data: order }) })).status,
	};
	expect(statuses).toEqual({ tampered: 403, stale: 403, otherSchemeKey: 403, otherSecret: 403, unsigned: 403 });
	await new Promise((r) => setTimeout(r, QUIET_MS));
	expect(await n8n.listExecutions(WORKFLOW_ID)).toHaveLength(1);
});

test('a redelivery through Polar\'s API (same webhook-id, signed afresh) is acknowledged and starts nothing', async () => {
	const event = polar.store.list('webhook_events').find((e) => e.webhook_id === firstWebhookId)!;
	const deliveriesOf = () => polar.store.list('webhook_deliveries').filter((d) => (d.webhook_event as StoredObject).id === event.id);
	expect(deliveriesOf()).toHaveLength(1);
	const res = await fetch(`${polar.url}/v1/webhooks/events/${event.id}/redeliver`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'polar-version': '2026-10' } });
	expect(res.status).toBe(202);
	const [, again] = await waitFor('the redelivery to be made', () => deliveriesOf().length === 2 && deliveriesOf());
	expect(again).toMatchObject({ http_code: 200, succeeded: true });
	await new Promise((r) => setTimeout(r, QUIET_MS));
	expect(await n8n.listExecutions(WORKFLOW_ID)).toHaveLength(1);
});

test('an existing endpoint with a pasted legacy secret: Polar\'s legacy-signed delivery starts exactly one execution', async () => {
	await withLog(() => n8n.activate(LEGACY_WORKFLOW_ID));
	// The endpoint as Polar keeps one made before 2026-09-08 in its dashboard.
	const [legacy] = polar.seed('webhook_endpoints', 1, () => ({ url: urlOf(LEGACY_WEBHOOK_ID), events: ['order.paid'], secret: LEGACY_SECRET, uses_standard_webhook_signature: false }));
	const result = await withLog(() => deliverUntilAccepted(polar, 'order.paid', order, legacy.id));
	console.log(`legacy endpoint: attempts ${JSON.stringify(result.attempts)}`);
	const [execution] = await withLog(() => n8n.waitForExecutions(LEGACY_WORKFLOW_ID, 1));
	await new Promise((r) => setTimeout(r, QUIET_MS));
	expect(await n8n.listExecutions(LEGACY_WORKFLOW_ID)).toHaveLength(1);
	expect(execution.status).toBe('success');
	const run = await n8n.getExecution(execution.id);
	const items = run.data.resultData.runData[TRIGGER_NAME][0].data?.main?.[0] ?? [];
	expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ type: 'order.paid', webhookId: result.webhookId, data: expect.objectContaining({ id: order.id }) })]);
	expect(await n8n.listExecutions(WORKFLOW_ID)).toHaveLength(1);
});

test('unpublishing the workflow deletes its endpoint on Polar; the existing endpoint is left alone', async () => {
	expect(endpoints()).toHaveLength(2);
	await withLog(async () => {
		await n8n.deactivate(WORKFLOW_ID);
		await n8n.deactivate(LEGACY_WORKFLOW_ID);
		await waitFor('the endpoint to be deleted on Polar', () => endpoints().length === 1);
	});
	expect(endpoints().map((e) => e.secret)).toEqual([LEGACY_SECRET]);
});

test('n8n\'s log holds neither the token nor a signing secret', () => {
	const log = n8n.logTail(1_000_000);
	expect(log).toContain('Polar Trigger refused a delivery');
	expect(log).not.toContain(TOKEN);
	expect(log).not.toContain(String(endpoint.secret));
	expect(log).not.toContain(LEGACY_SECRET);
});
