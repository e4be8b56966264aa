/**
 * An MCP client for the suites: `@modelcontextprotocol/sdk`'s Client over streamable HTTP, the copy
 * n8n ships (loaded from n8n's own node_modules, as requireFromN8n loads its other libraries), so
 * the client speaks the protocol version n8n's MCP Server Trigger was built against.
 */
import { requireFromN8n, type N8nInstallation } from './installation';

/** A tool as an MCP server lists it. */
export interface McpTool {
	name: string;
	description?: string;
	inputSchema: { type: 'object'; properties?: Record<string, Record<string, unknown>>; required?: string[] };
}

/** A tool call's result: content parts (n8n answers one text part), and whether it is an error. */
export interface McpCallResult {
	content: Array<{ type: string; text?: string }>;
	isError?: boolean;
}

interface SdkClient {
	connect(transport: unknown): Promise<void>;
	listTools(): Promise<{ tools: McpTool[] }>;
	callTool(params: { name: string; arguments: Record<string, unknown> }): Promise<McpCallResult>;
	close(): Promise<void>;
}

type ClientClass = new (info: { name: string; version: string }) => SdkClient;
type TransportClass = new (url: URL, options?: { requestInit?: RequestInit }) => unknown;

export class McpSession {
	private constructor(private readonly client: SdkClient) {}

	/** Connects (initialize + the session id) to an MCP server at `url`, with a bearer token when given. */
	static async connect(install: N8nInstallation, url: string, bearer?: string): Promise<McpSession> {
		const { Client } = requireFromN8n<{ Client: ClientClass }>(install, '@modelcontextprotocol/sdk/client/index.js');
		const { StreamableHTTPClientTransport } = requireFromN8n<{ StreamableHTTPClientTransport: TransportClass }>(install, '@modelcontextprotocol/sdk/client/streamableHttp.js');
		const transport = new StreamableHTTPClientTransport(new URL(url), bearer ? { requestInit: { headers: { authorization: `Bearer ${bearer}` } } } : undefined);
		const client = new Client({ name: 'n8n-nodes-polar-e2e', version: '1.0.0' });
		await client.connect(transport);
		return new McpSession(client);
	}

	async listTools(): Promise<McpTool[]> {
		return (await this.client.listTools()).tools;
	}

	async callTool(name: string, args: Record<string, unknown>): Promise<McpCallResult> {
		return await this.client.callTool({ name, arguments: args });
	}

	/** The text of a result's parts, joined. */
	static text(result: McpCallResult): string {
		return result.content.map((part) => part.text ?? '').join('');
	}

	async close(): Promise<void> {
		await this.client.close();
	}
}
