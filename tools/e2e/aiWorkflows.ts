/**
 * Polar in n8n's AI nodes, as the e2e and queue suites import it and the README's screenshot shows
 * it: Polar Tool nodes (`n8n-nodes-polar.polarTool`, which n8n makes from the Polar node because it
 * is `usableAsTool`) attached to an AI Agent behind a Webhook, or to an MCP Server Trigger.
 */
import type { Connection, CredentialDefinition, WorkflowDefinition, WorkflowNode } from './definitions';

export const POLAR_TOOL_TYPE = 'n8n-nodes-polar.polarTool';
export const AGENT_NAME = 'AI Agent';
export const CHAT_MODEL_NAME = 'OpenAI Chat Model';
export const MCP_TRIGGER_NAME = 'Polar MCP server';
/** The model id the chat model asks for (the scripted model answers any). */
export const MODEL_ID = 'gpt-4.1-mini';

type Ref = { id: string; name: string };

/** `$fromAI()` in a parameter: the model fills it, and n8n offers it as the tool's argument `key`. */
export function fromAI(key: string, description: string, type: 'string' | 'number' | 'boolean' | 'json' = 'string'): string {
	const quoted = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	return `={{ $fromAI(${quoted(key)}, ${quoted(description)}, ${quoted(type)}) }}`;
}

/** One Polar Tool node: its name (the tool's name, cleaned) and its resource, operation and fields. */
export interface PolarToolSpec {
	name: string;
	parameters: Record<string, unknown>;
}

/** The tools an ops agent starts with: Customer → Get Many (limit 10) and Customer → Create from the model's email and name. */
export const CUSTOMER_TOOLS: PolarToolSpec[] = [
	{ name: 'List customers', parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: 10 } },
	{
		name: 'Create customer',
		parameters: {
			resource: 'customer',
			operation: 'create',
			bodyVariant: 'individualCreate',
			email: fromAI('email', 'Email address of the new customer'),
			additionalFields: { name: fromAI('name', 'Full name of the new customer') },
		},
	},
];

/** The OpenAI credential the suites' agents use (pointing at the scripted model). */
export const OPENAI_CREDENTIAL = { id: 'openAiScripted01', name: 'OpenAI (scripted model)' } as const;
/** The bearer-auth credential of the suites' MCP Server Triggers. */
export const MCP_BEARER_CREDENTIAL = { id: 'mcpBearerE2e0001', name: 'MCP clients' } as const;

/** An OpenAI credential whose Base URL is the scripted model (tools/scripted-model). */
export function openAiCredential(ref: Ref, baseUrl: string): CredentialDefinition {
	return { ...ref, type: 'openAiApi', data: { apiKey: 'sk-scripted-model-not-a-key', url: baseUrl, header: false } };
}

/** The token an MCP client must present to an MCP Server Trigger with bearer auth. */
export function mcpBearerCredential(token: string, ref: Ref = MCP_BEARER_CREDENTIAL): CredentialDefinition {
	return { ...ref, type: 'httpBearerAuth', data: { token } };
}

function polarToolNodes(tools: PolarToolSpec[], polar: Ref, row: number): WorkflowNode[] {
	return tools.map((tool, i) => ({
		id: `polar-tool-${i + 1}`,
		name: tool.name,
		type: POLAR_TOOL_TYPE,
		typeVersion: 1,
		position: [440 + 220 * i, row],
		parameters: { descriptionType: 'auto', authentication: 'accessToken', ...tool.parameters },
		credentials: { polarApi: polar },
	}));
}

const link = (node: string, type: Connection['type']): Connection[][] => [[{ node, type, index: 0 }]];

export interface AgentWorkflowOptions {
	id: string;
	name?: string;
	/** the Webhook's path: the agent answers `POST /webhook/<path>` with `{output}` */
	path: string;
	polar: Ref;
	openAi: Ref;
	tools?: PolarToolSpec[];
	systemMessage?: string;
}

/**
 * Webhook (`POST {prompt}`) → AI Agent → the answer as the reply. The agent's model is the OpenAI
 * Chat Model on Chat Completions with no retries (a failure shows at once), and it does not stream
 * (the Webhook answers with the last node's output).
 */
export function agentWorkflow(options: AgentWorkflowOptions): WorkflowDefinition {
	const tools = polarToolNodes(options.tools ?? CUSTOMER_TOOLS, options.polar, 240);
	const nodes: WorkflowNode[] = [
		{
			id: 'agent-webhook',
			name: 'Prompt',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: `polar-agent-${options.path}`,
			parameters: { httpMethod: 'POST', path: options.path, responseMode: 'lastNode', responseData: 'firstEntryJson', options: {} },
		},
		{
			id: 'agent',
			name: AGENT_NAME,
			type: '@n8n/n8n-nodes-langchain.agent',
			typeVersion: 3.1,
			position: [300, 0],
			parameters: {
				promptType: 'define',
				text: '={{ $json.body.prompt }}',
				options: { enableStreaming: false, ...(options.systemMessage ? { systemMessage: options.systemMessage } : {}) },
			},
		},
		{
			id: 'agent-model',
			name: CHAT_MODEL_NAME,
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			typeVersion: 1.3,
			position: [200, 240],
			parameters: { model: { __rl: true, mode: 'list', value: MODEL_ID }, responsesApiEnabled: false, options: { maxRetries: 0 } },
			credentials: { openAiApi: options.openAi },
		},
		...tools,
	];
	const connections: WorkflowDefinition['connections'] = {
		Prompt: { main: link(AGENT_NAME, 'main') },
		[CHAT_MODEL_NAME]: { ai_languageModel: link(AGENT_NAME, 'ai_languageModel') },
	};
	for (const tool of tools) connections[tool.name] = { ai_tool: link(AGENT_NAME, 'ai_tool') };
	return { id: options.id, name: options.name ?? 'Polar e2e: AI agent with Polar tools', nodes, connections, settings: { executionOrder: 'v1' } };
}

export interface McpWorkflowOptions {
	id: string;
	/** served at `/mcp/<path>` once published */
	path: string;
	polar: Ref;
	/** an httpBearerAuth credential the MCP client must present */
	bearer: Ref;
	tools?: PolarToolSpec[];
}

/** An MCP Server Trigger (streamable HTTP, bearer auth) offering Polar Tools to any MCP client. */
export function mcpWorkflow(options: McpWorkflowOptions): WorkflowDefinition {
	const tools = polarToolNodes(options.tools ?? CUSTOMER_TOOLS, options.polar, 240);
	const trigger: WorkflowNode = {
		id: 'mcp-trigger',
		name: MCP_TRIGGER_NAME,
		type: '@n8n/n8n-nodes-langchain.mcpTrigger',
		typeVersion: 2,
		position: [300, 0],
		webhookId: `polar-mcp-${options.path}`,
		parameters: { authentication: 'bearerAuth', path: options.path },
		credentials: { httpBearerAuth: options.bearer },
	};
	const connections: WorkflowDefinition['connections'] = {};
	for (const tool of tools) connections[tool.name] = { ai_tool: link(MCP_TRIGGER_NAME, 'ai_tool') };
	return { id: options.id, name: 'Polar e2e: MCP server with Polar tools', nodes: [trigger, ...tools], connections, settings: { executionOrder: 'v1' } };
}
