import { z } from 'zod';
import type { PolarHttpError } from './request';

/** Failure classes the user can choose to retry. Other 4xx replies are never retried. */
export type RetryableFailure = 'rateLimit' | 'serverError' | 'networkError';

export interface RetryPolicy {
	maxRetries: number;
	baseDelayMs: number;
	maxDelayMs: number;
	retryOn: RetryableFailure[];
	/** give up on one attempt after this long (counts as a network error) */
	timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxRetries: 5,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
	retryOn: ['rateLimit', 'serverError', 'networkError'],
	timeoutMs: 60_000,
};

/** A server asking for more than this is not waited for: the error surfaces instead. */
export const MAX_SERVER_REQUESTED_WAIT_MS = 5 * 60_000;

/** The "Retry" collection as the user filled it in; validated before any request is sent. */
const retryOptionsSchema = z
	.object({
		maxRetries: z.number().int().min(0).max(20).optional(),
		baseDelayMs: z.number().int().min(0).max(600_000).optional(),
		maxDelayMs: z.number().int().min(0).max(600_000).optional(),
		retryOn: z.array(z.enum(['rateLimit', 'serverError', 'networkError'])).optional(),
		timeoutMs: z.number().int().min(100).max(600_000).optional(),
	})
	.strict();

/** Turns the "Retry" collection into a policy, or throws an Error that names the bad field. */
export function parseRetryPolicy(raw: unknown): RetryPolicy {
	const parsed = retryOptionsSchema.safeParse(raw ?? {});
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`Invalid "retry.${issue.path.join('.')}": ${issue.message}`);
	}
	const policy = { ...DEFAULT_RETRY_POLICY, ...parsed.data };
	if (policy.maxDelayMs < policy.baseDelayMs) {
		throw new Error(`Invalid "retry.maxDelayMs": must be at least the base delay (${policy.baseDelayMs} ms)`);
	}
	return policy;
}

/** Network failures worth another attempt: the request may not have reached Polar, or its reply was lost. */
const NETWORK_CODES = new Set([
	'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND',
	'EHOSTUNREACH', 'ENETUNREACH', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT',
	'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ERR_BAD_RESPONSE', 'EUNKNOWN',
]);

export function classify(failure: PolarHttpError): RetryableFailure | undefined {
	if (failure.statusCode === 429) return 'rateLimit';
	if (failure.statusCode >= 500) return 'serverError';
	if (failure.statusCode === 0 && NETWORK_CODES.has(failure.code ?? 'EUNKNOWN')) return 'networkError';
	return undefined;
}

/** A short label for the attempt summary: "429", "503", "ECONNRESET". */
export function failureLabel(failure: PolarHttpError): string {
	return failure.statusCode ? String(failure.statusCode) : failure.code ?? 'network error';
}

function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
	const v = headers[name];
	return Array.isArray(v) ? v[0] : v;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(headers: Record<string, string | string[] | undefined>, now: number): number | undefined {
	const value = headerValue(headers, 'retry-after');
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * `X-RateLimit-Reset` as an absolute time in ms. Polar sends seconds until the window resets;
 * values that look like a Unix timestamp (seconds or ms) are read as such.
 */
export function rateLimitResetAt(headers: Record<string, string | string[] | undefined>, now: number): number | undefined {
	const value = Number(headerValue(headers, 'x-ratelimit-reset'));
	if (!Number.isFinite(value) || value < 0) return undefined;
	if (value > 1e12) return value; // ms timestamp
	if (value > 1e9) return value * 1000; // s timestamp
	return now + value * 1000;
}

/**
 * How long to wait before the next attempt: what the server asked for when it said so
 * (Retry-After, or the rate-limit reset on a 429), otherwise exponential backoff with full jitter.
 * Answers undefined when the server asks for longer than we are willing to wait.
 */
export function delayBeforeRetry(
	failure: PolarHttpError,
	attempt: number,
	policy: RetryPolicy,
	now: number,
	random: () => number = Math.random,
): number | undefined {
	let serverWait = retryAfterMs(failure.headers, now);
	if (serverWait === undefined && failure.statusCode === 429) {
		const resetAt = rateLimitResetAt(failure.headers, now);
		if (resetAt !== undefined) serverWait = Math.max(0, resetAt - now);
	}
	if (serverWait !== undefined) {
		return serverWait > MAX_SERVER_REQUESTED_WAIT_MS ? undefined : serverWait;
	}
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
	return Math.floor(random() * ceiling);
}
