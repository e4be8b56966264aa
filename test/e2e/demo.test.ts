/**
 * The demo (`npm start`), headless: its stack (tools/demo/stack.ts) on free ports and a throw-away
 * folder. Creating a product from the editor ("Polar demo: create a product and a checkout", run
 * the way the editor's Execute workflow runs it) reaches the published demo trigger through the
 * emulator's webhooks on change, with no curl; a folder set up by an older demo gets the demo's
 * new workflows at its next start.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoStack, type DemoStack } from '../../tools/demo/stack';
import { TRIGGER_NODE_NAME, WORKFLOW_IDS } from '../../tools/demo/workflows';
import { nodeOutput } from '../../tools/e2e/runs';

let stateDir: string;
let stack: DemoStack | undefined;
const lines: string[] = [];

beforeAll(async () => {
	stateDir = await mkdtemp(join(tmpdir(), 'polar-demo-e2e-'));
}, 60_000);
afterAll(async () => {
	await stack?.stop();
	await rm(stateDir, { recursive: true, force: true });
});

async function start(): Promise<DemoStack> {
	// The tarball the suite packed once (globalSetup), so the stack does not build and pack again.
	stack = await startDemoStack({ stateDir, log: (line) => lines.push(line), tarball: process.env.POLAR_E2E_TARBALL });
	return stack;
}

/** Runs a demo workflow as the editor's Execute workflow does (POST /rest/workflows/<id>/run). */
async function executeInEditor(s: DemoStack, workflowId: string): Promise<void> {
	await s.n8n.rest('POST', `/workflows/${workflowId}/run`, { triggerToStartFrom: { name: "When clicking 'Execute workflow'" } });
}

test('a product created in the editor reaches the published trigger as product.created', async () => {
	const s = await start();
	expect(s.triggerRegistered).toBe(true);
	await executeInEditor(s, WORKFLOW_IDS.productCheckout);
	const [run] = await s.n8n.waitForExecutions(WORKFLOW_IDS.trigger, 1, 60_000);
	const execution = await s.n8n.getExecution(run.id);
	const [event] = nodeOutput(execution, TRIGGER_NODE_NAME);
	const product = s.polar.store.list('products').find((p) => p.name === 'Pro plan' && p.id === (event.data as { id?: string }).id);
	expect(event.type).toBe('product.created');
	expect(product).toBeDefined();
	process.stdout.write(`\n[demo] product ${product?.id} created in the editor started trigger execution ${run.id} (${run.status})\n`);
	expect(run.status).toBe('success');
	await s.stop();
	stack = undefined;
}, 300_000);

test('a folder set up by an older demo gets the new workflows, and the trigger is published again', async () => {
	const stateFile = join(stateDir, 'state.json');
	const state = JSON.parse(await readFile(stateFile, 'utf8')) as Record<string, unknown>;
	await writeFile(stateFile, JSON.stringify({ ...state, workflowsRevision: 1 }));
	lines.length = 0;
	const s = await start();
	expect(lines.some((l) => /demo's workflows changed .*importing them again/.test(l))).toBe(true);
	expect(s.triggerRegistered).toBe(true);
	expect(JSON.parse(await readFile(stateFile, 'utf8')).workflowsRevision).toBeGreaterThan(1);
}, 300_000);
