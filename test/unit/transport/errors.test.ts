import type { INode } from 'n8n-workflow';
import { MAY_HAVE_BEEN_APPLIED, polarMessage, redact, toNodeApiError } from '../../../nodes/Polar/transport/errors';
import { PolarHttpError } from '../../../nodes/Polar/transport/request';
import { RetriesExhaustedError } from '../../../nodes/Polar/transport/retry';

const node = { id: '1', name: 'Polar', type: 'n8n-nodes-polar.polar', typeVersion: 1, position: [0, 0], parameters: {} } as INode;
const SECRET = 'polar_oat_SuperSecretToken123';

test('422 lists each problem by the field as the editor names it (replyMessages.test.ts has the cases)', () => {
	const { details } = polarMessage({ detail: [{ loc: ['body', 'prices', 0, 'price_amount'], msg: 'x', type: 'int_parsing' }, { loc: ['query', 'limit'], msg: 'too big', type: 'x' }] });
	expect(details).toEqual(['Prices → item 1 → Price Amount: must be a whole number', 'Limit: too big']);
	const body = { error: 'RequestValidationError', detail: [{ loc: ['body', 'one_time', 'name'], msg: 'x', type: 'missing', input: {} }] };
	const error = toNodeApiError(node, new PolarHttpError(422, {}, body), { operationId: 'products:create', scopes: [], secrets: [] });
	expect(error.message).toBe('Polar rejected the input: Name: is required');
	expect(error.httpCode).toBe('422');
});

test('a 403 for a missing scope names it; another 403 names the scopes the operation needs', () => {
	const scope = toNodeApiError(node, new PolarHttpError(403, { 'www-authenticate': 'Bearer realm="polar", scope="products:write", error="insufficient_scope"' }, { error: 'insufficient_scope', error_description: 'x' }), {
		operationId: 'products:create',
		scopes: ['products:write'],
		secrets: [],
	});
	expect(scope.message).toBe('The Polar token lacks the scope products:write');
	const other = toNodeApiError(node, new PolarHttpError(403, {}, { error: 'NotPermitted', detail: 'Not permitted' }), { operationId: 'products:create', scopes: ['products:write'], secrets: [] });
	expect(other.message).toBe('The credential is not allowed to do this: Not permitted');
	expect(other.description).toContain('products:write');
});

test('Polar\'s own message is kept', () => {
	// a route's 404 carries Polar-Version (one without it is the version middleware's, see apiVersion.test.ts)
	const error = toNodeApiError(node, new PolarHttpError(404, { 'polar-version': '2026-10' }, { error: 'ResourceNotFound', detail: 'Not found' }), { operationId: 'products:get', scopes: [], secrets: [] });
	expect(error.message).toBe('Not found on Polar: Not found');
});

test('no secret survives in message, description or context', () => {
	const body = { detail: `token ${SECRET} is invalid`, echo: { authorization: `Bearer ${SECRET}` } };
	const error = toNodeApiError(node, new PolarHttpError(400, {}, body), { operationId: 'products:get', scopes: ['products:read'], secrets: [SECRET] });
	const everything = JSON.stringify({ message: error.message, description: error.description, context: error.context, messages: error.messages });
	expect(everything).not.toContain(SECRET);
	expect(everything).toContain('[redacted]');
});

test('redact also catches Polar-shaped tokens it was not told about', () => {
	expect(redact('x polar_pat_abcdef123 y', [])).toBe('x [redacted] y');
	expect(redact('Authorization: Bearer abc.def.ghijkl', [])).toBe('Authorization: Bearer [redacted]');
});

test('a write left in doubt says so, what to check, and carries a machine-readable flag', () => {
	const lost = new RetriesExhaustedError(new PolarHttpError(504, {}, { detail: 'Gateway Timeout' }), 1, '504', true);
	const error = toNodeApiError(node, lost, { operationId: 'discounts:create', scopes: [], secrets: [] });
	expect(error.message).toBe('Polar may have applied this request: Polar answered HTTP 504 (Gateway Timeout)');
	expect(error.description).toMatch(/no idempotency key.*did not send it again.*Check on Polar whether it happened .*discounts:create.* before running again/);
	expect(error.context[MAY_HAVE_BEEN_APPLIED]).toBe(true);
	const reset = toNodeApiError(node, new RetriesExhaustedError(new PolarHttpError(0, {}, null, 'ECONNRESET'), 3, '429, ECONNRESET ×2', true), { operationId: 'customers:create', scopes: [], secrets: [] });
	expect(reset.message).toBe('Polar may have applied this request: the connection was closed before the reply came');
	expect(reset.description).toMatch(/^No usable reply \(ECONNRESET\)\. It was sent 3 times[\s\S]*Gave up after 3 attempts: 429, ECONNRESET ×2/);
	const plain = toNodeApiError(node, new RetriesExhaustedError(new PolarHttpError(503, {}, null), 6, '503 ×6', false), { operationId: 'products:list', scopes: [], secrets: [] });
	expect(plain.context[MAY_HAVE_BEEN_APPLIED]).toBeUndefined();
	expect(plain.description).toBe('Gave up after 6 attempts: 503 ×6');
});

test('a run that stopped retrying early says why, even after one attempt', () => {
	const stopped = new RetriesExhaustedError(new PolarHttpError(429, { 'retry-after': '50' }, ''), 1, '429', false, 'Polar asked to wait 50 s, past the 45 s within which this run retries, so it stopped there.');
	const error = toNodeApiError(node, stopped, { operationId: 'event:getAll', scopes: [], secrets: [] });
	expect(error.message).toBe('Polar rate limit reached');
	expect(error.description).toBe('Gave up after 1 attempt: 429. Polar asked to wait 50 s, past the 45 s within which this run retries, so it stopped there.');
});
