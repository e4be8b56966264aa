/**
 * An isolated n8n user folder (N8N_USER_FOLDER): this package installed into it the way
 * Community Nodes does, credentials and workflows imported and published with n8n's CLI, and
 * `n8n execute`. `N8nServer.start(folder)` (server.ts) runs `n8n start` on it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CredentialDefinition, WorkflowDefinition } from './definitions';
import { loadInstallation, n8nMajor, type N8nInstallation } from './installation';
import { packedTarball } from './pack';
import { describeFailure, freePort, runCommand, type CommandResult } from './process';
import { parseFlatted, parseRawOutput, type RunResult } from './runs';

/** Pinned so that credentials imported by one n8n process decrypt in every other one. Test-only. */
export const E2E_ENCRYPTION_KEY = 'e2e-only-key-n8n-nodes-polar-0000';

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

	/**
	 * What every e2e suite starts from: a fresh user folder with this package installed as the
	 * Community Nodes installer does (the tarball the suite's globalSetup packed), and `credentials`
	 * imported.
	 */
	static async withPackage(credentials: CredentialDefinition[], install: N8nInstallation = loadInstallation()): Promise<{ folder: N8nUserFolder; installed: { name: string; version: string; dir: string } }> {
		const folder = await N8nUserFolder.create(install);
		const installed = await folder.installPackage(packedTarball());
		await folder.importCredentials(credentials);
		return { folder, installed };
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
			// Stops the start-up call to api.n8n.io (the only network use besides loopback). n8n 1.x
			// has no such module and refuses to start on a module name it does not know.
			...(n8nMajor(this.install) >= 2 ? { N8N_DISABLED_MODULES: 'mcp-registry' } : {}),
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
		const { devDependencies: _dev, peerDependencies: _peer, optionalDependencies: _optional, ...manifest } = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown> & {
			name: string;
			version: string;
		};
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
