/**
 * Every process the dev tools start: spawned in its own process group, tracked by pid, and
 * stopped in `stopAll()` (also on exit, SIGINT and SIGTERM), so a failing check never leaves an
 * n8n, a task runner or a database behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

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

/** Runs a command to its end (killed after `timeoutMs`, default 3 min) and answers its output. */
export function runCommand(
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

function lastLines(text: string, lines: number): string {
	return text.split('\n').slice(-lines).join('\n');
}

/** The last lines of a process's log file, for an error message. */
export function logTail(file: string, lines = 40): string {
	try {
		return lastLines(readFileSync(file, 'utf8'), lines);
	} catch {
		return '(no log)';
	}
}

/** An error for a command that failed, with the tails of its output. */
export function describeFailure(what: string, result: CommandResult): Error {
	return new Error(`${what} exited with ${result.code}\n--- stdout (tail)\n${lastLines(result.stdout, 40)}\n--- stderr (tail)\n${lastLines(result.stderr, 40)}`);
}
