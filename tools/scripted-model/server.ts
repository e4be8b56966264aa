/**
 * A model for AI-agent tests that is no model: a loopback HTTP server speaking OpenAI's Chat
 * Completions and Responses APIs, answering each request with the next reply a test scripted, and
 * recording every request (the tools offered, the conversation) so the test can assert what the
 * model was shown. A request nothing was scripted for is refused with OpenAI's error shape and a
 * message that says so; it is recorded too (`refused`), so a test can fail on it even when the
 * client swallowed the error.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ModelApi, RecordedRequest, ReplyRule, ScriptedReply } from './types';
import { conversation, errorBody, offeredTools, promptOf, replyBody } from './wire';

const HOST = '127.0.0.1';
const ROUTES: Record<string, ModelApi> = { '/v1/chat/completions': 'chat.completions', '/v1/responses': 'responses' };
/** A request body larger than this is refused: a test conversation is a few kilobytes. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface ScriptedModelOptions {
	/** the model ids `GET /v1/models` lists (the editor's model picker); default one */
	models?: string[];
}

type Step = ScriptedReply | ReplyRule;

function lastUserText(request: RecordedRequest): string {
	const text = promptOf(request);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export class ScriptedModel {
	/** every request, in arrival order */
	readonly requests: RecordedRequest[] = [];
	private readonly queue: Step[] = [];
	private rule: ReplyRule | undefined;

	private constructor(
		private readonly server: Server,
		/** the Base URL to put in an n8n OpenAI credential: `http://127.0.0.1:<port>/v1` */
		readonly url: string,
		private readonly models: string[],
	) {}

	/** Starts the server on a free loopback port. */
	static async start(options: ScriptedModelOptions = {}): Promise<ScriptedModel> {
		let model: ScriptedModel | undefined;
		const server = createServer((req, res) => void model!.handle(req, res));
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(0, HOST, resolve);
		});
		const { port } = server.address() as AddressInfo;
		model = new ScriptedModel(server, `http://${HOST}:${port}/v1`, options.models ?? ['gpt-4.1-mini']);
		return model;
	}

	/**
	 * Queues replies: each answers one request, in order of arrival. A function computes its reply
	 * from the request (e.g. a final answer quoting a tool's result).
	 */
	reply(...steps: Step[]): this {
		this.queue.push(...steps);
		return this;
	}

	/**
	 * Answers every request the rule gives a reply for, once the queue is empty (requests that come
	 * concurrently, in any order: one per prompt of a batch, for instance).
	 */
	answerEach(rule: ReplyRule): this {
		this.rule = rule;
		return this;
	}

	/** How many queued replies no request has used yet. */
	get pending(): number {
		return this.queue.length;
	}

	/** The requests it refused, with why. */
	get refused(): RecordedRequest[] {
		return this.requests.filter((r) => r.refusal !== undefined);
	}

	/** Forgets the script and the recorded requests (between tests). */
	reset(): void {
		this.queue.length = 0;
		this.rule = undefined;
		this.requests.length = 0;
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const path = (req.url ?? '').split('?')[0].replace(/\/+$/, '');
		if (req.method === 'GET' && path === '/v1/models') {
			return send(res, 200, { object: 'list', data: this.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'scripted-model' })) });
		}
		const api = req.method === 'POST' ? ROUTES[path] : undefined;
		if (!api) return send(res, 404, errorBody(`The scripted model serves POST /v1/chat/completions, POST /v1/responses and GET /v1/models, not ${req.method} ${path}`, 'unknown_route'));
		let body: Record<string, unknown>;
		try {
			body = JSON.parse(await readBody(req)) as Record<string, unknown>;
		} catch (error) {
			return send(res, 400, errorBody(`The scripted model could not read the request body: ${(error as Error).message}`, 'invalid_body'));
		}
		const request: RecordedRequest = {
			seq: this.requests.length + 1,
			api,
			model: typeof body.model === 'string' ? body.model : '',
			body,
			tools: offeredTools(api, body),
			messages: conversation(api, body),
		};
		this.requests.push(request);
		const reply = body.stream === true ? 'it asks for a streamed reply: turn streaming off (the AI Agent\'s "Enable Streaming" option)' : this.next(request);
		if (typeof reply === 'string') {
			request.refusal = `The scripted model refused request #${request.seq} (${api}, last user message "${lastUserText(request)}"): ${reply}`;
			return send(res, 400, errorBody(request.refusal, 'unscripted_request'));
		}
		request.reply = reply;
		send(res, 200, replyBody(api, request.seq, request.model, reply));
	}

	/** The reply for a request, or why there is none. */
	private next(request: RecordedRequest): ScriptedReply | string {
		const step = this.queue.shift();
		if (step) return (typeof step === 'function' ? step(request) : step) ?? 'its scripted step computed no reply for it';
		return this.rule?.(request) ?? 'no reply was scripted for it';
	}
}

async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY_BYTES) throw new Error(`larger than ${MAX_BODY_BYTES} bytes`);
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
	const text = JSON.stringify(body);
	res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
	res.end(text);
}
