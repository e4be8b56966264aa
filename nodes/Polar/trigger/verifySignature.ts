import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks verification as Polar signs its deliveries: HMAC-SHA256 over
 * `<webhook-id>.<webhook-timestamp>.<raw body>`, sent as base64 in the `v1,` entries of
 * `webhook-signature`.
 *
 * Polar keys that HMAC in one of two ways, fixed when the endpoint's secret was generated (the
 * endpoint's `uses_standard_webhook_signature` says which):
 * - standard (secrets since 2026-09-08): the base64-decoded part after `whsec_`;
 * - legacy (older secrets): the UTF-8 bytes of the whole secret string.
 *
 * Pure: everything it needs comes in as arguments (the clock too), so it can be tested without a
 * server and cannot be influenced by anything else.
 */

/** Deliveries older or newer than this are refused, as Polar's SDK and Standard Webhooks do. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

/** Longest `webhook-id` accepted; ids are remembered for replay protection, so they stay small. */
export const MAX_WEBHOOK_ID_LENGTH = 256;

export type HeaderValue = string | string[] | undefined;

/** Which HMAC key a delivery was signed with. */
export type SigningKeyKind = 'standard' | 'legacy';

/**
 * Which keys to accept: the one the endpoint is known to use, or `either` when only the secret is
 * known (a pasted secret), as Polar's SDK does. Both keys derive from the secret alone, so `either`
 * admits no one who does not hold the secret; pinning just leaves nothing to chance.
 */
export type SigningScheme = SigningKeyKind | 'either';

export interface SignedDelivery {
	/** the endpoint's signing secret, exactly as Polar shows it */
	secret: string | undefined;
	scheme: SigningScheme;
	/** request headers with lower-case names, as Node.js delivers them */
	headers: Record<string, HeaderValue>;
	/** the request body exactly as received */
	rawBody: Buffer | string | undefined;
	/** the current time in milliseconds since the epoch */
	nowMs: number;
}

export type VerificationFailure =
	| 'missingSecret'
	| 'unusableSecret'
	| 'missingHeaders'
	| 'missingBody'
	| 'malformedHeaders'
	| 'timestampTooOld'
	| 'timestampTooNew'
	| 'signatureMismatch';

export type VerificationResult =
	| { valid: true; webhookId: string; timestamp: number; key: SigningKeyKind }
	| { valid: false; reason: VerificationFailure };

const STANDARD_SECRET_PREFIX = 'whsec_';

/** A canonical decimal Unix time: the signed text is then the same whichever way a signer formats it. */
const TIMESTAMP_PATTERN = /^(0|[1-9]\d{0,11})$/;

/**
 * Base64 decoded the way the WHATWG `atob` does (Polar's SDK uses it): padding optional, no other
 * characters. Whitespace, which `atob` would skip, is refused: no real secret has any.
 */
function decodeBase64(text: string): Buffer | undefined {
	const unpadded = text.length % 4 === 0 ? text.replace(/={1,2}$/, '') : text;
	if (unpadded.length % 4 === 1 || !/^[A-Za-z0-9+/]*$/.test(unpadded)) return undefined;
	return Buffer.from(unpadded, 'base64');
}

/** The HMAC keys `scheme` allows for `secret`; the same key is listed once. */
export function signingKeys(secret: string, scheme: SigningScheme): Array<{ kind: SigningKeyKind; key: Buffer }> {
	const keys: Array<{ kind: SigningKeyKind; key: Buffer }> = [];
	const legacy = Buffer.from(secret, 'utf8');
	if (scheme !== 'standard') keys.push({ kind: 'legacy', key: legacy });
	if (scheme !== 'legacy') {
		// As Standard Webhooks: the prefix is dropped when present, the rest is the key in base64.
		const encoded = secret.startsWith(STANDARD_SECRET_PREFIX) ? secret.slice(STANDARD_SECRET_PREFIX.length) : secret;
		const decoded = decodeBase64(encoded);
		if (decoded && decoded.length > 0 && !(scheme === 'either' && decoded.equals(legacy))) keys.push({ kind: 'standard', key: decoded });
	}
	return keys;
}

/** The value of a header that must occur once; a repeated header is treated as malformed. */
function singleHeader(value: HeaderValue): string | undefined | null {
	if (Array.isArray(value)) return value.length === 1 ? value[0] : null;
	return value;
}

/** The base64 signatures of the `v1` entries of a `webhook-signature` header. */
function v1Signatures(header: HeaderValue): string[] {
	const text = Array.isArray(header) ? header.join(' ') : (header ?? '');
	const signatures: string[] = [];
	for (const entry of text.split(' ')) {
		const comma = entry.indexOf(',');
		if (comma < 0) continue;
		if (entry.slice(0, comma) !== 'v1') continue;
		signatures.push(entry.slice(comma + 1));
	}
	return signatures;
}

/** The base64 `v1` signature of a delivery under HMAC key `key`, over the body's bytes as they are. */
export function computeSignature(key: Buffer, webhookId: string, timestamp: string, rawBody: Buffer | string): string {
	const hmac = createHmac('sha256', key);
	hmac.update(`${webhookId}.${timestamp}.`, 'utf8');
	hmac.update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody);
	return hmac.digest('base64');
}

/**
 * Decides whether a delivery was signed with a key of `secret` that `scheme` allows, within five
 * minutes of `nowMs`. Anything missing or malformed is a refusal (fail closed).
 */
export function verifySignature(delivery: SignedDelivery): VerificationResult {
	const { secret, scheme, headers, rawBody, nowMs } = delivery;
	if (typeof secret !== 'string' || secret.length === 0) return { valid: false, reason: 'missingSecret' };
	const keys = signingKeys(secret, scheme);
	if (keys.length === 0) return { valid: false, reason: 'unusableSecret' };

	const webhookId = singleHeader(headers['webhook-id']);
	const timestampText = singleHeader(headers['webhook-timestamp']);
	const signatureHeader = headers['webhook-signature'];
	if (!webhookId || !timestampText || !signatureHeader || signatureHeader.length === 0) {
		return { valid: false, reason: webhookId === null || timestampText === null ? 'malformedHeaders' : 'missingHeaders' };
	}
	if (rawBody === undefined || rawBody === null) return { valid: false, reason: 'missingBody' };
	if (webhookId.length > MAX_WEBHOOK_ID_LENGTH || !TIMESTAMP_PATTERN.test(timestampText)) {
		return { valid: false, reason: 'malformedHeaders' };
	}

	// Measured to the millisecond, as Polar's SDK does, so the edges fall where its edges fall.
	const timestamp = Number(timestampText);
	const toleranceMs = TIMESTAMP_TOLERANCE_SECONDS * 1000;
	if (timestamp * 1000 < nowMs - toleranceMs) return { valid: false, reason: 'timestampTooOld' };
	if (timestamp * 1000 > nowMs + toleranceMs) return { valid: false, reason: 'timestampTooNew' };

	const expected = keys.map(({ kind, key }) => ({ kind, signature: Buffer.from(computeSignature(key, webhookId, timestampText, rawBody), 'utf8') }));
	let matched: SigningKeyKind | undefined;
	for (const candidate of v1Signatures(signatureHeader)) {
		const given = Buffer.from(candidate, 'utf8');
		// Every entry is compared with every key, even after a match, so timing says nothing about which matched.
		for (const { kind, signature } of expected) {
			if (given.length === signature.length && timingSafeEqual(given, signature)) matched ??= kind;
		}
	}
	return matched ? { valid: true, webhookId, timestamp, key: matched } : { valid: false, reason: 'signatureMismatch' };
}
