import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Webhook secrets and signatures made as Polar's server makes them, with the Standard Webhooks
 * reference library rather than the code under test.
 */

/** standard: HMAC keyed with the base64-decoded part after `whsec_`; legacy: with the secret's UTF-8 bytes */
export type PolarSigningScheme = 'standard' | 'legacy';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A secret as Polar generates it: since 2026-09-08 `whsec_` + base64 of 32 random bytes (standard);
 * before, `whsec_` + 43 letters and digits (legacy). server/polar/webhook/service.py, kit/crypto.py.
 */
export function polarWebhookSecret(standard: boolean): string {
	if (standard) return `whsec_${randomBytes(32).toString('base64')}`;
	return `whsec_${[...randomBytes(43)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('')}`;
}

/**
 * Polar's signer for an endpoint (server/polar/webhook/tasks.py): `new Webhook(secret)` for a
 * standard secret, `new Webhook(base64(utf8(secret)))` for a legacy one.
 */
export function polarSigner(secret: string, scheme: PolarSigningScheme): Webhook {
	return scheme === 'standard' ? new Webhook(secret) : new Webhook(Buffer.from(secret, 'utf8').toString('base64'));
}

/** One `v1,<base64>` entry over `id.timestamp.body`. */
export function polarSignature(secret: string, scheme: PolarSigningScheme, id: string, timestampSeconds: number, body: string): string {
	return polarSigner(secret, scheme).sign(id, new Date(timestampSeconds * 1000), body);
}

export function nowSeconds(): number {
	return Math.floor(Date.now() / 1000);
}

/** The three Standard Webhooks headers of a delivery of `body`, signed now unless told otherwise. */
export function polarSignedHeaders(
	secret: string,
	scheme: PolarSigningScheme,
	body: string,
	options: { id?: string; timestamp?: number } = {},
): Record<string, string> {
	const id = options.id ?? `msg_${randomUUID()}`;
	const timestamp = options.timestamp ?? nowSeconds();
	return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': polarSignature(secret, scheme, id, timestamp, body) };
}
