import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { redact } from '../transport/errors';
import { headerOf } from '../transport/headers';
import { credentialTypeOf } from '../transport/request';
import { REGISTRATION } from './description';
import { registrationOf, selectedEvents } from './lifecycle';
import { pastedSecret } from './pastedSecret';
import { replayGuards, replayScope } from './replayGuard';
import { deliveryEnvelopeSchema } from './schemas';
import { keyMaterialOf } from './secretAtRest';
import { endpointState, storedSecret } from './state';
import type { HeaderValue, SigningScheme } from './verifySignature';
import { verifySignature } from './verifySignature';

/**
 * One delivery from Polar: verify, drop replays and unselected events, emit the event.
 *
 * Every refusal is answered here and reported to n8n as `noWebhookResponse`, so nothing starts;
 * nothing in this path throws, because a throw from webhook() would make n8n start a failed run.
 */

/** Headers never copied to the output: they can carry credentials of the sender or a proxy. */
const PRIVATE_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|x-auth-token)$|token|secret|password|api[-_]?key/i;

/** The acknowledgement Polar gets for an accepted delivery (it only looks at the status). */
function accepted(extra: IDataObject = {}): IDataObject {
	return { received: true, ...extra };
}

function reply(ctx: IWebhookFunctions, statusCode: number, message: string): IWebhookResponseData {
	const res = ctx.getResponseObject();
	// Plain Node.js calls: they work on n8n's Express response and on a bare http.ServerResponse.
	res.writeHead(statusCode, { 'Content-Type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify({ error: message }));
	return { noWebhookResponse: true };
}

function publicHeaders(headers: Record<string, HeaderValue>, secrets: string[]): IDataObject {
	const out: IDataObject = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined || PRIVATE_HEADERS.test(name)) continue;
		out[name] = Array.isArray(value) ? value.map((v) => redact(v, secrets)) : redact(String(value), secrets);
	}
	return out;
}

/** The payload version Polar announces (`webhook-api-version`, e.g. "2026-10"); not covered by the signature. */
function apiVersionOf(headers: Record<string, HeaderValue>): string | null {
	const value = headerOf(headers, 'webhook-api-version');
	return value !== undefined && /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? value : null;
}

/** The registered endpoint's secret, unsealed with the credential it was sealed with. */
async function registeredSecret(ctx: IWebhookFunctions): Promise<string | undefined> {
	const state = endpointState(ctx);
	if (typeof state.sealedSecret !== 'string') return storedSecret(state, undefined);
	let material: string | undefined;
	try {
		material = keyMaterialOf(await ctx.getCredentials(credentialTypeOf(ctx.getNodeParameter('authentication', 'accessToken'))));
	} catch {
		material = undefined;
	}
	const secret = storedSecret(state, material);
	if (!secret) {
		ctx.logger.warn(
			"Polar Trigger cannot read its endpoint's signing secret: it was sealed with the credential's token or client secret, which has changed since. Deactivate and activate the workflow to store it again.",
			{ node: ctx.getNode().name, workflowId: ctx.getWorkflow().id },
		);
	}
	return secret;
}

/** The secret deliveries are checked against, and which of its keys Polar signs with. */
async function signingSecret(ctx: IWebhookFunctions): Promise<{ secret: string | undefined; scheme: SigningScheme }> {
	// A pasted secret does not say how Polar signs with it: accept either key, as Polar's SDK does.
	if (registrationOf(ctx) === REGISTRATION.manual) return { secret: await pastedSecret(ctx), scheme: 'either' };
	const state = endpointState(ctx);
	const secret = await registeredSecret(ctx);
	// Static data written before the scheme was kept has none: accept either key until the next
	// activation's checkExists stores the endpoint's own. That is safe because both keys derive
	// from the secret alone, so no one without it can sign; it is what a pasted secret gets too.
	if (state.usesStandardSignature === true) return { secret, scheme: 'standard' };
	if (state.usesStandardSignature === false) return { secret, scheme: 'legacy' };
	return { secret, scheme: 'either' };
}

export async function receiveDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const req = this.getRequestObject();
	// n8n reads the body before calling webhook(); read it here only if that ever changes.
	if (req.rawBody === undefined && typeof req.readRawBody === 'function') {
		try {
			await req.readRawBody();
		} catch {
			return reply(this, 400, 'The request body could not be read');
		}
	}
	const headers = req.headers as Record<string, HeaderValue>;
	const { secret, scheme } = await signingSecret(this);

	const verdict = verifySignature({ secret, scheme, headers, rawBody: req.rawBody, nowMs: Date.now() });
	if (!verdict.valid) {
		this.logger.warn(`Polar Trigger refused a delivery: ${verdict.reason}`, { node: this.getNode().name, workflowId: this.getWorkflow().id, scheme });
		return reply(this, 403, 'Webhook signature verification failed');
	}

	// The event is read from the verified bytes, not from n8n's parsed copy of them.
	let envelope;
	try {
		envelope = deliveryEnvelopeSchema.safeParse(JSON.parse(req.rawBody.toString('utf8')));
	} catch {
		envelope = undefined;
	}
	if (!envelope?.success) {
		this.logger.warn('Polar Trigger received a signed delivery that is not a raw-format event', { node: this.getNode().name });
		return reply(this, 400, 'Expected a Polar event in format "raw" ({ type, timestamp, data })');
	}
	const event = envelope.data;

	const guard = replayGuards.for(replayScope(this.getWorkflow().id, this.getNode().id, this.getMode()));
	if (!guard.claim(verdict.webhookId)) {
		// Polar sent this delivery before (a retry); acknowledge it so Polar stops, start nothing.
		return { webhookResponse: accepted({ duplicate: true }) };
	}

	if (!selectedEvents(this).includes(event.type)) return { webhookResponse: accepted() };

	const options = this.getNodeParameter('options', {}) as { includeHeaders?: boolean };
	const item: IDataObject = {
		webhookId: verdict.webhookId,
		type: event.type,
		timestamp: event.timestamp,
		apiVersion: apiVersionOf(headers),
		data: event.data as IDataObject,
	};
	if (options.includeHeaders) item.headers = publicHeaders(headers, secret ? [secret] : []);

	return {
		workflowData: [this.helpers.returnJsonArray([item])],
		webhookResponse: accepted(),
	};
}
