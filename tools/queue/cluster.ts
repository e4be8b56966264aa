/**
 * n8n in queue mode on loopback, for the queue-mode suite (test/queue/): Redis, PostgreSQL (as its
 * own user), the pinned n8n (tools/e2e/ensure-n8n.sh) as main + workers + a webhook processor,
 * this package installed once into one shared N8N_USER_FOLDER the way Community Nodes does.
 *
 * Every process is started through tools/e2e/n8n.ts (`spawnTracked`, `N8nUserFolder.start`), so
 * each is a process group we hold the pid of, stopped by `stop()` (also when a check fails) or
 * `stopAll()`. Should the test process die first (Ctrl-C, crash, timeout: jest gives tests a copy
 * of `process`, so exit and signal handlers registered there never run), `reaper.sh`, a watcher
 * started first, stops every recorded pid and removes the data. Data lives in one temporary folder,
 * removed at the end (POLAR_E2E_KEEP=1 keeps it, with every process's log).
 *
 * The settings are the ones /work/shared/n8n-facts.md "Queue mode" lists and README "Scaling with
 * queue mode" documents for users.
 */
import { type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chownSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	freePort,
	loadInstallation,
	N8nUserFolder,
	REPO_ROOT,
	sleep,
	spawnTracked,
	stopProcess,
	waitFor,
	type CredentialDefinition,
	type N8nInstallation,
	type N8nServer,
	type WorkflowDefinition,
} from '../e2e/n8n';
import { MemorySampler, type GroupPeak } from './memory';

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

/** Minimal view of a `pg` pool (n8n's own copy of node-postgres). */
export interface Database {
	query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
	end(): Promise<void>;
	on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface ClusterTimings {
	servicesMs: number;
	installMs: number;
	importMs: number;
	mainMs: number;
	workersAndWebhookMs: number;
	publishedMs: number;
}

const PG_DATABASE = 'n8n';
const PG_USER = 'n8n';

// ---------------------------------------------------------------------------------------------
// Redis and PostgreSQL

/** Where Debian keeps initdb/postgres (/usr/lib/postgresql/<major>/bin), newest first; or PATH. */
export function postgresBinDir(): string {
	if (process.env.POLAR_QUEUE_PG_BIN) return process.env.POLAR_QUEUE_PG_BIN;
	const base = '/usr/lib/postgresql';
	if (existsSync(base)) {
		const majors = readdirSync(base)
			.filter((v) => /^\d+$/.test(v) && existsSync(join(base, v, 'bin', 'initdb')))
			.sort((a, b) => Number(b) - Number(a));
		if (majors.length) return join(base, majors[0], 'bin');
	}
	for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb'))) return dir;
	throw new Error('PostgreSQL server binaries not found; run: bash tools/queue/ensure-services.sh');
}

/** uid/gid of the `postgres` account when we are root (PostgreSQL refuses to run as root). */
function postgresAccount(): { uid: number; gid: number } | undefined {
	if (process.getuid?.() !== 0) return undefined;
	const line = readFileSync('/etc/passwd', 'utf8')
		.split('\n')
		.find((l) => l.startsWith('postgres:'));
	if (!line) throw new Error('running as root, and there is no "postgres" account to run PostgreSQL as');
	const [, , uid, gid] = line.split(':');
	return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(path: string, uid: number, gid: number): void {
	chownSync(path, uid, gid);
	for (const entry of readdirSync(path, { withFileTypes: true })) {
		const child = join(path, entry.name);
		if (entry.isDirectory()) chownTree(child, uid, gid);
		else chownSync(child, uid, gid);
	}
}

/** Runs a command to completion as a tracked process; throws with its log on failure. */
async function runToEnd(
	file: string,
	args: string[],
	options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string; uid?: number; gid?: number; timeoutMs?: number },
): Promise<void> {
	const child = spawnTracked(file, args, options);
	const code = await new Promise<number | null>((resolve, reject) => {
		const timer = setTimeout(() => void stopProcess(child, 1000, 'SIGKILL'), options.timeoutMs ?? 120_000);
		child.once('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.once('exit', (c) => {
			clearTimeout(timer);
			resolve(c);
		});
	});
	await stopProcess(child); // clears the group and the tracking entry
	if (code !== 0) throw new Error(`${file} ${args[0] ?? ''} exited with ${code}\n${tail(options.logFile)}`);
}

function tail(file: string, lines = 40): string {
	try {
		return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
	} catch {
		return '(no log)';
	}
}

/** True once something on 127.0.0.1:port answers `probe` with text containing `expect`. */
async function tcpAnswers(port: number, probe: string, expect: string): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = tcpConnect({ host: '127.0.0.1', port });
		let text = '';
		const done = (ok: boolean) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(1000, () => done(false));
		socket.once('error', () => done(false));
		socket.once('connect', () => socket.write(probe));
		socket.on('data', (d) => {
			text += d.toString();
			if (text.includes(expect)) done(true);
		});
	});
}

async function httpOk(url: string): Promise<boolean> {
	try {
		return (await fetch(url)).status === 200;
	} catch {
		return false;
	}
}

/** node-postgres from n8n's own node_modules (the client n8n itself talks to PostgreSQL with). */
function pgModule(install: N8nInstallation): { Pool: new (config: object) => Database } {
	const requireFromN8n = createRequire(join(install.n8nModules, 'n8n', 'package.json'));
	return requireFromN8n('pg') as { Pool: new (config: object) => Database };
}

// ---------------------------------------------------------------------------------------------
// The cluster

export class QueueCluster {
	readonly memory = new MemorySampler();
	readonly timings: Partial<ClusterTimings> = {};
	folder!: N8nUserFolder;
	main!: N8nServer;
	webhook!: N8nService;
	workers: N8nService[] = [];
	redis!: ChildProcess;
	postgres!: ChildProcess;
	db!: Database;
	redisPort = 0;
	postgresPort = 0;
	private readonly pgPassword = randomBytes(16).toString('hex');
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
			QUEUE_BULL_REDIS_PORT: String(this.redisPort),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(this.postgresPort),
			DB_POSTGRESDB_DATABASE: PG_DATABASE,
			DB_POSTGRESDB_USER: PG_USER,
			DB_POSTGRESDB_PASSWORD: this.pgPassword,
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
		await Promise.all([this.startRedis(), this.startPostgres()]);
		this.memory.track('redis', this.redis.pid);
		this.memory.track('postgres', this.postgres.pid, { pss: true });
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
		this.main = await this.folder.start({ env: { ...urls, N8N_LOG_LEVEL: 'info' } });
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
		const webhookLog = join(this.folder.root, 'n8n-webhook.log');
		this.webhook = {
			name: 'webhook',
			process: spawnTracked(this.install.nodeBin, [this.install.n8nBin, 'webhook'], { env: webhookEnv, cwd: this.folder.root, logFile: webhookLog }),
			logFile: webhookLog,
			baseUrl: webhookBase,
		};
		this.record(this.webhook.process);
		this.memory.track('webhook', this.webhook.process.pid);

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
			const logFile = join(this.folder.root, `n8n-worker-${i}.log`);
			const args = [this.install.n8nBin, 'worker', ...(options.workerConcurrency ? [`--concurrency=${options.workerConcurrency}`] : [])];
			const worker: N8nService = {
				name: `worker-${i}`,
				process: spawnTracked(this.install.nodeBin, args, { env, cwd: this.folder.root, logFile }),
				logFile,
				baseUrl: `http://127.0.0.1:${healthPort}`,
			};
			this.workers.push(worker);
			this.record(worker.process);
			this.memory.track(worker.name, worker.process.pid);
		}
		await Promise.all([this.webhook, ...this.workers].map((s) => this.waitServiceReady(s)));
		lap('workersAndWebhookMs');

		await this.waitPublished(options.publish);
		lap('publishedMs');
	}

	private async waitServiceReady(service: N8nService, timeoutMs = 120_000): Promise<void> {
		await waitFor(
			`${service.name} to be ready`,
			async () => {
				if (service.process.exitCode !== null || service.process.signalCode !== null) {
					throw new Error(`${service.name} exited (${service.process.exitCode ?? service.process.signalCode})\n${tail(service.logFile)}`);
				}
				return await httpOk(`${service.baseUrl}/healthz/readiness`);
			},
			timeoutMs,
			250,
		).catch((error: Error) => {
			throw new Error(`${error.message}\n--- ${service.name} log (tail)\n${tail(service.logFile)}`);
		});
	}

	private async startRedis(): Promise<void> {
		this.redisPort = await freePort();
		const dir = join(this.root, 'redis');
		await mkdir(dir);
		const logFile = join(this.root, 'redis.log');
		this.redis = spawnTracked(
			'redis-server',
			['--port', String(this.redisPort), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'],
			{ env: process.env, cwd: dir, logFile },
		);
		this.record(this.redis);
		await waitFor(
			'Redis to answer PING',
			async () => {
				if (this.redis.exitCode !== null) throw new Error(`redis-server exited (${this.redis.exitCode})\n${tail(logFile)}`);
				return await tcpAnswers(this.redisPort, 'PING\r\n', '+PONG');
			},
			30_000,
			100,
		);
	}

	private async startPostgres(): Promise<void> {
		const bin = postgresBinDir();
		const account = postgresAccount();
		const pgRoot = join(this.root, 'postgres');
		const data = join(pgRoot, 'data');
		const socketDir = join(pgRoot, 'socket');
		await mkdir(data, { recursive: true, mode: 0o700 });
		await mkdir(socketDir, { recursive: true });
		if (account) chownTree(pgRoot, account.uid, account.gid);
		const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
		const as = account ? { uid: account.uid, gid: account.gid } : {};
		await runToEnd(
			join(bin, 'initdb'),
			['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'],
			{ env, cwd: pgRoot, logFile: join(this.root, 'postgres-initdb.log'), ...as },
		);
		this.postgresPort = await freePort();
		const logFile = join(this.root, 'postgres.log');
		// Durability off (fsync, synchronous commit, full pages): the data is thrown away afterwards.
		this.postgres = spawnTracked(
			join(bin, 'postgres'),
			[
				'-D', data,
				'-p', String(this.postgresPort),
				'-c', 'listen_addresses=127.0.0.1',
				'-c', `unix_socket_directories=${socketDir}`,
				'-c', 'fsync=off',
				'-c', 'synchronous_commit=off',
				'-c', 'full_page_writes=off',
			],
			{ env, cwd: pgRoot, logFile, ...as },
		);
		// SIGQUIT: immediate shutdown, which also ends the backends (each leads its own group).
		this.record(this.postgres, 'QUIT');
		const { Pool } = pgModule(this.install);
		// The superuser over the socket (trust), only to create n8n's role and database.
		const admin = new Pool({ host: socketDir, port: this.postgresPort, user: 'postgres', database: 'postgres', max: 1 });
		admin.on('error', () => undefined); // an idle connection cut by a shutdown is not a failure
		try {
			await waitFor(
				'PostgreSQL to accept connections',
				async () => {
					if (this.postgres.exitCode !== null) throw new Error(`postgres exited (${this.postgres.exitCode})\n${tail(logFile)}`);
					try {
						await admin.query('SELECT 1');
						return true;
					} catch {
						return false;
					}
				},
				60_000,
				100,
			);
			// The password is random hex, so quoting it is safe; it is never printed.
			await admin.query(`CREATE ROLE ${PG_USER} LOGIN PASSWORD '${this.pgPassword}'`);
			await admin.query(`CREATE DATABASE ${PG_DATABASE} OWNER ${PG_USER}`);
		} finally {
			await admin.end();
		}
		// n8n's role over TCP with its password, like n8n connects.
		this.db = new Pool({ host: '127.0.0.1', port: this.postgresPort, user: PG_USER, password: this.pgPassword, database: PG_DATABASE, max: 2 });
		this.db.on('error', () => undefined);
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
		await this.db?.end().catch(() => undefined);
		await Promise.all([
			this.redis ? stopProcess(this.redis, 5_000) : undefined,
			// SIGINT: PostgreSQL's fast shutdown (SIGTERM would wait for clients to leave).
			this.postgres ? stopProcess(this.postgres, 10_000, 'SIGINT') : undefined,
		]);
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

export { sleep };
