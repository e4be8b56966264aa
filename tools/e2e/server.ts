/** A running `n8n start` on a user folder, and its REST API driven as the instance owner. */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadInstallation, n8nMajor, requireFromN8n, type N8nInstallation } from './installation';
import { freePort, logTail, spawnTracked, stopProcess } from './process';
import { parseFlatted, type RunResult } from './runs';
import type { N8nUserFolder } from './userFolder';
import { sleep, waitFor } from './wait';

export const OWNER_EMAIL = 'owner@e2e.invalid';

export interface ExecutionSummary {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
	finished?: boolean;
	startedAt?: string;
}

const isUnderway = (execution: ExecutionSummary) => ['new', 'running', 'waiting'].includes(execution.status);

/**
 * n8n 2.x lists the executions it is running beside the stored ones, so one that finishes at that
 * moment comes back twice with the same id, "running" and done. Keeps one entry per id, the done
 * one when there is one, in the order n8n listed them.
 */
export function oneEntryPerExecution(listed: ExecutionSummary[]): ExecutionSummary[] {
	const byId = new Map<string, ExecutionSummary>();
	for (const execution of listed) {
		const seen = byId.get(execution.id);
		if (!seen || isUnderway(seen)) byId.set(execution.id, execution);
	}
	return [...byId.values()];
}

export interface ServerOptions {
	env?: Record<string, string>;
	readyTimeoutMs?: number;
	port?: number;
	owner?: { email: string; password: string };
}

/** bcrypt from n8n's own node_modules (the same library n8n checks the owner's password with). */
async function bcryptHash(install: N8nInstallation, password: string): Promise<string> {
	return await requireFromN8n<{ hash(p: string, rounds: number): Promise<string> }>(install, 'bcryptjs').hash(password, 10);
}

/** Waits until an n8n process (main, worker, webhook processor) answers 200 on /healthz/readiness; fails once it exits. */
export async function waitHealthy(what: string, child: ChildProcess, baseUrl: string, timeoutMs: number): Promise<void> {
	await waitFor(
		`${what} to be ready`,
		async () => {
			if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited early (${child.exitCode ?? child.signalCode})`);
			try {
				return (await fetch(`${baseUrl}/healthz/readiness`)).status === 200;
			} catch {
				return false; // not listening yet
			}
		},
		timeoutMs,
		250,
	);
}

export class N8nServer {
	private cookie = '';
	/** n8n binds its auth cookie to this header. */
	private readonly browserId = randomBytes(8).toString('hex');

	constructor(
		readonly process: ChildProcess,
		readonly baseUrl: string,
		private readonly ownerPassword: string,
		readonly logFile: string,
		readonly ownerEmail: string = OWNER_EMAIL,
	) {}

	/**
	 * Starts `n8n start` on a user folder, on a loopback port (a free one unless `port` is given),
	 * and waits until it serves and the owner can log in. The owner is set from the environment:
	 * `owner@e2e.invalid` with a random password unless `owner` names one (the demo shows its
	 * login to the user).
	 */
	static async start(folder: N8nUserFolder, options: ServerOptions = {}): Promise<N8nServer> {
		const port = options.port ?? (await freePort());
		const brokerPort = await freePort();
		const ownerEmail = options.owner?.email ?? OWNER_EMAIL;
		const password = options.owner?.password ?? `E2e-${randomBytes(12).toString('hex')}`;
		const passwordHash = await bcryptHash(folder.install, password);
		const baseUrl = `http://127.0.0.1:${port}`;
		const logFile = join(folder.root, `n8n-start-${port}.log`);
		const env = folder.env({
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_PORT: String(port),
			N8N_HOST: '127.0.0.1',
			N8N_PROTOCOL: 'http',
			WEBHOOK_URL: `${baseUrl}/`,
			N8N_EDITOR_BASE_URL: `${baseUrl}/`,
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
			N8N_INSTANCE_OWNER_EMAIL: ownerEmail,
			N8N_INSTANCE_OWNER_PASSWORD_HASH: passwordHash,
			N8N_INSTANCE_OWNER_FIRST_NAME: 'E2E',
			N8N_INSTANCE_OWNER_LAST_NAME: 'Owner',
			N8N_LOG_LEVEL: 'info',
			...options.env,
		});
		const child = spawnTracked(folder.install.nodeBin, [folder.install.n8nBin, 'start'], { env, cwd: folder.root, logFile });
		const server = new N8nServer(child, baseUrl, password, logFile, ownerEmail);
		try {
			await server.waitReady(options.readyTimeoutMs ?? 120_000);
			// n8n 1.x reads no owner from the environment: the owner is set up as the first visitor would.
			// Its readiness answers before the REST routes are mounted, hence the wait.
			if (n8nMajor(folder.install) < 2) {
				const owner = { email: ownerEmail, firstName: 'E2E', lastName: 'Owner', password };
				await waitFor('n8n 1.x to accept the owner set-up', async () => await server.rest('POST', '/owner/setup', owner).then(() => true, (error: Error) => (/→ 404/.test(error.message) ? false : Promise.reject(error))), 60_000, 250);
			}
			await server.login();
		} catch (error) {
			await server.stop();
			throw new Error(`${(error as Error).message}\n--- n8n log (tail)\n${server.logTail()}`);
		}
		return server;
	}

	get pid(): number | undefined {
		return this.process.pid;
	}

	logTail(lines = 60): string {
		return logTail(this.logFile, lines);
	}

	async waitReady(timeoutMs: number): Promise<void> {
		await waitHealthy('n8n start', this.process, this.baseUrl, timeoutMs);
	}

	/** Calls the REST API as the owner; throws on a non-2xx answer with its body. */
	async rest<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		const res = await fetch(`${this.baseUrl}/rest${path}`, {
			method,
			headers: {
				'content-type': 'application/json',
				'browser-id': this.browserId,
				...(this.cookie ? { cookie: this.cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`${method} /rest${path} → ${res.status}: ${text.slice(0, 500)}`);
		const setCookie = res.headers.get('set-cookie');
		const auth = setCookie?.match(/n8n-auth=[^;]+/)?.[0];
		if (auth) this.cookie = auth;
		const parsed = text ? (JSON.parse(text) as { data?: T }) : {};
		return (parsed as { data?: T }).data as T;
	}

	async login(): Promise<void> {
		await this.rest('POST', '/login', { emailOrLdapLoginId: this.ownerEmail, password: this.ownerPassword });
		if (!this.cookie) throw new Error('login answered without an auth cookie');
	}

	async getWorkflow(id: string): Promise<{
		id: string;
		versionId: string;
		active: boolean;
		activeVersionId?: string | null;
		staticData?: Record<string, Record<string, unknown>> | null;
	}> {
		return await this.rest('GET', `/workflows/${id}`);
	}

	/** Publishes (activates) a workflow: n8n registers its trigger webhooks right away. */
	async activate(id: string): Promise<void> {
		const { versionId } = await this.getWorkflow(id);
		await this.rest('POST', `/workflows/${id}/activate`, { versionId });
	}

	/** Unpublishes (deactivates) a workflow: n8n deletes its trigger webhooks right away. */
	async deactivate(id: string): Promise<void> {
		await this.rest('POST', `/workflows/${id}/deactivate`);
	}

	/** The workflow's executions, one entry each (oneEntryPerExecution). */
	async listExecutions(workflowId: string): Promise<ExecutionSummary[]> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const data = await this.rest<{ results: ExecutionSummary[] }>('GET', `/executions?filter=${filter}&limit=100`);
		return oneEntryPerExecution(data.results);
	}

	/** One execution's run data (n8n stores it `flatted`; parsed with n8n's own copy). */
	async getExecution(id: string, install: N8nInstallation = loadInstallation()): Promise<RunResult & ExecutionSummary> {
		const data = await this.rest<ExecutionSummary & { data: string }>('GET', `/executions/${id}`);
		return { ...data, data: typeof data.data === 'string' ? parseFlatted(install, data.data) : (data.data as RunResult['data']) };
	}

	/**
	 * Waits until the workflow has `count` executions that are no longer running, then returns
	 * them. Fails if more appear than expected.
	 */
	async waitForExecutions(workflowId: string, count: number, timeoutMs = 30_000): Promise<ExecutionSummary[]> {
		const deadline = Date.now() + timeoutMs;
		let last: ExecutionSummary[] = [];
		while (Date.now() < deadline) {
			last = await this.listExecutions(workflowId);
			const done = last.filter((e) => !isUnderway(e));
			if (last.length > count) throw new Error(`expected ${count} executions of ${workflowId}, found ${last.length}: ${JSON.stringify(last.map(({ id, mode, status, startedAt }) => ({ id, mode, status, startedAt })))}`);
			if (done.length === count) return done;
			await sleep(200);
		}
		throw new Error(`expected ${count} finished executions of ${workflowId} within ${timeoutMs} ms; found ${JSON.stringify(last)}`);
	}

	async stop(): Promise<void> {
		await stopProcess(this.process);
	}
}
