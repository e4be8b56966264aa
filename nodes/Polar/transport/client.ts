import { sleep } from 'n8n-workflow';
import { RateLimitPacer } from './rateLimiter';
import type { PolarConnection, PolarContext, PolarRequest, PolarResponse } from './request';
import { connect, credentialTypeOf, PolarHttpError, sendOnce } from './request';
import type { RetryPolicy } from './retry';
import { delayBeforeRetry, failureLabel, leavesWriteInDoubt, RetriesExhaustedError, shouldRetry } from './retry';

export { RetriesExhaustedError } from './retry';

export interface ClientOptions {
	/** one of RETRY_POLICIES (retry.ts), or the node's Retry collection parsed */
	retry: RetryPolicy;
	/** injectable for tests; defaults to n8n's sleep bound to the execution's cancel signal */
	wait?: (ms: number) => Promise<void>;
	now?: () => number;
	random?: () => number;
	send?: typeof sendOnce;
}

/**
 * The one object operations talk to. Shared by all items and pages of an execution, it owns what
 * spans requests: the connection, rate-limit pacing and retries with backoff.
 */
export class PolarClient {
	readonly pacer: RateLimitPacer;
	/** what `once` produced during this execution, by key */
	private readonly shared = new Map<string, Promise<unknown>>();
	private readonly policy: RetryPolicy;
	private readonly wait: (ms: number) => Promise<void>;
	private readonly now: () => number;
	private readonly random: () => number;
	private readonly sendFn: typeof sendOnce;
	/** no retry waits past this time (the policy's retryWithinMs from the client's start) */
	private readonly retryUntil: number;

	constructor(
		readonly ctx: PolarContext,
		readonly connection: PolarConnection,
		options: ClientOptions,
	) {
		this.policy = options.retry;
		const signal = 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
		this.wait = options.wait ?? (async (ms: number) => await sleep(ms, signal));
		this.now = options.now ?? (() => Date.now());
		this.random = options.random ?? Math.random;
		this.sendFn = options.send ?? sendOnce;
		this.pacer = new RateLimitPacer(this.now, this.wait, connection.rateLimit);
		this.retryUntil = this.policy.retryWithinMs === undefined ? Infinity : this.now() + this.policy.retryWithinMs;
	}

	/**
	 * A value the execution needs once per key however many items ask for it, at the same time or
	 * later (a customer's Polar ID behind an external ID, a customer-portal session): the first
	 * asker produces it, the others wait for the same promise. A failure is not kept, so a later
	 * item asks again.
	 */
	async once<T>(key: string, produce: () => Promise<T>): Promise<T> {
		let pending = this.shared.get(key) as Promise<T> | undefined;
		if (!pending) {
			pending = produce();
			this.shared.set(key, pending);
			pending.catch(() => this.shared.delete(key));
		}
		return await pending;
	}

	/**
	 * Sends a request, retrying what is safe to retry (retry.ts decides). Polar has no idempotency
	 * key: a POST whose reply was lost is not sent again unless Polar dedupes it itself or the user
	 * opted in; the error then says the write may have been applied. A failure that is neither
	 * Polar's reply nor the network's (a LocalFailure: n8n's own) is thrown at once, never retried.
	 */
	async send(req: PolarRequest): Promise<PolarResponse> {
		const request: PolarRequest = { ...req, timeoutMs: req.timeoutMs ?? this.policy.timeoutMs };
		const failures: string[] = [];
		let inDoubt = false;
		for (let attempt = 0; ; attempt++) {
			const slot = await this.pacer.acquire(request);
			let failure: PolarHttpError | undefined;
			let local: { error: unknown } | undefined;
			let res: PolarResponse | undefined;
			try {
				res = await this.sendFn(this.ctx, this.connection, request);
			} catch (error) {
				if (error instanceof PolarHttpError) failure = error;
				else local = { error };
			}
			if (local) {
				// Not Polar's answer nor the network's (a LocalFailure): n8n's own, never retried.
				this.pacer.release(slot, undefined, 0);
				throw local.error;
			}
			this.pacer.release(slot, res ? res.headers : failure?.statusCode ? failure.headers : undefined, res ? res.statusCode : failure!.statusCode);
			if (res) return res;
			// Transport failures stay internal values here; the operation boundary turns them into
			// NodeApiError (transport/errors.ts toNodeError), which is what n8n ever sees.
			const last = failure!;
			failures.push(failureLabel(last));
			inDoubt ||= leavesWriteInDoubt(last, request);
			const delay = attempt < this.policy.maxRetries && shouldRetry(last, request, this.policy)
				? delayBeforeRetry(last, attempt, this.policy, this.now(), this.random)
				: undefined;
			const tooLate = delay !== undefined && this.now() + delay > this.retryUntil ? this.tooLateToRetry(last, delay) : undefined;
			if (delay === undefined || tooLate) {
				if (failures.length === 1 && !inDoubt && !tooLate) throw last;
				throw new RetriesExhaustedError(last, attempt + 1, summarize(failures), inDoubt, tooLate);
			}
			await this.wait(delay);
		}
	}

	/** Why a retry `delay` ms away is not made: it would end past the policy's retryWithinMs. */
	private tooLateToRetry(last: PolarHttpError, delay: number): string {
		const wait = `${Math.ceil(delay / 1000)} s`;
		const asked = last.statusCode === 429 ? `Polar asked to wait ${wait}` : `The next attempt was ${wait} away`;
		return `${asked}, past the ${Math.round((this.policy.retryWithinMs ?? 0) / 1000)} s within which this run retries, so it stopped there.`;
	}
}

/**
 * The client for the credential an "Authentication" parameter value selects, with a named retry
 * policy. Reads the credential; sends nothing. Its errors are plain (a base URL that is not one):
 * the caller turns them into the node's.
 */
export async function openClient(ctx: PolarContext, authentication: unknown, retry: RetryPolicy): Promise<PolarClient> {
	return new PolarClient(ctx, await connect(ctx, credentialTypeOf(authentication)), { retry });
}

/** "429 ×2, 503, ECONNRESET" */
function summarize(labels: string[]): string {
	const counts = new Map<string, number>();
	for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
	return [...counts].map(([l, n]) => (n > 1 ? `${l} ×${n}` : l)).join(', ');
}
