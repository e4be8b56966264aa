/**
 * The scripted model (tools/scripted-model): it answers OpenAI's Chat Completions and Responses
 * APIs with the replies a test scripted, in order, records what each request offered and said, and
 * refuses whatever was not scripted with OpenAI's error shape and a message that says why.
 */
import { answer, promptOf, ScriptedModel, toolCall, toolResults } from '../../../tools/scripted-model';

let model: ScriptedModel;

beforeAll(async () => {
	model = await ScriptedModel.start({ models: ['scripted-1'] });
});

afterEach(() => model.reset());

afterAll(async () => {
	await model.close();
});

const post = async (path: string, body: unknown) => {
	const res = await fetch(`${model.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	return { status: res.status, body: (await res.json()) as any };
};

const createTool = {
	type: 'function',
	function: {
		name: 'Create_customer',
		description: 'Create a customer in Polar',
		parameters: { type: 'object', properties: { email: { type: 'string', description: 'The email' } }, required: ['email'] },
	},
};

test('listens on loopback only, under /v1, and lists its models', async () => {
	expect(new URL(model.url)).toMatchObject({ hostname: '127.0.0.1', pathname: '/v1' });
	const res = await fetch(`${model.url}/models`);
	expect(await res.json()).toEqual({ object: 'list', data: [expect.objectContaining({ id: 'scripted-1', object: 'model' })] });
});

test('Chat Completions: a scripted tool call, then an answer computed from the tool result', async () => {
	model.reply(toolCall('Create_customer', { email: 'a@example.com' }, { input: 40, output: 7 }), (request) => answer(`done: ${toolResults(request)[0].text}`));

	const first = await post('/chat/completions', { model: 'scripted-1', messages: [{ role: 'system', content: 'Be brief' }, { role: 'user', content: 'Add a@example.com' }], tools: [createTool] });
	expect(first.status).toBe(200);
	const [choice] = first.body.choices;
	expect(choice.finish_reason).toBe('tool_calls');
	// n8n's agent reads the content of a tool-call message: an empty string, never null.
	expect(choice.message.content).toBe('');
	const [call] = choice.message.tool_calls;
	expect(call).toEqual({ id: expect.any(String), type: 'function', function: { name: 'Create_customer', arguments: '{"email":"a@example.com"}' } });
	expect(first.body.usage).toEqual({ prompt_tokens: 40, completion_tokens: 7, total_tokens: 47 });

	const second = await post('/chat/completions', {
		model: 'scripted-1',
		messages: [
			{ role: 'user', content: [{ type: 'text', text: 'Add a@example.com' }] },
			{ role: 'assistant', content: '', tool_calls: [call] },
			{ role: 'tool', tool_call_id: call.id, content: '[{"id":"c1"}]' },
		],
		tools: [createTool],
	});
	expect(second.body.choices[0]).toMatchObject({ finish_reason: 'stop', message: { role: 'assistant', content: 'done: [{"id":"c1"}]' } });

	const [recorded, followUp] = model.requests;
	expect(recorded).toMatchObject({ seq: 1, api: 'chat.completions', model: 'scripted-1' });
	expect(recorded.tools).toEqual([{ name: 'Create_customer', description: 'Create a customer in Polar', parameters: createTool.function.parameters }]);
	expect(recorded.messages.map((m) => m.role)).toEqual(['system', 'user']);
	expect(promptOf(followUp)).toBe('Add a@example.com');
	expect(toolResults(followUp)).toEqual([{ toolCallId: call.id, name: 'Create_customer', text: '[{"id":"c1"}]' }]);
	expect(model.pending).toBe(0);
	expect(model.refused).toEqual([]);
});

test('Responses API: the same script answers in that API\'s shapes, with its usage', async () => {
	model.reply(toolCall('Create_customer', { email: 'b@example.com' }), answer('Hello', { input: 12, output: 30 }));
	const tool = { type: 'function', ...createTool.function, strict: false };

	const first = await post('/responses', { model: 'scripted-1', instructions: 'Be brief', input: [{ role: 'user', content: [{ type: 'input_text', text: 'Hi' }] }], tools: [tool] });
	expect(first.body).toMatchObject({ object: 'response', status: 'completed' });
	const [call] = first.body.output;
	expect(call).toMatchObject({ type: 'function_call', name: 'Create_customer', arguments: '{"email":"b@example.com"}', call_id: expect.any(String) });

	const second = await post('/responses', {
		model: 'scripted-1',
		input: [{ role: 'user', content: [{ type: 'input_text', text: 'Hi' }] }, call, { type: 'function_call_output', call_id: call.call_id, output: '{"ok":true}' }],
	});
	expect(second.body.output).toEqual([expect.objectContaining({ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Hello', annotations: [] }] })]);
	expect(second.body.usage).toMatchObject({ input_tokens: 12, output_tokens: 30, total_tokens: 42 });

	expect(model.requests[0].tools).toEqual([{ name: 'Create_customer', description: 'Create a customer in Polar', parameters: createTool.function.parameters }]);
	expect(model.requests[0].messages).toEqual([
		{ role: 'system', text: 'Be brief' },
		{ role: 'user', text: 'Hi' },
	]);
	expect(toolResults(model.requests[1])).toEqual([{ toolCallId: call.call_id, name: 'Create_customer', text: '{"ok":true}' }]);
});

test('a rule answers requests that come in any order, once the queue is empty', async () => {
	model.answerEach((request) => (promptOf(request).startsWith('prompt ') ? answer(`answer to ${promptOf(request)}`, { input: 1, output: promptOf(request).length }) : undefined));
	const replies = await Promise.all(['prompt 2', 'prompt 10', 'prompt 1'].map((text) => post('/responses', { model: 'scripted-1', input: text })));
	expect(replies.map((r) => [r.body.output[0].content[0].text, r.body.usage.output_tokens])).toEqual([
		['answer to prompt 2', 8],
		['answer to prompt 10', 9],
		['answer to prompt 1', 8],
	]);
	expect((await post('/responses', { model: 'scripted-1', input: 'something else' })).status).toBe(400);
});

test('refuses what was not scripted, and a streamed request, with OpenAI\'s error shape; both are recorded', async () => {
	const unscripted = await post('/chat/completions', { model: 'scripted-1', messages: [{ role: 'user', content: 'Anyone there?' }] });
	expect(unscripted.status).toBe(400);
	expect(unscripted.body.error).toMatchObject({ type: 'invalid_request_error', code: 'unscripted_request' });
	expect(unscripted.body.error.message).toBe('The scripted model refused request #1 (chat.completions, last user message "Anyone there?"): no reply was scripted for it');

	model.reply(answer('never sent'));
	const streamed = await post('/chat/completions', { model: 'scripted-1', stream: true, messages: [{ role: 'user', content: 'Stream it' }] });
	expect(streamed.status).toBe(400);
	expect(streamed.body.error.message).toMatch(/#2 .*streamed reply: turn streaming off/);
	// A refused request uses no scripted reply.
	expect(model.pending).toBe(1);

	model.reset();
	model.reply(() => undefined);
	const computedNothing = await post('/responses', { model: 'scripted-1', input: 'x' });
	expect(computedNothing.body.error.message).toMatch(/its scripted step computed no reply for it$/);
	expect(model.refused.map((r) => r.seq)).toEqual([1]);
});

test('answers other routes and unreadable bodies with an error that names what it serves', async () => {
	const res = await fetch(`${model.url}/embeddings`, { method: 'POST', body: '{}' });
	expect(res.status).toBe(404);
	expect(((await res.json()) as any).error.message).toMatch(/serves POST \/v1\/chat\/completions, POST \/v1\/responses and GET \/v1\/models, not POST \/v1\/embeddings/);
	const bad = await fetch(`${model.url}/chat/completions`, { method: 'POST', body: '{not json' });
	expect(bad.status).toBe(400);
	expect(model.requests).toEqual([]);
});
