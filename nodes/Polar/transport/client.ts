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
	 * opted in; the error then says the write may have been applied.
	 */
	async send(req: PolarRequest): Promise<PolarResponse> {
		const request: PolarRequest = { ...req, timeoutMs: req.timeoutMs ?? this.policy.timeoutMs };
		const failures: string[] = [];
		let inDoubt = false;
		for (let attempt = 0; ; attempt++) {
			const slot = await this.pacer.acquire(request);
			let failure: PolarHttpError | undefined;
			let res: PolarResponse | undefined;
			try {
				res = await this.sendFn(this.ctx, this.connection, request);
			} catch (error) {
				failure = error instanceof PolarHttpError ? error : new PolarHttpError(0, {}, null, 'EUNKNOWN');
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
			if (delay === undefined) {
				if (failures.length === 1 && !inDoubt) throw last;
				throw new RetriesExhaustedError(last, attempt + 1, summarize(failures), inDoubt);
			}
			await this.wait(delay);
		}
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
