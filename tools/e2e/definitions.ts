/** Workflows and credentials as n8n's `import:workflow` and `import:credentials` accept them. */

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	executeOnce?: boolean;
	/** the node's "Retry On Fail" setting, with its tries and wait (ms) */
	retryOnFail?: boolean;
	maxTries?: number;
	waitBetweenTries?: number;
}

/** The connection kinds the project wires: items (`main`), and an AI root node's model and tools. */
export type ConnectionType = 'main' | 'ai_languageModel' | 'ai_tool';

export interface Connection {
	node: string;
	type: ConnectionType;
	index: number;
}

export interface WorkflowDefinition {
	id: string;
	name: string;
	nodes: WorkflowNode[];
	/** source node → its outputs by kind → per output index, the nodes it feeds */
	connections: Record<string, { [Kind in ConnectionType]?: Connection[][] }>;
	settings?: Record<string, unknown>;
}

export interface CredentialDefinition {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}
