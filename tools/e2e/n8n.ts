/**
 * Drives a real n8n (installed by tools/e2e/ensure-n8n.sh) for the end-to-end suite:
 * an isolated user folder, this package installed into it the way Community Nodes does,
 * CLI imports and `n8n execute`, and a loopback `n8n start` driven through its REST API.
 *
 * Everything this module starts is tracked by pid and stopped in `stopAll()` (also on exit),
 * so a failing check never leaves an n8n behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The package's root: the nearest folder above this file whose package.json is this package's. */
function findRepoRoot(from: string): string {
	for (let dir = from; ; dir = dirname(dir)) {
		const manifest = join(dir, 'package.json');
		if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'n8n-nodes-polar') return dir;
		if (dirname(dir) === dir) throw new Error(`no n8n-nodes-polar package.json above ${from}`);
	}
}

/** Found by walking up, so this works from tools/e2e/ (ts-jest) and from build/tools/e2e/ (tsc). */
export const REPO_ROOT = findRepoRoot(__dirname);

/** Pinned so that credentials imported by one n8n process decrypt in every other one. Test-only. */
export const E2E_ENCRYPTION_KEY = 'e2e-only-key-n8n-nodes-polar-0000';

export const OWNER_EMAIL = 'owner@e2e.invalid';

/** What ensure-n8n.sh installed (read from its stamp file). */
export interface N8nInstallation {
	node: string;
	n8n: string;
	nodeBin: string;
	n8nBin: string;
	n8nModules: string;
}

export function loadInstallation(cacheDir = process.env.N8N_E2E_CACHE ?? join(REPO_ROOT, '.cache/e2e')): N8nInstallation {
	const stamp = join(cacheDir, 'stamp.json');
	if (!existsSync(stamp)) {
		throw new Error(`n8n is not installed for e2e (no ${stamp}); run: bash tools/e2e/ensure-n8n.sh`);
	}
	return JSON.parse(readFileSync(stamp, 'utf8')) as N8nInstallation;
}

// ---------------------------------------------------------------------------------------------
// Processes

export interface CommandResult {
	code: number | null;
	stdout: string;
	stderr: string;
	durationMs: number;
}

const running = new Set<ChildProcess>();

/**
 * Signals the process group of a process we started (spawned `detached`, so the group's id is
 * its pid): n8n and the task runner it spawns. Works after the leader has exited too, which is
 * what catches a runner outliving its parent. A group with no members left is not an error.
 */
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		/* no process left in the group */
	}
}

function killEverything() {
	for (const child of running) killGroup(child, 'SIGKILL');
}

// Nothing outlives the test process: on a normal exit, and on Ctrl-C / kill (after which the
// signal is raised again so the process still ends the way it was asked to).
process.once('exit', killEverything);
const killOnSignal = (signal: NodeJS.Signals) => {
	killEverything();
	process.kill(process.pid, signal);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, killOnSignal);

/**
 * For long-running callers (the demo) that stop gracefully on Ctrl-C themselves, with
 * `stopAll()`: drops the immediate SIGKILL on SIGINT/SIGTERM. The exit hook stays, so a crash
 * still leaves nothing behind.
 */
export function handleSignalsYourself(): void {
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, killOnSignal);
}

/** Stops every process this module started that is still running. */
export async function stopAll(): Promise<void> {
	await Promise.all([...running].map((child) => stopProcess(child)));
}

/**
 * Stops one process we started and its group: `signal` first (SIGTERM: n8n shuts down cleanly;
 * PostgreSQL wants SIGINT for a fast shutdown), SIGKILL after `graceMs`.
 */
export async function stopProcess(child: ChildProcess, graceMs = 10_000, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) {
		killGroup(child, 'SIGKILL');
		running.delete(child);
		return;
	}
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	// SIGTERM first: n8n shuts down cleanly (closes the database, stops its task runner).
	killGroup(child, signal);
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
	await exited;
	clearTimeout(timer);
	// The group may still hold a task runner whose parent died first.
	killGroup(child, 'SIGKILL');
	running.delete(child);
}

/**
 * Starts a long-running process (a server) in its own process group, tracked like every other
 * process here (stopped by `stopAll()`, on exit and on SIGINT/SIGTERM). Output goes to `logFile`.
 * `uid`/`gid` run it as another user (PostgreSQL refuses to run as root).
 */
export function spawnTracked(
	file: string,
	args: string[],
	options: { env: NodeJS.ProcessEnv; cwd?: string; logFile: string; uid?: number; gid?: number },
): ChildProcess {
	const child = spawn(file, args, {
		env: options.env,
		cwd: options.cwd,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
		...(options.uid !== undefined ? { uid: options.uid } : {}),
		...(options.gid !== undefined ? { gid: options.gid } : {}),
	});
	running.add(child);
	const log = createWriteStream(options.logFile);
	child.stdout!.pipe(log);
	child.stderr!.pipe(log);
	return child;
}

function runCommand(
	file: string,
	args: string[],
	options: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number },
): Promise<CommandResult> {
	const started = Date.now();
	return new Promise((resolvePromise, reject) => {
		const child = spawn(file, args, { env: options.env, cwd: options.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		running.add(child);
		let stdout = '';
		let stderr = '';
		child.stdout!.on('data', (d) => (stdout += d));
		child.stderr!.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => {
			stderr += `\n[e2e] timed out after ${options.timeoutMs} ms; killed`;
			killGroup(child, 'SIGKILL');
		}, options.timeoutMs ?? 180_000);
		child.on('error', (e) => {
			clearTimeout(timer);
			running.delete(child);
			reject(e);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			// Should the CLI exit before its task runner child, the runner would linger: clear the group.
			killGroup(child, 'SIGKILL');
			running.delete(child);
			resolvePromise({ code, stdout, stderr, durationMs: Date.now() - started });
		});
	});
}

/** A free loopback TCP port (asked from the OS, then released for the caller). */
export async function freePort(): Promise<number> {
	return await new Promise((resolvePromise, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolvePromise(port));
		});
	});
}

function describeFailure(what: string, result: CommandResult): Error {
	const tail = (s: string) => s.split('\n').slice(-40).join('\n');
	return new Error(`${what} exited with ${result.code}\n--- stdout (tail)\n${tail(result.stdout)}\n--- stderr (tail)\n${tail(result.stderr)}`);
}

// ---------------------------------------------------------------------------------------------
// The package

/**
 * Builds the package and packs it as published (`npm run build`, `npm pack`). Returns the
 * tarball's path. `build: false` packs whatever `dist/` holds.
 */
export async function packPackage(destination: string, { build = true }: { build?: boolean } = {}): Promise<string> {
	const env = { ...process.env };
	await mkdir(destination, { recursive: true });
	if (build) {
		const built = await runCommand('npm', ['run', 'build', '--silent'], { env, cwd: REPO_ROOT, timeoutMs: 300_000 });
		if (built.code !== 0) throw describeFailure('npm run build', built);
	}
	const packed = await runCommand('npm', ['pack', '--json', '--pack-destination', destination], { env, cwd: REPO_ROOT, timeoutMs: 120_000 });
	if (packed.code !== 0) throw describeFailure('npm pack', packed);
	const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string }>;
	return join(destination, info.filename);
}

// ---------------------------------------------------------------------------------------------
// Workflow and credential shapes (what import:* accepts)

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
	onError?: 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';
	executeOnce?: boolean;
	/** the node's "Retry On Fail" setting, with its tries and wait (ms) */
	retryOnFail?: boolean;
	maxTries?: number;
	waitBetweenTries?: number;
}

export interface WorkflowDefinition {
	id: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: number }>> }>;
	settings?: Record<string, unknown>;
}

export interface CredentialDefinition {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** n8n's run data for one node run (the parts the checks read). */
export interface NodeRun {
	executionStatus?: string;
	error?: { message?: string; description?: string; httpCode?: string };
	data?: { main?: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }> | null> };
}

export interface RunResult {
	status?: string;
	finished?: boolean;
	data: {
		resultData: {
			runData: Record<string, NodeRun[]>;
			error?: { message?: string; description?: string; node?: { name?: string } };
			lastNodeExecuted?: string;
		};
	};
}

/** The items of a node's first run, first output. */
export function nodeOutput(run: RunResult, nodeName: string): Array<Record<string, unknown>> {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs?.length) {
		const err = run.data.resultData.error;
		const why = err ? ` (the run stopped at "${err.node?.name ?? run.data.resultData.lastNodeExecuted}": ${err.message})` : '';
		throw new Error(`node "${nodeName}" did not run${why}`);
	}
	const first = runs[0];
	if (first.error) throw new Error(`node "${nodeName}" failed: ${first.error.message}${first.error.description ? ` — ${first.error.description}` : ''}`);
	return (first.data?.main?.[0] ?? []).map((item) => item.json);
}

// ---------------------------------------------------------------------------------------------
// An isolated n8n user folder

export interface UserFolderOptions {
	/** Parent for the temporary folder (default: the OS temp dir). */
	parent?: string;
	/** Extra environment for every n8n process (e.g. logging). */
	env?: Record<string, string>;
}

export class N8nUserFolder {
	private constructor(
		readonly install: N8nInstallation,
		readonly root: string,
		private readonly extraEnv: Record<string, string>,
	) {}

	static async create(install: N8nInstallation = loadInstallation(), options: UserFolderOptions = {}): Promise<N8nUserFolder> {
		const root = await mkdtemp(join(options.parent ?? tmpdir(), 'n8n-e2e-'));
		await mkdir(join(root, '.n8n', 'nodes'), { recursive: true });
		return new N8nUserFolder(install, root, options.env ?? {});
	}

	/** A user folder at a fixed place, kept between runs (the demo's); created when missing. */
	static async open(root: string, install: N8nInstallation = loadInstallation(), options: Pick<UserFolderOptions, 'env'> = {}): Promise<N8nUserFolder> {
		await mkdir(join(root, '.n8n', 'nodes'), { recursive: true });
		return new N8nUserFolder(install, root, options.env ?? {});
	}

	/** Where community packages live: n8n loads `<this>/node_modules/*` at start. */
	get nodesFolder(): string {
		return join(this.root, '.n8n', 'nodes');
	}

	/**
	 * The environment of every n8n process on this folder. Inherited N8N_* / DB_* settings are
	 * dropped so a developer's own n8n configuration cannot leak into the checks, and so is
	 * jest's NODE_ENV=test, under which n8n's CLI silently does nothing.
	 */
	env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
		const base: NodeJS.ProcessEnv = {};
		for (const [k, v] of Object.entries(process.env)) {
			if (/^(N8N_|DB_|EXECUTIONS_|QUEUE_|JEST_|WEBHOOK_URL$|GENERIC_TIMEZONE$|NODE_ENV$|NODE_OPTIONS$|NODE_PATH$)/.test(k)) continue;
			base[k] = v;
		}
		return {
			...base,
			NODE_ENV: 'production',
			N8N_USER_FOLDER: this.root,
			N8N_ENCRYPTION_KEY: E2E_ENCRYPTION_KEY,
			DB_TYPE: 'sqlite',
			GENERIC_TIMEZONE: 'UTC',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_DYNAMIC_BANNERS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			// Stops the start-up call to api.n8n.io (the only network use besides loopback).
			N8N_DISABLED_MODULES: 'mcp-registry',
			N8N_PUBLIC_API_DISABLED: 'true',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_LEVEL: 'warn',
			N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
			...this.extraEnv,
			...extra,
		};
	}

	/** Runs `n8n <args>` on this folder with Node 24. */
	async cli(args: string[], { env = {}, timeoutMs }: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CommandResult> {
		// `execute` and the imports start their own task broker; a port of their own keeps them
		// clear of a running `n8n start` (and of each other).
		const brokerPort = String(await freePort());
		return await runCommand(this.install.nodeBin, [this.install.n8nBin, ...args], {
			env: this.env({ N8N_RUNNERS_BROKER_PORT: brokerPort, ...env }),
			cwd: this.root,
			timeoutMs,
		});
	}

	private async cliOrThrow(args: string[], options?: { env?: Record<string, string>; timeoutMs?: number }): Promise<CommandResult> {
		const result = await this.cli(args, options);
		if (result.code !== 0) throw describeFailure(`n8n ${args.join(' ')}`, result);
		return result;
	}

	/**
	 * Installs a packed tarball into `.n8n/nodes` the way n8n 2.41's Community Nodes install
	 * does (community-packages.service `downloadPackage`): unpack into
	 * `node_modules/<name>`, drop dev/peer/optional dependencies from its package.json, run
	 * `npm install` inside it with scripts off, and record it in `.n8n/nodes/package.json`.
	 * Peer dependencies (n8n-workflow) are therefore not installed: n8n supplies its own copy at
	 * run time through NODE_PATH, so the package must work with that one.
	 */
	async installPackage(tarball: string): Promise<{ name: string; version: string; dir: string }> {
		const env = { ...process.env };
		const staging = join(this.nodesFolder, `.unpack-${randomBytes(4).toString('hex')}`);
		await mkdir(staging, { recursive: true });
		const untar = await runCommand('tar', ['-xzf', tarball, '-C', staging, '--strip-components=1'], { env });
		if (untar.code !== 0) throw describeFailure('tar -xzf <tarball>', untar);
		const manifestPath = join(staging, 'package.json');
		const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown> & {
			name: string;
			version: string;
		};
		void devDependencies, void peerDependencies, void optionalDependencies;
		await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
		const dir = join(this.nodesFolder, 'node_modules', manifest.name);
		await rm(dir, { recursive: true, force: true });
		await mkdir(join(dir, '..'), { recursive: true });
		await rename(staging, dir);
		const installed = await runCommand(
			'npm',
			['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false', '--loglevel=error'],
			{ env, cwd: dir, timeoutMs: 120_000 },
		);
		if (installed.code !== 0) throw describeFailure(`npm install (in ${dir})`, installed);
		const listPath = join(this.nodesFolder, 'package.json');
		const list = existsSync(listPath)
			? (JSON.parse(readFileSync(listPath, 'utf8')) as { dependencies?: Record<string, string> })
			: { name: 'installed-nodes', private: true, dependencies: {} };
		list.dependencies = { ...list.dependencies, [manifest.name]: manifest.version };
		await writeFile(listPath, JSON.stringify(list, null, 2));
		return { name: manifest.name, version: manifest.version, dir };
	}

	/** Lists the packages inside the installed package's own node_modules (what npm pulled in). */
	async bundledModules(packageDir: string): Promise<string[]> {
		return await listModules(join(packageDir, 'node_modules'));
	}

	/** Lists the top-level packages of `.n8n/nodes/node_modules`. */
	async installedModules(): Promise<string[]> {
		return await listModules(join(this.nodesFolder, 'node_modules'));
	}

	async importCredentials(credentials: CredentialDefinition[]): Promise<void> {
		const file = join(this.root, `credentials-${randomBytes(4).toString('hex')}.json`);
		await writeFile(file, JSON.stringify(credentials));
		try {
			await this.cliOrThrow(['import:credentials', `--input=${file}`]);
		} finally {
			// The file holds the plain secret: gone as soon as n8n has stored it encrypted.
			await rm(file, { force: true });
		}
	}

	async importWorkflows(workflows: WorkflowDefinition[]): Promise<void> {
		const file = join(this.root, `workflows-${randomBytes(4).toString('hex')}.json`);
		await writeFile(
			file,
			JSON.stringify(workflows.map((wf) => ({ active: false, settings: { executionOrder: 'v1' }, pinData: {}, ...wf }))),
		);
		await this.cliOrThrow(['import:workflow', `--input=${file}`]);
	}

	/** Marks a workflow published; a running `n8n start` does not notice (use N8nServer.activate). */
	async publishWorkflow(id: string): Promise<void> {
		await this.cliOrThrow(['publish:workflow', `--id=${id}`]);
	}

	/**
	 * `n8n execute --id --rawOutput`: runs the workflow from its Manual Trigger in the CLI
	 * process and returns the run it prints. A failed run is returned, not thrown, so checks
	 * can look at it; a crash or unparsable output throws with the output's tail.
	 */
	async execute(id: string, { timeoutMs = 180_000 }: { timeoutMs?: number } = {}): Promise<RunResult & { cli: CommandResult }> {
		// The CLI prints the run through its logger at level info: a quieter level prints nothing.
		const logLevel = process.env.POLAR_E2E_N8N_LOG_LEVEL ?? 'info';
		const result = await this.cli(['execute', `--id=${id}`, '--rawOutput'], { timeoutMs, env: { N8N_LOG_LEVEL: logLevel } });
		const outputFile = join(this.root, `execute-${id}-${Date.now()}.log`);
		await writeFile(outputFile, `${result.stdout}\n--- stderr\n${result.stderr}`);
		const run = parseRawOutput(result.stdout) ?? (await this.lastExecutionFromDb(id));
		if (!run) throw describeFailure(`n8n execute --id=${id} (no run data in its output; all of it in ${outputFile})`, result);
		return { ...run, cli: result };
	}

	/**
	 * The newest stored execution of a workflow, read from the sqlite database with Node 24's
	 * `node:sqlite`. `n8n execute` prints nothing useful when a run fails before its first node
	 * (it reports "No active execution found"), but the run and its error are stored.
	 */
	async lastExecutionFromDb(workflowId: string): Promise<RunResult | undefined> {
		const script = `
			const { DatabaseSync } = require('node:sqlite');
			const db = new DatabaseSync(process.argv[1], { readOnly: true });
			const row = db.prepare('SELECT e.id, e.status, e.finished, d.data FROM execution_entity e JOIN execution_data d ON d.executionId = e.id WHERE e.workflowId = ? ORDER BY CAST(e.id AS INTEGER) DESC LIMIT 1').get(process.argv[2]);
			process.stdout.write(JSON.stringify(row ?? null));`;
		const database = join(this.root, '.n8n', 'database.sqlite');
		if (!existsSync(database)) return undefined;
		const result = await runCommand(this.install.nodeBin, ['-e', script, database, workflowId], { env: { PATH: process.env.PATH ?? '' } });
		if (result.code !== 0) throw describeFailure('reading executions from the n8n database', result);
		const row = JSON.parse(result.stdout) as { id: string; status: string; finished: number; data: string } | null;
		if (!row) return undefined;
		return { status: row.status, finished: Boolean(row.finished), data: parseFlatted(this.install, row.data) };
	}

	/**
	 * Starts `n8n start` on a loopback port (a free one unless `port` is given) and waits until it
	 * serves and the owner can log in. The owner is set from the environment: `owner@e2e.invalid`
	 * with a random password unless `owner` names one (the demo shows its login to the user).
	 */
	async start(
		options: { env?: Record<string, string>; readyTimeoutMs?: number; port?: number; owner?: { email: string; password: string } } = {},
	): Promise<N8nServer> {
		const port = options.port ?? (await freePort());
		const brokerPort = await freePort();
		const ownerEmail = options.owner?.email ?? OWNER_EMAIL;
		const password = options.owner?.password ?? `E2e-${randomBytes(12).toString('hex')}`;
		const passwordHash = await bcryptHash(this.install, password);
		const baseUrl = `http://127.0.0.1:${port}`;
		const logFile = join(this.root, `n8n-start-${port}.log`);
		const log = createWriteStream(logFile);
		const env = this.env({
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
		const child = spawn(this.install.nodeBin, [this.install.n8nBin, 'start'], {
			env,
			cwd: this.root,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		running.add(child);
		child.stdout!.pipe(log);
		child.stderr!.pipe(log);
		const server = new N8nServer(child, baseUrl, password, logFile, ownerEmail);
		try {
			await server.waitReady(options.readyTimeoutMs ?? 120_000);
			await server.login();
		} catch (error) {
			await server.stop();
			throw new Error(`${(error as Error).message}\n--- n8n log (tail)\n${server.logTail()}`);
		}
		return server;
	}

	/** Removes the folder, unless POLAR_E2E_KEEP=1 asks to keep it for a post-mortem. */
	async dispose(): Promise<void> {
		if (process.env.POLAR_E2E_KEEP === '1') {
			process.stderr.write(`[e2e] kept n8n user folder ${this.root}\n`);
			return;
		}
		await rm(this.root, { recursive: true, force: true });
	}
}

async function listModules(dir: string): Promise<string[]> {
	if (!existsSync(dir)) return [];
	const out: string[] = [];
	for (const entry of await readdir(dir)) {
		if (entry.startsWith('.')) continue;
		if (entry.startsWith('@')) for (const sub of await readdir(join(dir, entry))) out.push(`${entry}/${sub}`);
		else out.push(entry);
	}
	return out.sort();
}

/** Finds the run JSON in `execute --rawOutput` output (log lines may come before it). */
export function parseRawOutput(stdout: string): RunResult | undefined {
	const lines = stdout.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] !== '{') continue;
		try {
			const run = JSON.parse(lines.slice(i).join('\n').trim()) as RunResult;
			if (run?.data?.resultData) return run;
		} catch {
			// Not the run object (or trailing log lines): try to find the object's closing line.
			for (let j = lines.length - 1; j > i; j--) {
				if (lines[j] !== '}') continue;
				try {
					const run = JSON.parse(lines.slice(i, j + 1).join('\n')) as RunResult;
					if (run?.data?.resultData) return run;
				} catch {
					/* keep looking */
				}
			}
		}
	}
	return undefined;
}

/** n8n stores run data `flatted`; parsed with n8n's own copy of the library. */
function parseFlatted(install: N8nInstallation, text: string): RunResult['data'] {
	const requireFromN8n = createRequire(join(install.n8nModules, 'n8n', 'package.json'));
	const flatted = requireFromN8n('flatted') as { parse(s: string): RunResult['data'] };
	return flatted.parse(text);
}

/** bcrypt from n8n's own node_modules (the same library n8n checks the owner's password with). */
async function bcryptHash(install: N8nInstallation, password: string): Promise<string> {
	const requireFromN8n = createRequire(join(install.n8nModules, 'n8n', 'package.json'));
	const bcrypt = requireFromN8n('bcryptjs') as { hash(p: string, rounds: number): Promise<string> };
	return await bcrypt.hash(password, 10);
}

// ---------------------------------------------------------------------------------------------
// A running `n8n start`

export interface ExecutionSummary {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
	finished?: boolean;
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

	get pid(): number | undefined {
		return this.process.pid;
	}

	logTail(lines = 60): string {
		try {
			return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
		} catch {
			return '(no log)';
		}
	}

	async waitReady(timeoutMs: number): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (this.process.exitCode !== null || this.process.signalCode !== null) {
				throw new Error(`n8n start exited early (${this.process.exitCode ?? this.process.signalCode})`);
			}
			try {
				const res = await fetch(`${this.baseUrl}/healthz/readiness`);
				if (res.status === 200) return;
			} catch {
				/* not listening yet */
			}
			await sleep(250);
		}
		throw new Error(`n8n did not become ready within ${timeoutMs} ms`);
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

	async listExecutions(workflowId: string): Promise<ExecutionSummary[]> {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const data = await this.rest<{ results: ExecutionSummary[] }>('GET', `/executions?filter=${filter}&limit=100`);
		return data.results;
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
			const done = last.filter((e) => !['new', 'running', 'waiting'].includes(e.status));
			if (last.length > count) throw new Error(`expected ${count} executions of ${workflowId}, found ${last.length}`);
			if (done.length === count) return done;
			await sleep(200);
		}
		throw new Error(`expected ${count} finished executions of ${workflowId} within ${timeoutMs} ms; found ${JSON.stringify(last)}`);
	}

	async stop(): Promise<void> {
		await stopProcess(this.process);
	}
}

export function sleep(ms: number): Promise<void> {
	return new Promise((r) => setTimeout(r, ms));
}

/** Polls `probe` until it returns a value other than undefined/false; throws `what` on timeout. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000, everyMs = 200): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined && value !== false) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(everyMs);
	}
}
