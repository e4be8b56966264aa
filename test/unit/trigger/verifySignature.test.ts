import { createHmac } from 'node:crypto';
import { TIMESTAMP_TOLERANCE_SECONDS, verifySignature } from '../../../nodes/Polar/trigger/verifySignature';

/** Signs per the Standard Webhooks spec, independently of the code under test. */
function sign(secret: string | Buffer, id: string, timestamp: number, body: string | Buffer): string {
	const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
	const bodyBytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	const content = Buffer.concat([Buffer.from(`${id}.${timestamp}.`, 'utf8'), bodyBytes]);
	return `v1,${createHmac('sha256', key).update(content).digest('base64')}`;
}

const SECRET = 'polar_whs_Xq2v9Lk3TtR8mN0pQa7sW1eZyB4cD6fG';
const NOW_MS = 1_790_000_000_123;
const NOW_S = Math.floor(NOW_MS / 1000);
const ID = 'msg_2nRk7LCRqb5yT0Eo0f3Ue9vDm1a';
const BODY = '{"type":"order.paid","timestamp":"2026-10-01T12:00:00Z","data":{"id":"o1","amount":1999,"note":"Grüße ✓"}}';

function headersFor(overrides: Record<string, string | string[] | undefined> = {}, timestamp = NOW_S, body: string | Buffer = BODY) {
	return {
		'webhook-id': ID,
		'webhook-timestamp': String(timestamp),
		'webhook-signature': sign(SECRET, ID, timestamp, body),
		...overrides,
	};
}

describe('verifySignature', () => {
	test('accepts a correctly signed delivery and reports its id and timestamp', () => {
		expect(verifySignature({ secret: SECRET, headers: headersFor(), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: true, webhookId: ID, timestamp: NOW_S });
	});

	test('refuses a tampered body', () => {
		const tampered = BODY.replace('1999', '1');
		expect(verifySignature({ secret: SECRET, headers: headersFor(), rawBody: tampered, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'signatureMismatch' });
	});

	test('refuses re-serialised JSON: whitespace is part of what was signed', () => {
		const spaced = JSON.stringify(JSON.parse(BODY), null, 1);
		expect(verifySignature({ secret: SECRET, headers: headersFor(), rawBody: spaced, nowMs: NOW_MS }).valid).toBe(false);
	});

	test('refuses a tampered id or timestamp header', () => {
		expect(verifySignature({ secret: SECRET, headers: headersFor({ 'webhook-id': `${ID}x` }), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'signatureMismatch' });
		expect(verifySignature({ secret: SECRET, headers: headersFor({ 'webhook-timestamp': String(NOW_S + 1) }), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'signatureMismatch' });
	});

	test('refuses a delivery signed with another secret', () => {
		expect(verifySignature({ secret: `${SECRET}0`, headers: headersFor(), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'signatureMismatch' });
	});

	test('uses the secret as UTF-8 bytes: neither base64-decoded nor stripped of a prefix', () => {
		const base64Secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
		const decodedKey = Buffer.from(base64Secret.slice('whsec_'.length), 'base64');
		const signedWithDecodedKey = { ...headersFor(), 'webhook-signature': sign(decodedKey, ID, NOW_S, BODY) };
		expect(verifySignature({ secret: base64Secret, headers: signedWithDecodedKey, rawBody: BODY, nowMs: NOW_MS }).valid).toBe(false);
		const signedWithoutPrefix = { ...headersFor(), 'webhook-signature': sign(base64Secret.slice('whsec_'.length), ID, NOW_S, BODY) };
		expect(verifySignature({ secret: base64Secret, headers: signedWithoutPrefix, rawBody: BODY, nowMs: NOW_MS }).valid).toBe(false);
		const signedWithWholeString = { ...headersFor(), 'webhook-signature': sign(base64Secret, ID, NOW_S, BODY) };
		expect(verifySignature({ secret: base64Secret, headers: signedWithWholeString, rawBody: BODY, nowMs: NOW_MS }).valid).toBe(true);
	});

	test('refuses timestamps more than five minutes old, accepts exactly five minutes', () => {
		const old = NOW_S - TIMESTAMP_TOLERANCE_SECONDS - 1;
		expect(verifySignature({ secret: SECRET, headers: headersFor({}, old), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'timestampTooOld' });
		const edge = NOW_S - TIMESTAMP_TOLERANCE_SECONDS;
		expect(verifySignature({ secret: SECRET, headers: headersFor({}, edge), rawBody: BODY, nowMs: NOW_MS }).valid).toBe(true);
		expect(TIMESTAMP_TOLERANCE_SECONDS).toBe(300);
	});

	test('refuses timestamps more than five minutes in the future, accepts exactly five minutes', () => {
		const future = NOW_S + TIMESTAMP_TOLERANCE_SECONDS + 1;
		expect(verifySignature({ secret: SECRET, headers: headersFor({}, future), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'timestampTooNew' });
		const edge = NOW_S + TIMESTAMP_TOLERANCE_SECONDS;
		expect(verifySignature({ secret: SECRET, headers: headersFor({}, edge), rawBody: BODY, nowMs: NOW_MS }).valid).toBe(true);
	});

	test('checks every v1 entry: a header where only the second signature matches is accepted', () => {
		const good = sign(SECRET, ID, NOW_S, BODY);
		const wrong = sign('another-secret', ID, NOW_S, BODY);
		const headers = headersFor({ 'webhook-signature': `${wrong} ${good}` });
		expect(verifySignature({ secret: SECRET, headers, rawBody: BODY, nowMs: NOW_MS }).valid).toBe(true);
		const threeWithJunk = headersFor({ 'webhook-signature': `v1,${'A'.repeat(44)} garbage ${good}` });
		expect(verifySignature({ secret: SECRET, headers: threeWithJunk, rawBody: BODY, nowMs: NOW_MS }).valid).toBe(true);
	});

	test('ignores entries of other versions, even when their value would match', () => {
		const value = sign(SECRET, ID, NOW_S, BODY).slice(3);
		for (const entry of [`v2,${value}`, `v1a,${value}`, value, `V1,${value}`]) {
			expect(verifySignature({ secret: SECRET, headers: headersFor({ 'webhook-signature': entry }), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'signatureMismatch' });
		}
	});

	test('refuses signatures of the wrong length without throwing', () => {
		for (const entry of ['v1,', 'v1,abc', `v1,${sign(SECRET, ID, NOW_S, BODY).slice(3)}=`]) {
			expect(verifySignature({ secret: SECRET, headers: headersFor({ 'webhook-signature': entry }), rawBody: BODY, nowMs: NOW_MS }).valid).toBe(false);
		}
	});

	test.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])('fails closed when %s is missing', (name) => {
		const headers: Record<string, string | undefined> = headersFor();
		delete headers[name];
		expect(verifySignature({ secret: SECRET, headers, rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'missingHeaders' });
		expect(verifySignature({ secret: SECRET, headers: { ...headersFor(), [name]: '' }, rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'missingHeaders' });
	});

	test('fails closed without a secret', () => {
		for (const secret of [undefined, '']) {
			expect(verifySignature({ secret, headers: headersFor(), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'missingSecret' });
		}
	});

	test('fails closed without a body', () => {
		expect(verifySignature({ secret: SECRET, headers: headersFor(), rawBody: undefined, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'missingBody' });
	});

	test('refuses a non-numeric timestamp and a repeated id header', () => {
		expect(verifySignature({ secret: SECRET, headers: headersFor({ 'webhook-timestamp': `${NOW_S}.5` }), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'malformedHeaders' });
		expect(verifySignature({ secret: SECRET, headers: headersFor({ 'webhook-id': [ID, ID] }), rawBody: BODY, nowMs: NOW_MS })).toEqual({ valid: false, reason: 'malformedHeaders' });
	});

	test('a Buffer body and the same bytes as a string give the same verdict', () => {
		const buffer = Buffer.from(BODY, 'utf8');
		expect(verifySignature({ secret: SECRET, headers: headersFor(), rawBody: buffer, nowMs: NOW_MS })).toEqual(
			verifySignature({ secret: SECRET, headers: headersFor(), rawBody: BODY, nowMs: NOW_MS }),
		);
		expect(verifySignature({ secret: SECRET, headers: headersFor(), rawBody: buffer, nowMs: NOW_MS }).valid).toBe(true);
		const tamperedBuffer = Buffer.from(buffer);
		tamperedBuffer[10] ^= 1;
		expect(verifySignature({ secret: SECRET, headers: headersFor(), rawBody: tamperedBuffer, nowMs: NOW_MS }).valid).toBe(false);
	});

	test('verifies a Buffer body over its exact bytes, also when they are not valid UTF-8', () => {
		const bytes = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff, 0xfe, 0x7d]);
		const headers = headersFor({}, NOW_S, bytes);
		expect(verifySignature({ secret: SECRET, headers, rawBody: bytes, nowMs: NOW_MS }).valid).toBe(true);
		// Decoding to text replaces the invalid bytes, so the text no longer matches the signature.
		expect(verifySignature({ secret: SECRET, headers, rawBody: bytes.toString('utf8'), nowMs: NOW_MS }).valid).toBe(false);
	});
});
