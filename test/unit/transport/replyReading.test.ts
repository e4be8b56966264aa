import type { IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { PolarConnection, PolarRequest } from '../../../nodes/Polar/transport/request';
import { LocalFailure, toRequestFailure } from '../../../nodes/Polar/transport/failures';
import { PolarHttpError, sendOnce } from '../../../nodes/Polar/transport/request';

/*
 * How the transport reads a failed reply on every supported n8n. n8n-workflow up to 2.33 wipes
 * `cause` on the NodeApiError its authenticated helper throws; the shapes below are what is left
 * there (status in httpCode, a JSON body in context.data, the client's message among messages).
 * The compat suite (test/compat) checks the same against real n8n 1.123 and 2.x.
 */

const tokenConn: PolarConnection = { credentialType: 'polarApi', baseUrl: 'http://127.0.0.1:1', apiVersion: '2026-10', secrets: [] };
const oauthConn: PolarConnection = { ...tokenConn, credentialType: 'polarOAuth2Api' };
const get: PolarRequest = { method: 'GET', path: '/v1/products/', auth: 'token' };

function context(answer: (options: IHttpRequestOptions) => unknown) {
	const seen: IHttpRequestOptions[] = [];
	const reply = async (options: IHttpRequestOptions) => {
		seen.push(options);
		return answer(options);
	};
	const ctx = { helpers: { httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => await reply(options), httpRequest: reply } };
	return { ctx: ctx as unknown as IExecuteFunctions, seen };
}

async function failureOf(promise: Promise<unknown>): Promise<PolarHttpError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof PolarHttpError) return error;
		throw error;
	}
	throw new Error('expected a failure');
}

test('a token request reads a 429 reply itself, Retry-After included', async () => {
	const { ctx, seen } = context(() => ({ statusCode: 429, headers: { 'Retry-After': '7' }, body: '' }));
	const failure = await failureOf(sendOnce(ctx, tokenConn, get));
	expect(seen[0].ignoreHttpStatusErrors).toBe(true);
	expect(failure).toMatchObject({ statusCode: 429, headers: { 'retry-after': '7' }, apiVersion: '2026-10' });
});

test('a token request reads a 422 body given as text', async () => {
	const detail = [{ loc: ['body', 'name'], msg: 'Field required', type: 'missing' }];
	const { ctx } = context(() => ({ statusCode: 422, headers: {}, body: JSON.stringify({ detail }) }));
	expect((await failureOf(sendOnce(ctx, tokenConn, get))).body).toEqual({ detail });
});

test('an OAuth2 request lets n8n throw (its helper refreshes the token on a thrown 401)', async () => {
	const { ctx, seen } = context(() => ({ statusCode: 200, headers: {}, body: { ok: true } }));
	await sendOnce(ctx, oauthConn, get);
	expect(seen[0].ignoreHttpStatusErrors).toBe(false);
});

test('a 2xx is a response, not a failure', async () => {
	const { ctx } = context(() => ({ statusCode: 201, headers: {}, body: { id: 'p1' } }));
	expect(await sendOnce(ctx, tokenConn, get)).toEqual({ statusCode: 201, headers: {}, body: { id: 'p1' } });
});

describe('an error whose cause n8n-workflow ≤ 2.33 wiped', () => {
	test('keeps the status and the JSON body', () => {
		const failure = toRequestFailure({ message: 'The resource you are requesting could not be found', httpCode: '404', context: { data: { detail: 'Not found' } } });
		expect(failure).toMatchObject({ statusCode: 404, body: { detail: 'Not found' } });
	});

	test('keeps a status without a body', () => {
		expect(toRequestFailure({ message: 'x', httpCode: '401', context: {} })).toMatchObject({ statusCode: 401, body: null });
	});

	test('finds the network code and system call in the client message', () => {
		const failure = toRequestFailure({ message: 'The service refused the connection - perhaps it is offline', httpCode: null, messages: ['connect ECONNREFUSED 127.0.0.1:1'] });
		expect(failure).toMatchObject({ statusCode: 0, code: 'ECONNREFUSED', syscall: 'connect' });
	});

	test("reads Node's words for a closed connection as ECONNRESET (n8n put its own text in message)", () => {
		const failure = toRequestFailure({ message: 'The connection to the server was closed unexpectedly, perhaps it is offline.', httpCode: null, messages: ['socket hang up'] });
		expect(failure).toMatchObject({ statusCode: 0, code: 'ECONNRESET' });
	});

	test("reads axios's timeout message as ECONNABORTED", () => {
		expect(toRequestFailure({ message: 'x', messages: ['timeout of 500ms exceeded'] })).toMatchObject({ statusCode: 0, code: 'ECONNABORTED' });
	});

	test('is no network failure when nothing names one: the error keeps its own words', () => {
		const failure = toRequestFailure({ message: 'something', messages: ['something'] });
		expect(failure).toBeInstanceOf(LocalFailure);
		expect(failure.message).toBe('something');
	});
});

test('an error with its cause (n8n-workflow ≥ 2.34) is read from the reply in it', () => {
	const failure = toRequestFailure({ httpCode: '429', cause: { response: { status: 429, headers: { 'retry-after': '3' }, data: '' } } });
	expect(failure).toMatchObject({ statusCode: 429, headers: { 'retry-after': '3' } });
});

describe('only a network code makes a network failure', () => {
	test.each([
		['ECONNREFUSED', { code: 'ECONNREFUSED', syscall: 'connect' }],
		['ENOTFOUND', { code: 'ENOTFOUND', syscall: 'getaddrinfo' }],
		['ECONNRESET', { code: 'ECONNRESET' }],
		['ECONNABORTED', { code: 'ECONNABORTED' }],
		['CERT_HAS_EXPIRED', { code: 'CERT_HAS_EXPIRED' }],
		['DEPTH_ZERO_SELF_SIGNED_CERT', { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }],
		['ERR_TLS_CERT_ALTNAME_INVALID', { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }],
		['HPE_INVALID_CONSTANT', { code: 'HPE_INVALID_CONSTANT' }],
	])('%s', (code, cause) => {
		expect(toRequestFailure({ message: 'x', cause })).toMatchObject({ statusCode: 0, code });
	});

	test.each([
		['a cancelled execution (axios ERR_CANCELED)', { message: 'canceled', code: 'ERR_CANCELED' }, 'canceled'],
		['an error without a code', new TypeError("Cannot read properties of undefined (reading 'x')"), "Cannot read properties of undefined (reading 'x')"],
		['a credential n8n could not read', { message: 'Node "Polar" does not have any credentials of type "polarApi" set', cause: new Error('Node "Polar" does not have any credentials of type "polarApi" set') }, 'Node "Polar" does not have any credentials of type "polarApi" set'],
	])('%s is n8n\'s own failure, with its message', (_label, error, message) => {
		const failure = toRequestFailure(error);
		expect(failure).toBeInstanceOf(LocalFailure);
		expect(failure.message).toBe(message);
	});
});
