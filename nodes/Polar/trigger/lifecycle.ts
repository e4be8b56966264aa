import type { IDataObject, IHookFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { operations } from '../generated/operations';
import { PolarClient } from '../transport/client';
import { toNodeError } from '../transport/errors';
import type { CredentialType, PolarConnection, PolarRequest, PolarResponse } from '../transport/request';
import { connect, PolarHttpError } from '../transport/request';
import type { Registration } from './description';
import { REGISTRATION } from './description';
import { isKnownEvent } from './events';
import type { WebhookEndpoint } from './schemas';
import { failedFields, webhookEndpointSchema } from './schemas';

/**
 * The webhook endpoint's life on Polar, run by n8n when the workflow is activated (checkExists,
 * then create when it answers false) and deactivated (delete). What Polar answered is kept in the
 * node's static data; these are the only places that write it, because writes made while a
 * delivery starts an execution are not saved.
 */

/** What the node keeps in `getWorkflowStaticData('node')`. */
export interface EndpointState extends IDataObject {
	endpointId?: string;
	secret?: string;
	url?: string;
	events?: string[];
}

const STATE_KEYS = ['endpointId', 'secret', 'url', 'events'] as const;

export function endpointState(ctx: IHookFunctions): EndpointState {
	return ctx.getWorkflowStaticData('node') as EndpointState;
}

function clearState(state: EndpointState): void {
	for (const key of STATE_KEYS) delete state[key];
}

export function registrationOf(ctx: { getNodeParameter: IHookFunctions['getNodeParameter'] }): Registration {
	return ctx.getNodeParameter('registration', REGISTRATION.automatic) === REGISTRATION.manual ? REGISTRATION.manual : REGISTRATION.automatic;
}

function credentialTypeOf(ctx: IHookFunctions | ILoadOptionsFunctions): CredentialType {
	return ctx.getNodeParameter('authentication', 'accessToken') === 'oAuth2' ? 'polarOAuth2Api' : 'polarApi';
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

/** One Polar call of the trigger, with failures turned into the node's API errors. */
class EndpointApi {
	private constructor(
		private readonly ctx: IHookFunctions,
		private readonly client: PolarClient,
		readonly connection: PolarConnection,
	) {}

	static async open(ctx: IHookFunctions): Promise<EndpointApi> {
		let connection: PolarConnection;
		try {
			connection = await connect(ctx, credentialTypeOf(ctx));
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), (error as Error).message);
		}
		return new EndpointApi(ctx, new PolarClient(ctx, connection), connection);
	}

	/** Sends `key`'s operation; a 404 answers undefined when `notFoundIsNormal` says so. */
	async call(key: 'webhook:create' | 'webhook:get' | 'webhook:update' | 'webhook:delete', id: string | undefined, body: IDataObject | undefined, notFoundIsNormal: boolean, extraSecrets: string[] = []): Promise<PolarResponse | undefined> {
		const operation = operations[key];
		const path = id === undefined ? operation.path : operation.path.replace('{id}', encodeURIComponent(id));
		const req: PolarRequest = { method: operation.method as PolarRequest['method'], path, auth: 'token', ...(body ? { body } : {}) };
		try {
			return await this.client.send(req);
		} catch (error) {
			if (notFoundIsNormal && error instanceof PolarHttpError && error.statusCode === 404) return undefined;
			throw toNodeError(this.ctx.getNode(), error, {
				operationId: operation.id,
				scopes: operation.scopes,
				secrets: [...this.connection.secrets, ...extraSecrets],
			});
		}
	}

	/** The reply's endpoint, or an error naming the fields Polar's reply lacked. */
	endpointOf(response: PolarResponse, what: string): WebhookEndpoint {
		const parsed = webhookEndpointSchema.safeParse(response.body);
		if (!parsed.success) {
			throw new NodeOperationError(this.ctx.getNode(), `Polar's reply to ${what} is not a usable webhook endpoint (problem with: ${failedFields(parsed.error)})`);
		}
		return parsed.data;
	}
}

/** Personal access tokens and user OAuth2 tokens reach several organizations, so they must name one. */
async function isUserScoped(ctx: IHookFunctions, connection: PolarConnection): Promise<boolean> {
	if (connection.credentialType === 'polarOAuth2Api') return true;
	const credentials = await ctx.getCredentials(connection.credentialType);
	return credentials.tokenType === 'personal';
}

/** Deletes an endpoint this node created; one already gone is fine. */
async function deleteEndpoint(api: EndpointApi, state: EndpointState): Promise<void> {
	if (state.endpointId) await api.call('webhook:delete', state.endpointId, undefined, true, state.secret ? [state.secret] : []);
}

export async function checkExists(this: IHookFunctions): Promise<boolean> {
	if (registrationOf(this) === REGISTRATION.manual) return true;
	const state = endpointState(this);
	if (!state.endpointId) return false;

	const api = await EndpointApi.open(this);
	const secrets = state.secret ? [state.secret] : [];
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

	let current = endpoint;
	if (!endpoint.enabled) {
		// Polar switches an endpoint off after repeated failed deliveries; switch it back on.
		const updated = await api.call('webhook:update', endpoint.id, { enabled: true }, true, [...secrets, endpoint.secret]);
		if (!updated) {
			clearState(state);
			return false;
		}
		current = api.endpointOf(updated, 're-enabling the webhook endpoint');
		if (!current.enabled) {
			await deleteEndpoint(api, state);
			clearState(state);
			return false;
		}
	}

	// The secret may have been rotated in the dashboard since the endpoint was created.
	state.secret = current.secret;
	state.url = current.url;
	state.events = [...current.events].sort();
	return true;
}

export async function create(this: IHookFunctions): Promise<boolean> {
	if (registrationOf(this) === REGISTRATION.manual) return true;
	const events = selectedEvents(this);
	if (events.length === 0) throw new NodeOperationError(this.getNode(), 'Choose at least one event');
	const unknown = events.filter((event) => !isKnownEvent(event));
	if (unknown.length) throw new NodeOperationError(this.getNode(), `Unknown Polar event: ${unknown.join(', ')}`);

	const url = webhookUrl(this);
	const api = await EndpointApi.open(this);
	const body: IDataObject = { url, format: 'raw', events, name: endpointName(this) };
	if (await isUserScoped(this, api.connection)) {
		const organizationId = String(this.getNodeParameter('organizationId', '') ?? '').trim();
		if (!organizationId) {
			throw new NodeOperationError(this.getNode(), 'Choose an organization', {
				description: 'A personal access token or OAuth2 connection can reach several organizations, so Polar needs to know which one the webhook endpoint belongs to.',
			});
		}
		body.organization_id = organizationId;
	}

	const created = await api.call('webhook:create', undefined, body, false);
	const endpoint = api.endpointOf(created!, 'creating the webhook endpoint');
	const state = endpointState(this);
	state.endpointId = endpoint.id;
	state.secret = endpoint.secret;
	state.url = endpoint.url;
	state.events = [...endpoint.events].sort();
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

