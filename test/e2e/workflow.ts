import { join } from 'node:path';
import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import type { CredentialDefinition, WorkflowDefinition, WorkflowNode } from '../../tools/e2e/definitions';
import type { Emulator } from '../../tools/emulator/types';
import { REPO_ROOT } from '../../tools/e2e/installation';

/** The node type names n8n gives this package's nodes once installed as a community package. */
export const POLAR_NODE_TYPE = 'n8n-nodes-polar.polar';
export const POLAR_TRIGGER_TYPE = 'n8n-nodes-polar.polarTrigger';
export const MANUAL_TRIGGER_NAME = 'Start';

export const CREDENTIAL_ID = 'polarE2eCred0001';
export const CREDENTIAL_NAME = 'Polar (emulator)';

/** A Polar Webhook Secret API credential: the secret of an endpoint made in Polar's dashboard. */
export function polarWebhookSecretCredential(ref: { id: string; name: string }, secret: string): CredentialDefinition {
	return { ...ref, type: 'polarWebhookSecretApi', data: { secret } };
}

/** A polarApi credential pointing at the emulator. The token is a fixed test value. */
export function polarCredential(baseUrl: string, accessToken: string): CredentialDefinition {
	return {
		id: CREDENTIAL_ID,
		name: CREDENTIAL_NAME,
		type: 'polarApi',
		data: { accessToken, environment: 'custom', baseUrl, apiVersion: '2026-10' },
	};
}

/** The requests Polar got from log entry `from` on, as "METHOD /path" (query left out, trailing slash dropped). */
export function polarCallsSince(polar: Emulator, from: number): string[] {
	return polar.log.slice(from).map((e) => `${e.method} ${e.path.split('?')[0].replace(/\/+$/, '')}`);
}

let description: INodeTypeDescription | undefined;

/** The built node's description (dist/, what the tarball holds), to shape parameters like the editor does. */
function polarDescription(): INodeTypeDescription {
	if (!description) {
		const { Polar } = require(join(REPO_ROOT, 'dist/nodes/Polar/Polar.node.js')) as { Polar: new () => { description: INodeTypeDescription } };
		description = new Polar().description;
	}
	return description;
}

/**
 * What n8n offers a model as the description of a Polar Tool left on "Set Automatically": the
 * operation's `action` in the built node, plus " in Polar" (n8n-workflow `makeDescription`).
 */
export function toolDescriptionOf(resource: string, operation: string): string {
	const selector = polarDescription().properties.find((p) => p.name === 'operation' && shownFor(p, resource, operation));
	const option = (selector?.options ?? []).find((o) => (o as { value?: string }).value === operation) as { action?: string } | undefined;
	if (!option?.action) throw new Error(`the built Polar node has no action for ${resource} → ${operation}`);
	return `${option.action} in Polar`;
}

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	if (!show) return true;
	const matches = (key: string, value: string) => !show[key] || (show[key] as unknown[]).includes(value);
	return matches('resource', resource) && matches('operation', operation);
}

/**
 * Parameters of one Polar operation as the editor stores them: top-level ID fields that the
 * node shows as a resource picker are written as resource-locator values (`{ __rl, mode, value }`),
 * other values as given.
 */
export function polarParameters(resource: string, operation: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
	const properties = polarDescription().properties;
	const out: Record<string, unknown> = { authentication: 'accessToken', resource, operation };
	for (const [name, value] of Object.entries(fields)) {
		const property = properties.find((p) => p.name === name && shownFor(p, resource, operation));
		const isLocator = property?.type === 'resourceLocator';
		const alreadyLocator = typeof value === 'object' && value !== null && '__rl' in value;
		out[name] = isLocator && !alreadyLocator ? { __rl: true, mode: 'id', value } : value;
	}
	return out;
}

function orderPaidTriggerNode(id: string, name: string, webhookId: string, registration: Record<string, unknown>, credentials: WorkflowNode['credentials']): WorkflowNode {
	return { id, name, type: POLAR_TRIGGER_TYPE, typeVersion: 1, position: [0, 0], webhookId, parameters: { ...registration, events: ['order.paid'], options: {} }, credentials };
}

/** A Polar Trigger on `order.paid` that registers its own endpoint, with a fixed webhook id (a stable URL). */
export function orderPaidTrigger(id: string, name: string, webhookId: string, credential = { id: CREDENTIAL_ID, name: CREDENTIAL_NAME }): WorkflowNode {
	return orderPaidTriggerNode(id, name, webhookId, { registration: 'automatic', authentication: 'accessToken' }, { polarApi: credential });
}

/** A Polar Trigger on `order.paid` for an endpoint made on Polar by hand: its pasted secret comes from a Polar Webhook Secret credential. */
export function existingEndpointTrigger(id: string, name: string, webhookId: string, secretCredential: { id: string; name: string }): WorkflowNode {
	return orderPaidTriggerNode(id, name, webhookId, { registration: 'manual' }, { polarWebhookSecretApi: secretCredential });
}

let nodeCounter = 0;

export function manualTrigger(): WorkflowNode {
	return { id: 'e2e-start', name: MANUAL_TRIGGER_NAME, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
}

export function polarNode(
	name: string,
	resource: string,
	operation: string,
	fields: Record<string, unknown> = {},
	settings: Pick<WorkflowNode, 'onError' | 'executeOnce'> = {},
): WorkflowNode {
	nodeCounter++;
	return {
		id: `e2e-node-${nodeCounter}`,
		name,
		type: POLAR_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: polarParameters(resource, operation, fields),
		credentials: { polarApi: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME } },
		...settings,
	};
}

export const POLL_TRIGGER_TYPE = 'n8n-nodes-polar.polarPollTrigger';
export const POLL_TRIGGER_NAME = 'Polar Poll Trigger';

/**
 * A workflow of one Polar Poll Trigger (node name POLL_TRIGGER_NAME) polling at the given seconds
 * of every minute: n8n refuses a Poll Times entry that fires more than once a minute
 * (`*\/5 * * * * *`), but each entry may be a cron on one fixed second.
 */
export function pollTriggerWorkflow(
	id: string,
	name: string,
	seconds: number[],
	parameters: Record<string, unknown>,
	credential = { id: CREDENTIAL_ID, name: CREDENTIAL_NAME },
): WorkflowDefinition {
	const pollTimes = { item: seconds.map((second) => ({ mode: 'custom', cronExpression: `${second} * * * * *` })) };
	const node: WorkflowNode = {
		id: `${id}-node`,
		name: POLL_TRIGGER_NAME,
		type: POLL_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { pollTimes, authentication: 'accessToken', options: {}, ...parameters },
		credentials: { polarApi: credential },
	};
	return { id, name, nodes: [node], connections: {} };
}

/**
 * A workflow of branches hanging off one Manual Trigger; each branch is a chain of nodes.
 * Positions put branch i on row i, which is also the order n8n's v1 execution order runs them.
 */
export function branchedWorkflow(id: string, name: string, branches: WorkflowNode[][]): WorkflowDefinition {
	const start = manualTrigger();
	const nodes: WorkflowNode[] = [start];
	const connections: WorkflowDefinition['connections'] = {};
	const link = (from: string, to: string) => {
		const outputs = (connections[from] ??= {});
		(outputs.main ??= [[]])[0].push({ node: to, type: 'main', index: 0 });
	};
	branches.forEach((chain, row) => {
		chain.forEach((node, column) => {
			node.position = [250 * (column + 1), 200 * row];
			nodes.push(node);
			link(column === 0 ? start.name : chain[column - 1].name, node.name);
		});
	});
	return { id, name, nodes, connections, settings: { executionOrder: 'v1' } };
}
