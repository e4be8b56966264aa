import { headerOf, normalizeHeaders, numericHeaderOf, rateLimitResetAt, retryAfterMs, serverWaitMs } from '../../../nodes/Polar/transport/headers';

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('headerOf: one header of a reply', () => {
	test.each([
		['a lower-case name', { etag: '"abc"' }, 'ETag', '"abc"'],
		['a name in another case', { ETag: '"abc"' }, 'etag', '"abc"'],
		['a mixed-case name asked in another case', { 'Retry-After': '3' }, 'RETRY-AFTER', '3'],
		['a header sent twice (the first)', { 'set-cookie': ['a=1', 'b=2'] }, 'Set-Cookie', 'a=1'],
		['a number some clients give', { 'x-ratelimit-remaining': 7 as unknown as string }, 'X-RateLimit-Remaining', '7'],
		['a missing header', { etag: 'x' }, 'polar-version', undefined],
		['an empty list', { 'x-a': [] as string[] }, 'x-a', undefined],
	])('%s', (_label, headers, name, expected) => {
		expect(headerOf(headers, name)).toBe(expected);
	});

	test('no headers at all (a failure without a reply)', () => expect(headerOf(undefined, 'retry-after')).toBeUndefined());
	test('the lower-case key wins over another spelling of the same name', () => expect(headerOf({ 'x-a': '1', 'X-A': '2' }, 'X-A')).toBe('1'));
});

describe('numericHeaderOf', () => {
	test.each([
		['12', 12],
		['0', 0],
		['-3', -3],
		['', undefined],
		['  ', undefined],
		['soon', undefined],
	])('%j → %s', (value, expected) => expect(numericHeaderOf({ 'x-ratelimit-remaining': value }, 'X-RateLimit-Remaining')).toBe(expected));
	test('missing', () => expect(numericHeaderOf({}, 'x-ratelimit-remaining')).toBeUndefined());
});

describe('normalizeHeaders', () => {
	test('lower-cases names of a plain object', () => expect(normalizeHeaders({ 'Retry-After': '3', ETag: 'x' })).toEqual({ 'retry-after': '3', etag: 'x' }));
	test("reads a headers class through toJSON (axios's AxiosHeaders)", () => {
		const axiosLike = { toJSON: () => ({ 'Polar-Version': '2026-10' }), secretField: 'not a header' };
		expect(normalizeHeaders(axiosLike)).toEqual({ 'polar-version': '2026-10' });
	});
	test('anything else is no headers', () => {
		expect(normalizeHeaders(undefined)).toEqual({});
		expect(normalizeHeaders('text')).toEqual({});
	});
});

describe('Retry-After and X-RateLimit-Reset', () => {
	test('delta seconds', () => expect(retryAfterMs({ 'retry-after': '3' }, NOW)).toBe(3000));
	test('a name in another case', () => expect(retryAfterMs({ 'Retry-After': '3' }, NOW)).toBe(3000));
	test('HTTP date', () => expect(retryAfterMs({ 'retry-after': new Date(NOW + 7000).toUTCString() }, NOW)).toBe(7000));
	test('a date in the past is no wait', () => expect(retryAfterMs({ 'retry-after': new Date(NOW - 7000).toUTCString() }, NOW)).toBe(0));
	test('garbage is ignored', () => expect(retryAfterMs({ 'retry-after': 'soon' }, NOW)).toBeUndefined());
	test('reset as seconds from now', () => expect(rateLimitResetAt({ 'x-ratelimit-reset': '12' }, NOW)).toBe(NOW + 12000));
	test('reset as a Unix timestamp in seconds', () => expect(rateLimitResetAt({ 'x-ratelimit-reset': String(NOW / 1000 + 5) }, NOW)).toBe(NOW + 5000));
	test('reset as a Unix timestamp in ms', () => expect(rateLimitResetAt({ 'x-ratelimit-reset': String(NOW + 5000) }, NOW)).toBe(NOW + 5000));
	test('a negative or empty reset is ignored', () => {
		expect(rateLimitResetAt({ 'x-ratelimit-reset': '-1' }, NOW)).toBeUndefined();
		expect(rateLimitResetAt({ 'x-ratelimit-reset': '' }, NOW)).toBeUndefined();
	});
});

describe('serverWaitMs: how long a refusing server asked to wait', () => {
	test('Retry-After first', () => expect(serverWaitMs({ 'retry-after': '2', 'x-ratelimit-reset': '9' }, NOW)).toBe(2000));
	test('else the time until the reset', () => expect(serverWaitMs({ 'x-ratelimit-reset': '9' }, NOW)).toBe(9000));
	test('a reset already past is no wait', () => expect(serverWaitMs({ 'x-ratelimit-reset': String(NOW / 1000 - 5) }, NOW)).toBe(0));
	test('neither: undefined (the caller decides)', () => {
		expect(serverWaitMs({}, NOW)).toBeUndefined();
		expect(serverWaitMs(undefined, NOW)).toBeUndefined();
	});
});
