/**
 * The shapes of the scripted model (dev tooling only): what a test scripts it to answer, and what it
 * records of every request, the same whichever OpenAI API the client spoke.
 */

/** Which OpenAI API a request came in on. */
export type ModelApi = 'chat.completions' | 'responses';

/** Tokens a reply says it used (OpenAI's `usage`). */
export interface ScriptedUsage {
	input: number;
	output: number;
}

/** One function call the model asks for. */
export interface ScriptedToolCall {
	/** the tool's name as it was offered */
	name: string;
	arguments: Record<string, unknown>;
}

/** A scripted reply: tool calls for the client to run, or a final answer. */
export type ScriptedReply = { kind: 'toolCalls'; calls: ScriptedToolCall[]; usage?: ScriptedUsage } | { kind: 'answer'; text: string; usage?: ScriptedUsage };

/** A tool the client offered the model: its name, its description and the JSON schema of its arguments. */
export interface OfferedTool {
	name: string;
	description: string;
	parameters: Record<string, unknown>;
}

/** A tool call the model made earlier in the conversation, as the client sends it back. */
export interface EarlierToolCall {
	id: string;
	name: string;
	arguments: string;
}

/** One message of the conversation the client sent, in one shape for both APIs. */
export interface ConversationMessage {
	role: 'system' | 'user' | 'assistant' | 'tool';
	text: string;
	/** assistant messages: the calls the model made */
	toolCalls?: EarlierToolCall[];
	/** tool messages: which call this is the result of */
	toolCallId?: string;
}

/** Every request the server received, in order, with what it answered. */
export interface RecordedRequest {
	/** 1-based, in arrival order */
	seq: number;
	api: ModelApi;
	model: string;
	/** the body as the client sent it */
	body: Record<string, unknown>;
	tools: OfferedTool[];
	messages: ConversationMessage[];
	/** what the server answered, when a reply was scripted for this request */
	reply?: ScriptedReply;
	/** why the server refused the request (nothing was scripted for it, or it asked for what the server does not do) */
	refusal?: string;
}

/** Computes a reply from the request: a tool call's result is in it, for instance. Undefined: not for this one. */
export type ReplyRule = (request: RecordedRequest) => ScriptedReply | undefined;
