/**
 * n8n in queue mode on loopback, for the queue-mode suite (test/queue/): Redis (redis.ts),
 * PostgreSQL as its own user (postgres.ts), the pinned n8n (tools/e2e/ensure-n8n.sh) as main +
 * workers + a webhook processor, this package installed once into one shared N8N_USER_FOLDER the
 * way Community Nodes does.
 *
 * Every process is started through tools/e2e/process.ts (`spawnTracked`, also under
 * `N8nServer.start`), so each is a process group we hold the pid of, stopped by `stop()` (also when
 * a check fails) or `stopAll()`. Should the test process die first (Ctrl-C, crash, timeout: jest
 * gives tests a copy of `process`, so exit and signal handlers registered there never run),
 * `reaper.sh`, a watcher started first, stops every recorded pid and removes the data. Data lives in
 * one temporary folder, removed at the end (POLAR_E2E_KEEP=1 keeps it, with every process's log).
 *
 * The settings are the ones /work/shared/n8n-facts.md "Queue mode" lists and README "Scaling with
 * queue mode" documents for users.
 */
import { type ChildProcess } from 'node:child_process';
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CredentialDefinition, WorkflowDefinition } from '../e2e/definitions';
import { loadInstallation, REPO_ROOT, type N8nInstallation } from '../e2e/installation';
import { freePort, logTail, spawnTracked, stopProcess } from '../e2e/process';
import { N8nServer, waitHealthy } from '../e2e/server';
import { N8nUserFolder } from '../e2e/userFolder';
import { waitFor } from '../e2e/wait';
import { MemorySampler, type GroupPeak } from './memory';
import { PostgresServer, type Database } from './postgres';
import { RedisServer } from './redis';

export interface QueueClusterOptions {
	/** the packed package to install (npm pack output) */
	tarball: string;
	credentials: CredentialDefinition[];
	workflows: WorkflowDefinition[];
	/** workflow ids to publish with the CLI before n8n starts (main activates them at start) */
	publish: string[];
	workers?: number;
	/** jobs each worker runs at once (`n8n worker --concurrency`); n8n's default is 10 */
	workerConcurrency?: number;
	/** extra environment for every n8n process */
	env?: Record<string, string>;
}

/** A started n8n worker or webhook processor. */
export interface N8nService {
	name: string;
	process: ChildProcess;
	logFile: string;
	/** where it answers /healthz/readiness (the webhook processor also serves /webhook/* there) */
	baseUrl: string;
}

export interface ClusterTimings {
	servicesMs: number;
	installMs: number;
	importMs: number;
	mainMs: number;
	workersAndWebhookMs: number;
	publishedMs: number;
}

export class QueueCluster {
	readonly memory = new MemorySampler();
	readonly timings: Partial<ClusterTimings> = {};
	folder!: N8nUserFolder;
	main!: N8nServer;
	webhook!: N8nService;
	workers: N8nService[] = [];
	redis: RedisServer | undefined;
	postgres: PostgresServer | undefined;
	private stopped = false;
	private reaper: ChildProcess | undefined;

	/** "<pid> <signal>" per started server, for reaper.sh; removing it tells the reaper all is well. */
	private get pidList(): string {
		return join(this.root, 'pids');
	}

	/** Records a started server for the reaper, with the signal that stops it cleanly. */
	private record(child: ChildProcess, signal: 'TERM' | 'INT' | 'QUIT' = 'TERM'): void {
		if (child.pid !== undefined) appendFileSync(this.pidList, `${child.pid} ${signal}\n`);
	}

	private constructor(
		readonly root: string,
		readonly install: N8nInstallation,
	) {}

	/** A node-postgres pool on n8n's database (n8n's own copy of the library), for the checks. */
	get db(): Database {
		if (!this.postgres?.db) throw new Error('PostgreSQL is not ready');
		return this.postgres.db;
	}

	/** Starts everything; on any failure stops what was started and rethrows. */
	static async start(options: QueueClusterOptions): Promise<QueueCluster> {
		const install = loadInstallation();
		const root = await mkdtemp(join(tmpdir(), 'polar-queue-'));
		// PostgreSQL runs as another user: it must be able to reach its folder inside this one.
		await chmod(root, 0o755);
		const cluster = new QueueCluster(root, install);
		writeFileSync(cluster.pidList, '');
		// Its log sits beside the data folder, so that what it says survives the folder's removal.
		cluster.reaper = spawnTracked('bash', [join(REPO_ROOT, 'tools/queue/reaper.sh'), String(process.pid), cluster.pidList, root, `${root}.reaper.log`], {
			env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
			cwd: '/',
			logFile: '/dev/null',
		});
		try {
			await cluster.boot(options);
			return cluster;
		} catch (error) {
			await cluster.stop().catch(() => undefined);
			throw error;
		}
	}

	/** The environment every n8n process (and CLI call) gets on top of N8nUserFolder's. */
	private queueEnv(extra: Record<string, string> = {}): Record<string, string> {
		return {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(this.redis!.port),
			...this.postgres!.n8nEnv(),
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			// One JSON object per line: the checks read which worker ran which execution from it.
			N8N_LOG_FORMAT: 'json',
			...extra,
		};
	}

	private async boot(options: QueueClusterOptions): Promise<void> {
		let t = Date.now();
		const lap = (key: keyof ClusterTimings) => {
			this.timings[key] = Date.now() - t;
			t = Date.now();
		};
		const [redis, postgres] = await Promise.all([this.startRedis(), this.startPostgres()]);
		this.memory.track('redis', redis.process.pid);
		this.memory.track('postgres', postgres.process.pid, { pss: true });
		this.memory.start();
		lap('servicesMs');

		this.folder = await N8nUserFolder.create(this.install, { parent: this.root, env: this.queueEnv(options.env) });
		await this.folder.installPackage(options.tarball);
		lap('installMs');
		await this.folder.importCredentials(options.credentials);
		await this.folder.importWorkflows(options.workflows);
		for (const id of options.publish) await this.folder.publishWorkflow(id);
		lap('importMs');

		// WEBHOOK_URL names the webhook processor, so the URL a trigger registers with Polar points
		// there; N8N_EDITOR_BASE_URL names main (the editor, REST API and test webhooks).
		const webhookPort = await freePort();
		const webhookBase = `http://127.0.0.1:${webhookPort}`;
		const urls = { WEBHOOK_URL: `${webhookBase}/` };
		this.main = await N8nServer.start(this.folder, { env: { ...urls, N8N_LOG_LEVEL: 'info' } });
		this.record(this.main.process);
		this.memory.track('main', this.main.pid);
		lap('mainMs');
		const editor = { N8N_EDITOR_BASE_URL: `${this.main.baseUrl}/` };

		const webhookEnv = this.folder.env({
			...urls,
			...editor,
			N8N_PORT: String(webhookPort),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_PROTOCOL: 'http',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_LOG_LEVEL: 'info',
		});
		this.webhook = this.spawnService('webhook', ['webhook'], webhookEnv, webhookBase);

		const workerCount = options.workers ?? 2;
		for (let i = 1; i <= workerCount; i++) {
			const healthPort = await freePort();
			const env = this.folder.env({
				...urls,
				...editor,
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(healthPort),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				N8N_LOG_LEVEL: 'info',
			});
			const args = ['worker', ...(options.workerConcurrency ? [`--concurrency=${options.workerConcurrency}`] : [])];
			this.workers.push(this.spawnService(`worker-${i}`, args, env, `http://127.0.0.1:${healthPort}`));
		}
		await Promise.all([this.webhook, ...this.workers].map((s) => this.waitServiceReady(s)));
		lap('workersAndWebhookMs');

		await this.waitPublished(options.publish);
		lap('publishedMs');
	}

	/** Starts `n8n <args>` on the shared folder as a service, recorded for the reaper and sampled. */
	private spawnService(name: string, args: string[], env: NodeJS.ProcessEnv, baseUrl: string): N8nService {
		const logFile = join(this.folder.root, `n8n-${name}.log`);
		const child = spawnTracked(this.install.nodeBin, [this.install.n8nBin, ...args], { env, cwd: this.folder.root, logFile });
		this.record(child);
		this.memory.track(name, child.pid);
		return { name, process: child, logFile, baseUrl };
	}

	private async waitServiceReady(service: N8nService, timeoutMs = 120_000): Promise<void> {
		await waitHealthy(service.name, service.process, service.baseUrl, timeoutMs).catch((error: Error) => {
			throw new Error(`${error.message}\n--- ${service.name} log (tail)\n${logTail(service.logFile)}`);
		});
	}

	/** Each server is recorded for the reaper as soon as it is spawned, before it is waited for. */
	private async startRedis(): Promise<RedisServer> {
		this.redis = await RedisServer.spawn(this.root);
		this.record(this.redis.process);
		await this.redis.waitReady();
		return this.redis;
	}

	private async startPostgres(): Promise<PostgresServer> {
		this.postgres = await PostgresServer.spawn(this.root, this.install);
		// SIGQUIT: immediate shutdown, which also ends the backends (each leads its own group).
		this.record(this.postgres.process, 'QUIT');
		await this.postgres.waitReady();
		return this.postgres;
	}

	/**
	 * Waits until main has activated the published workflows. Main answers /healthz/readiness
	 * before it has (activation goes through workflow_publication_outbox →
	 * workflow_published_version), and a delivery in that gap gets 404 "not registered".
	 */
	async waitPublished(ids: string[], timeoutMs = 60_000): Promise<void> {
		if (ids.length === 0) return;
		await waitFor(
			`workflows ${ids.join(', ')} to be activated`,
			async () => {
				const { rows } = await this.db.query<{ id: string; active: string | null; published: string | null }>(
					`SELECT w.id, w."activeVersionId" AS active, p."publishedVersionId" AS published
					   FROM workflow_entity w LEFT JOIN workflow_published_version p ON p."workflowId" = w.id
					  WHERE w.id = ANY($1)`,
					[ids],
				);
				const pending = await this.db.query(`SELECT 1 FROM workflow_publication_outbox WHERE "workflowId" = ANY($1) AND status NOT IN ('completed', 'failed')`, [ids]);
				return rows.length === ids.length && rows.every((r) => r.active && r.active === r.published) && pending.rows.length === 0;
			},
			timeoutMs,
			250,
		);
	}

	/** Every n8n service, for log reading: main, the webhook processor, the workers. */
	get services(): Array<{ name: string; logFile: string; pid?: number }> {
		return [
			{ name: 'main', logFile: this.main.logFile, pid: this.main.pid },
			{ name: this.webhook.name, logFile: this.webhook.logFile, pid: this.webhook.process.pid },
			...this.workers.map((w) => ({ name: w.name, logFile: w.logFile, pid: w.process.pid })),
		];
	}

	/** Peak memory so far, by process group. */
	memoryPeaks(): Record<string, GroupPeak> {
		return this.memory.peaks();
	}

	/** Stops n8n first (workers, webhook processor, main), then Redis and PostgreSQL; removes the data. */
	async stop(): Promise<void> {
		if (this.stopped) return;
		this.stopped = true;
		this.memory.stop();
		const n8n: ChildProcess[] = [...this.workers.map((w) => w.process), ...(this.webhook ? [this.webhook.process] : []), ...(this.main ? [this.main.process] : [])];
		await Promise.all(n8n.map((p) => stopProcess(p, 15_000)));
		await Promise.all([this.redis?.stop(), this.postgres?.stop()]);
		// Everything is stopped: the reaper has nothing left to do and ends when the list is gone.
		rmSync(this.pidList, { force: true });
		if (this.reaper) await stopProcess(this.reaper, 2_000);
		rmSync(`${this.root}.reaper.log`, { force: true });
		if (process.env.POLAR_E2E_KEEP === '1') {
			process.stderr.write(`[queue] kept ${this.root} (logs, data)\n`);
			return;
		}
		await rm(this.root, { recursive: true, force: true });
	}
}
