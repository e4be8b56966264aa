/**
 * PostgreSQL for n8n's queue mode: a throw-away cluster (`initdb`) in the run's folder, run as the
 * `postgres` account when we are root (PostgreSQL refuses to run as root), on a free loopback port,
 * with a role and database `n8n` for n8n and a pool for the checks.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { requireFromN8n, type N8nInstallation } from '../e2e/installation';
import { freePort, logTail, spawnTracked, stopProcess } from '../e2e/process';
import { waitFor } from '../e2e/wait';

/** Minimal view of a `pg` pool (n8n's own copy of node-postgres). */
export interface Database {
	query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
	end(): Promise<void>;
	on(event: 'error', listener: (error: Error) => void): unknown;
}

const PG_DATABASE = 'n8n';
const PG_USER = 'n8n';

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
	if (code !== 0) throw new Error(`${file} ${args[0] ?? ''} exited with ${code}\n${logTail(options.logFile)}`);
}

type Pool = new (config: object) => Database;

export class PostgresServer {
	/** n8n's role over TCP with its password, like n8n connects; open once `waitReady()` answered. */
	db: Database | undefined;
	private readonly password = randomBytes(16).toString('hex');

	private constructor(
		readonly process: ChildProcess,
		readonly port: number,
		readonly logFile: string,
		private readonly socketDir: string,
		private readonly Pool: Pool,
	) {}

	/**
	 * `initdb` into `<root>/postgres`, then starts `postgres` (a tracked process group); answers
	 * once it is started, so the caller can record the process before `waitReady()`.
	 */
	static async spawn(root: string, install: N8nInstallation): Promise<PostgresServer> {
		const bin = postgresBinDir();
		const account = postgresAccount();
		const pgRoot = join(root, 'postgres');
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
			{ env, cwd: pgRoot, logFile: join(root, 'postgres-initdb.log'), ...as },
		);
		const port = await freePort();
		const logFile = join(root, 'postgres.log');
		// Durability off (fsync, synchronous commit, full pages): the data is thrown away afterwards.
		const child = spawnTracked(
			join(bin, 'postgres'),
			[
				'-D', data,
				'-p', String(port),
				'-c', 'listen_addresses=127.0.0.1',
				'-c', `unix_socket_directories=${socketDir}`,
				'-c', 'fsync=off',
				'-c', 'synchronous_commit=off',
				'-c', 'full_page_writes=off',
			],
			{ env, cwd: pgRoot, logFile, ...as },
		);
		// node-postgres from n8n's own node_modules (the client n8n itself talks to PostgreSQL with).
		return new PostgresServer(child, port, logFile, socketDir, requireFromN8n<{ Pool: Pool }>(install, 'pg').Pool);
	}

	/** Waits until PostgreSQL accepts connections, creates n8n's role and database, and opens `db`. */
	async waitReady(timeoutMs = 60_000): Promise<void> {
		// The superuser over the socket (trust), only to create n8n's role and database.
		const admin = new this.Pool({ host: this.socketDir, port: this.port, user: 'postgres', database: 'postgres', max: 1 });
		admin.on('error', () => undefined); // an idle connection cut by a shutdown is not a failure
		try {
			await waitFor(
				'PostgreSQL to accept connections',
				async () => {
					if (this.process.exitCode !== null) throw new Error(`postgres exited (${this.process.exitCode})\n${logTail(this.logFile)}`);
					try {
						await admin.query('SELECT 1');
						return true;
					} catch {
						return false;
					}
				},
				timeoutMs,
				100,
			);
			// The password is random hex, so quoting it is safe; it is never printed.
			await admin.query(`CREATE ROLE ${PG_USER} LOGIN PASSWORD '${this.password}'`);
			await admin.query(`CREATE DATABASE ${PG_DATABASE} OWNER ${PG_USER}`);
		} finally {
			await admin.end();
		}
		this.db = new this.Pool({ host: '127.0.0.1', port: this.port, user: PG_USER, password: this.password, database: PG_DATABASE, max: 2 });
		this.db.on('error', () => undefined);
	}

	/** The settings every n8n process needs to use this database. */
	n8nEnv(): Record<string, string> {
		return {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(this.port),
			DB_POSTGRESDB_DATABASE: PG_DATABASE,
			DB_POSTGRESDB_USER: PG_USER,
			DB_POSTGRESDB_PASSWORD: this.password,
		};
	}

	/** Closes the pool, then SIGINT: PostgreSQL's fast shutdown (SIGTERM would wait for clients to leave). */
	async stop(): Promise<void> {
		await this.db?.end().catch(() => undefined);
		await stopProcess(this.process, 10_000, 'SIGINT');
	}
}
