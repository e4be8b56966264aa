/** Redis for n8n's queue: on a free loopback port, no persistence, its data in the run's folder. */
import type { ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { freePort, logTail, spawnTracked, stopProcess } from '../e2e/process';
import { waitFor } from '../e2e/wait';

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

export class RedisServer {
	private constructor(
		readonly process: ChildProcess,
		readonly port: number,
		readonly logFile: string,
	) {}

	/**
	 * Starts `redis-server` (a tracked process group) with its data and log under `root`; answers
	 * at once, so the caller can record the process before waiting for it with `waitReady()`.
	 */
	static async spawn(root: string): Promise<RedisServer> {
		const port = await freePort();
		const dir = join(root, 'redis');
		await mkdir(dir);
		const logFile = join(root, 'redis.log');
		const child = spawnTracked(
			'redis-server',
			['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'],
			{ env: process.env, cwd: dir, logFile },
		);
		return new RedisServer(child, port, logFile);
	}

	/** Waits until Redis answers PING; fails at once when it exits. */
	async waitReady(timeoutMs = 30_000): Promise<void> {
		await waitFor(
			'Redis to answer PING',
			async () => {
				if (this.process.exitCode !== null) throw new Error(`redis-server exited (${this.process.exitCode})\n${logTail(this.logFile)}`);
				return await tcpAnswers(this.port, 'PING\r\n', '+PONG');
			},
			timeoutMs,
			100,
		);
	}

	async stop(): Promise<void> {
		await stopProcess(this.process, 5_000);
	}
}
