/**
 * What the demo puts into n8n: the credentials and the three demo workflows, with fixed ids so a
 * later start can tell what is already there (and the trigger's production URL stays the same).
 */
import type { CredentialDefinition, WorkflowDefinition, WorkflowNode } from '../e2e/definitions';
import { API_VERSION } from '../../nodes/Polar/generated/meta';

export const POLAR_NODE_TYPE = 'n8n-nodes-polar.polar';
export const POLAR_TRIGGER_TYPE = 'n8n-nodes-polar.polarTrigger';

export const EMULATOR_CREDENTIAL = { id: 'polarDemoEmulator', name: 'Polar (local emulator)' } as const;
export const SANDBOX_CREDENTIAL = { id: 'polarDemoSandbox1', name: 'Polar (sandbox)' } as const;

/** The demo credential's token: the demo registers it on its emulator, with every scope. */
export const EMULATOR_TOKEN = 'polar_oat_local_demo_token';

export const WORKFLOW_IDS = {
	listCustomers: 'polarDemoCustomers',
	productCheckout: 'polarDemoCheckout1',
	/** the published Polar Trigger (its id predates its product.created event) */
	trigger: 'polarDemoOrderPaid',
} as const;

/**
 * Bumped whenever the demo's workflows change: a user folder set up with another revision gets
 * them imported again at the next start (state.json), replacing edits made to them.
 * 2: the trigger also listens to product.created (the emulator sends webhooks on change).
 */
export const DEMO_WORKFLOWS_REVISION = 2;

/** What the published trigger listens to: a product made in the editor reaches it, and an order paid. */
export const TRIGGER_EVENTS = ['product.created', 'order.paid'];
export const TRIGGER_WORKFLOW_NAME = 'Polar demo: on product created or order paid';

/** Fixed, so the trigger's production URL is `<n8n>/webhook/<this>/webhook` on every start. */
export const TRIGGER_WEBHOOK_ID = '0d3c5a4e-9b1f-4c2a-8e7d-5f6a7b8c9d01';
export const TRIGGER_NODE_NAME = 'When a product is created or an order paid';

export function emulatorCredential(baseUrl: string): CredentialDefinition {
	return {
		...EMULATOR_CREDENTIAL,
		type: 'polarApi',
		data: { accessToken: EMULATOR_TOKEN, environment: 'custom', baseUrl, apiVersion: API_VERSION },
	};
}

/** A real Polar sandbox organization token (https://sandbox.polar.sh → Settings → Developers). */
export function sandboxCredential(accessToken: string): CredentialDefinition {
	return {
		...SANDBOX_CREDENTIAL,
		type: 'polarApi',
		data: { accessToken, environment: 'sandbox', apiVersion: API_VERSION },
	};
}

const polarCredentials = { polarApi: { id: EMULATOR_CREDENTIAL.id, name: EMULATOR_CREDENTIAL.name } };

function manualTrigger(): WorkflowNode {
	return {
		id: 'demo-manual-trigger',
		name: "When clicking 'Execute workflow'",
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
}

/** A Polar node on the emulator credential. */
export function polarNode(id: string, name: string, position: [number, number], parameters: Record<string, unknown>): WorkflowNode {
	return {
		id,
		name,
		type: POLAR_NODE_TYPE,
		typeVersion: 1,
		position,
		parameters: { authentication: 'accessToken', ...parameters },
		credentials: polarCredentials,
	};
}

/** Connects the nodes one after the other. */
function chain(...names: string[]): WorkflowDefinition['connections'] {
	const connections: WorkflowDefinition['connections'] = {};
	for (let i = 0; i + 1 < names.length; i++) connections[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	return connections;
}

export function demoWorkflows(): WorkflowDefinition[] {
	const start = manualTrigger();
	const listCustomers = polarNode('demo-list-customers', 'List customers', [260, 0], {
		resource: 'customer',
		operation: 'getAll',
		// More than two pages of the emulator's 250 customers: the node walks them all.
		returnAll: true,
	});
	const createProduct = polarNode('demo-create-product', 'Create product', [260, 0], {
		resource: 'product',
		operation: 'create',
		name: 'Pro plan',
		bodyVariant: 'recurring',
		recurringInterval: 'month',
		// Two price rows: 19.00 USD a month, and the same in euros.
		prices: {
			price: [
				{ amountType: 'fixed', priceAmount: 1900, priceCurrency: 'usd' },
				{ amountType: 'fixed', priceAmount: 1700, priceCurrency: 'eur' },
			],
		},
	});
	const createCheckout = polarNode('demo-create-checkout', 'Create checkout', [520, 0], {
		resource: 'checkout',
		operation: 'create',
		products: '={{ $json.id }}',
	});
	const trigger: WorkflowNode = {
		id: 'demo-order-paid-trigger',
		name: TRIGGER_NODE_NAME,
		type: POLAR_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId: TRIGGER_WEBHOOK_ID,
		parameters: { registration: 'automatic', authentication: 'accessToken', events: TRIGGER_EVENTS, options: {} },
		credentials: polarCredentials,
	};
	const handleEvent: WorkflowNode = {
		id: 'demo-handle-order',
		name: 'Handle the event',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [260, 0],
		parameters: {},
	};
	return [
		{
			id: WORKFLOW_IDS.listCustomers,
			name: 'Polar demo: list customers',
			nodes: [start, listCustomers],
			connections: chain(start.name, listCustomers.name),
		},
		{
			id: WORKFLOW_IDS.productCheckout,
			name: 'Polar demo: create a product and a checkout',
			nodes: [{ ...start }, createProduct, createCheckout],
			connections: chain(start.name, createProduct.name, createCheckout.name),
		},
		{
			id: WORKFLOW_IDS.trigger,
			name: TRIGGER_WORKFLOW_NAME,
			nodes: [trigger, handleEvent],
			connections: chain(trigger.name, handleEvent.name),
		},
	];
}
