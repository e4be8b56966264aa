/**
 * The README's pictures of Polar in an AI agent (docs/screenshots/agent-*.png): the agent workflow
 * the e2e suite runs (tools/e2e/aiWorkflows.ts), imported into the demo's n8n with its Polar tools on
 * the demo's emulator credential, on the canvas; and the Create customer tool's panel, where the
 * model fills Email and Name through `$fromAI()`.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { agentWorkflow, openAiCredential } from '../e2e/aiWorkflows';
import type { CredentialDefinition, WorkflowDefinition } from '../e2e/definitions';
import { REPO_ROOT } from '../e2e/installation';
import type { N8nServer } from '../e2e/server';
import { EMULATOR_CREDENTIAL } from '../demo/workflows';
import { assertCredentialsExist, showWholeWorkflow } from './templates';

const OUTPUT_DIR = join(REPO_ROOT, 'docs', 'screenshots');
const OPENAI = { id: 'openAiShots00001', name: 'OpenAI account' };
const AGENT_WORKFLOW_ID = 'polarShotAgent01';

function workflow(): WorkflowDefinition {
	return agentWorkflow({ id: AGENT_WORKFLOW_ID, name: 'Ops agent with Polar tools', path: 'polar-agent', polar: EMULATOR_CREDENTIAL, openAi: OPENAI });
}

/** The agent workflow and an OpenAI credential for it (nothing runs: its Base URL is a loopback port nobody serves). */
export function agentImports(): { credentials: CredentialDefinition[]; workflows: WorkflowDefinition[] } {
	return { credentials: [openAiCredential(OPENAI, 'http://127.0.0.1:9/v1')], workflows: [workflow()] };
}

export async function captureAgent(page: Page, n8n: N8nServer, save: (path: string) => Promise<void>): Promise<void> {
	const agent = workflow();
	await assertCredentialsExist(n8n, [agent]);
	await showWholeWorkflow(page, n8n, agent, 'the agent workflow');
	await save(join(OUTPUT_DIR, 'agent-workflow.png'));

	await page.locator('[data-test-id="canvas-node"]').filter({ hasText: 'Create customer' }).dblclick();
	await page.locator('[data-test-id="ndv"]').waitFor();
	await page.locator('[data-test-id="parameter-input-email"]').waitFor();
	// Lets the panel's opening animation finish before anything is captured.
	await page.waitForTimeout(800);
	await save(join(OUTPUT_DIR, 'agent-tool-fromai.png'));
}
