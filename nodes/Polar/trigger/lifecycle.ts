import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { MAY_HAVE_BEEN_APPLIED } from '../transport/errors';
import type { Registration } from './description';
import { REGISTRATION } from './description';
import { EndpointApi } from './endpointApi';
import { isKnownEvent } from './events';
import { recoverMissedEvents } from './recovery';
import type { EndpointState } from './state';
import { clearState, endpointState, keepEndpoint, storedSecret } from './state';
import type { TokenScope } from '../transport/tokens';
import type { WebhookUrlProblem } from './webhookUrl';
import { webhookUrlProblem } from './webhookUrl';

/**
 * The webhook endpoint's life on Polar, run by n8n when the workflow is activated (checkExists,
 * then create when it answers false) and deactivated (delete). What Polar answered is kept in the
 * node's static data (state.ts); these are the only places that write it, because writes made
 * while a delivery starts an execution are not saved. Activation with an endpoint Polar already
 * holds also recovers the events it missed (recovery.ts).
 */

export type { EndpointState } from './state';

export function registrationOf(ctx: { getNodeParameter: IHookFunctions['getNodeParameter'] }): Registration {
	return ctx.getNodeParameter('registration', REGISTRATION.automatic) === REGISTRATION.manual ? REGISTRATION.manual : REGISTRATION.automatic;
}

/** The selected events, each once, in a stable order (so comparisons ignore ordering). */
export function selectedEvents(ctx: { getNodeParameter: IHookFunctions['getNodeParameter'] }): string[] {
	const raw = ctx.getNodeParameter('events', []) as unknown;
	const list = Array.isArray(raw) ? raw.map(String) : [];
	return [...new Set(list)].sort();
}

function sameEvents(a: string[], b: string[]): boolean {
	const left = [...new Set(a)].sort();
	const right = [...new Set(b)].sort();
	return left.length === right.length && left.every((event, i) => event === right[i]);
}

function webhookUrl(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n did not provide a webhook URL for this node');
	return url;
}

const URL_PROBLEMS: Record<WebhookUrlProblem, string> = {
	notHttps: 'it does not use https',
	notAUrl: 'it is not a valid URL',
	privateAddress: 'it points at localhost or a private network address',
};

/**
 * Refuses, before calling Polar, a webhook URL Polar would refuse with a bare 422, and says what to
 * do. A custom base URL is a proxy or the local emulator, which decides for itself.
 */
function refuseUndeliverableUrl(ctx: IHookFunctions, api: EndpointApi, url: string): void {
	if (api.credential.environment === 'custom') return;
	const problem = webhookUrlProblem(url);
	if (!problem) return;
	throw new NodeOperationError(ctx.getNode(), `Polar cannot send webhooks to this workflow's URL ${url}: ${URL_PROBLEMS[problem]}`, {
		description:
			"Polar only delivers to public https URLs. Set n8n's WEBHOOK_URL environment variable to the public https address this n8n is reached at (for example behind a reverse proxy with TLS), or reach it through a tunnel and set WEBHOOK_URL to the tunnel's https address. Without a public URL, read what happened with the Polar node's Event → Get Many instead.",
	});
}

/** Deletes an endpoint this node created; one already gone is fine. */
async function deleteEndpoint(api: EndpointApi, state: EndpointState): Promise<void> {
	if (state.endpointId) await api.call('webhook:delete', state.endpointId, undefined, true, secretsOfState(api, state));
}

/** The stored secret, for redaction from errors. */
function secretsOfState(api: EndpointApi, state: EndpointState): string[] {
	const secret = storedSecret(state, api.keyMaterial);
	return secret ? [secret] : [];
}

export async function checkExists(this: IHookFunctions): Promise<boolean> {
	if (registrationOf(this) === REGISTRATION.manual) return true;
	const state = endpointState(this);
	if (!state.endpointId) return false;

	const api = await EndpointApi.open(this);
	const secrets = secretsOfState(api, state);
	const found = await api.call('webhook:get', state.endpointId, undefined, true, secrets);
	if (!found) {
		clearState(state);
		return false;
	}
	const endpoint = api.endpointOf(found, 'reading the webhook endpoint');

	if (endpoint.url !== webhookUrl(this)) {
		// Registered for another URL. While testing, the stored endpoint is the production one
		// (the test run starts from the saved static data): leave it alone and make a test endpoint.
		// Otherwise n8n's address changed and the old endpoint can only fail: remove it.
		if (this.getActivationMode() !== 'manual') await deleteEndpoint(api, state);
		clearState(state);
		return false;
	}

	if (!sameEvents(endpoint.events, selectedEvents(this))) {
		// Changed on Polar's side (or the selection changed while the registration was kept).
		await deleteEndpoint(api, state);
		clearState(state);
		return false;
	}

	// Fixed in place rather than recreated, so the endpoint keeps its id, secret and pending events:
	// Polar switches an endpoint off after repeated failed deliveries, and its payload version must be
	// the credential's API Version (which the user may have changed, as may an edit on Polar's side).
	const fixes: IDataObject = {};
	if (!endpoint.enabled) fixes.enabled = true;
	if (endpoint.api_version !== api.connection.apiVersion) fixes.api_version = api.connection.apiVersion;
	let current = endpoint;
	if (Object.keys(fixes).length > 0) {
		const updated = await api.call('webhook:update', endpoint.id, fixes, true, [...secrets, endpoint.secret]);
		if (!updated) {
			clearState(state);
			return false;
		}
		current = api.endpointOf(updated, 'updating the webhook endpoint');
		if (!current.enabled) {
			await deleteEndpoint(api, state);
			clearState(state);
			return false;
		}
	}

	// The secret, and with it the signing scheme, may have been reset in the dashboard since; a
	// secret stored in plain text by an older version is sealed from now on.
	keepEndpoint(state, current, api.keyMaterial);
	await recoverMissedEvents(this, api, state, [...secrets, current.secret]);
	return true;
}

/**
 * The `organization_id` to create the endpoint in. Polar implies an organization token's own and
 * refuses one beside it; a user's token must name one. A token of no known shape sends the chosen
 * organization if there is one, so either set-up works and Polar's own reply names a wrong one.
 */
function organizationFor(ctx: IHookFunctions, scope: TokenScope): string | undefined {
	if (scope === 'organization') return undefined;
	const organizationId = String(ctx.getNodeParameter('organizationId', '') ?? '').trim();
	if (!organizationId && scope === 'user') {
		throw new NodeOperationError(ctx.getNode(), 'Choose an organization', {
			description: 'A personal access token (polar_pat_…) or an OAuth2 connection granted by a user can reach several organizations, so Polar needs to know which one the webhook endpoint belongs to.',
		});
	}
	return organizationId || undefined;
}

export async function create(this: IHookFunctions): Promise<boolean> {
	if (registrationOf(this) === REGISTRATION.manual) return true;
	const events = selectedEvents(this);
	if (events.length === 0) throw new NodeOperationError(this.getNode(), 'Choose at least one event');
	const unknown = events.filter((event) => !isKnownEvent(event));
	if (unknown.length) throw new NodeOperationError(this.getNode(), `Unknown Polar event: ${unknown.join(', ')}`);

	const url = webhookUrl(this);
	const api = await EndpointApi.open(this);
	refuseUndeliverableUrl(this, api, url);
	const body: IDataObject = { url, format: 'raw', events, name: endpointName(this), api_version: api.connection.apiVersion };
	const organizationId = organizationFor(this, api.credential.tokenScope);
	if (organizationId) body.organization_id = organizationId;

	// Polar has no idempotency key: a create whose reply was lost may have made an endpoint the node
	// never heard of, and posting again would make a second one delivering every event twice. So an
	// endpoint already registered for this URL is taken over, before posting and after a lost reply.
	if (await adoptEndpointFor(this, api, url, events)) return true;
	let failure: unknown;
	try {
		const created = await api.call('webhook:create', undefined, body, false);
		keepEndpoint(endpointState(this), api.endpointOf(created!, 'creating the webhook endpoint'), api.keyMaterial);
		return true;
	} catch (error) {
		failure = error;
	}
	const inDoubt = failure instanceof NodeApiError && failure.context[MAY_HAVE_BEEN_APPLIED] === true;
	if (inDoubt && (await adoptEndpointFor(this, api, url, events))) return true;
	// Already the node's error (api.call converts every failure).
	throw failure;
}

/**
 * Takes over the endpoint Polar holds for this node's URL, if any: its events and payload version
 * become the node's and it is switched on. Further endpoints for the same URL can only deliver the
 * same events again, so they are deleted.
 */
async function adoptEndpointFor(ctx: IHookFunctions, api: EndpointApi, url: string, events: string[]): Promise<boolean> {
	const [found, ...extra] = await api.endpointsFor(url);
	if (!found) return false;
	for (const duplicate of extra) await api.call('webhook:delete', duplicate.id, undefined, true, [duplicate.secret]);
	const updated = await api.call('webhook:update', found.id, { events, api_version: api.connection.apiVersion, enabled: true }, false, [found.secret]);
	const adopted = api.endpointOf(updated!, 'taking over the webhook endpoint');
	const state = endpointState(ctx);
	keepEndpoint(state, adopted, api.keyMaterial);
	ctx.logger.info(`Polar Trigger took over the webhook endpoint already registered for its URL${extra.length ? ` and deleted ${extra.length} more` : ''}`, { node: ctx.getNode().name });
	// What it missed since it was created (the node's record of it was lost) is recovered too.
	await recoverMissedEvents(ctx, api, state, [adopted.secret]);
	return true;
}

export async function remove(this: IHookFunctions): Promise<boolean> {
	if (registrationOf(this) === REGISTRATION.manual) return true;
	const state = endpointState(this);
	if (state.endpointId) {
		const api = await EndpointApi.open(this);
		// Any failure but "already gone" surfaces, and the id stays so a later run can retry.
		await deleteEndpoint(api, state);
	}
	clearState(state);
	return true;
}

/** A name that tells the endpoint's owner in Polar's dashboard which workflow it feeds. */
function endpointName(ctx: IHookFunctions): string {
	const workflow = ctx.getWorkflow();
	const suffix = ctx.getActivationMode() === 'manual' ? ' (test)' : '';
	return `n8n: ${workflow.name ?? workflow.id ?? 'workflow'}${suffix}`.slice(0, 200);
}

