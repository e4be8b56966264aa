/**
 * The Polar node run through n8n's real execution engine, for the engine tests (test/) and the
 * benchmark (tools/bench/). It lives under tools/ because tools use it; nothing in tools/ imports test/.
 */
import { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';
import { Polar } from '../../nodes/Polar/Polar.node';
import { TEST_TOKEN } from './tokens';
import { TestCredentialsHelper } from './credentialsHelper';

export const POLAR_NODE_TYPE = 'n8n-nodes-polar.polar';

const NODE_CLASSES: Record<string, INodeType> = {
	[POLAR_NODE_TYPE]: new Polar(),
};

export const nodeTypes: INodeTypes = {
	getByName: (type: string) => NODE_CLASSES[type] as INodeType | IVersionedNodeType,
	getByNameAndVersion: (type: string) => NODE_CLASSES[type],
	getKnownTypes: () => ({}),
};

export interface RunNodeOptions {
	parameters: INodeParameters;
	/** credentials by type; default: a polarApi credential pointed at `baseUrl` */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	baseUrl?: string;
	items?: INodeExecutionData[];
	/** "On Error: Continue" (regular output) */
	continueOnFail?: boolean;
	/** "On Error: Continue (using error output)": failed items go to a second output, `errorItems` */
	continueErrorOutput?: boolean;
	nodeType?: string;
}

export interface NodeRun {
	/** output items of the node's first output */
	items: INodeExecutionData[];
	/** items of the error output, with `continueErrorOutput` */
	errorItems: INodeExecutionData[];
	/** the node's error when the run failed */
	error?: Error & { description?: string; httpCode?: string; context?: Record<string, unknown> };
	run: IRun;
	credentialsHelper: TestCredentialsHelper;
}

export { TEST_TOKEN };

export function tokenCredentials(baseUrl: string, extra: ICredentialDataDecryptedObject = {}): Record<string, ICredentialDataDecryptedObject> {
	return {
		polarApi: { accessToken: TEST_TOKEN, environment: 'custom', baseUrl, apiVersion: '2026-10', ...extra },
	};
}

/**
 * Runs one node through n8n's real execution engine (WorkflowExecute from n8n-core) with the given
 * parameters and input items, the way n8n runs a manual execution, and returns what it output.
 */
export async function runNode(options: RunNodeOptions): Promise<NodeRun> {
	const credentials = options.credentials ?? tokenCredentials(options.baseUrl ?? 'http://127.0.0.1:9');
	const credentialsHelper = new TestCredentialsHelper(credentials);
	const node = polarNode(options, credentials);
	const workflowData: IWorkflowBase = {
		id: 'wf-test',
		name: 'test',
		active: false,
		isArchived: false,
		activeVersionId: null,
		nodes: [node],
		connections: {},
		settings: {},
		createdAt: new Date(),
		updatedAt: new Date(),
	};
	const workflow = new Workflow({ id: 'wf-test', nodes: [node], connections: {}, nodeTypes, active: false, settings: {} });
	const hooks = new ExecutionLifecycleHooks('manual', 'exec-1', workflowData);
	let finish!: (run: IRun) => void;
	const done = new Promise<IRun>((resolve) => (finish = resolve));
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => finish(fullRunData));
	const additionalData = testAdditionalData(credentialsHelper, hooks);
	const runExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node, data: { main: [options.items ?? [{ json: {} }]] }, source: null }] },
	});
	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	await execute.processRunExecutionData(workflow);
	const run = await done;
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const items = (taskData?.data?.main?.[0] ?? []) as INodeExecutionData[];
	const errorItems = (taskData?.data?.main?.[1] ?? []) as INodeExecutionData[];
	const error = (taskData?.error ?? run.data.resultData.error) as NodeRun['error'];
	return { items, errorItems, error, run, credentialsHelper };
}

function polarNode(options: Pick<RunNodeOptions, 'parameters' | 'continueOnFail' | 'continueErrorOutput' | 'nodeType'>, credentials: Record<string, ICredentialDataDecryptedObject>): INode {
	return {
		id: 'node-1',
		name: 'Polar',
		type: options.nodeType ?? POLAR_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: Object.fromEntries(Object.keys(credentials).map((t) => [t, { id: `cred-${t}`, name: `Test ${t}` }])),
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		...(options.continueErrorOutput ? { onError: 'continueErrorOutput' as const } : {}),
	};
}

/** What n8n hands the execution engine and node contexts, reduced to what these tests need. */
export function testAdditionalData(credentialsHelper: TestCredentialsHelper, hooks?: ExecutionLifecycleHooks, extra: Partial<IWorkflowExecuteAdditionalData> = {}): IWorkflowExecuteAdditionalData {
	return {
		hooks,
		credentialsHelper,
		currentNodeParameters: undefined,
		executionId: 'exec-1',
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		variables: {},
		userId: 'user-1',
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}

/**
 * The context n8n's editor gives a node's loadOptions / listSearch methods (n8n-core's
 * LoadOptionsContext), for the Polar node with the given parameters and credentials.
 */
export function loadOptionsContext(options: { parameters: INodeParameters; baseUrl: string; path?: string }): ILoadOptionsFunctions {
	const credentials = tokenCredentials(options.baseUrl);
	const node = polarNode({ parameters: options.parameters }, credentials);
	const workflow = new Workflow({ id: 'wf-test', nodes: [node], connections: {}, nodeTypes, active: false, settings: {} });
	return new LoadOptionsContext(workflow, node, testAdditionalData(new TestCredentialsHelper(credentials)), options.path ?? 'parameters.id');
}
