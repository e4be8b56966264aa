import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import { HookContext, LoadOptionsContext, WebhookContext } from 'n8n-core';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeParameters,
	INodePropertyOptions,
	INodeType,
	INodeTypes,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { PolarTrigger } from '../../nodes/Polar/PolarTrigger.node';
import { keyMaterialOf } from '../../nodes/Polar/trigger/secretAtRest';
import type { EndpointState } from '../../nodes/Polar/trigger/state';
import { storedSecret } from '../../nodes/Polar/trigger/state';
import { TestCredentialsHelper } from '../../tools/harness/credentialsHelper';
import { TRIGGER_TEST_TOKEN } from './emulator';
import { testAdditionalData } from '../../tools/harness/engine';

export const POLAR_TRIGGER_TYPE = 'n8n-nodes-polar.polarTrigger';

const trigger = new PolarTrigger();

const nodeTypes: INodeTypes = {
	getByName: () => trigger,
	getByNameAndVersion: () => trigger,
	getKnownTypes: () => ({}),
};

/** Fixture token (registered on test emulators, harness/emulator.ts) and credentials; tests search every output and error for the token. */
export { TRIGGER_TEST_TOKEN };

export function tokenCredentials(baseUrl: string, extra: ICredentialDataDecryptedObject = {}): Record<string, ICredentialDataDecryptedObject> {
	return {
		polarApi: { accessToken: TRIGGER_TEST_TOKEN, environment: 'custom', baseUrl, apiVersion: '2026-10', ...extra },
	};
}

export const WEBHOOK_BASE_URL = 'http://127.0.0.1:5678/webhook';
export const WEBHOOK_TEST_BASE_URL = 'http://127.0.0.1:5678/webhook-test';

/**
 * Records what n8n's logger is given, instead of printing it, so a test can search it (for
 * secrets, for instance). Call `restore()` when done.
 */
export function recordLogs(): { lines: string[]; restore: () => void } {
	// error/warn/info all go through the private log(); levels below the configured one are no-ops n8n fixes in place.
	const logger = Container.get(Logger) as unknown as { log: (level: string, message: string, meta?: object) => void };
	const lines: string[] = [];
	const spy = jest.spyOn(logger, 'log').mockImplementation((level: string, message: string, meta?: object) => {
		lines.push(`${level}: ${message} ${JSON.stringify(meta ?? {})}`);
	});
	return { lines, restore: () => spy.mockRestore() };
}

/** Everything an error carries that a user or a log could see. */
export function exposed(error: unknown): string {
	const e = error as Error & { description?: unknown; context?: unknown; cause?: unknown };
	return JSON.stringify({ message: e.message, description: e.description, context: e.context, stack: e.stack, own: Object.fromEntries(Object.getOwnPropertyNames(e).map((k) => [k, (e as unknown as Record<string, unknown>)[k]])) });
}

export async function rejection(promise: Promise<unknown>): Promise<Error & { description?: string; httpCode?: string }> {
	try {
		await promise;
	} catch (error) {
		return error as Error & { description?: string; httpCode?: string };
	}
	throw new Error('expected a rejection');
}

/** What one delivery through the receiver produced: the HTTP answer and webhook()'s result. */
export interface DeliveryOutcome {
	status: number;
	body: string;
	/** what webhook() returned; undefined when it threw */
	result?: IWebhookResponseData;
	/** what webhook() threw (n8n would then start a failed execution) */
	error?: Error;
}

function unsealed(state: IDataObject, keyMaterial: string | undefined): IDataObject {
	const { sealedSecret: _sealed, ...rest } = state;
	const secret = storedSecret(state as EndpointState, keyMaterial);
	return secret === undefined ? rest : { ...rest, secret };
}

export interface TriggerHarnessOptions {
	parameters: INodeParameters;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	workflowId?: string;
	workflowName?: string;
	/** n8n's public address as WEBHOOK_URL sets it; default http://127.0.0.1:5678 */
	publicBaseUrl?: string;
}

/**
 * Drives the Polar Trigger the way n8n's CLI does, through n8n-core's real HookContext and
 * WebhookContext over a real Workflow holding static data:
 * - activate(): checkExists, then create when it answered false (WebhookService.createWebhookIfNotExists);
 * - deactivate(): delete;
 * - deliver(): an HTTP request to a loopback receiver that runs webhook() and then answers as n8n's
 *   executeWebhook does for `responseMode: 'onReceived'`.
 * A test listener (activate({ test: true })) gets its own copy of the static data, as n8n's test
 * webhooks do.
 */
export class TriggerHarness {
	readonly node: INode;
	readonly workflow: Workflow;
	testWorkflow?: Workflow;
	readonly credentialsHelper: TestCredentialsHelper;
	readonly outcomes: DeliveryOutcome[] = [];
	private server?: Server;
	private receiverUrl = '';
	private deliverToTest = false;
	private readonly webhookBaseUrl: string;
	private readonly webhookTestBaseUrl: string;
	/** leave `rawBody` unset and offer only `readRawBody()`, as n8n's request does before parsing */
	lazyRawBody = false;

	/** what the trigger seals the endpoint's secret with: the given credential's token or client secret */
	private readonly keyMaterial: string | undefined;

	constructor(options: TriggerHarnessOptions) {
		this.keyMaterial = Object.values(options.credentials).map(keyMaterialOf).find(Boolean);
		const description = trigger.description;
		const partial: INode = {
			id: 'trigger-node-1',
			name: 'Polar Trigger',
			type: POLAR_TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			webhookId: 'f0e1d2c3-b4a5-4678-9abc-def012345678',
			parameters: {},
			credentials: Object.fromEntries(Object.keys(options.credentials).map((t) => [t, { id: `cred-${t}`, name: `Test ${t}` }])),
		};
		// Fill in defaults as n8n does when it loads a saved node.
		partial.parameters = NodeHelpers.getNodeParameters(description.properties, options.parameters, true, false, partial, description) ?? {};
		this.node = partial;
		this.credentialsHelper = new TestCredentialsHelper(options.credentials);
		const publicBase = options.publicBaseUrl?.replace(/\/+$/, '');
		this.webhookBaseUrl = publicBase ? `${publicBase}/webhook` : WEBHOOK_BASE_URL;
		this.webhookTestBaseUrl = publicBase ? `${publicBase}/webhook-test` : WEBHOOK_TEST_BASE_URL;
		this.workflow = this.newWorkflow(options.workflowId ?? 'wf-trigger', options.workflowName ?? 'Polar orders', {});
	}

	private newWorkflow(id: string, name: string, staticData: IDataObject): Workflow {
		return new Workflow({ id, name, nodes: [this.node], connections: {}, nodeTypes, active: false, staticData, settings: {} });
	}

	additionalData(extra: Partial<IWorkflowExecuteAdditionalData> = {}): IWorkflowExecuteAdditionalData {
		return testAdditionalData(this.credentialsHelper, undefined, {
			executionId: undefined,
			webhookBaseUrl: this.webhookBaseUrl,
			webhookTestBaseUrl: this.webhookTestBaseUrl,
			...extra,
		});
	}

	private webhookData(isTest: boolean, additionalData: IWorkflowExecuteAdditionalData): IWebhookData {
		const webhookDescription = trigger.description.webhooks![0];
		return {
			httpMethod: 'POST',
			node: this.node.name,
			path: NodeHelpers.getNodeWebhookPath(this.workflow.id, this.node, String(webhookDescription.path)),
			webhookDescription,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: additionalData,
			isTest,
		};
	}

	/** The static data of the node as the production registration keeps it. */
	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	get testStaticData(): IDataObject | undefined {
		return this.testWorkflow?.getStaticData('node', this.node);
	}

	/** Static data as the trigger reads it: `secret` is the sealed secret opened with the credential. */
	get unsealedStaticData(): IDataObject {
		return unsealed(this.staticData, this.keyMaterial);
	}

	get unsealedTestStaticData(): IDataObject | undefined {
		return this.testStaticData && unsealed(this.testStaticData, this.keyMaterial);
	}

	webhookUrl(test = false): string {
		const path = this.webhookData(test, this.additionalData()).path;
		return `${test ? this.webhookTestBaseUrl : this.webhookBaseUrl}/${path}`;
	}

	private async runHook(method: 'checkExists' | 'create' | 'delete', workflow: Workflow, isTest: boolean, mode: WorkflowExecuteMode, activation: WorkflowActivateMode): Promise<boolean> {
		const additionalData = this.additionalData();
		const context = new HookContext(workflow, this.node, additionalData, mode, activation, this.webhookData(isTest, additionalData));
		return (await trigger.webhookMethods!.default[method].call(context)) as boolean;
	}

	/** Runs a loadOptions method as the editor does. */
	async loadOptions(method: string): Promise<INodePropertyOptions[]> {
		const context = new LoadOptionsContext(this.workflow, this.node, this.additionalData(), 'parameters.organizationId');
		return await (trigger as INodeType).methods!.loadOptions![method].call(context);
	}

	/** Production activation (publishing); answers whether create ran. */
	async activate(options: { test?: boolean } = {}): Promise<{ created: boolean }> {
		if (options.test) {
			// n8n's test listener starts from the saved static data, in a workflow of its own.
			this.testWorkflow = this.newWorkflow(this.workflow.id, this.workflow.name ?? '', JSON.parse(JSON.stringify(this.workflow.staticData)) as IDataObject);
			const exists = await this.runHook('checkExists', this.testWorkflow, true, 'manual', 'manual');
			if (!exists) await this.runHook('create', this.testWorkflow, true, 'manual', 'manual');
			return { created: !exists };
		}
		const exists = await this.runHook('checkExists', this.workflow, false, 'trigger', 'activate');
		if (!exists) await this.runHook('create', this.workflow, false, 'trigger', 'activate');
		return { created: !exists };
	}

	async deactivate(options: { test?: boolean } = {}): Promise<void> {
		const workflow = options.test ? this.testWorkflow! : this.workflow;
		await this.runHook('delete', workflow, !!options.test, 'internal', 'update');
	}

	/** Starts the loopback receiver that stands in for n8n's webhook server. */
	async listen(options: { test?: boolean } = {}): Promise<void> {
		this.deliverToTest = !!options.test;
		if (this.server) return;
		this.server = createServer((req, res) => void this.receive(req, res));
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.receiverUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
	}

	async close(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	/** POSTs a delivery to the receiver and answers what happened. */
	async deliver(body: string | Buffer, headers: Record<string, string>): Promise<DeliveryOutcome> {
		const before = this.outcomes.length;
		const response = await fetch(this.receiverUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body,
		});
		const text = await response.text();
		const outcome = this.outcomes[before];
		outcome.status = response.status;
		outcome.body = text;
		return outcome;
	}

	private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const outcome: DeliveryOutcome = { status: 0, body: '' };
		this.outcomes.push(outcome);
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks);
		// n8n's body parser: `rawBody` holds the bytes, `body` the parsed JSON.
		const request = req as IncomingMessage & { rawBody: Buffer; body: unknown; params: object; query: object };
		if (this.lazyRawBody) {
			(request as unknown as { readRawBody: () => Promise<void> }).readRawBody = async () => {
				request.rawBody = raw;
			};
		} else {
			request.rawBody = raw;
		}
		try {
			request.body = JSON.parse(raw.toString('utf8'));
		} catch {
			request.body = {};
		}
		request.params = {};
		request.query = {};

		const isTest = this.deliverToTest;
		const workflow = isTest ? this.testWorkflow! : this.workflow;
		const mode: WorkflowExecuteMode = isTest ? 'manual' : 'webhook';
		const additionalData = this.additionalData({ httpRequest: request, httpResponse: res } as unknown as Partial<IWorkflowExecuteAdditionalData>);
		const context = new WebhookContext(workflow, this.node, additionalData, mode, this.webhookData(isTest, additionalData), [], null);
		const description = trigger.description.webhooks![0];
		try {
			outcome.result = await trigger.webhook!.call(context);
		} catch (error) {
			outcome.error = error as Error;
			res.writeHead(500).end('webhook() threw');
			return;
		}
		const result = outcome.result;
		if (result.noWebhookResponse) {
			// The node answered itself; n8n sends nothing more.
			if (!res.writableEnded) res.writeHead(599).end('node claimed to answer but did not');
			return;
		}
		let payload: unknown;
		if (result.workflowData === undefined) {
			payload = result.webhookResponse !== undefined ? result.webhookResponse : { message: 'Webhook call received' };
		} else {
			// responseMode onReceived: a non-empty responseData string is sent literally.
			const responseData = description.responseData;
			if (responseData === 'noData') payload = undefined;
			else if (responseData) payload = responseData;
			else payload = result.webhookResponse !== undefined ? result.webhookResponse : { message: 'Workflow was started' };
		}
		res.writeHead(200, { 'content-type': 'application/json' }).end(payload === undefined ? '' : JSON.stringify(payload));
	}
}
