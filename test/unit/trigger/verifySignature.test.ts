import { createHmac } from 'node:crypto';
import type { SigningScheme } from '../../../nodes/Polar/trigger/verifySignature';
import { signingKeys, TIMESTAMP_TOLERANCE_SECONDS, verifySignature } from '../../../nodes/Polar/trigger/verifySignature';

/** Signs per the Standard Webhooks spec with an explicit HMAC key, independently of the code under test. */
function sign(key: Buffer, id: string, timestamp: number | string, body: string | Buffer): string {
	const bodyBytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
	const content = Buffer.concat([Buffer.from(`${id}.${timestamp}.`, 'utf8'), bodyBytes]);
	return `v1,${createHmac('sha256', key).update(content).digest('base64')}`;
}

/** A standard secret (whsec_ + base64 of 32 bytes) and its key; a legacy secret and its key. */
const STANDARD_KEY = Buffer.from('8f1d7c2e9a4b6d3f0e5c1a7b9d2f4e6a8c0b3d5f7e9a1c3e5b7d9f1a3c5e7b9d', 'hex');
const STANDARD_SECRET = `whsec_${STANDARD_KEY.toString('base64')}`;
const LEGACY_SECRET = 'whsec_Xq2v9Lk3TtR8mN0pQa7sW1eZyB4cD6fGhJ2kL4m';
const LEGACY_KEY = Buffer.from(LEGACY_SECRET, 'utf8');

const NOW_MS = 1_790_000_000_123;
const NOW_S = Math.floor(NOW_MS / 1000);
const ID = 'msg_2nRk7LCRqb5yT0Eo0f3Ue9vDm1a';
const BODY = '{"type":"order.paid","timestamp":"2026-10-01T12:00:00Z","data":{"id":"o1","amount":1999,"note":"Grüße ✓"}}';

function headersFor(overrides: Record<string, string | string[] | undefined> = {}, timestamp = NOW_S, body: string | Buffer = BODY, key: Buffer = STANDARD_KEY) {
	return {
		'webhook-id': ID,
		'webhook-timestamp': String(timestamp),
		'webhook-signature': sign(key, ID, timestamp, body),
		...overrides,
	};
}

function verify(headers: Record<string, string | string[] | undefined>, options: { secret?: string | undefined; scheme?: SigningScheme; rawBody?: string | Buffer | undefined; nowMs?: number } = {}) {
	return verifySignature({
		secret: 'secret' in options ? options.secret : STANDARD_SECRET,
		scheme: options.scheme ?? 'standard',
		headers,
		rawBody: 'rawBody' in options ? options.rawBody : BODY,
		nowMs: options.nowMs ?? NOW_MS,
	});
}

describe('verifySignature: keys', () => {
	test('a standard endpoint: keyed with the base64-decoded part after whsec_', () => {
		expect(verify(headersFor())).toEqual({ valid: true, webhookId: ID, timestamp: NOW_S, key: 'standard' });
	});

	test('a legacy endpoint: keyed with the UTF-8 bytes of the whole secret', () => {
		const headers = headersFor({}, NOW_S, BODY, LEGACY_KEY);
		expect(verify(headers, { secret: LEGACY_SECRET, scheme: 'legacy' })).toEqual({ valid: true, webhookId: ID, timestamp: NOW_S, key: 'legacy' });
	});

	test('a pinned scheme refuses the other scheme\'s key of the same secret', () => {
		const withUtf8Key = headersFor({}, NOW_S, BODY, Buffer.from(STANDARD_SECRET, 'utf8'));
		expect(verify(withUtf8Key, { scheme: 'standard' })).toEqual({ valid: false, reason: 'signatureMismatch' });
		const legacyDecoded = signingKeys(LEGACY_SECRET, 'standard')[0].key;
		const withDecodedKey = headersFor({}, NOW_S, BODY, legacyDecoded);
		expect(verify(withDecodedKey, { secret: LEGACY_SECRET, scheme: 'legacy' })).toEqual({ valid: false, reason: 'signatureMismatch' });
	});

	test('"either" accepts both keys of a secret and says which one matched', () => {
		expect(verify(headersFor(), { scheme: 'either' })).toMatchObject({ valid: true, key: 'standard' });
		expect(verify(headersFor({}, NOW_S, BODY, Buffer.from(STANDARD_SECRET, 'utf8')), { scheme: 'either' })).toMatchObject({ valid: true, key: 'legacy' });
		expect(verify(headersFor({}, NOW_S, BODY, LEGACY_KEY), { secret: LEGACY_SECRET, scheme: 'either' })).toMatchObject({ valid: true, key: 'legacy' });
	});

	test('no scheme accepts a key that is neither: the part after whsec_ as text, or another secret', () => {
		const afterPrefixAsText = headersFor({}, NOW_S, BODY, Buffer.from(STANDARD_SECRET.slice('whsec_'.length), 'utf8'));
		const other = headersFor({}, NOW_S, BODY, Buffer.alloc(32, 7));
		for (const scheme of ['standard', 'legacy', 'either'] as const) {
			expect(verify(afterPrefixAsText, { scheme }).valid).toBe(false);
			expect(verify(other, { scheme }).valid).toBe(false);
		}
	});

	test('the standard key follows Standard Webhooks: whsec_ is optional, padding may be left off', () => {
		expect(signingKeys(STANDARD_SECRET.slice('whsec_'.length), 'standard')[0].key.equals(STANDARD_KEY)).toBe(true);
		expect(signingKeys(STANDARD_SECRET.replace(/=+$/, ''), 'standard')[0].key.equals(STANDARD_KEY)).toBe(true);
	});

	test('a secret that is not base64 has no standard key: refused when the endpoint is standard, legacy key only under "either"', () => {
		const notBase64 = 'whsec_not*base64!';
		expect(signingKeys(notBase64, 'standard')).toEqual([]);
		expect(signingKeys(notBase64, 'either').map((k) => k.kind)).toEqual(['legacy']);
		const headers = headersFor({}, NOW_S, BODY, Buffer.from(notBase64, 'utf8'));
		expect(verify(headers, { secret: notBase64, scheme: 'standard' })).toEqual({ valid: false, reason: 'unusableSecret' });
		expect(verify(headers, { secret: notBase64, scheme: 'either' })).toMatchObject({ valid: true, key: 'legacy' });
	});
});

describe('verifySignature: what is signed', () => {
	test('refuses a tampered body', () => {
		expect(verify(headersFor(), { rawBody: BODY.replace('1999', '1') })).toEqual({ valid: false, reason: 'signatureMismatch' });
	});

	test('refuses re-serialised JSON: whitespace is part of what was signed', () => {
		expect(verify(headersFor(), { rawBody: JSON.stringify(JSON.parse(BODY), null, 1) }).valid).toBe(false);
	});

	test('refuses a tampered id or timestamp header', () => {
		expect(verify(headersFor({ 'webhook-id': `${ID}x` }))).toEqual({ valid: false, reason: 'signatureMismatch' });
		expect(verify(headersFor({ 'webhook-timestamp': String(NOW_S + 1) }))).toEqual({ valid: false, reason: 'signatureMismatch' });
	});

	test('a Buffer body and the same bytes as a string give the same verdict', () => {
		const buffer = Buffer.from(BODY, 'utf8');
		expect(verify(headersFor(), { rawBody: buffer })).toEqual(verify(headersFor(), { rawBody: BODY }));
		expect(verify(headersFor(), { rawBody: buffer }).valid).toBe(true);
		const tamperedBuffer = Buffer.from(buffer);
		tamperedBuffer[10] ^= 1;
		expect(verify(headersFor(), { rawBody: tamperedBuffer }).valid).toBe(false);
	});

	test('verifies a Buffer body over its exact bytes, also when they are not valid UTF-8', () => {
		const bytes = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff, 0xfe, 0x7d]);
		const headers = headersFor({}, NOW_S, bytes);
		expect(verify(headers, { rawBody: bytes }).valid).toBe(true);
		// Decoding to text replaces the invalid bytes, so the text no longer matches the signature.
		expect(verify(headers, { rawBody: bytes.toString('utf8') }).valid).toBe(false);
	});
});

describe('verifySignature: the five-minute window, to the millisecond', () => {
	const SIGNED_AT = 1_790_000_000;
	test.each([
		['exactly 300 s old', true, SIGNED_AT * 1000 + 300_000],
		['300.001 s old', false, SIGNED_AT * 1000 + 300_001],
		['exactly 300 s ahead', true, SIGNED_AT * 1000 - 300_000],
		['300.001 s ahead', false, SIGNED_AT * 1000 - 300_001],
	])('a timestamp %s is accepted: %s', (_what, accepted, nowMs) => {
		expect(verify(headersFor({}, SIGNED_AT), { nowMs }).valid).toBe(accepted);
	});

	test('a timestamp of the current second minus 300 is refused once the clock is past that second', () => {
		// NOW_MS is 123 ms into its second, so NOW_S - 300 is 300.123 s old.
		expect(verify(headersFor({}, NOW_S - TIMESTAMP_TOLERANCE_SECONDS))).toEqual({ valid: false, reason: 'timestampTooOld' });
		expect(verify(headersFor({}, NOW_S - TIMESTAMP_TOLERANCE_SECONDS + 1)).valid).toBe(true);
		expect(verify(headersFor({}, NOW_S + TIMESTAMP_TOLERANCE_SECONDS)).valid).toBe(true);
		expect(verify(headersFor({}, NOW_S + TIMESTAMP_TOLERANCE_SECONDS + 1))).toEqual({ valid: false, reason: 'timestampTooNew' });
		expect(TIMESTAMP_TOLERANCE_SECONDS).toBe(300);
	});
});

describe('verifySignature: signature entries', () => {
	test('checks every v1 entry: a header where only the second signature matches is accepted', () => {
		const good = sign(STANDARD_KEY, ID, NOW_S, BODY);
		const wrong = sign(Buffer.from('another-secret'), ID, NOW_S, BODY);
		expect(verify(headersFor({ 'webhook-signature': `${wrong} ${good}` })).valid).toBe(true);
		expect(verify(headersFor({ 'webhook-signature': `v1,${'A'.repeat(44)} garbage ${good}` })).valid).toBe(true);
	});

	test('ignores entries of other versions, even when their value would match', () => {
		const value = sign(STANDARD_KEY, ID, NOW_S, BODY).slice(3);
		for (const entry of [`v2,${value}`, `v1a,${value}`, value, `V1,${value}`]) {
			expect(verify(headersFor({ 'webhook-signature': entry }))).toEqual({ valid: false, reason: 'signatureMismatch' });
		}
	});

	test('refuses signatures of the wrong length without throwing', () => {
		for (const entry of ['v1,', 'v1,abc', `v1,${sign(STANDARD_KEY, ID, NOW_S, BODY).slice(3)}=`]) {
			expect(verify(headersFor({ 'webhook-signature': entry })).valid).toBe(false);
		}
	});
});

describe('verifySignature: fails closed', () => {
	test.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])('when %s is missing or empty', (name) => {
		const headers: Record<string, string | undefined> = headersFor();
		delete headers[name];
		expect(verify(headers)).toEqual({ valid: false, reason: 'missingHeaders' });
		expect(verify({ ...headersFor(), [name]: '' })).toEqual({ valid: false, reason: 'missingHeaders' });
	});

	test('without a secret, in every scheme', () => {
		for (const secret of [undefined, '']) {
			for (const scheme of ['standard', 'legacy', 'either'] as const) {
				expect(verify(headersFor(), { secret, scheme })).toEqual({ valid: false, reason: 'missingSecret' });
			}
		}
	});

	test('without a body', () => {
		expect(verify(headersFor(), { rawBody: undefined })).toEqual({ valid: false, reason: 'missingBody' });
	});

	test('with a timestamp that is not a canonical whole number, or a repeated header', () => {
		for (const text of [`${NOW_S}.5`, `0${NOW_S}`, `+${NOW_S}`, ` ${NOW_S}`, '1.79e9', 'abc']) {
			const headers = { ...headersFor(), 'webhook-timestamp': text, 'webhook-signature': sign(STANDARD_KEY, ID, text, BODY) };
			expect(verify(headers)).toEqual({ valid: false, reason: 'malformedHeaders' });
		}
		expect(verify(headersFor({ 'webhook-id': [ID, ID] }))).toEqual({ valid: false, reason: 'malformedHeaders' });
		expect(verify(headersFor({ 'webhook-timestamp': [String(NOW_S), String(NOW_S)] }))).toEqual({ valid: false, reason: 'malformedHeaders' });
	});

	test('with a webhook-id longer than 256 characters', () => {
		const id = 'm'.repeat(257);
		const headers = { 'webhook-id': id, 'webhook-timestamp': String(NOW_S), 'webhook-signature': sign(STANDARD_KEY, id, NOW_S, BODY) };
		expect(verify(headers)).toEqual({ valid: false, reason: 'malformedHeaders' });
	});
});
