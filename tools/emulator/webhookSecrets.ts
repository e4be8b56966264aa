import type { Random } from './random';

/**
 * Polar's two webhook signing schemes (polar-quirks.md, Webhooks). Which one an endpoint uses is
 * fixed when its secret is generated, and the endpoint says so in `uses_standard_webhook_signature`:
 * - standard (secrets generated since 2026-09-08): `whsec_` + base64 of 32 random bytes; the HMAC
 *   key is the base64-decoded part after `whsec_`, as Standard Webhooks specifies;
 * - legacy (older secrets): `whsec_` + 43 letters and digits; the HMAC key is the UTF-8 bytes of the
 *   whole secret string.
 */
export interface WebhookSecret {
	secret: string;
	uses_standard_webhook_signature: boolean;
}

const PREFIX = 'whsec_';
const LEGACY_RANDOM_CHARS = 43;
const STANDARD_KEY_BYTES = 32;

export function generateWebhookSecret(random: Random, legacy: boolean): WebhookSecret {
	if (legacy) return { secret: `${PREFIX}${random.token(LEGACY_RANDOM_CHARS)}`, uses_standard_webhook_signature: false };
	const key = Buffer.alloc(STANDARD_KEY_BYTES);
	for (let i = 0; i < key.length; i++) key[i] = random.int(256);
	return { secret: `${PREFIX}${key.toString('base64')}`, uses_standard_webhook_signature: true };
}

/** The HMAC key Polar signs an endpoint's deliveries with. */
export function signingKey(secret: string, standard: boolean): Buffer {
	return standard ? Buffer.from(secret.slice(PREFIX.length), 'base64') : Buffer.from(secret, 'utf8');
}
