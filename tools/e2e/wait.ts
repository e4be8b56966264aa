/** Waiting in dev tooling (tests, demo, queue cluster); node code waits with n8n-workflow's `sleep`. */

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

/**
 * Runs `what`; a failure is rethrown with the tail of a process's log, which is where n8n puts a
 * trigger's lifecycle errors and a worker's problems.
 */
export async function withLogTail<T>(label: string, tail: () => string, what: () => Promise<T>): Promise<T> {
	try {
		return await what();
	} catch (error) {
		throw new Error(`${(error as Error).message}\n--- ${label} log (tail)\n${tail()}`);
	}
}
