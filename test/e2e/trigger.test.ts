/**
 * The Polar Trigger inside a real `n8n start` on loopback: publishing registers the endpoint
 * on the (emulated) Polar, signed deliveries start executions, tampered and repeated ones do not,
 * unpublishing removes the endpoint.
 */
import { N8nUserFolder, stopAll, waitFor, type N8nServer } from '../../tools/e2e/n8n';
import type { Emulator, StoredObject } from '../../tools/emulator/types';
import { startEmulator } from '../../tools/emulator';
import { orderPaidTrigger, polarCredential } from './workflow';

const TOKEN = 'polar_oat_e2e_trigger_token';
const WORKFLOW_ID = 'polarE2eTrigger1';
/** Fixed, so the production URL is known: `${WEBHOOK_URL}/webhook/<webhookId>/webhook`. */
const WEBHOOK_ID = '6f1f9f0e-5b7c-4d55-9e1f-2f2b3c4d5e6f';
const TRIGGER_NAME = 'Polar Trigger';
/** After a refused delivery, how long to keep watching for an execution that should not appear. */
const QUIET_MS = 1500;

let polar: Emulator;
let folder: N8nUserFolder;
let n8n: N8nServer;
let order: StoredObject;
let firstWebhookId: string;

const endpoints = () => polar.store.list('webhook_endpoints');

beforeAll(async () => {
	// n8n listens on loopback http, which Polar would refuse as a webhook URL.
	// Legacy secrets only until the trigger verifies Standard Webhooks signatures.
	polar = await startEmulator({ tokens: [TOKEN], seed: 7, allowLoopbackWebhooks: true, legacyWebhookSecrets: true });
	polar.seed('customers', 2);
	polar.seed('products', 1);
	[order] = polar.seed('orders', 1);

	folder = await N8nUserFolder.create();
	const tarball = process.env.POLAR_E2E_TARBALL;
	if (!tarball) throw new Error('POLAR_E2E_TARBALL is not set: run through jest.e2e.config.js (its globalSetup packs the package)');
	await folder.installPackage(tarball);
	await folder.importCredentials([polarCredential(polar.url, TOKEN)]);
	await folder.importWorkflows([
		{
			id: WORKFLOW_ID,
			name: 'Polar e2e: trigger',
			nodes: [
				orderPaidTrigger('e2e-trigger', TRIGGER_NAME, WEBHOOK_ID),
			],
			connections: {},
		},
	]);
	n8n = await folder.start();
}, 300_000);

afterAll(async () => {
	await stopAll();
	await polar?.close();
	await folder?.dispose();
});

/** Fails with n8n's log tail, which is where a trigger's lifecycle errors end up. */
async function withLog<T>(what: () => Promise<T>): Promise<T> {
	try {
		return await what();
	} catch (error) {
		throw new Error(`${(error as Error).message}\n--- n8n log (tail)\n${n8n.logTail()}`);
	}
}

test('publishing the workflow creates the webhook endpoint on Polar', async () => {
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
	const [endpoint, ...others] = endpoints();
	expect(others).toHaveLength(0);
	expect(endpoint.url).toBe(`${n8n.baseUrl}/webhook/${WEBHOOK_ID}/webhook`);
	expect(endpoint.format).toBe('raw');
	expect(endpoint.events).toEqual(['order.paid']);
});

test('a signed order.paid delivery starts exactly one execution carrying the order', async () => {
	const [result] = await polar.deliverWebhook('order.paid', order);
	expect(result.status).toBe(200);
	firstWebhookId = result.webhookId;
	const [execution] = await withLog(() => n8n.waitForExecutions(WORKFLOW_ID, 1));
	expect(execution.status).toBe('success');
	const run = await n8n.getExecution(execution.id);
	const items = run.data.resultData.runData[TRIGGER_NAME][0].data?.main?.[0] ?? [];
	expect(items).toHaveLength(1);
	expect(items[0].json).toMatchObject({ type: 'order.paid', webhookId: firstWebhookId, data: { id: order.id } });
});

test('a delivery with a tampered signature is refused and starts nothing', async () => {
	const [result] = await polar.deliverWebhook('order.paid', order, { tamper: true });
	expect(result.status).toBe(403);
	await new Promise((r) => setTimeout(r, QUIET_MS));
	expect(await n8n.listExecutions(WORKFLOW_ID)).toHaveLength(1);
});

test('a redelivery of the same webhook-id is acknowledged and starts nothing', async () => {
	const [result] = await polar.deliverWebhook('order.paid', order, { webhookId: firstWebhookId });
	expect(result.status).toBe(200);
	await new Promise((r) => setTimeout(r, QUIET_MS));
	expect(await n8n.listExecutions(WORKFLOW_ID)).toHaveLength(1);
});

test('unpublishing the workflow deletes the endpoint on Polar', async () => {
	expect(endpoints()).toHaveLength(1);
	await withLog(async () => {
		await n8n.deactivate(WORKFLOW_ID);
		await waitFor('the endpoint to be deleted on Polar', () => endpoints().length === 0);
	});
	expect(endpoints()).toHaveLength(0);
});
