import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * The endpoint's signing secret as the trigger keeps it in the workflow's static data: sealed with
 * AES-256-GCM under a key derived (HKDF-SHA256) from the credential's own secret, which n8n stores
 * encrypted and shows to no one. Whoever can read the workflow (its JSON through n8n's API, an
 * export) sees only the sealed form, which forges nothing without the credential.
 *
 * The sealed form is bound to the endpoint id (GCM's additional data), so it cannot be moved to
 * another endpoint's state. Pure: no n8n context, so it is tested on its own.
 */

const FORMAT = 'v1';
const KEY_INFO = 'n8n-nodes-polar: webhook signing secret at rest, v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * What the key is derived from: the token of an access-token credential, the client secret of an
 * OAuth2 one (its access token changes at every refresh, the client secret does not).
 */
export function keyMaterialOf(credentials: ICredentialDataDecryptedObject): string | undefined {
	for (const field of ['accessToken', 'clientSecret', 'clientId']) {
		const value = credentials[field];
		if (typeof value === 'string' && value.trim().length > 0) return value;
	}
	return undefined;
}

function keyFor(material: string, salt: Buffer): Buffer {
	return Buffer.from(hkdfSync('sha256', Buffer.from(material, 'utf8'), salt, KEY_INFO, 32));
}

/** `v1.<salt>.<iv>.<ciphertext>.<tag>`, base64url parts; a fresh salt and IV every time. */
export function sealSecret(secret: string, material: string, endpointId: string): string {
	const salt = randomBytes(16);
	const iv = randomBytes(IV_BYTES);
	const cipher = createCipheriv('aes-256-gcm', keyFor(material, salt), iv, { authTagLength: TAG_BYTES });
	cipher.setAAD(Buffer.from(endpointId, 'utf8'));
	const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
	return [FORMAT, salt, iv, sealed, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The secret, or undefined when `sealed` was not made with this material for this endpoint (or is damaged). */
export function openSecret(sealed: string, material: string, endpointId: string): string | undefined {
	const parts = sealed.split('.');
	if (parts.length !== 5 || parts[0] !== FORMAT) return undefined;
	const [salt, iv, data, tag] = parts.slice(1).map((part) => Buffer.from(part, 'base64url'));
	if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES || salt.length === 0) return undefined;
	try {
		const decipher = createDecipheriv('aes-256-gcm', keyFor(material, salt), iv, { authTagLength: TAG_BYTES });
		decipher.setAAD(Buffer.from(endpointId, 'utf8'));
		decipher.setAuthTag(tag);
		return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
	} catch {
		return undefined;
	}
}
