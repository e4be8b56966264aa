/**
 * Polar Tools in n8n's queue mode (main + a worker + a webhook processor on Redis and PostgreSQL,
 * tools/queue/cluster.ts), with the scripted model in place of OpenAI:
 *  - an MCP client talks to the webhook processor; each tool call becomes an execution that the
 *    worker runs, and the result comes back to the client through the process that holds its
 *    session;
 *  - an AI Agent behind a production webhook runs on the worker, its model and tool calls included.
 *
 * Run alone: `npx jest --config jest.queue.config.js --runInBand test/queue/agentTools.test.ts`
 * (after `bash tools/queue/ensure-services.sh`).
 */
import { randomBytes } from 'node:crypto';
import { agentWorkflow, MCP_BEARER_CREDENTIAL as BEARER, mcpBearerCredential, mcpWorkflow, OPENAI_CREDENTIAL as OPENAI, openAiCredential } from '../../tools/e2e/aiWorkflows';
import { McpSession } from '../../tools/e2e/mcpClient';
import { packedTarball } from '../../tools/e2e/pack';
import { stopAll } from '../../tools/e2e/process';
import { waitFor } from '../../tools/e2e/wait';
import { startEmulator } from '../../tools/emulator';
import type { Emulator } from '../../tools/emulator/types';
import { QueueCluster } from '../../tools/queue/cluster';
import { placeExecutions, storedExecutions } from '../../tools/queue/evidence';
import { answer, ScriptedModel, toolCall, toolResults } from '../../tools/scripted-model';
import { CREDENTIAL_ID, CREDENTIAL_NAME, polarCallsSince, polarCredential } from '../e2e/workflow';

const TOKEN = 'polar_oat_queue_agent_token';
const MCP_BEARER = `mcp-${randomBytes(16).toString('hex')}`;
const POLAR = { id: CREDENTIAL_ID, name: CREDENTIAL_NAME };
const AGENT_WORKFLOW = 'polarQueueAgent01';
const MCP_WORKFLOW = 'polarQueueMcp001';
const AGENT_PATH = 'polar-queue-agent';
const MCP_PATH = 'polar-queue-tools';

let polar: Emulator;
let model: ScriptedModel;
let cluster: QueueCluster;

beforeAll(async () => {
	polar = await startEmulator({ tokens: [TOKEN], seed: 41 });
	polar.seed('customers', 3);
	model = await ScriptedModel.start();
	cluster = await QueueCluster.start({
		tarball: packedTarball(),
		credentials: [polarCredential(polar.url, TOKEN), openAiCredential(OPENAI, model.url), mcpBearerCredential(MCP_BEARER)],
		workflows: [
			agentWorkflow({ id: AGENT_WORKFLOW, path: AGENT_PATH, polar: POLAR, openAi: OPENAI }),
			mcpWorkflow({ id: MCP_WORKFLOW, path: MCP_PATH, polar: POLAR, bearer: BEARER }),
		],
		publish: [AGENT_WORKFLOW, MCP_WORKFLOW],
		workers: 1,
	});
	console.log(`[queue-agents] cluster up: ${JSON.stringify(cluster.timings)}`);
}, 400_000);

afterAll(async () => {
	await cluster?.stop();
	await stopAll();
	await model?.close();
	await polar?.close();
}, 120_000);

const polarCalls = (from: number) => polarCallsSince(polar, from);

/** Where each execution of a workflow was enqueued and run: every one by the webhook processor, on the worker. */
async function expectRanOnWorker(workflowId: string, count: number): Promise<void> {
	const executions = await waitFor(`${count} finished executions of ${workflowId}`, async () => {
		const found = (await storedExecutions(cluster, workflowId)).filter((e) => !['new', 'running'].includes(e.status));
		return found.length >= count && found;
	}, 60_000, 500);
	expect(executions).toHaveLength(count);
	const placement = placeExecutions(cluster);
	const worker = cluster.workers[0].name;
	expect(
		executions.map((e) => ({ status: e.status, enqueuedBy: placement.enqueuedBy.get(e.id), ranOn: placement.startedBy.get(e.id) })),
	).toEqual(executions.map(() => ({ status: 'success', enqueuedBy: [cluster.webhook.name], ranOn: [worker] })));
}

test('MCP: a client of the webhook processor lists the tools; Customer → Create runs on the worker, once, and answers with the customer', async () => {
	const url = `${cluster.webhook.baseUrl}/mcp/${MCP_PATH}`;
	const session = await waitFor('the MCP server to accept a client', async () => await McpSession.connect(cluster.install, url, MCP_BEARER).catch(() => undefined), 60_000, 500);
	try {
		expect((await session.listTools()).map((t) => t.name).sort()).toEqual(['Create_customer', 'List_customers']);
		const from = polar.log.length;
		const person = { email: 'queue.mcp@example.com', name: 'Queue Mcp' };
		const result = await session.callTool('Create_customer', person);
		expect(result.isError).toBeFalsy();
		const created = polar.store.list('customers').filter((c) => c.email === person.email);
		expect(created).toHaveLength(1);
		expect(JSON.parse(McpSession.text(result))).toEqual([expect.objectContaining({ id: created[0].id, ...person })]);
		expect(polarCalls(from)).toEqual(['POST /v1/customers']);
	} finally {
		await session.close();
	}
	await expectRanOnWorker(MCP_WORKFLOW, 1);
});

test('AI Agent: a prompt to the webhook processor runs on the worker; Polar gets the list then one create; the answer carries the id', async () => {
	const from = polar.log.length;
	const person = { email: 'queue.agent@example.com', name: 'Queue Agent' };
	model.reply(toolCall('List_customers'), toolCall('Create_customer', person), (request) => {
		const [customer] = JSON.parse(toolResults(request).at(-1)!.text) as Array<{ id: string }>;
		return answer(`Created ${customer.id}`);
	});
	const res = await fetch(`${cluster.webhook.baseUrl}/webhook/${AGENT_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: `Add ${person.name}` }) });
	const body = (await res.json()) as { output?: string };
	const [customer] = polar.store.list('customers').filter((c) => c.email === person.email);
	expect({ status: res.status, output: body.output }).toEqual({ status: 200, output: `Created ${customer?.id}` });
	expect(polarCalls(from)).toEqual(['GET /v1/customers', 'POST /v1/customers']);
	expect(model.requests).toHaveLength(3);
	expect(model.refused).toEqual([]);
	await expectRanOnWorker(AGENT_WORKFLOW, 1);
});
