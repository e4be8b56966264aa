/**
 * The scripted model (README.md here): a loopback stand-in for OpenAI's APIs that answers with
 * scripted replies and records what it was sent. The helpers build replies and read what the
 * client sent back.
 */
import type { RecordedRequest, ScriptedReply, ScriptedToolCall, ScriptedUsage } from './types';

export { ScriptedModel, type ScriptedModelOptions } from './server';
export { promptOf } from './wire';
export type { ConversationMessage, OfferedTool, RecordedRequest, ReplyRule, ScriptedReply, ScriptedToolCall, ScriptedUsage } from './types';

/** A reply asking the client to run one tool. */
export function toolCall(name: string, args: Record<string, unknown> = {}, usage?: ScriptedUsage): ScriptedReply {
	return { kind: 'toolCalls', calls: [{ name, arguments: args }], usage };
}

/** A reply asking the client to run several tools at once. */
export function toolCalls(calls: ScriptedToolCall[], usage?: ScriptedUsage): ScriptedReply {
	return { kind: 'toolCalls', calls, usage };
}

/** A final answer. */
export function answer(text: string, usage?: ScriptedUsage): ScriptedReply {
	return { kind: 'answer', text, usage };
}

/** A tool's result as the client sent it back: which call, which tool, and the text the model reads. */
export interface ToolResult {
	toolCallId: string;
	name: string;
	text: string;
}

/** Every tool result in a request's conversation, oldest first, each with the name of the tool that was called. */
export function toolResults(request: RecordedRequest): ToolResult[] {
	const names = new Map(request.messages.flatMap((m) => (m.toolCalls ?? []).map((c) => [c.id, c.name] as const)));
	return request.messages.filter((m) => m.role === 'tool').map((m) => ({ toolCallId: m.toolCallId ?? '', name: names.get(m.toolCallId ?? '') ?? '', text: m.text }));
}
