import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { PolarHttpError } from '../../../nodes/Polar/transport/request';
import { classify, delayBeforeRetry, parseRetryPolicy, RETRY_POLICIES, retryPolicyOfExecution } from '../../../nodes/Polar/transport/retry';

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
	const policy = { ...RETRY_POLICIES.node, baseDelayMs: 100, maxDelayMs: 1000 };
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
	test('defaults', () => expect(parseRetryPolicy({})).toEqual(RETRY_POLICIES.node));
	test('names the bad field as the editor shows it', () => {
		expect(() => parseRetryPolicy({ maxRetries: -1 })).toThrow(/^Retry → Max Retries: /);
		expect(() => parseRetryPolicy({ retryOn: ['teapot'] })).toThrow(/^Retry → Retry On: /);
		expect(() => parseRetryPolicy({ baseDelayMs: 5000, maxDelayMs: 10 })).toThrow('Retry → Max Delay (Ms): must be at least the Base Delay (5000 ms)');
	});
});

test('the Retry collection shows the same defaults the transport uses', () => {
	// the description's literal defaults must not drift from the node's policy
	const { retryProperty } = jest.requireActual('../../../nodes/Polar/descriptions/retry.description');
	const defaults = Object.fromEntries((retryProperty.options as Array<{ name: string; default: unknown }>).map((o) => [o.name, o.default]));
	expect({ ...defaults, retryOn: [...(defaults.retryOn as string[])].sort() }).toEqual({ ...RETRY_POLICIES.node, retryOn: [...RETRY_POLICIES.node.retryOn].sort() });
});

describe('the named policies', () => {
	test('editor look-ups give up sooner than the node, and differ from it only in how long they try', () => {
		const { editorLookup, node } = RETRY_POLICIES;
		expect(editorLookup.maxRetries).toBeLessThan(node.maxRetries);
		expect(editorLookup.timeoutMs).toBeLessThan(node.timeoutMs);
		expect(editorLookup.maxDelayMs).toBeLessThan(node.maxDelayMs);
		expect({ ...editorLookup, maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0, timeoutMs: 0 }).toEqual({ ...node, maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0, timeoutMs: 0 });
	});
	test('a poll gives up sooner than the node (its cursor stays, the next poll reads the window again) and retries the same failures', () => {
		const { poll, node } = RETRY_POLICIES;
		expect(poll.maxRetries).toBeLessThan(node.maxRetries);
		expect(poll.timeoutMs).toBeLessThan(node.timeoutMs);
		expect([...poll.retryOn].sort()).toEqual([...node.retryOn].sort());
		expect(Object.isFrozen(poll)).toBe(true);
	});
	test("the trigger's endpoint lifecycle tries as hard as the node's defaults", () => expect(RETRY_POLICIES.triggerLifecycle).toEqual(RETRY_POLICIES.node));
	test('no policy ever repeats a write in doubt', () => {
		for (const policy of Object.values(RETRY_POLICIES)) expect(policy.retryAmbiguousWrites).toBe(false);
	});
	test('they cannot be changed by whoever uses them', () => {
		expect(Object.isFrozen(RETRY_POLICIES.node)).toBe(true);
		expect(Object.isFrozen(RETRY_POLICIES.node.retryOn)).toBe(true);
		expect(Object.isFrozen(RETRY_POLICIES.editorLookup)).toBe(true);
	});
});

describe('retryPolicyOfExecution: read once, from the first item', () => {
	const thrownBy = (run: () => unknown): NodeOperationError | undefined => {
		try {
			run();
		} catch (error) {
			return error as NodeOperationError;
		}
		return undefined;
	};

	/** An execution context whose Retry collection is `raw` and resolves per item to `perItem[i]`. */
	function execution(raw: unknown, perItem: unknown[]) {
		const reads: number[] = [];
		const ctx = {
			getInputData: () => perItem.map(() => ({ json: {} })),
			getNode: () => ({ id: 'n', name: 'Polar', type: 'n8n-nodes-polar.polar', typeVersion: 1, position: [0, 0], parameters: { retry: raw } }),
			getNodeParameter: (name: string, itemIndex: number) => {
				expect(name).toBe('retry');
				reads.push(itemIndex);
				return perItem[itemIndex];
			},
		} as unknown as IExecuteFunctions;
		return { ctx, reads };
	}

	test('fixed settings are read from the first item only', () => {
		const { ctx, reads } = execution({ maxRetries: 2 }, [{ maxRetries: 2 }, { maxRetries: 2 }, { maxRetries: 2 }]);
		expect(retryPolicyOfExecution(ctx)).toEqual({ ...RETRY_POLICIES.node, maxRetries: 2 });
		expect(reads).toEqual([0]);
	});

	test('an expression that gives every item the same settings is fine (Retry On in any order)', () => {
		const { ctx, reads } = execution({ maxRetries: '={{ 3 }}', retryOn: '={{ $json.on }}' }, [
			{ maxRetries: 3, retryOn: ['rateLimit', 'serverError'] },
			{ maxRetries: 3, retryOn: ['serverError', 'rateLimit'] },
		]);
		expect(retryPolicyOfExecution(ctx)).toEqual({ ...RETRY_POLICIES.node, maxRetries: 3, retryOn: ['rateLimit', 'serverError'] });
		expect(reads).toEqual([0, 1]);
	});

	test('an item that sets them differently is an error naming the setting and the item', () => {
		const { ctx } = execution({ maxRetries: '={{ $json.n }}' }, [{ maxRetries: 5 }, { maxRetries: 5 }, { maxRetries: 1 }]);
		const error = thrownBy(() => retryPolicyOfExecution(ctx));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error?.message).toBe('Retry → Max Retries: item 2 sets it differently from the first item');
		expect(error?.description).toMatch(/apply to the whole execution and are read from the first item/);
		expect(error?.context.itemIndex).toBe(2);
	});

	test('an invalid value names the field and its item', () => {
		const first = execution({ maxRetries: 50 }, [{ maxRetries: 50 }]);
		expect(() => retryPolicyOfExecution(first.ctx)).toThrow(/^Retry → Max Retries:/);
		const later = execution({ timeoutMs: '={{ $json.t }}' }, [{ timeoutMs: 1000 }, { timeoutMs: 5 }]);
		const error = thrownBy(() => retryPolicyOfExecution(later.ctx));
		expect(error?.message).toMatch(/^Retry → Request Timeout \(Ms\):/);
		expect(error?.context.itemIndex).toBe(1);
	});

	test('no items: nothing is read and nothing will be sent', () => {
		const { ctx, reads } = execution({}, []);
		expect(retryPolicyOfExecution(ctx)).toEqual(RETRY_POLICIES.node);
		expect(reads).toEqual([]);
	});
});
