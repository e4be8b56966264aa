/**
 * The templates of examples/ as the e2e suite and the screenshot tool import them: read from disk
 * unchanged, given a workflow id, and set up the way the template's sticky note tells a user to
 * (chat URL, organization), nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowDefinition, WorkflowNode } from './definitions';
import { REPO_ROOT } from './installation';

export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

/** Each template's file in examples/ and the workflow id it is imported under. */
export const TEMPLATES = {
	orderPaid: { file: 'order-paid-chat-notification.json', id: 'polarTplOrderPaid' },
	pastDue: { file: 'subscription-past-due-dunning.json', id: 'polarTplPastDue01' },
	export: { file: 'nightly-export-postgres.json', id: 'polarTplExport001' },
	usage: { file: 'usage-events-ingest.json', id: 'polarTplUsage0001' },
	licenses: { file: 'license-keys-issue-validate.json', id: 'polarTplLicense01' },
	aiUsage: { file: 'ai-usage-billing.json', id: 'polarTplAiUsage01' },
} as const;

/** The credentials the templates reference (by id and name; no secret is in a template). */
export const TEMPLATE_CREDENTIALS = {
	polarApi: { id: 'polarApiCredential', name: 'Polar account' },
	smtp: { id: 'smtpCredential', name: 'SMTP account' },
	postgres: { id: 'postgresCredential', name: 'Postgres account' },
	httpHeaderAuth: { id: 'usageEndpointKey', name: 'Usage endpoint key' },
	openAiApi: { id: 'openAiCredential', name: 'OpenAI account' },
} as const;

export interface Template extends Omit<WorkflowDefinition, 'id'> {
	nodes: WorkflowNode[];
}

export function readTemplate(file: string): Template {
	return JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as Template;
}

export function templateNode(template: Template, name: string): WorkflowNode {
	const node = template.nodes.find((n) => n.name === name);
	if (!node) throw new Error(`the template "${template.name}" has no node "${name}" (nodes: ${template.nodes.map((n) => n.name).join(', ')})`);
	return node;
}

/**
 * A template with an id, and for each named node the parameters a user sets after importing it.
 * A parameter path that the template does not have is refused, so a renamed field fails here
 * instead of being quietly added.
 */
export function configureTemplate(file: string, id: string, settings: Record<string, Record<string, unknown>> = {}): WorkflowDefinition {
	const template = readTemplate(file);
	for (const [nodeName, parameters] of Object.entries(settings)) {
		const node = templateNode(template, nodeName);
		for (const [name, value] of Object.entries(parameters)) {
			if (!(name in node.parameters)) throw new Error(`node "${nodeName}" of "${template.name}" has no parameter "${name}"`);
			node.parameters[name] = value;
		}
	}
	return { ...template, id };
}
