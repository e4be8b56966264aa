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

export interface WorkflowDefinition {
	id: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: number }>> }>;
	settings?: Record<string, unknown>;
}

export interface CredentialDefinition {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}
