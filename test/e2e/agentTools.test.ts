/**
 * Polar as an AI tool in a real n8n (the pinned 2.x, this package from its tarball), against the
 * emulator, with the scripted model (tools/scripted-model) in place of OpenAI:
 *  - an AI Agent behind a Webhook, with two Polar Tools (Customer → Get Many limit 10, Customer →
 *    Create with email and name from `$fromAI`): what the model is offered, what reaches Polar, what
 *    the model reads back, and a create Polar refuses (a duplicate email) reaching the model as an
 *    error it can act on without the workflow failing;
 *  - an MCP Server Trigger with the same tools: an MCP client lists exactly those tools and calls
 *    Customer → Create once.
 */
import { randomBytes } from 'node:crypto';
import { agentWorkflow, fromAI, MCP_BEARER_CREDENTIAL as BEARER, mcpBearerCredential, mcpWorkflow, OPENAI_CREDENTIAL as OPENAI, openAiCredential, type PolarToolSpec } from '../../tools/e2e/aiWorkflows';
import { loadInstallation } from '../../tools/e2e/installation';
import { McpSession } from '../../tools/e2e/mcpClient';
import { stopAll } from '../../tools/e2e/process';
import { N8nServer } from '../../tools/e2e/server';
import { N8nUserFolder } from '../../tools/e2e/userFolder';
import { waitFor, withLogTail } from '../../tools/e2e/wait';
import { startEmulator } from '../../tools/emulator';
import type { Emulator, StoredObject } from '../../tools/emulator/types';
import { answer, ScriptedModel, toolCall, toolResults, type OfferedTool } from '../../tools/scripted-model';
import { CREDENTIAL_ID, CREDENTIAL_NAME, polarCallsSince, polarCredential, toolDescriptionOf } from './workflow';

const TOKEN = 'polar_oat_e2e_agent_token';
const MCP_BEARER = `mcp-${randomBytes(16).toString('hex')}`;
const POLAR = { id: CREDENTIAL_ID, name: CREDENTIAL_NAME };
const AGENT_WORKFLOW = 'polarE2eAgent001';
const MCP_WORKFLOW = 'polarE2eMcp00001';
const AGENT_PATH = 'polar-agent';
const MCP_PATH = 'polar-tools';
const JSON_MCP_WORKFLOW = 'polarE2eMcpJson1';
const JSON_MCP_PATH = 'polar-tools-json';
/** A field in JSON mode filled by the model: the whole billing address is one `$fromAI(…, 'json')` argument. */
const ADDRESS_TOOL: PolarToolSpec = {
	name: 'Create customer with address',
	parameters: {
		resource: 'customer',
		operation: 'create',
		email: fromAI('email', 'Email address of the new customer'),
		inputMode: 'json',
		additionalFields: { billingAddressJson: fromAI('billing_address', 'Billing address: country (two letters), line1, city, postal_code', 'json') },
	},
};
/** n8n's tool names: the node names with what is outside [a-zA-Z0-9_-] replaced. */
const LIST = 'List_customers';
const CREATE = 'Create_customer';

let polar: Emulator;
let model: ScriptedModel;
let folder: N8nUserFolder;
let n8n: N8nServer;

beforeAll(async () => {
	polar = await startEmulator({ tokens: [TOKEN], seed: 31 });
	polar.seed('customers', 3);
	model = await ScriptedModel.start();
	({ folder } = await N8nUserFolder.withPackage([
		polarCredential(polar.url, TOKEN),
		openAiCredential(OPENAI, model.url),
		mcpBearerCredential(MCP_BEARER),
	]));
	await folder.importWorkflows([
		agentWorkflow({ id: AGENT_WORKFLOW, path: AGENT_PATH, polar: POLAR, openAi: OPENAI }),
		mcpWorkflow({ id: MCP_WORKFLOW, path: MCP_PATH, polar: POLAR, bearer: BEARER }),
		mcpWorkflow({ id: JSON_MCP_WORKFLOW, path: JSON_MCP_PATH, polar: POLAR, bearer: BEARER, tools: [ADDRESS_TOOL] }),
	]);
	n8n = await N8nServer.start(folder);
	await withLog(async () => {
		await n8n.activate(AGENT_WORKFLOW);
		await n8n.activate(MCP_WORKFLOW);
		await n8n.activate(JSON_MCP_WORKFLOW);
		// A preflight is answered only for a registered webhook path, and starts nothing.
		await waitFor('the agent\'s webhook to be served', async () => (await fetch(agentUrl(), { method: 'OPTIONS' })).status !== 404);
	});
}, 300_000);

afterEach(() => {
	// Every request the model got was one the test scripted, and every scripted reply was used.
	expect(model.refused.map((r) => r.refusal)).toEqual([]);
	expect(model.pending).toBe(0);
	model.reset();
});

afterAll(async () => {
	await stopAll();
	await model?.close();
	await polar?.close();
	await folder?.dispose();
});

const withLog = <T>(what: () => Promise<T>) => withLogTail('n8n', () => n8n?.logTail() ?? '(n8n not started)', what);
const agentUrl = () => `${n8n.baseUrl}/webhook/${AGENT_PATH}`;
const customersWith = (email: string) => polar.store.list('customers').filter((c) => String(c.email).toLowerCase() === email.toLowerCase());
const polarCalls = (from: number) => polarCallsSince(polar, from);

async function prompt(text: string): Promise<{ status: number; body: { output?: string } }> {
	const res = await fetch(agentUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: text }) });
	const body = await res.text();
	try {
		return { status: res.status, body: JSON.parse(body) as { output?: string } };
	} catch {
		throw new Error(`the agent's webhook answered ${res.status} with ${body.slice(0, 500)}`);
	}
}

/** What a test expects of the two tools, whatever the words of the operation's action are today. */
function expectOfferedTools(tools: Array<Pick<OfferedTool, 'name' | 'description'> & { schema: Record<string, unknown> }>): void {
	const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
	expect(Object.keys(byName).sort()).toEqual([CREATE, LIST]);
	expect(byName[LIST].description).toBe(toolDescriptionOf('customer', 'getAll'));
	expect(byName[CREATE].description).toBe(toolDescriptionOf('customer', 'create'));
	// Only the $fromAI() keys are arguments, each a described string, each required.
	expect(Object.keys((byName[LIST].schema.properties as object | undefined) ?? {})).toEqual([]);
	expect(byName[CREATE].schema).toMatchObject({
		type: 'object',
		properties: { email: { type: 'string', description: 'Email address of the new customer' }, name: { type: 'string', description: 'Full name of the new customer' } },
	});
	expect([...(byName[CREATE].schema.required as string[])].sort()).toEqual(['email', 'name']);
}

/** A tool result the model reads must name the field and hold no secret. */
function expectReadableRefusal(text: string): void {
	// The editor's name of the field, once, never Polar's union branch (`individual.email`).
	expect(text).toContain('Polar rejected the input: Email: ');
	expect(text).not.toMatch(/individual/i);
	for (const secret of [TOKEN, MCP_BEARER, 'Bearer ', 'polar_oat_']) expect(text).not.toContain(secret);
}

const NEW = { email: 'ada.lovelace@example.com', name: 'Ada Lovelace' };

describe('AI Agent with Polar Tools', () => {
	test('the model is offered both tools; Polar gets the list then one create; the answer carries the new customer\'s id', async () => {
		const from = polar.log.length;
		model.reply(toolCall(LIST), toolCall(CREATE, NEW), (request) => {
			const created = JSON.parse(toolResults(request).at(-1)!.text) as Array<{ id: string }>;
			return answer(`Done: ${NEW.name} is customer ${created[0].id}.`);
		});

		const reply = await withLog(() => prompt(`List our customers, then add ${NEW.name} <${NEW.email}>.`));
		expect(reply.status).toBe(200);
		const [customer, ...others] = customersWith(NEW.email);
		expect(others).toEqual([]);
		expect(customer).toMatchObject({ email: NEW.email, name: NEW.name });
		expect(reply.body.output).toBe(`Done: ${NEW.name} is customer ${customer.id}.`);

		expect(polarCalls(from)).toEqual(['GET /v1/customers', 'POST /v1/customers']);
		expect(new URL(polar.log[from].path, polar.url).searchParams.get('limit')).toBe('10');

		// Three model calls: the prompt, after the list, after the create; the tools are offered each time.
		expect(model.requests).toHaveLength(3);
		for (const request of model.requests) expectOfferedTools(request.tools.map((t) => ({ ...t, schema: t.parameters })));
		const [listed] = toolResults(model.requests[1]);
		expect(listed.name).toBe(LIST);
		expect((JSON.parse(listed.text) as StoredObject[]).map((c) => c.id).sort()).toEqual(polar.store.list('customers').filter((c) => c.id !== customer.id).map((c) => c.id).sort());
		const created = toolResults(model.requests[2]).at(-1)!;
		expect(created.name).toBe(CREATE);
		expect(JSON.parse(created.text)).toEqual([expect.objectContaining({ id: customer.id, email: NEW.email })]);

		const [execution] = await withLog(() => n8n.waitForExecutions(AGENT_WORKFLOW, 1));
		expect(execution.status).toBe('success');
	});

	test('a create Polar refuses (the email is taken) reaches the model as an error naming the field; nothing is sent twice; the run goes on', async () => {
		const from = polar.log.length;
		const count = polar.store.count('customers');
		model.reply(toolCall(CREATE, { email: NEW.email.toUpperCase(), name: 'Someone Else' }), (request) => answer(`Polar said: ${toolResults(request).at(-1)!.text}`));

		const reply = await withLog(() => prompt(`Add Someone Else <${NEW.email.toUpperCase()}>.`));
		expect(reply.status).toBe(200);
		const refusal = toolResults(model.requests[1]).at(-1)!;
		console.log(`[agent] the model read, for the refused create: ${refusal.text}`);
		expect(refusal.name).toBe(CREATE);
		expectReadableRefusal(refusal.text);
		expect(reply.body.output).toBe(`Polar said: ${refusal.text}`);

		expect(polarCalls(from)).toEqual(['POST /v1/customers']);
		expect(polar.store.count('customers')).toBe(count);
		// The tool's failure is the model's to handle: the run itself succeeds.
		const executions = await withLog(() => n8n.waitForExecutions(AGENT_WORKFLOW, 2));
		expect(executions.map((e) => e.status)).toEqual(['success', 'success']);
	});
});

describe('MCP Server Trigger with Polar Tools', () => {
	const url = () => `${n8n.baseUrl}/mcp/${MCP_PATH}`;
	let session: McpSession;

	beforeAll(async () => {
		session = await withLog(() => waitFor('the MCP server to accept a client', async () => await McpSession.connect(loadInstallation(), url(), MCP_BEARER).catch(() => undefined), 30_000, 500));
	});

	afterAll(async () => {
		await session?.close();
	});

	test('a client lists exactly the Polar tools, with their descriptions and arguments', async () => {
		const tools = await session.listTools();
		expectOfferedTools(tools.map((t) => ({ name: t.name, description: t.description ?? '', schema: t.inputSchema })));
	});

	test('calling Customer → Create sends exactly one POST to Polar and answers with the customer', async () => {
		const from = polar.log.length;
		const person = { email: 'grace.hopper@example.com', name: 'Grace Hopper' };
		const result = await withLog(() => session.callTool(CREATE, person));
		expect(result.isError).toBeFalsy();
		const [customer, ...others] = customersWith(person.email);
		expect(others).toEqual([]);
		expect(customer).toMatchObject(person);
		expect(JSON.parse(McpSession.text(result))).toEqual([expect.objectContaining({ id: customer.id, email: person.email, name: person.name })]);
		expect(polarCalls(from)).toEqual(['POST /v1/customers']);
	});

	test('a refused create comes back as an error result naming the field, with no secret', async () => {
		const from = polar.log.length;
		const result = await withLog(() => session.callTool(CREATE, { email: NEW.email, name: 'Duplicate' }));
		const text = McpSession.text(result);
		console.log(`[mcp] the client read, for the refused create: ${text}`);
		expect(result.isError).toBe(true);
		expectReadableRefusal(text);
		expect(polarCalls(from)).toEqual(['POST /v1/customers']);
	});

	test('a client without the bearer token is refused', async () => {
		await expect(McpSession.connect(loadInstallation(), url())).rejects.toThrow(/401|403|Unauthorized|authorization/i);
	});
});

describe('$fromAI in a JSON field', () => {
	const TOOL = 'Create_customer_with_address';
	let session: McpSession;

	beforeAll(async () => {
		session = await waitFor('the MCP server to accept a client', async () => await McpSession.connect(loadInstallation(), `${n8n.baseUrl}/mcp/${JSON_MCP_PATH}`, MCP_BEARER).catch(() => undefined), 30_000, 500);
	});

	afterAll(async () => {
		await session?.close();
	});

	test('the model passes a whole object; Polar gets it; a wrong shape is refused before sending, naming the field', async () => {
		const [tool] = await session.listTools();
		expect(tool.name).toBe(TOOL);
		expect(Object.keys(tool.inputSchema.properties ?? {}).sort()).toEqual(['billing_address', 'email']);

		const from = polar.log.length;
		const address = { country: 'FR', line1: '1 rue de Rivoli', city: 'Paris', postal_code: '75001' };
		const ok = await withLog(() => session.callTool(TOOL, { email: 'marie.curie@example.com', billing_address: address }));
		expect(ok.isError).toBeFalsy();
		const [customer] = customersWith('marie.curie@example.com');
		expect(customer.billing_address).toMatchObject(address);
		expect(polarCalls(from)).toEqual(['POST /v1/customers']);

		const wrong = await withLog(() => session.callTool(TOOL, { email: 'pierre.curie@example.com', billing_address: { city: 'Paris', country: 42 } }));
		const text = McpSession.text(wrong);
		console.log(`[mcp] the client read, for a wrong billing address: ${text}`);
		expect(wrong.isError).toBe(true);
		expect(text).toContain('Billing Address → Country');
		expect(polarCalls(from)).toEqual(['POST /v1/customers']);
		expect(customersWith('pierre.curie@example.com')).toEqual([]);
	});
});

test('n8n\'s log holds neither the Polar token nor the MCP bearer token', () => {
	const log = n8n.logTail(1_000_000);
	// Written by the refused MCP call above: the log was read after it.
	expect(log).toContain(`Error while executing Tool ${CREATE}`);
	expect(log).not.toContain(TOKEN);
	expect(log).not.toContain(MCP_BEARER);
});
