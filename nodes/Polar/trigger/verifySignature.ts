import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks verification as Polar signs its deliveries: HMAC-SHA256 over
 * `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the endpoint secret's own UTF-8 bytes.
 *
 * Pure: everything it needs comes in as arguments (the clock too), so it can be tested without a
 * server and cannot be influenced by anything else.
 */

/** Deliveries older or newer than this are refused, as the Standard Webhooks reference does. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

/** Longest `webhook-id` accepted; ids are remembered for replay protection, so they stay small. */
export const MAX_WEBHOOK_ID_LENGTH = 256;

export type HeaderValue = string | string[] | undefined;

export interface SignedDelivery {
	/** the endpoint's signing secret, exactly as Polar shows it */
	secret: string | undefined;
	/** request headers with lower-case names, as Node.js delivers them */
	headers: Record<string, HeaderValue>;
	/** the request body exactly as received */
	rawBody: Buffer | string | undefined;
	/** the current time in milliseconds since the epoch */
	nowMs: number;
}

export type VerificationFailure =
	| 'missingSecret'
	| 'missingHeaders'
	| 'missingBody'
	| 'malformedHeaders'
	| 'timestampTooOld'
	| 'timestampTooNew'
	| 'signatureMismatch';

export type VerificationResult =
	| { valid: true; webhookId: string; timestamp: number }
	| { valid: false; reason: VerificationFailure };

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

/** The base64 `v1` signature of a delivery, computed over the body's bytes as they are. */
export function computeSignature(secret: string, webhookId: string, timestamp: string, rawBody: Buffer | string): string {
	const hmac = createHmac('sha256', Buffer.from(secret, 'utf8'));
	hmac.update(`${webhookId}.${timestamp}.`, 'utf8');
	hmac.update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody);
	return hmac.digest('base64');
}

/**
 * Decides whether a delivery was signed with `secret` within the last five minutes. Anything
 * missing or malformed is a refusal (fail closed).
 */
export function verifySignature(delivery: SignedDelivery): VerificationResult {
	const { secret, headers, rawBody, nowMs } = delivery;
	if (typeof secret !== 'string' || secret.length === 0) return { valid: false, reason: 'missingSecret' };

	const webhookId = singleHeader(headers['webhook-id']);
	const timestampText = singleHeader(headers['webhook-timestamp']);
	const signatureHeader = headers['webhook-signature'];
	if (!webhookId || !timestampText || !signatureHeader || signatureHeader.length === 0) {
		return { valid: false, reason: webhookId === null || timestampText === null ? 'malformedHeaders' : 'missingHeaders' };
	}
	if (rawBody === undefined || rawBody === null) return { valid: false, reason: 'missingBody' };
	if (webhookId.length > MAX_WEBHOOK_ID_LENGTH || !/^\d{1,12}$/.test(timestampText)) {
		return { valid: false, reason: 'malformedHeaders' };
	}

	const timestamp = Number(timestampText);
	const nowSeconds = Math.floor(nowMs / 1000);
	if (nowSeconds - timestamp > TIMESTAMP_TOLERANCE_SECONDS) return { valid: false, reason: 'timestampTooOld' };
	if (timestamp - nowSeconds > TIMESTAMP_TOLERANCE_SECONDS) return { valid: false, reason: 'timestampTooNew' };

	const expected = Buffer.from(computeSignature(secret, webhookId, timestampText, rawBody), 'utf8');
	let matched = false;
	for (const candidate of v1Signatures(signatureHeader)) {
		const given = Buffer.from(candidate, 'utf8');
		// Every entry is compared, even after a match, so timing says nothing about which one matched.
		if (given.length === expected.length && timingSafeEqual(given, expected)) matched = true;
	}
	return matched ? { valid: true, webhookId, timestamp } : { valid: false, reason: 'signatureMismatch' };
}
