import { randomUUID } from 'node:crypto';
import { sleep } from 'n8n-workflow';
import { RateLimitPacer } from './rateLimiter';
import type { PolarConnection, PolarContext, PolarRequest, PolarResponse } from './request';
import { PolarHttpError, sendOnce } from './request';
import type { RetryPolicy } from './retry';
import { classify, DEFAULT_RETRY_POLICY, delayBeforeRetry, failureLabel } from './retry';

/** Thrown when the retry budget is spent; carries the attempts for the error message. */
export class RetriesExhaustedError extends PolarHttpError {
	constructor(
		last: PolarHttpError,
		readonly attempts: number,
		readonly summary: string,
	) {
		super(last.statusCode, last.headers, last.body, last.code);
		this.name = 'RetriesExhaustedError';
	}
}

export interface ClientOptions {
	retry?: RetryPolicy;
	/** injectable for tests; defaults to n8n's sleep bound to the execution's cancel signal */
	wait?: (ms: number) => Promise<void>;
	now?: () => number;
	random?: () => number;
	send?: typeof sendOnce;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one object operations talk to. Shared by all items and pages of an execution, it owns what
 * spans requests: the connection, rate-limit pacing, retries with backoff, and idempotency keys.
 */
export class PolarClient {
	readonly pacer: RateLimitPacer;
	/** customer sessions minted during this execution, by request body */
	private readonly sessions = new Map<string, Promise<string>>();
	private readonly policy: RetryPolicy;
	private readonly wait: (ms: number) => Promise<void>;
	private readonly now: () => number;
	private readonly random: () => number;
	private readonly sendFn: typeof sendOnce;

	constructor(
		readonly ctx: PolarContext,
		readonly connection: PolarConnection,
		options: ClientOptions = {},
	) {
		this.policy = options.retry ?? DEFAULT_RETRY_POLICY;
		const signal = 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
		this.wait = options.wait ?? (async (ms: number) => await sleep(ms, signal));
		this.now = options.now ?? (() => Date.now());
		this.random = options.random ?? Math.random;
		this.sendFn = options.send ?? sendOnce;
		this.pacer = new RateLimitPacer(this.now, this.wait, connection.rateLimit);
	}

	/**
	 * A customer-portal session token, minted once per execution and customer. Minted tokens join
	 * the connection's secrets so no error or output shows them.
	 */
	async customerSession(key: string, mint: () => Promise<string>): Promise<string> {
		let pending = this.sessions.get(key);
		if (!pending) {
			pending = mint().then((token) => {
				this.connection.secrets.push(token);
				return token;
			});
			pending.catch(() => this.sessions.delete(key));
			this.sessions.set(key, pending);
		}
		return await pending;
	}

	/**
	 * Sends a request, retrying what is safe to retry. A write gets one Idempotency-Key before the
	 * first attempt (the caller's, or a fresh UUID) and keeps it on every retry, so a retried
	 * create whose first reply was lost cannot create twice.
	 */
	async send(req: PolarRequest, idempotencyKey?: string): Promise<PolarResponse> {
		const headers = { ...(req.headers ?? {}) };
		if (WRITE_METHODS.has(req.method)) headers['Idempotency-Key'] = idempotencyKey || randomUUID();
		const request: PolarRequest = { ...req, headers, timeoutMs: req.timeoutMs ?? this.policy.timeoutMs };
		const failures: string[] = [];
		for (let attempt = 0; ; attempt++) {
			const slot = await this.pacer.acquire(request);
			try {
				const res = await this.sendFn(this.ctx, this.connection, request);
				this.pacer.release(slot, res.headers, res.statusCode);
				return res;
			} catch (error) {
				const failure = error instanceof PolarHttpError ? error : new PolarHttpError(0, {}, null, 'EUNKNOWN');
				this.pacer.release(slot, failure.statusCode ? failure.headers : undefined, failure.statusCode);
				const kind = classify(failure);
				// Transport failures stay internal values here; the operation boundary turns them into
				// NodeApiError (transport/errors.ts toNodeError), which is what n8n ever sees.
				if (!kind || !this.policy.retryOn.includes(kind)) {
					// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- internal; converted by toNodeError
					if (failures.length) throw new RetriesExhaustedError(failure, attempt + 1, summarize([...failures, failureLabel(failure)]));
					throw failure;
				}
				failures.push(failureLabel(failure));
				const delay = attempt < this.policy.maxRetries ? delayBeforeRetry(failure, attempt, this.policy, this.now(), this.random) : undefined;
				// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- internal; converted by toNodeError
				if (delay === undefined) throw new RetriesExhaustedError(failure, attempt + 1, summarize(failures));
				await this.wait(delay);
			}
		}
	}
}

/** "429 ×2, 503, ECONNRESET" */
function summarize(labels: string[]): string {
	const counts = new Map<string, number>();
	for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
	return [...counts].map(([l, n]) => (n > 1 ? `${l} ×${n}` : l)).join(', ');
}
