/**
 * The package on every n8n line it supports: the pinned 2.x (tools/e2e/ensure-n8n.sh) and the last
 * 1.x (`ensure-n8n.sh 1.x`), each installed from the packed tarball as Community Nodes installs it,
 * running against the emulator behaving as Polar does. One `n8n start` per line; every node check
 * is a workflow behind a Webhook node answering with its last node's items, so it runs inside that
 * server, and the emulator's log counts what reached "Polar".
 *
 * The error checks are the point of this suite: up to n8n-workflow 2.33 (all of 1.x), the error
 * n8n's authenticated helper throws has lost the reply, and a 404, 422 or 401 was once misread as a
 * network failure and sent six times.
 */
import { randomUUID } from 'node:crypto';
import { COMPAT_CACHE, loadInstallation, type N8nInstallation } from '../../tools/e2e/installation';
import { stopAll } from '../../tools/e2e/process';
import { nodeOutput } from '../../tools/e2e/runs';
import { N8nServer } from '../../tools/e2e/server';
import { N8nUserFolder } from '../../tools/e2e/userFolder';
import { waitFor } from '../../tools/e2e/wait';
import type { WorkflowDefinition, WorkflowNode } from '../../tools/e2e/definitions';
import type { Emulator, LogEntry, StoredObject } from '../../tools/emulator/types';
import { startEmulator } from '../../tools/emulator';
import { deliverUntilAccepted } from '../harness/acceptedDelivery';
import { orderPaidTrigger, polarCredential, polarNode } from '../e2e/workflow';

const TOKEN = 'polar_oat_compat_token';
/** A token of its own for the rate-limit check: the emulator counts each token in its own window. */
const BUSY_TOKEN = 'polar_oat_compat_busy_token';
const REFUSED_TOKEN = 'polar_oat_compat_refused_token';
const CUSTOMERS = 250;
const TRIGGER_NAME = 'Polar Trigger';
/** At most 16 characters: n8n 1.x silently skips saving the static data of a workflow with a longer id. */
const TRIGGER_WORKFLOW = 'compatTrigger001';
const TRIGGER_WEBHOOK_ID = '3c0d9a8e-2b1f-4e6d-9a7c-5b4e3d2c1f0a';

const LINES: Array<[string, () => N8nInstallation]> = [
	['pinned n8n 2.x', () => loadInstallation()],
	['last n8n 1.x', () => loadInstallation(COMPAT_CACHE)],
];

const credential = (id: string, baseUrl: string, token: string) => ({ ...polarCredential(baseUrl, token), id, name: `Polar ${id}` });
const uses = (id: string) => ({ polarApi: { id, name: `Polar ${id}` } });

/** Webhook (answers with the last node's items) → one Polar node. */
function behindWebhook(id: string, polar: WorkflowNode): WorkflowDefinition & { versionId: string } {
	const hook: WorkflowNode = {
		id: `${id}-hook`,
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId: randomUUID(),
		parameters: { httpMethod: 'POST', path: id, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
	};
	polar.position = [250, 0];
	return {
		id,
		name: `Compat: ${id}`,
		versionId: randomUUID(), // n8n 2.0's import refuses a workflow without one
		nodes: [hook, polar],
		connections: { Webhook: { main: [[{ node: polar.name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

const onError = { onError: 'continueRegularOutput' } as const;

describe.each(LINES)('%s', (_label, installation) => {
	let polar: Emulator;
	let folder: N8nUserFolder;
	let n8n: N8nServer;
	let install: N8nInstallation;
	let order: StoredObject;

	/** Runs a webhook workflow; answers its items and the requests it made to the emulator. */
	async function run(path: string): Promise<{ items: Array<Record<string, unknown>>; requests: LogEntry[] }> {
		const before = polar.log.length;
		const res = await fetch(`${n8n.baseUrl}/webhook/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
		const text = await res.text();
		if (res.status !== 200) throw new Error(`workflow ${path} answered ${res.status}: ${text.slice(0, 500)}\n--- n8n log\n${n8n.logTail()}`);
		const body = JSON.parse(text) as unknown;
		return { items: (Array.isArray(body) ? body : [body]) as Array<Record<string, unknown>>, requests: polar.log.slice(before) };
	}

	beforeAll(async () => {
		install = installation();
		polar = await startEmulator({ tokens: [TOKEN, BUSY_TOKEN], seed: 11, allowLoopbackWebhooks: true });
		polar.seed('customers', CUSTOMERS);
		[order] = polar.seed('orders', 1);

		let installed: { dir: string; version: string };
		({ folder, installed } = await N8nUserFolder.withPackage([credential('compatGood', polar.url, TOKEN), credential('compatBusy', polar.url, BUSY_TOKEN), credential('compatRefused', polar.url, REFUSED_TOKEN)], install));
		expect(await folder.bundledModules(installed.dir)).toEqual([]);
		const good = uses('compatGood');
		await folder.importWorkflows([
			behindWebhook('list', { ...polarNode('List customers', 'customer', 'getAll', { returnAll: true }), credentials: good }),
			behindWebhook('create', {
				...polarNode('Create product', 'product', 'create', {
					bodyVariant: 'recurring',
					name: 'Compat Pro',
					recurringInterval: 'month',
					prices: { price: [{ amountType: 'fixed', priceAmount: 900, priceCurrency: 'usd' }] },
				}),
				credentials: good,
			}),
			behindWebhook('missing', { ...polarNode('Get product', 'product', 'get', { id: randomUUID() }, onError), credentials: good }),
			behindWebhook('refused-input', {
				...polarNode('Refund too much', 'refund', 'create', { orderId: order.id, reason: 'customer_request', amount: 999_999_999 }, onError),
				credentials: good,
			}),
			behindWebhook('refused-token', { ...polarNode('List with a refused token', 'customer', 'getAll', { limit: 1 }, onError), credentials: uses('compatRefused') }),
			behindWebhook('busy', {
				// Backoff alone would come back within 100 ms; only Retry-After makes it wait a second or more.
				...polarNode('List while limited', 'customer', 'getAll', { returnAll: true, retry: { baseDelayMs: 50, maxDelayMs: 100 } }),
				credentials: uses('compatBusy'),
			}),
			{
				id: TRIGGER_WORKFLOW,
				name: 'Compat: trigger',
				versionId: randomUUID(),
				nodes: [orderPaidTrigger('compat-trigger', TRIGGER_NAME, TRIGGER_WEBHOOK_ID, { id: 'compatGood', name: 'Polar compatGood' })],
				connections: {},
			} as WorkflowDefinition,
		]);
		n8n = await N8nServer.start(folder);
		for (const id of ['list', 'create', 'missing', 'refused-input', 'refused-token', 'busy']) await n8n.activate(id);
		process.stdout.write(`[compat] ${_label}: n8n ${install.n8n} on Node ${install.node}, package ${installed.version} loaded\n`);
	}, 300_000);

	afterAll(async () => {
		await stopAll();
		await polar?.close();
		await folder?.dispose();
	});

	test('the credential test passes with a good token and fails with a refused one', async () => {
		const test = async (id: string, token: string) =>
			await n8n.rest<{ status: string; message: string }>('POST', '/credentials/test', { credentials: { ...credential(id, polar.url, token) } });
		expect(await test('compatGood', TOKEN)).toMatchObject({ status: 'OK' });
		expect((await test('compatRefused', REFUSED_TOKEN)).status).toBe('Error');
	});

	test('Return All walks every page', async () => {
		const { items, requests } = await run('list');
		expect(items).toHaveLength(CUSTOMERS);
		expect(new Set(items.map((i) => i.id)).size).toBe(CUSTOMERS);
		expect(requests.map((r) => r.status)).toEqual([200, 200, 200]);
	});

	test('create answers the created object', async () => {
		const { items, requests } = await run('create');
		expect(items).toEqual([expect.objectContaining({ name: 'Compat Pro', id: expect.any(String) })]);
		expect(requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201']);
	});

	test('a 404 is sent once and says not found', async () => {
		const { items, requests } = await run('missing');
		expect(requests.map((r) => r.status)).toEqual([404]);
		expect(items).toEqual([expect.objectContaining({ error: expect.stringMatching(/^Not found on Polar/), httpCode: '404' })]);
	});

	test('a 422 is sent once and names the field Polar refused', async () => {
		const { items, requests } = await run('refused-input');
		expect(requests.map((r) => r.status)).toEqual([422]);
		expect(items).toEqual([expect.objectContaining({ error: expect.stringMatching(/^Polar rejected the input.*amount/i), httpCode: '422' })]);
	});

	test('a 401 is sent once and says the credential was not accepted, with the scope it needs', async () => {
		const { items, requests } = await run('refused-token');
		expect(requests.map((r) => r.status)).toEqual([401]);
		expect(items).toEqual([expect.objectContaining({ error: expect.stringMatching(/^Polar did not accept the credential/), httpCode: '401' })]);
		expect(String(items[0].description)).toContain('customers:read');
		expect(JSON.stringify(items)).not.toContain(REFUSED_TOKEN);
	});

	test('a 429 is retried after the Retry-After it carries', async () => {
		polar.configure({ rateLimit: { limit: 2, windowMs: 3_000 } });
		try {
			const { items, requests } = await run('busy');
			expect(items).toHaveLength(CUSTOMERS);
			const limited = requests.findIndex((r) => r.status === 429);
			expect(requests.filter((r) => r.status === 429)).toHaveLength(1);
			expect(requests.filter((r) => r.status === 200)).toHaveLength(3);
			const gap = requests[limited + 1].at - requests[limited].at;
			process.stdout.write(`[compat] ${_label}: next request ${gap} ms after the 429\n`);
			expect(gap).toBeGreaterThanOrEqual(1_000);
		} finally {
			polar.configure({ rateLimit: 'production' });
		}
	});

	describe('trigger', () => {
		const endpoints = () => polar.store.list('webhook_endpoints');
		/**
		 * Publishes the workflow and waits until the endpoint it registered accepts a delivery (the
		 * secret is saved with the workflow's static data last). n8n 1.x's REST API does not show
		 * static data, so the endpoint is read from the emulator and proven by a delivery.
		 */
		const publishAndDeliver = async (known: number) => {
			await n8n.activate(TRIGGER_WORKFLOW);
			const [endpoint] = await waitFor('the trigger to register its endpoint', () => endpoints().length === 1 && endpoints());
			const withLog = (error: Error) => {
				throw new Error(`${error.message}\n--- n8n log\n${n8n.logTail()}`);
			};
			const delivery = await deliverUntilAccepted(polar, 'order.paid', order, endpoint.id).catch(withLog);
			process.stdout.write(`[compat] ${_label}: delivery attempts ${JSON.stringify(delivery.attempts)}\n`);
			const executions = await n8n.waitForExecutions(TRIGGER_WORKFLOW, known + 1).catch(withLog);
			return { endpoint, executions };
		};

		test('publishing registers one endpoint; a delivery starts one execution', async () => {
			const { executions } = await publishAndDeliver(0);
			expect(executions).toHaveLength(1);
			const stored = await n8n.getExecution(executions[0].id, install);
			// The run's own error, if any, is what a failure here needs to show.
			expect({ status: stored.status, error: stored.data.resultData.error?.message }).toEqual({ status: 'success', error: undefined });
			expect(nodeOutput(stored, TRIGGER_NAME)).toEqual([expect.objectContaining({ type: 'order.paid', data: expect.objectContaining({ id: order.id }) })]);
		});

		test('an endpoint that vanished on Polar: unpublishing sends one DELETE (404, fine), publishing again recreates it', async () => {
			const [vanished] = endpoints();
			const removed = await fetch(`${polar.url}/v1/webhooks/endpoints/${vanished.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}`, 'polar-version': '2026-10' } });
			expect(removed.status).toBe(204);
			const before = polar.log.length;
			await n8n.deactivate(TRIGGER_WORKFLOW);
			await waitFor('the trigger to delete its endpoint', () => polar.log.length > before);

			const { endpoint, executions } = await publishAndDeliver(1);
			expect(endpoint.id).not.toBe(vanished.id);
			expect(executions).toHaveLength(2);
			const deletes = polar.log.slice(before).filter((r) => r.method === 'DELETE');
			expect(deletes.map((r) => `${r.method} ${r.status}`)).toEqual(['DELETE 404']);
		});

		test('unpublishing deletes the endpoint', async () => {
			await n8n.deactivate(TRIGGER_WORKFLOW);
			await waitFor('the endpoint to be deleted', () => endpoints().length === 0);
			expect(n8n.logTail(1_000_000)).not.toContain(TOKEN);
		});
	});
});
