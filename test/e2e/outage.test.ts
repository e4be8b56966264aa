/**
 * Webhook recovery and secrets at rest, in a real `n8n start` against the emulator behaving as
 * Polar does (10 deliveries per event with Polar's backoff, here scaled to seconds; an endpoint
 * whose last 10 events failed is disabled and its pending events skipped):
 * - while the emulator cannot reach n8n, 50 events happen and Polar disables the endpoint; n8n comes
 *   back (a restart that checks its triggers) and every one of the 50 starts exactly one execution,
 *   while the events delivered before the outage, one of them only on a retry, are not replayed;
 * - the endpoint's secret, and a secret pasted for an existing endpoint, appear neither in the
 *   workflow's JSON (REST API, `n8n export:workflow`), nor in execution data, nor in n8n's log,
 *   and deliveries still verify.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopAll } from '../../tools/e2e/process';
import { N8nServer } from '../../tools/e2e/server';
import { N8nUserFolder } from '../../tools/e2e/userFolder';
import { sleep, waitFor, withLogTail } from '../../tools/e2e/wait';
import { startEmulator } from '../../tools/emulator';
import type { Emulator, StoredObject } from '../../tools/emulator/types';
import { deliverUntilAccepted } from '../harness/acceptedDelivery';
import { polarWebhookSecret } from '../harness/polarSigner';
import { existingEndpointTrigger, orderPaidTrigger, polarCredential, polarWebhookSecretCredential } from './workflow';

const TOKEN = 'polar_oat_e2e_outage_token';
const WORKFLOW_ID = 'polarE2eOutage01';
const EXISTING_WORKFLOW_ID = 'polarE2eOutage02';
const WEBHOOK_ID = '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a';
const EXISTING_WEBHOOK_ID = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const TRIGGER_NAME = 'Polar Trigger';
const SECRET_CREDENTIAL = { id: 'polarE2eWhSecret', name: 'Polar webhook secret (e2e)' };
const PASTED_SECRET = polarWebhookSecret(true);
const OUTAGE_EVENTS = 50;
/** Polar's 17–34 minutes of retries per event, scaled to about 10–20 s. */
const BACKOFF_SCALE = 0.01;
/** After the expected executions, how long to keep watching for one too many. */
const QUIET_MS = 4_000;
/** Checks every trigger at start-up, so an n8n coming back finds its disabled endpoint (n8n-facts.md). */
const CHECK_TRIGGERS_AT_START = { N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'false' };

let polar: Emulator;
let folder: N8nUserFolder;
let n8n: N8nServer;
let endpoint: StoredObject;
const logs: string[] = [];

const endpointNow = () => polar.store.get('webhook_endpoints', endpoint.id)!;
const eventsOf = (endpointId: string) => polar.store.list('webhook_events').filter((e) => e.webhook_endpoint_id === endpointId);
const orderIdOf = (event: StoredObject) => (JSON.parse(String(event.payload)) as { data: { id: string } }).data.id;

beforeAll(async () => {
	polar = await startEmulator({ tokens: [TOKEN], seed: 13, allowLoopbackWebhooks: true, webhookBackoffScale: BACKOFF_SCALE });
	({ folder } = await N8nUserFolder.withPackage([polarCredential(polar.url, TOKEN), polarWebhookSecretCredential(SECRET_CREDENTIAL, PASTED_SECRET)]));
	await folder.importWorkflows([
		{ id: WORKFLOW_ID, name: 'Polar e2e: outage', nodes: [orderPaidTrigger('e2e-outage', TRIGGER_NAME, WEBHOOK_ID)], connections: {} },
		{
			id: EXISTING_WORKFLOW_ID,
			name: 'Polar e2e: existing endpoint, secret in a credential',
			nodes: [existingEndpointTrigger('e2e-outage-existing', TRIGGER_NAME, EXISTING_WEBHOOK_ID, SECRET_CREDENTIAL)],
			connections: {},
		},
	]);
	n8n = await N8nServer.start(folder, { env: CHECK_TRIGGERS_AT_START });
}, 300_000);

afterAll(async () => {
	await stopAll();
	await polar?.close();
	await folder?.dispose();
});

const withLog = <T>(what: () => Promise<T>) => withLogTail('n8n', () => n8n.logTail(), what);

/** The order ids the workflow's executions received, one entry per execution item. */
async function receivedOrderIds(workflowId: string): Promise<string[]> {
	const ids: string[] = [];
	for (const summary of await n8n.listExecutions(workflowId)) {
		const run = await n8n.getExecution(summary.id);
		for (const item of run.data.resultData.runData[TRIGGER_NAME][0].data?.main?.[0] ?? []) ids.push(String((item.json.data as { id: string }).id));
	}
	return ids;
}

test('activation registers the endpoint and keeps its secret sealed', async () => {
	await withLog(async () => {
		await n8n.activate(WORKFLOW_ID);
		await waitFor('the trigger to store its endpoint', async () => Boolean((await n8n.getWorkflow(WORKFLOW_ID)).staticData?.[`node:${TRIGGER_NAME}`]?.endpointId));
	});
	[endpoint] = polar.store.list('webhook_endpoints');
	const state = (await n8n.getWorkflow(WORKFLOW_ID)).staticData?.[`node:${TRIGGER_NAME}`];
	expect(state).toMatchObject({ endpointId: endpoint.id, sealedSecret: expect.stringMatching(/^v1\./) });
	expect(state?.secret).toBeUndefined();
});

test('before the outage: three events arrive, and one more arrives on a retry after its first delivery failed', async () => {
	for (const id of ['before-1', 'before-2', 'before-3']) {
		const [result] = await polar.deliverWebhook('order.paid', { id }, { endpointId: endpoint.id });
		expect(result.status).toBe(200);
	}
	polar.configure({ webhooksUnreachable: true });
	const [first] = await polar.deliverWebhook('order.paid', { id: 'before-retried' }, { endpointId: endpoint.id });
	polar.configure({ webhooksUnreachable: false });
	expect(first.status).toBe(0);
	await withLog(() => n8n.waitForExecutions(WORKFLOW_ID, 4));
	const retried = eventsOf(endpoint.id).find((e) => orderIdOf(e) === 'before-retried')!;
	expect(retried.succeeded).toBe(true);
	expect(polar.store.list('webhook_deliveries').filter((d) => d.webhook_event_id === retried.id).map((d) => d.succeeded)).toEqual([false, true]);
});

test('50 events while Polar cannot reach n8n: Polar gives up on them and disables the endpoint', async () => {
	polar.configure({ webhooksUnreachable: true });
	for (let i = 1; i <= OUTAGE_EVENTS; i++) await polar.deliverWebhook('order.paid', { id: `outage-${i}` }, { endpointId: endpoint.id });
	const started = Date.now();
	await waitFor('Polar to disable the endpoint', () => endpointNow().enabled === false, 120_000, 250);
	const outage = eventsOf(endpoint.id).filter((e) => orderIdOf(e).startsWith('outage-'));
	expect(outage).toHaveLength(OUTAGE_EVENTS);
	const settled = outage.filter((e) => e.succeeded === false || e.skipped === true);
	console.log(`endpoint disabled ${Date.now() - started} ms after the 50th event; ${outage.filter((e) => e.succeeded === false).length} events failed 10 times, ${outage.filter((e) => e.skipped === true).length} skipped`);
	expect(settled).toHaveLength(OUTAGE_EVENTS);
	// n8n goes down too; it comes back later with the network.
	await n8n.stop();
	expect(await n8n.listExecutions(WORKFLOW_ID).catch(() => 'down')).toBe('down');
});

test('n8n comes back: the trigger re-enables the endpoint and each of the 50 events starts exactly one execution; nothing earlier is replayed', async () => {
	polar.configure({ webhooksUnreachable: false });
	const port = Number(new URL(n8n.baseUrl).port);
	logs.push(readFileSync(n8n.logFile, 'utf8'));
	n8n = await N8nServer.start(folder, { env: CHECK_TRIGGERS_AT_START, port });
	await withLog(() => waitFor('the endpoint to be enabled again', () => endpointNow().enabled === true, 60_000));
	// The 4 from before the outage ran in the first n8n process; they stay 4 executions.
	const executions = await withLog(() => n8n.waitForExecutions(WORKFLOW_ID, 4 + OUTAGE_EVENTS, 120_000));
	await sleep(QUIET_MS);
	expect(await n8n.listExecutions(WORKFLOW_ID)).toHaveLength(executions.length);
	const ids = await receivedOrderIds(WORKFLOW_ID);
	const expected = ['before-1', 'before-2', 'before-3', 'before-retried', ...Array.from({ length: OUTAGE_EVENTS }, (_, i) => `outage-${i + 1}`)];
	expect([...ids].sort()).toEqual([...expected].sort());
	// Redelivered with their original webhook-id: the redeliveries are the same events.
	const redelivered = polar.store.list('webhook_deliveries').filter((d) => d.succeeded === true && String((d.webhook_event as StoredObject).payload).includes('outage-'));
	console.log(`recovery: ${redelivered.length} successful redeliveries for ${OUTAGE_EVENTS} missed events`);
	expect(new Set(redelivered.map((d) => d.webhook_event_id)).size).toBe(OUTAGE_EVENTS);
	expect(n8n.logTail(10_000)).toContain('Polar Trigger asked Polar to redeliver 50 missed event(s)');
});

test('an existing endpoint\'s secret comes from its credential: a delivery verifies', async () => {
	await withLog(() => n8n.activate(EXISTING_WORKFLOW_ID));
	const [existing] = polar.seed('webhook_endpoints', 1, () => ({ url: `${n8n.baseUrl}/webhook/${EXISTING_WEBHOOK_ID}/webhook`, events: ['order.paid'], secret: PASTED_SECRET, uses_standard_webhook_signature: true }));
	const delivery = await withLog(() => deliverUntilAccepted(polar, 'order.paid', { id: 'existing-1' }, existing.id));
	console.log(`existing endpoint: attempts ${JSON.stringify(delivery.attempts)}`);
	await withLog(() => n8n.waitForExecutions(EXISTING_WORKFLOW_ID, 1));
	await sleep(QUIET_MS);
	expect(await receivedOrderIds(EXISTING_WORKFLOW_ID)).toEqual(['existing-1']);
});

test('no signing secret in the workflows\' JSON (REST and export), in execution data, or in n8n\'s log', async () => {
	const secrets = [String(endpoint.secret), PASTED_SECRET];
	const rest = JSON.stringify([await n8n.getWorkflow(WORKFLOW_ID), await n8n.getWorkflow(EXISTING_WORKFLOW_ID)]);
	const exportFile = join(folder.root, 'exported-workflows.json');
	const exported = await folder.cli(['export:workflow', '--all', `--output=${exportFile}`]);
	expect(exported.code).toBe(0);
	const exportedText = readFileSync(exportFile, 'utf8');
	expect(exportedText).toContain(WORKFLOW_ID);
	const executions = [...(await n8n.listExecutions(WORKFLOW_ID)), ...(await n8n.listExecutions(EXISTING_WORKFLOW_ID))];
	const runData = JSON.stringify(await Promise.all(executions.map((e) => n8n.getExecution(e.id))));
	const log = [...logs, readFileSync(n8n.logFile, 'utf8')].join('\n');
	for (const secret of secrets) {
		// Also the part after whsec_, in case something re-encoded the prefix away.
		for (const needle of [secret, secret.slice('whsec_'.length)]) {
			expect({ where: 'REST', found: rest.includes(needle) }).toEqual({ where: 'REST', found: false });
			expect({ where: 'export', found: exportedText.includes(needle) }).toEqual({ where: 'export', found: false });
			expect({ where: 'executions', found: runData.includes(needle) }).toEqual({ where: 'executions', found: false });
			expect({ where: 'log', found: log.includes(needle) }).toEqual({ where: 'log', found: false });
		}
	}
	expect(log).not.toContain(TOKEN);
});
