/**
 * OpenAI's two APIs as the scripted model reads and answers them: Chat Completions
 * (`POST /v1/chat/completions`, what n8n's OpenAI Chat Model sends with "Use Responses API" off) and
 * Responses (`POST /v1/responses`, what n8n's OpenAI node "Message a Model" sends). Requests become
 * one shape (types.ts); a scripted reply becomes each API's non-streaming reply body.
 */
import type { ConversationMessage, EarlierToolCall, ModelApi, OfferedTool, RecordedRequest, ScriptedReply } from './types';

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A message's content: a string, or a list of parts whose text parts are joined. */
function contentText(content: unknown): string {
	if (typeof content === 'string') return content;
	return asArray(content)
		.map((part) => asText(asObject(part).text))
		.join('');
}

function role(value: unknown): ConversationMessage['role'] {
	if (value === 'developer' || value === 'system') return 'system';
	if (value === 'assistant' || value === 'tool') return value;
	return 'user';
}

/** The function tools offered, in either API's shape (Chat Completions nests them under `function`). */
export function offeredTools(api: ModelApi, body: Json): OfferedTool[] {
	return asArray(body.tools)
		.map(asObject)
		.filter((tool) => tool.type === 'function')
		.map((tool) => {
			const fn = api === 'chat.completions' ? asObject(tool.function) : tool;
			return { name: asText(fn.name), description: asText(fn.description), parameters: asObject(fn.parameters) };
		});
}

function chatMessages(body: Json): ConversationMessage[] {
	return asArray(body.messages).map((raw) => {
		const m = asObject(raw);
		const message: ConversationMessage = { role: role(m.role), text: contentText(m.content) };
		const calls = asArray(m.tool_calls).map(asObject);
		if (calls.length) {
			message.toolCalls = calls.map((c): EarlierToolCall => ({ id: asText(c.id), name: asText(asObject(c.function).name), arguments: asText(asObject(c.function).arguments) }));
		}
		if (typeof m.tool_call_id === 'string') message.toolCallId = m.tool_call_id;
		return message;
	});
}

function responsesMessages(body: Json): ConversationMessage[] {
	const out: ConversationMessage[] = [];
	if (typeof body.instructions === 'string' && body.instructions) out.push({ role: 'system', text: body.instructions });
	if (typeof body.input === 'string') return [...out, { role: 'user', text: body.input }];
	for (const raw of asArray(body.input)) {
		const item = asObject(raw);
		if (item.type === 'function_call') {
			out.push({ role: 'assistant', text: '', toolCalls: [{ id: asText(item.call_id), name: asText(item.name), arguments: asText(item.arguments) }] });
		} else if (item.type === 'function_call_output') {
			out.push({ role: 'tool', text: typeof item.output === 'string' ? item.output : JSON.stringify(item.output), toolCallId: asText(item.call_id) });
		} else {
			out.push({ role: role(item.role), text: contentText(item.content) });
		}
	}
	return out;
}

/** The conversation a request carries, oldest message first. */
export function conversation(api: ModelApi, body: Json): ConversationMessage[] {
	return api === 'chat.completions' ? chatMessages(body) : responsesMessages(body);
}

/** The text of the last user message of a request (the prompt). */
export function promptOf(request: Pick<RecordedRequest, 'messages'>): string {
	return [...request.messages].reverse().find((m) => m.role === 'user')?.text ?? '';
}

const callId = (seq: number, index: number) => `call_scripted_${seq}_${index}`;

function usageOf(reply: ScriptedReply): { input: number; output: number; total: number } {
	const input = reply.usage?.input ?? 0;
	const output = reply.usage?.output ?? 0;
	return { input, output, total: input + output };
}

/**
 * A Chat Completions reply. A tool-call message has `content: ""`, not `null`: n8n's agent reads the
 * content before the calls.
 */
function chatReply(seq: number, model: string, reply: ScriptedReply): Json {
	const usage = usageOf(reply);
	const message =
		reply.kind === 'answer'
			? { role: 'assistant', content: reply.text, refusal: null }
			: {
					role: 'assistant',
					content: '',
					refusal: null,
					tool_calls: reply.calls.map((call, i) => ({ id: callId(seq, i), type: 'function', function: { name: call.name, arguments: JSON.stringify(call.arguments) } })),
				};
	return {
		id: `chatcmpl-scripted-${seq}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{ index: 0, message, logprobs: null, finish_reason: reply.kind === 'answer' ? 'stop' : 'tool_calls' }],
		usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.total },
		system_fingerprint: null,
	};
}

function responsesReply(seq: number, model: string, reply: ScriptedReply): Json {
	const usage = usageOf(reply);
	const output =
		reply.kind === 'answer'
			? [{ type: 'message', id: `msg_scripted_${seq}`, status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: reply.text, annotations: [] }] }]
			: reply.calls.map((call, i) => ({ type: 'function_call', id: `fc_scripted_${seq}_${i}`, call_id: callId(seq, i), name: call.name, arguments: JSON.stringify(call.arguments), status: 'completed' }));
	return {
		id: `resp_scripted_${seq}`,
		object: 'response',
		created_at: Math.floor(Date.now() / 1000),
		status: 'completed',
		error: null,
		incomplete_details: null,
		model,
		output,
		parallel_tool_calls: true,
		tool_choice: 'auto',
		tools: [],
		usage: {
			input_tokens: usage.input,
			input_tokens_details: { cached_tokens: 0 },
			output_tokens: usage.output,
			output_tokens_details: { reasoning_tokens: 0 },
			total_tokens: usage.total,
		},
	};
}

/** The reply body for a scripted reply, in the API the request came in on. */
export function replyBody(api: ModelApi, seq: number, model: string, reply: ScriptedReply): Json {
	return api === 'chat.completions' ? chatReply(seq, model, reply) : responsesReply(seq, model, reply);
}

/** OpenAI's error body, so a client shows the message as it would show OpenAI's. */
export function errorBody(message: string, code: string): Json {
	return { error: { message, type: 'invalid_request_error', param: null, code } };
}
