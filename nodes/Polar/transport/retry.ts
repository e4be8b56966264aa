import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';
import { inputMessage } from '../actions/inputError';
import { retrySettingLabel } from '../descriptions/retry.description';
import { isUnreadableReplyCode, LOST_REPLY_CODES, NOT_SENT_CODES } from './failures';
import { retryAfterMs, serverWaitMs } from './headers';
import type { PolarRequest } from './request';
import { PolarHttpError } from './request';

/** Failure classes the user can choose to retry. Other 4xx replies are never retried. */
const RETRYABLE_FAILURES = ['rateLimit', 'serverError', 'networkError'] as const;
export type RetryableFailure = (typeof RETRYABLE_FAILURES)[number];

export interface RetryPolicy {
	maxRetries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	retryOn: RetryableFailure[];
	/** give up on one attempt after this long (counts as a network error) */
	timeoutMs: number;
	/** send a POST again even after a failure that may have come after Polar applied it (may duplicate) */
	retryAmbiguousWrites: boolean;
	/**
	 * retry only within this long of the client's start: a retry whose wait (Retry-After or backoff)
	 * would end later is not made, and the failure surfaces; unset, the number of retries is the limit
	 */
	retryWithinMs?: number;
}

/**
 * The Polar node's policy where its Retry collection leaves a setting empty. The collection shows
 * these as literal defaults (retry.description.ts), which a test keeps equal to these.
 */
const NODE_DEFAULTS: RetryPolicy = Object.freeze({
	maxRetries: 5,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	retryOn: Object.freeze([...RETRYABLE_FAILURES]) as RetryableFailure[],
	timeoutMs: 60_000,
	retryAmbiguousWrites: false,
});

/**
 * How long after its start a poll still waits to retry: 45 s. n8n starts a poll at every Poll Times
 * tick (at most once a minute per entry) whether or not the previous one has ended, and Polar's
 * limiter counts in one-minute windows, so its `Retry-After` reaches up to a minute ahead. A poll
 * that would wait past 45 s stops instead: it emits nothing, its cursor stays, and the next poll
 * reads the same events. Waiting longer gains nothing, since by then the next poll is due; so a poll
 * held up by the limiter ends before the poll after next with Poll Times a minute or more apart,
 * and a tick that still meets it (entries closer together) is skipped (poll/inFlight.ts).
 */
export const POLL_RETRY_WINDOW_MS = 45_000;

/** The retry policies in use, by who waits for the request. Every client is made with one (client.ts). */
export const RETRY_POLICIES: Readonly<Record<'node' | 'editorLookup' | 'triggerLifecycle' | 'poll', RetryPolicy>> = Object.freeze({
	/** the Polar node's operations, before its Retry collection changes anything */
	node: NODE_DEFAULTS,
	/** resource pickers and dropdowns in the editor: someone is waiting, so fewer and shorter attempts */
	editorLookup: Object.freeze({ ...NODE_DEFAULTS, maxRetries: 2, baseDelayMs: 300, maxDelayMs: 3_000, timeoutMs: 15_000 }),
	/**
	 * the trigger registering, checking and deleting its webhook endpoint: a failure leaves the
	 * workflow without deliveries (or an endpoint behind), so it tries as hard as the node does
	 */
	triggerLifecycle: NODE_DEFAULTS,
	/**
	 * the poll trigger reading the events log (GETs only): a poll that gives up loses nothing, since
	 * the cursor stays and the next poll reads the same window, so it waits less than the node, and
	 * only within POLL_RETRY_WINDOW_MS of its start
	 */
	poll: Object.freeze({ ...NODE_DEFAULTS, maxRetries: 3, maxDelayMs: 10_000, timeoutMs: 30_000, retryWithinMs: POLL_RETRY_WINDOW_MS }),
});

/** A server asking for more than this is not waited for: the error surfaces instead. */
export const MAX_SERVER_REQUESTED_WAIT_MS = 5 * 60_000;

/** The "Retry" collection as the user filled it in; validated before any request is sent. */
const retryOptionsSchema = z
	.object({
		maxRetries: z.number().int().min(0).max(20).optional(),
		baseDelayMs: z.number().int().min(0).max(600_000).optional(),
		maxDelayMs: z.number().int().min(0).max(600_000).optional(),
		retryOn: z.array(z.enum(RETRYABLE_FAILURES)).optional(),
		timeoutMs: z.number().int().min(100).max(600_000).optional(),
		retryAmbiguousWrites: z.boolean().optional(),
	})
	.strict();

/** Turns the "Retry" collection into a policy, or throws an Error that names the bad field. */
export function parseRetryPolicy(raw: unknown): RetryPolicy {
	const parsed = retryOptionsSchema.safeParse(raw ?? {});
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(inputMessage(['Retry', retrySettingLabel(String(issue.path[0]))], issue.message));
	}
	const policy = { ...RETRY_POLICIES.node, ...parsed.data };
	if (policy.maxDelayMs < policy.baseDelayMs) {
		throw new Error(inputMessage(['Retry', retrySettingLabel('maxDelayMs')], `must be at least the Base Delay (${policy.baseDelayMs} ms)`));
	}
	return policy;
}

/** Whether a parameter value holds an n8n expression anywhere (a string starting with "="). */
function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	return !!value && typeof value === 'object' && Object.values(value).some(holdsExpression);
}

/** The first setting two policies differ in, or undefined when they are the same. */
function firstDifference(a: RetryPolicy, b: RetryPolicy): keyof RetryPolicy | undefined {
	const same = (x: unknown, y: unknown) => (Array.isArray(x) && Array.isArray(y) ? [...x].sort().join() === [...y].sort().join() : x === y);
	return (Object.keys(a) as Array<keyof RetryPolicy>).find((key) => !same(a[key], b[key]));
}

/**
 * The Retry settings of one execution of the Polar node, read once, from the first item: one client
 * (with its pacer and policy) serves every item and page. When an expression gives another item
 * different settings, that is an error naming the setting, raised before anything is sent: the
 * item would otherwise be retried as the first item says, not as it says.
 */
export function retryPolicyOfExecution(ctx: IExecuteFunctions): RetryPolicy {
	const count = ctx.getInputData().length;
	// No item, no request: nothing to read the settings from, and nothing they would apply to.
	if (count === 0) return RETRY_POLICIES.node;
	const readItem = (itemIndex: number): RetryPolicy => {
		try {
			return parseRetryPolicy(ctx.getNodeParameter('retry', itemIndex, {}));
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), (error as Error).message, { itemIndex });
		}
	};
	const policy = readItem(0);
	if (!holdsExpression(ctx.getNode().parameters.retry)) return policy;
	for (let itemIndex = 1; itemIndex < count; itemIndex++) {
		const setting = firstDifference(policy, readItem(itemIndex));
		if (setting === undefined) continue;
		throw new NodeOperationError(ctx.getNode(), inputMessage(['Retry', retrySettingLabel(setting)], `item ${itemIndex} sets it differently from the first item`), {
			itemIndex,
			description: 'The Retry settings apply to the whole execution and are read from the first item. Give every item the same value (an expression that does not depend on the item), or split the items over several nodes. Nothing was sent.',
		});
	}
	return policy;
}

/*
 * What a failed attempt says about whether Polar applied the request. Polar has no idempotency
 * key, so a POST is sent again only when Polar certainly did not apply it. Which network codes
 * mean "not sent" and which "sent, reply lost" is failures.ts's. A 429 comes from Polar's limiter,
 * which answers before the application sees the request. Every 5xx may come after work was done:
 * Polar's own 500 after a payment-provider call, or a proxy's 502/504 after Polar committed.
 * Certificate failures are never retried: retrying cannot fix them.
 */

export interface FailureClass {
	kind: RetryableFailure;
	/** the request may have reached Polar and been applied */
	mayHaveApplied: boolean;
}

export function classify(failure: PolarHttpError): FailureClass | undefined {
	if (failure.statusCode === 429) return { kind: 'rateLimit', mayHaveApplied: false };
	if (failure.statusCode >= 500) return { kind: 'serverError', mayHaveApplied: true };
	if (failure.statusCode !== 0) return undefined;
	const code = failure.code ?? '';
	if (NOT_SENT_CODES.has(code) || (code === 'ETIMEDOUT' && failure.syscall === 'connect')) return { kind: 'networkError', mayHaveApplied: false };
	if (LOST_REPLY_CODES.has(code) || isUnreadableReplyCode(code)) return { kind: 'networkError', mayHaveApplied: true };
	return undefined;
}

/** Whether this failure leaves a write in doubt: a POST that may have been applied (PUT, PATCH and DELETE are safe to repeat). */
export function leavesWriteInDoubt(failure: PolarHttpError, req: Pick<PolarRequest, 'method'>): boolean {
	return req.method === 'POST' && classify(failure)?.mayHaveApplied === true;
}

/**
 * Whether to send the request again after this failure: a class the user chose to retry, and for a
 * POST only when Polar certainly did not apply it, unless Polar dedupes the request itself
 * (`repeatSafe`) or the user opted in to retrying writes in doubt.
 */
export function shouldRetry(failure: PolarHttpError, req: Pick<PolarRequest, 'method' | 'repeatSafe'>, policy: RetryPolicy): boolean {
	const failureClass = classify(failure);
	if (!failureClass || !policy.retryOn.includes(failureClass.kind)) return false;
	return !leavesWriteInDoubt(failure, req) || req.repeatSafe === true || policy.retryAmbiguousWrites;
}

/** Thrown when the node stops sending a request: the last failure, the attempts, and whether a write is in doubt. */
export class RetriesExhaustedError extends PolarHttpError {
	constructor(
		last: PolarHttpError,
		readonly attempts: number,
		readonly summary: string,
		/** some attempt of this POST may have been applied by Polar */
		readonly mayHaveBeenApplied: boolean,
		/** why it stopped before the policy's retries ran out, in words for the user */
		readonly stoppedEarly?: string,
	) {
		super(last.statusCode, last.headers, last.body, last.code, last.syscall);
		this.name = 'RetriesExhaustedError';
		// The version asked for, so a retired-version 404 after retries still names it.
		this.apiVersion = last.apiVersion;
	}
}

/** A short label for the attempt summary: "429", "503", "ECONNRESET". */
export function failureLabel(failure: PolarHttpError): string {
	return failure.statusCode ? String(failure.statusCode) : failure.code ?? 'network error';
}

/**
 * How long to wait before the next attempt: what the server asked for when it said so
 * (Retry-After, or the rate-limit reset on a 429), otherwise exponential backoff with full jitter.
 * (After a 429 without either, the pacer holds the request for a window.) Answers undefined when
 * the server asks for longer than we are willing to wait.
 */
export function delayBeforeRetry(
	failure: PolarHttpError,
	attempt: number,
	policy: RetryPolicy,
	now: number,
	random: () => number = Math.random,
): number | undefined {
	// The reset of a rate-limit window says nothing about when a server error or lost reply will pass.
	const serverWait = failure.statusCode === 429 ? serverWaitMs(failure.headers, now) : retryAfterMs(failure.headers, now);
	if (serverWait !== undefined) {
		return serverWait > MAX_SERVER_REQUESTED_WAIT_MS ? undefined : serverWait;
	}
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
	return Math.floor(random() * ceiling);
}
