import { PolarHttpError } from '../../../nodes/Polar/transport/request';
import {
	classify,
	DEFAULT_RETRY_POLICY,
	delayBeforeRetry,
	parseRetryPolicy,
} from '../../../nodes/Polar/transport/retry';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const failure = (status: number, headers: Record<string, string> = {}, code?: string) => new PolarHttpError(status, headers, null, code);

describe('classify: the failure class, and whether Polar may have applied the request', () => {
	test.each([
		[429, undefined, undefined, { kind: 'rateLimit', mayHaveApplied: false }],
		[500, undefined, undefined, { kind: 'serverError', mayHaveApplied: true }],
		[502, undefined, undefined, { kind: 'serverError', mayHaveApplied: true }],
		[503, undefined, undefined, { kind: 'serverError', mayHaveApplied: true }],
		[504, undefined, undefined, { kind: 'serverError', mayHaveApplied: true }],
		[0, 'ECONNREFUSED', 'connect', { kind: 'networkError', mayHaveApplied: false }],
		[0, 'ENOTFOUND', 'getaddrinfo', { kind: 'networkError', mayHaveApplied: false }],
		[0, 'EAI_AGAIN', 'getaddrinfo', { kind: 'networkError', mayHaveApplied: false }],
		[0, 'EPROTO', 'write', { kind: 'networkError', mayHaveApplied: false }],
		[0, 'ETIMEDOUT', 'connect', { kind: 'networkError', mayHaveApplied: false }],
		[0, 'ETIMEDOUT', 'read', { kind: 'networkError', mayHaveApplied: true }],
		[0, 'ECONNRESET', undefined, { kind: 'networkError', mayHaveApplied: true }],
		[0, 'ECONNABORTED', undefined, { kind: 'networkError', mayHaveApplied: true }],
		[0, 'ERR_BAD_RESPONSE', undefined, { kind: 'networkError', mayHaveApplied: true }],
		[0, 'HPE_INVALID_CONSTANT', undefined, { kind: 'networkError', mayHaveApplied: true }],
		[0, 'DEPTH_ZERO_SELF_SIGNED_CERT', undefined, undefined],
		[0, 'ERR_CANCELED', undefined, undefined],
		[400, undefined, undefined, undefined],
		[401, undefined, undefined, undefined],
		[404, undefined, undefined, undefined],
		[409, undefined, undefined, undefined],
		[422, undefined, undefined, undefined],
	])('HTTP %s %s (%s) → %j', (status, code, syscall, expected) => {
		expect(classify(new PolarHttpError(status, {}, null, code, syscall))).toEqual(expected);
	});
});

describe('delayBeforeRetry', () => {
	const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
	test('honours Retry-After over backoff', () => {
		expect(delayBeforeRetry(failure(429, { 'retry-after': '2' }), 0, policy, NOW, () => 0.5)).toBe(2000);
	});
	test('a 429 without Retry-After waits for the rate-limit reset', () => {
		expect(delayBeforeRetry(failure(429, { 'x-ratelimit-reset': '4' }), 0, policy, NOW, () => 0.5)).toBe(4000);
	});
	test('a 5xx is not held until the rate-limit window resets: that window says nothing about the outage', () => {
		expect(delayBeforeRetry(failure(503, { 'x-ratelimit-reset': '40' }), 0, policy, NOW, () => 0.5)).toBe(50);
		expect(delayBeforeRetry(failure(503, { 'retry-after': '4' }), 0, policy, NOW, () => 0.5)).toBe(4000);
	});
	test('full jitter: uniform below the exponential ceiling, capped by max delay', () => {
		expect(delayBeforeRetry(failure(503), 0, policy, NOW, () => 0.999)).toBe(99);
		expect(delayBeforeRetry(failure(503), 2, policy, NOW, () => 0.5)).toBe(200);
		expect(delayBeforeRetry(failure(503), 10, policy, NOW, () => 0.999)).toBe(999);
		expect(delayBeforeRetry(failure(503), 3, policy, NOW, () => 0)).toBe(0);
	});
	test('a server asking for more than five minutes is not waited for', () => {
		expect(delayBeforeRetry(failure(429, { 'retry-after': '3600' }), 0, policy, NOW)).toBeUndefined();
	});
});

describe('parseRetryPolicy', () => {
	test('defaults', () => expect(parseRetryPolicy({})).toEqual(DEFAULT_RETRY_POLICY));
	test('names the bad field', () => {
		expect(() => parseRetryPolicy({ maxRetries: -1 })).toThrow(/retry\.maxRetries/);
		expect(() => parseRetryPolicy({ retryOn: ['teapot'] })).toThrow(/retry\.retryOn/);
		expect(() => parseRetryPolicy({ baseDelayMs: 5000, maxDelayMs: 10 })).toThrow(/retry\.maxDelayMs/);
	});
});

test('the Retry collection shows the same defaults the transport uses', () => {
	// eslint-style literal defaults in the description must not drift from DEFAULT_RETRY_POLICY
	const { retryProperty } = jest.requireActual('../../../nodes/Polar/descriptions/retry.description');
	const defaults = Object.fromEntries((retryProperty.options as Array<{ name: string; default: unknown }>).map((o) => [o.name, o.default]));
	expect({ ...defaults, retryOn: [...(defaults.retryOn as string[])].sort() }).toEqual({ ...DEFAULT_RETRY_POLICY, retryOn: [...DEFAULT_RETRY_POLICY.retryOn].sort() });
});
