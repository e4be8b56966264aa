/**
 * The Polar Poll Trigger's poll() through n8n-core's own PollContext, the way n8n's active
 * workflow calls it: the node's static data is kept between polls as n8n keeps it in its
 * database, committed only when a poll returns (a poll that throws changes nothing stored), and
 * `restart()` reloads it from its JSON as a restarted n8n does.
 */
import { PollContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeExecutionData, INodeParameters, WorkflowActivateMode, WorkflowExecuteMode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { PolarPollTrigger } from '../../nodes/Polar/PolarPollTrigger.node';
import { TestCredentialsHelper } from './credentialsHelper';
import { nodeTypes, testAdditionalData, tokenCredentials } from './engine';

export const POLL_NODE_TYPE = 'n8n-nodes-polar.polarPollTrigger';

const pollTrigger = new PolarPollTrigger();
const pollNodeTypes = {
	...nodeTypes,
	getByName: (type: string) => (type === POLL_NODE_TYPE ? pollTrigger : nodeTypes.getByName(type)),
	getByNameAndVersion: (type: string, version?: number) => (type === POLL_NODE_TYPE ? pollTrigger : nodeTypes.getByNameAndVersion(type, version)),
};

export interface PollResult {
	/** the items of the one output, [] when poll() answered null */
	items: INodeExecutionData[];
	/** poll() answered null (nothing new) */
	empty: boolean;
	error?: Error & { httpCode?: string; description?: string };
}

export class PollHarness {
	/** the node's static data as n8n has it stored (JSON), what the next poll starts from */
	stored = '{}';
	private readonly credentials: Record<string, ICredentialDataDecryptedObject>;

	constructor(
		private parameters: INodeParameters,
		baseUrl: string,
		credentials?: Record<string, ICredentialDataDecryptedObject>,
		/** n8n's credentials helper as a test needs it (default: the test one over `credentials`) */
		private readonly credentialsHelper?: TestCredentialsHelper,
	) {
		this.credentials = credentials ?? tokenCredentials(baseUrl);
	}

	setParameters(patch: INodeParameters): void {
		this.parameters = { ...this.parameters, ...patch };
	}

	/** The stored node static data, parsed. */
	get state(): IDataObject {
		return (JSON.parse(this.stored) as Record<string, IDataObject>)['node:Polar Poll Trigger'] ?? {};
	}

	/** The workflow n8n builds from what it has stored, and the node's PollContext in it. */
	private build(mode: WorkflowExecuteMode, activation: WorkflowActivateMode): { workflow: Workflow; context: PollContext } {
		const node: INode = {
			id: 'poll-node-1',
			name: 'Polar Poll Trigger',
			type: POLL_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...this.parameters },
			credentials: Object.fromEntries(Object.keys(this.credentials).map((t) => [t, { id: `cred-${t}`, name: `Test ${t}` }])),
		};
		const workflow = new Workflow({
			id: 'wf-poll',
			nodes: [node],
			connections: {},
			nodeTypes: pollNodeTypes,
			active: mode !== 'manual',
			settings: {},
			staticData: JSON.parse(this.stored) as IDataObject,
		});
		const helper = this.credentialsHelper ?? new TestCredentialsHelper(this.credentials);
		return { workflow, context: new PollContext(workflow, node, testAdditionalData(helper), mode, activation) };
	}

	private async run(workflow: Workflow, context: PollContext, mode: WorkflowExecuteMode): Promise<PollResult> {
		try {
			const out = await pollTrigger.poll.call(context);
			if (mode !== 'manual') this.stored = JSON.stringify(workflow.staticData);
			return { items: out?.[0] ?? [], empty: out === null };
		} catch (error) {
			return { items: [], empty: true, error: error as PollResult['error'] };
		}
	}

	/** One poll, in a workflow freshly built from what is stored. */
	async poll(mode: WorkflowExecuteMode = 'trigger', activation: WorkflowActivateMode = 'activate'): Promise<PollResult> {
		const { workflow, context } = this.build(mode, activation);
		return await this.run(workflow, context, mode);
	}

	/**
	 * One activation as n8n 2.41 keeps it: one Workflow (so one static data object in memory) and one
	 * PollContext for every Poll Times tick, and each tick started without waiting for the one before
	 * (core's ActiveWorkflowTriggers and PollTriggerExecutor). `tick()` starts a poll.
	 */
	activation(activation: WorkflowActivateMode = 'activate'): { tick: () => Promise<PollResult> } {
		const { workflow, context } = this.build('trigger', activation);
		return { tick: async () => await this.run(workflow, context, 'trigger') };
	}

	/** n8n restarted: the workflow comes back from the database with what was stored. */
	restart(): void {
		this.stored = JSON.stringify(JSON.parse(this.stored));
	}
}
