import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { SUPPORTED_API_VERSIONS } from '../apiVersions';
import { headerOf } from './headers';
import { LocalFailure, PolarHttpError } from './failures';
import { credentialMessage, validationProblems } from './replyMessages';
import { RetriesExhaustedError } from './retry';

/** Replaces every secret (token, session token, webhook secret) in a text with a fixed marker. */
export function redact(text: string, secrets: string[]): string {
	let out = text;
	for (const s of secrets) if (s) out = out.split(s).join('[redacted]');
	// Bearer tokens of any kind, in case one came back inside a body.
	return out.replace(/Bearer\s+[A-Za-z0-9._~+/=-]{8,}/g, 'Bearer [redacted]').replace(/polar_(oat|pat|cst|mst|whs)_[A-Za-z0-9]+/g, '[redacted]');
}

/**
 * Polar's account of a failed reply: `detail` (a string, or a 422's problems, each named by the
 * editor field of `operationId` and said in our words: replyMessages.ts), `error`, or nothing.
 */
export function polarMessage(body: unknown, operationId = ''): { message?: string; details: string[] } {
	if (!body || typeof body !== 'object') return { message: typeof body === 'string' && body ? body.slice(0, 500) : undefined, details: [] };
	const b = body as { detail?: unknown; error?: unknown; message?: unknown; error_description?: unknown };
	if (Array.isArray(b.detail)) return { message: undefined, details: validationProblems(b.detail, operationId) };
	const text = [b.detail, b.error_description, b.message, b.error].find((x) => typeof x === 'string' && x) as string | undefined;
	return { message: text, details: [] };
}

/**
 * Polar's version middleware refuses an unknown or retired Polar-Version with a 404 before any
 * route runs, so that 404 lacks the Polar-Version header every routed reply carries
 * (server/polar/kit/versioning.py). Answers what to tell the user then, or undefined.
 */
export function retiredVersionMessage(failure: PolarHttpError): { message: string; description: string } | undefined {
	if (failure.statusCode !== 404 || headerOf(failure.headers, 'polar-version') !== undefined) return undefined;
	const asked = failure.apiVersion;
	const newer = SUPPORTED_API_VERSIONS.filter((v) => asked !== undefined && v > asked);
	const pick = newer.length
		? `Pick a newer API version (${newer.join(', ')}) in the Polar credential, then test the workflow.`
		: 'Pick a newer API version in the Polar credential; if it offers none, update n8n-nodes-polar to a release that supports one.';
	return {
		message: `Polar no longer serves ${asked ? `API version ${asked}` : 'the API version chosen in the credential'}`,
		description: `${pick} (A 404 without Polar's version header can also mean the credential's base URL is not the Polar API.)`,
	};
}

const STATUS_TEXT: Record<number, string> = {
	400: 'Polar rejected the request',
	401: 'Polar did not accept the credential',
	403: 'The credential is not allowed to do this',
	404: 'Not found on Polar',
	409: 'Conflict with the current state on Polar',
	422: 'Polar rejected the input',
	429: 'Polar rate limit reached',
};

export interface ErrorContext {
	operationId: string;
	scopes: string[];
	secrets: string[];
	itemIndex?: number;
}

/** What an error item carries (besides `error`) when a write may have been applied. */
export const MAY_HAVE_BEEN_APPLIED = 'mayHaveBeenApplied';

/**
 * A lost reply in words. The Node code goes in the description: n8n replaces a message that
 * contains a common code (ECONNRESET…) with its own generic text, which would drop "may have applied".
 */
function lostReplyInWords(code: string | undefined): string {
	if (code === 'ECONNRESET' || code === 'EPIPE') return 'the connection was closed before the reply came';
	if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return 'no reply within the request timeout';
	if (code === 'ERR_BAD_RESPONSE') return 'the reply was cut off';
	if (code?.startsWith('HPE_')) return 'the reply could not be read';
	return 'no reply came back';
}

/** Turns a failed exchange into the NodeApiError the user sees: Polar's message, no secret. */
export function toNodeApiError(node: INode, failure: PolarHttpError, ctx: ErrorContext): NodeApiError {
	const { message, details } = polarMessage(failure.body, ctx.operationId);
	let headline: string;
	let description: string | undefined;
	if (failure.statusCode === 0) {
		headline = `Could not reach Polar (${failure.code})`;
		description = 'Check the base URL of the credential and the network.';
	} else {
		headline = `${STATUS_TEXT[failure.statusCode] ?? `Polar answered HTTP ${failure.statusCode}`}${message ? `: ${message}` : ''}`;
		if (details.length) {
			headline = `${STATUS_TEXT[422]}: ${details.join('; ')}`;
			description = details.join('\n');
		}
		const retired = retiredVersionMessage(failure);
		if (retired) ({ message: headline, description } = retired);
		const refused = credentialMessage(failure.statusCode, failure.body, failure.headers, ctx.scopes);
		if (refused) ({ message: headline, description } = refused);
		else if (failure.statusCode === 403 && ctx.scopes.length) {
			description = `${ctx.operationId} needs a token with one of these scopes: ${ctx.scopes.join(', ')}. If the token has one, Polar refused it for another reason: check that it belongs to the right organization.`;
		}
	}
	const exhausted = failure instanceof RetriesExhaustedError ? failure : undefined;
	if (exhausted?.mayHaveBeenApplied) {
		const lost = failure.statusCode ? `Polar answered HTTP ${failure.statusCode}${message ? ` (${message})` : ''}` : lostReplyInWords(failure.code);
		headline = `Polar may have applied this request: ${lost}`;
		description = `${failure.statusCode ? '' : `No usable reply (${failure.code}). `}${
			exhausted.attempts > 1 ? `It was sent ${exhausted.attempts} times and any of them may have taken effect.` : 'Polar has no idempotency key, so the node did not send it again.'
		} Check on Polar whether it happened (e.g. list or search for what ${ctx.operationId || 'the operation'} creates) before running again, or it may happen twice.`;
	}
	if (exhausted && (exhausted.attempts > 1 || exhausted.stoppedEarly)) {
		const gaveUp = `Gave up after ${exhausted.attempts} ${exhausted.attempts > 1 ? 'attempts' : 'attempt'}: ${exhausted.summary}${exhausted.stoppedEarly ? `. ${exhausted.stoppedEarly}` : ''}`;
		description = `${description ? `${description}\n` : ''}${gaveUp}`.trim();
	}
	const safe = (s: string | undefined) => (s === undefined ? undefined : redact(s, ctx.secrets));
	const body = failure.body && typeof failure.body === 'object' ? JSON.parse(safe(JSON.stringify(failure.body))!) : { body: safe(String(failure.body ?? '')) };
	const error = new NodeApiError(node, body as JsonObject, {
		message: safe(headline),
		description: safe(description),
		httpCode: failure.statusCode ? String(failure.statusCode) : undefined,
		itemIndex: ctx.itemIndex,
	});
	if (exhausted?.mayHaveBeenApplied) error.context[MAY_HAVE_BEEN_APPLIED] = true;
	return error;
}

/**
 * Any failure as the error n8n shows: a failed exchange becomes a NodeApiError with Polar's
 * message, an n8n error stays as it is, anything else (a LocalFailure included: n8n's own, neither
 * Polar's answer nor the network's) becomes a NodeOperationError with its own message; no secret
 * survives in the message.
 */
export function toNodeError(node: INode, error: unknown, ctx: ErrorContext): NodeApiError | NodeOperationError {
	if (error instanceof PolarHttpError) return toNodeApiError(node, error, ctx);
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	const message = redact(error instanceof Error ? error.message : String(error), ctx.secrets);
	const description = error instanceof LocalFailure ? 'n8n raised this while making the request to Polar; it is not an answer from Polar nor a network failure, so it was not retried.' : undefined;
	return new NodeOperationError(node, message, { itemIndex: ctx.itemIndex, description });
}
