import type { ICredentialDataDecryptedObject, IWebhookFunctions, INodeCredentialTestResult } from 'n8n-workflow';
import { WEBHOOK_SECRET_CREDENTIAL } from './description';

/**
 * The secret of an endpoint made in Polar's dashboard (Existing Endpoint), read from its credential.
 * It signs nothing that is sent, so "testing" the credential checks its form only.
 */

/** Shorter than any secret Polar generates (`whsec_` and 43 or 44 more characters). */
const MIN_SECRET_LENGTH = 16;

export function checkPastedSecret(value: unknown): INodeCredentialTestResult {
	const secret = typeof value === 'string' ? value.trim() : '';
	if (!secret) return { status: 'Error', message: 'Webhook Secret is empty: paste the secret Polar shows for the endpoint (it starts with whsec_)' };
	if (/\s/.test(secret) || secret.length < MIN_SECRET_LENGTH) {
		return { status: 'Error', message: 'Webhook Secret does not look like a Polar signing secret: expected one word of at least 16 characters, such as whsec_…' };
	}
	return { status: 'OK', message: 'The secret has the form of a Polar signing secret; deliveries are checked against it' };
}

/** The pasted secret, or undefined when the node has no usable credential. */
export async function pastedSecret(ctx: IWebhookFunctions): Promise<string | undefined> {
	let credentials: ICredentialDataDecryptedObject;
	try {
		credentials = await ctx.getCredentials(WEBHOOK_SECRET_CREDENTIAL);
	} catch {
		return undefined;
	}
	const secret = typeof credentials.secret === 'string' ? credentials.secret.trim() : '';
	return secret || undefined;
}
