/**
 * The five templates of examples/, imported unchanged into a real n8n (pinned 2.x, this package
 * installed from its tarball) and run against the Polar emulator, with loopback stand-ins for the
 * outside services: an HTTP sink for the chat webhook, an SMTP sink for mail, and a throw-away
 * PostgreSQL for the export. Each test asserts on what the sink received and on Polar's state.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInstallation } from '../../tools/e2e/installation';
import { stopAll } from '../../tools/e2e/process';
import { N8nServer } from '../../tools/e2e/server';
import { N8nUserFolder } from '../../tools/e2e/userFolder';
import { waitFor, withLogTail } from '../../tools/e2e/wait';
import { startEmulator } from '../../tools/emulator';
import type { Emulator, StoredObject } from '../../tools/emulator/types';
import { PostgresServer } from '../../tools/queue/postgres';
import { configureTemplate, readTemplate, TEMPLATE_CREDENTIALS, TEMPLATES, templateNode } from '../../tools/e2e/templates';
import { answer, promptOf, ScriptedModel } from '../../tools/scripted-model';
import { startHttpSink, startSmtpSink, type HttpSink, type SmtpSink } from './templates/sinks';

const TOKEN = 'polar_oat_e2e_templates_token';
const USAGE_KEY = `usage-${randomBytes(12).toString('hex')}`;

let polar: Emulator;
let chat: HttpSink;
let mail: SmtpSink;
let postgres: PostgresServer;
let pgRoot: string;
let model: ScriptedModel;
let folder: N8nUserFolder;
let n8n: N8nServer | undefined;

const organizationId = () => polar.store.list('organizations')[0].id;

beforeAll(async () => {
	// n8n listens on loopback http, which Polar would refuse as a webhook URL.
	polar = await startEmulator({ tokens: [TOKEN], seed: 14, allowLoopbackWebhooks: true });
	[chat, mail, model] = await Promise.all([startHttpSink(), startSmtpSink(), ScriptedModel.start()]);
	pgRoot = await mkdtemp(join(tmpdir(), 'polar-templates-pg-'));
	// PostgreSQL runs as the postgres account when we are root: it must reach its folder.
	await chmod(pgRoot, 0o755);
	postgres = await PostgresServer.spawn(pgRoot, loadInstallation());
	await postgres.waitReady();
	// The tables the export template's sticky note tells the user to create, verbatim.
	const sql = /```sql\n([\s\S]+?)```/.exec(String(templateNode(readTemplate(TEMPLATES.export.file), 'Setup').parameters.content))?.[1];
	if (!sql) throw new Error('the export template\'s note has no SQL block');
	await postgres.db!.query(sql);

	const pg = postgres.n8nEnv();
	({ folder } = await N8nUserFolder.withPackage([
		{
			...TEMPLATE_CREDENTIALS.polarApi,
			type: 'polarApi',
			data: { accessToken: TOKEN, environment: 'custom', baseUrl: polar.url, apiVersion: '2026-10' },
		},
		{
			...TEMPLATE_CREDENTIALS.smtp,
			type: 'smtp',
			data: { user: '', password: '', host: mail.host, port: mail.port, secure: false, disableStartTls: true, hostName: '' },
		},
		{
			...TEMPLATE_CREDENTIALS.postgres,
			type: 'postgres',
			data: {
				host: pg.DB_POSTGRESDB_HOST,
				port: Number(pg.DB_POSTGRESDB_PORT),
				database: pg.DB_POSTGRESDB_DATABASE,
				user: pg.DB_POSTGRESDB_USER,
				password: pg.DB_POSTGRESDB_PASSWORD,
				ssl: 'disable',
			},
		},
		{ ...TEMPLATE_CREDENTIALS.httpHeaderAuth, type: 'httpHeaderAuth', data: { name: 'X-Usage-Key', value: USAGE_KEY } },
		{ ...TEMPLATE_CREDENTIALS.openAiApi, type: 'openAiApi', data: { apiKey: 'sk-scripted-model-not-a-key', url: model.url, header: false } },
	]));
	await folder.importWorkflows([
		configureTemplate(TEMPLATES.orderPaid.file, TEMPLATES.orderPaid.id, { 'Post to the chat channel': { url: `${chat.url}/services/T000/B000/XXXX` } }),
		configureTemplate(TEMPLATES.pastDue.file, TEMPLATES.pastDue.id),
		configureTemplate(TEMPLATES.export.file, TEMPLATES.export.id),
		configureTemplate(TEMPLATES.usage.file, TEMPLATES.usage.id),
		configureTemplate(TEMPLATES.licenses.file, TEMPLATES.licenses.id, { 'Validate with Polar': { organizationId: organizationId() } }),
		configureTemplate(TEMPLATES.aiUsage.file, TEMPLATES.aiUsage.id),
	]);
}, 300_000);

afterAll(async () => {
	await stopAll();
	await polar?.close();
	await chat?.close();
	await mail?.close();
	await model?.close();
	await folder?.dispose();
	if (pgRoot) await rm(pgRoot, { recursive: true, force: true });
});

/** `n8n start`, once, for the templates that wait for Polar's deliveries or their own webhook. */
async function server(): Promise<N8nServer> {
	n8n ??= await N8nServer.start(folder);
	return n8n;
}

const withLog = <T>(what: () => Promise<T>) => withLogTail('n8n', () => n8n?.logTail() ?? '(n8n not started)', what);

/** Publishes a template whose Polar Trigger registers its endpoint; answers that endpoint. */
async function publishTrigger(workflowId: string, triggerName: string): Promise<StoredObject> {
	const running = await server();
	return await withLog(async () => {
		await running.activate(workflowId);
		const endpointId = await waitFor('the trigger to store its endpoint in static data', async () => {
			const { staticData } = await running.getWorkflow(workflowId);
			return staticData?.[`node:${triggerName}`]?.endpointId as string | undefined;
		});
		return polar.store.get('webhook_endpoints', endpointId)!;
	});
}

/**
 * Publishes a template served by n8n's Webhook node and answers its production URL once n8n
 * serves it: until then n8n answers 404, and the probe tells the first answer that is not.
 */
async function publishWebhook(workflowId: string, path: string, probe: (url: string) => Promise<number>): Promise<string> {
	const running = await server();
	const url = `${running.baseUrl}/webhook/${path}`;
	await withLog(async () => {
		await running.activate(workflowId);
		await waitFor(`${url} to be served`, async () => (await probe(url)) !== 404);
	});
	return url;
}

/** Waits for the workflow's n-th finished execution and checks it succeeded. */
async function expectSuccessfulRuns(workflowId: string, count: number): Promise<void> {
	const executions = await withLog(() => n8n!.waitForExecutions(workflowId, count, 60_000));
	for (const execution of executions) {
		if (execution.status !== 'success') {
			const run = await n8n!.getExecution(execution.id);
			throw new Error(`execution ${execution.id} of ${workflowId} ended ${execution.status}: ${JSON.stringify(run.data.resultData.error ?? run.data.resultData.lastNodeExecuted)}`);
		}
	}
}

test('nightly export: Return All copies every customer and order into PostgreSQL, and a rerun upserts', async () => {
	polar.seed('products', 2);
	polar.seed('customers', 230); // three pages of 100
	polar.seed('orders', 40);
	const run = await folder.execute(TEMPLATES.export.id);
	expect(run.data.resultData.error).toBeUndefined();
	const db = postgres.db!;
	const ids = async (table: string) => (await db.query<{ id: string }>(`SELECT id FROM ${table} ORDER BY id`)).rows.map((r) => r.id);
	const sorted = (list: StoredObject[]) => list.map((o) => o.id).sort();
	expect(await ids('polar_customers')).toEqual(sorted(polar.store.list('customers')));
	expect(await ids('polar_orders')).toEqual(sorted(polar.store.list('orders')));
	const [order] = polar.store.list('orders');
	const { rows } = await db.query('SELECT customer_id, product_id, status, total_amount, currency FROM polar_orders WHERE id = $1', [order.id]);
	expect(rows[0]).toEqual({ customer_id: order.customer_id, product_id: order.product_id, status: 'paid', total_amount: order.total_amount, currency: 'usd' });
	const pagesWalked = polar.log.filter((e) => e.method === 'GET' && e.path.startsWith('/v1/customers')).length;
	process.stdout.write(`[templates] export: ${polar.store.count('customers')} customers in ${pagesWalked} page requests, ${polar.store.count('orders')} orders\n`);
	expect(pagesWalked).toBeGreaterThanOrEqual(3);

	// Run again after a change on Polar: the row is updated, nothing is duplicated.
	const [customer] = polar.store.list('customers');
	await fetch(`${polar.url}/v1/customers/${customer.id}`, {
		method: 'PATCH',
		headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
		body: JSON.stringify({ name: 'Renamed on Polar' }),
	}).then((r) => expect(r.status).toBe(200));
	const again = await folder.execute(TEMPLATES.export.id);
	expect(again.data.resultData.error).toBeUndefined();
	expect(await ids('polar_customers')).toHaveLength(polar.store.count('customers'));
	const renamed = await db.query('SELECT name FROM polar_customers WHERE id = $1', [customer.id]);
	expect(renamed.rows).toEqual([{ name: 'Renamed on Polar' }]);
});

test('paid order: Polar\'s order.paid delivery posts one message to the chat webhook', async () => {
	const endpoint = await publishTrigger(TEMPLATES.orderPaid.id, 'When an order is paid');
	expect(endpoint.events).toEqual(['order.paid']);
	const order = polar.store.list('orders')[0];
	const [delivery] = await polar.deliverWebhook('order.paid', order, { endpointId: endpoint.id });
	expect(delivery.status).toBe(200);
	await expectSuccessfulRuns(TEMPLATES.orderPaid.id, 1);
	expect(chat.received).toHaveLength(1);
	const [message] = chat.received;
	const customer = order.customer as { email: string };
	const amount = `${(Number(order.total_amount) / 100).toFixed(2)} USD`;
	expect(message).toMatchObject({ method: 'POST', path: '/services/T000/B000/XXXX' });
	expect((message.body as { text: string }).text).toBe(
		`New order paid: ${customer.email} paid ${amount} for ${(order.product as { name: string }).name} (order ${order.id})`,
	);
});

test('past due: the customer gets a dunning email, then is tagged in Polar\'s metadata', async () => {
	const endpoint = await publishTrigger(TEMPLATES.pastDue.id, 'When a subscription is past due');
	const [subscription] = polar.seed('subscriptions', 1, () => ({ status: 'past_due', past_due_at: new Date().toISOString() }));
	const customer = subscription.customer as { id: string; email: string; name: string };
	const [delivery] = await polar.deliverWebhook('subscription.past_due', subscription, { endpointId: endpoint.id });
	expect(delivery.status).toBe(200);
	await expectSuccessfulRuns(TEMPLATES.pastDue.id, 1);

	expect(mail.received).toHaveLength(1);
	const [email] = mail.received;
	expect(email.from).toBe('billing@example.com');
	expect(email.to).toEqual([customer.email]);
	expect(email.data).toContain(`Subject: Your payment for ${(subscription.product as { name: string }).name} did not go through`);
	expect(email.data).toContain(`Hello ${customer.name}`);

	const tagged = polar.store.get('customers', customer.id)!;
	expect(tagged.metadata).toMatchObject({ dunning_status: 'past_due', dunning_subscription_id: subscription.id });
	expect(Date.parse(String((tagged.metadata as Record<string, unknown>).dunning_email_sent_at))).not.toBeNaN();
});

test('usage events: one POST of 250 events is ingested in 3 batches; a resend is all duplicates; a call without the key is refused', async () => {
	// A call without the key is refused before the workflow runs: a probe that starts nothing.
	const url = await publishWebhook(TEMPLATES.usage.id, 'polar-usage', async (u) => (await fetch(u, { method: 'POST' })).status);
	const customers = polar.store.list('customers').slice(0, 5);
	const events = Array.from({ length: 250 }, (_, i) => ({
		id: `evt-${i}`,
		name: 'api_call',
		customer_id: String(customers[i % customers.length].external_id),
		units: 1 + (i % 4),
	}));
	const before = polar.store.count('events');
	const ingestCalls = () => polar.log.filter((e) => e.method === 'POST' && e.path.startsWith('/v1/events/ingest')).length;
	const post = async (headers: Record<string, string>) => {
		const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ events }) });
		return { status: res.status, body: (await res.text()) };
	};

	const first = await post({ 'x-usage-key': USAGE_KEY });
	expect(first.status).toBe(200);
	expect(JSON.parse(first.body)).toEqual({ batches: 3, inserted: 250, duplicates: 0 });
	expect(ingestCalls()).toBe(3);
	const ingested = polar.store.list('events').slice(0, polar.store.count('events') - before);
	expect(polar.store.count('events') - before).toBe(250);
	const byExternalId = new Map(polar.store.list('events').map((e) => [e.external_id, e]));
	expect(byExternalId.get('evt-7')).toMatchObject({ name: 'api_call', external_customer_id: events[7].customer_id, metadata: { units: events[7].units } });
	expect(ingested.length).toBe(250);

	const resent = await post({ 'x-usage-key': USAGE_KEY });
	expect(JSON.parse(resent.body)).toEqual({ batches: 3, inserted: 0, duplicates: 250 });
	expect(polar.store.count('events') - before).toBe(250);

	const refused = await post({});
	expect(refused.status).toBe(403);
	expect(ingestCalls()).toBe(6);
	await expectSuccessfulRuns(TEMPLATES.usage.id, 2);
});

test('license keys: a granted key is emailed to its customer; the validation endpoint answers valid for it and 404 for an unknown key', async () => {
	const endpoint = await publishTrigger(TEMPLATES.licenses.id, 'When a benefit is granted');
	const [benefit] = polar.seed('benefits', 1, () => ({ type: 'license_keys', description: 'Pro licence', properties: { prefix: 'PRO' } }));
	const [customer] = polar.seed('customers', 1, () => ({ email: 'licensee@example.com', name: 'Licensee' }));
	const [key] = polar.seed('license_keys', 1, () => ({ customer_id: customer.id, benefit_id: benefit.id, limit_activations: 3 }));
	const [grant] = polar.seed('benefit_grants', 1, () => ({ customer_id: customer.id, benefit_id: benefit.id, properties: { license_key_id: key.id, display_key: key.display_key } }));
	// A grant of another benefit type starts the workflow but sends nothing.
	const [otherGrant] = polar.seed('benefit_grants', 1, () => ({ customer_id: customer.id }));
	for (const data of [grant, otherGrant]) {
		const [delivery] = await polar.deliverWebhook('benefit_grant.created', data, { endpointId: endpoint.id });
		expect(delivery.status).toBe(200);
	}
	await expectSuccessfulRuns(TEMPLATES.licenses.id, 2);
	const keyMails = mail.received.filter((m) => m.data.includes('Subject: Your license key'));
	expect(keyMails).toHaveLength(1);
	expect(keyMails[0].to).toEqual([customer.email]);
	expect(keyMails[0].data).toContain(String(key.key));
	expect(keyMails[0].data).toContain('activated on 3 devices');

	// Published with the trigger above; n8n registers every webhook of the workflow before it
	// saves the endpoint the trigger created, so the validation URL is served by now.
	const url = `${n8n!.baseUrl}/webhook/license/validate`;
	const validate = async (licenseKey: string) => {
		const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: licenseKey }) });
		return { status: res.status, body: JSON.parse(await res.text()) as Record<string, unknown> };
	};
	expect(await validate(String(key.key))).toEqual({ status: 200, body: expect.objectContaining({ valid: true, status: 'granted', usage: 0 }) });
	expect(polar.store.get('license_keys', key.id)).toMatchObject({ validations: 1 });
	expect(await validate('PRO-NOT-A-REAL-KEY')).toEqual({ status: 404, body: { valid: false, error: 'unknown_key' } });
	// Polar unreachable is not an unknown key: the app can tell the two apart.
	polar.configure({ faults: { rate: 1, kinds: ['503'], seed: 1 } });
	try {
		expect(await validate(String(key.key))).toEqual({ status: 502, body: { valid: false, error: 'polar_unavailable' } });
	} finally {
		polar.configure({ faults: undefined });
	}
	await expectSuccessfulRuns(TEMPLATES.licenses.id, 5);
});

test('AI usage: 20 answered prompts are 20 ai_tokens events, each once (a resent batch adds none); the meter sums their tokens', async () => {
	// The meter the template's note asks for, made as Polar's dashboard makes it.
	const meterRes = await fetch(`${polar.url}/v1/meters/`, {
		method: 'POST',
		headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
		body: JSON.stringify({ name: 'AI tokens', filter: { conjunction: 'and', clauses: [{ property: 'name', operator: 'eq', value: 'ai_tokens' }] }, aggregation: { func: 'sum', property: 'tokens' } }),
	});
	expect(meterRes.status).toBe(201);
	const meter = (await meterRes.json()) as StoredObject;
	// Prompt n uses 40 + n input and 3n output tokens.
	const usageOf = (n: number) => ({ input: 40 + n, output: 3 * n });
	model.answerEach((request) => {
		const n = Number(/^Question (\d+):/.exec(promptOf(request))?.[1]);
		return Number.isInteger(n) ? answer(`Answer ${n}`, usageOf(n)) : undefined;
	});
	const url = await publishWebhook(TEMPLATES.aiUsage.id, 'ai-answer', async (u) => (await fetch(u, { method: 'POST' })).status);
	const customers = polar.seed('customers', 4, (i) => ({ external_id: `ai-user-${i + 1}` }));
	const prompts = Array.from({ length: 20 }, (_, i) => ({ request_id: `req-${i + 1}`, customer_id: String(customers[i % customers.length].external_id), prompt: `Question ${i + 1}: what is ${i + 1} squared?` }));
	const aiEvents = () => polar.store.list('events').filter((e) => e.name === 'ai_tokens');
	/** The app's calls, five at a time. */
	const send = async () => {
		const started = Date.now();
		const replies: Array<{ status: number; body: { answer?: string; tokens?: number } }> = [];
		for (let i = 0; i < prompts.length; i += 5) {
			replies.push(
				...(await Promise.all(
					prompts.slice(i, i + 5).map(async (p) => {
						const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-usage-key': USAGE_KEY }, body: JSON.stringify(p) });
						return { status: res.status, body: JSON.parse(await res.text()) as { answer?: string; tokens?: number } };
					}),
				)),
			);
		}
		console.log(`[templates] AI usage: ${prompts.length} prompts answered in ${Date.now() - started} ms`);
		return replies;
	};

	const replies = await withLog(send);
	expect(replies).toEqual(prompts.map((_, i) => ({ status: 200, body: { answer: `Answer ${i + 1}`, tokens: usageOf(i + 1).input + usageOf(i + 1).output } })));
	const events = aiEvents();
	expect(events.map((e) => e.external_id).sort()).toEqual(prompts.map((p) => p.request_id).sort());
	for (const [i, p] of prompts.entries()) {
		const event = events.find((e) => e.external_id === p.request_id)!;
		const { input, output } = usageOf(i + 1);
		expect({ id: p.request_id, customer: event.external_customer_id, metadata: event.metadata }).toEqual({
			id: p.request_id,
			customer: p.customer_id,
			metadata: { tokens: input + output, input_tokens: input, output_tokens: output, model: 'gpt-4.1-mini' },
		});
	}

	// The app sends the whole batch again (its replies were lost): answered again, billed once.
	expect((await withLog(send)).map((r) => r.status)).toEqual(prompts.map(() => 200));
	expect(aiEvents()).toHaveLength(20);
	await expectSuccessfulRuns(TEMPLATES.aiUsage.id, 40);

	const expected = prompts.reduce((sum, _, i) => sum + usageOf(i + 1).input + usageOf(i + 1).output, 0);
	const window = `start_timestamp=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}&end_timestamp=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}&interval=hour`;
	const quantities = (await (await fetch(`${polar.url}/v1/meters/${meter.id}/quantities?${window}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { total: number };
	console.log(`[templates] AI usage: 20 prompts, ${model.requests.length} model calls, meter total ${quantities.total} tokens (expected ${expected})`);
	expect(quantities.total).toBe(expected);
	// The node asked the model what the template says, and the model was asked nothing unscripted.
	expect(model.refused).toEqual([]);
	expect(new Set(model.requests.map((r) => `${r.api} ${r.model}`))).toEqual(new Set(['responses gpt-4.1-mini']));
});

test('n8n\'s log holds neither the Polar token nor the usage endpoint key', () => {
	const log = n8n!.logTail(1_000_000);
	expect(log).not.toContain(TOKEN);
	expect(log).not.toContain(USAGE_KEY);
});
