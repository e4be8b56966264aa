import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { operations } from '../generated/operations';
import type { PolarClient } from '../transport/client';
import { openClient } from '../transport/client';
import { toNodeError } from '../transport/errors';
import { fetchList, LOOKUP_PAGE_CONCURRENCY } from '../transport/pagination';
import type { PolarConnection, PolarRequest, PolarResponse } from '../transport/request';
import { isOAuth2, PolarHttpError } from '../transport/request';
import { RETRY_POLICIES } from '../transport/retry';
import type { FailedDelivery } from './recoverySelection';
import { failedDeliverySchema } from './recoverySelection';
import type { TokenScope } from '../transport/tokens';
import { credentialTokenScope } from '../transport/tokens';
import type { WebhookEndpoint } from './schemas';
import { failedFields, webhookEndpointSchema } from './schemas';
import { keyMaterialOf } from './secretAtRest';

/** The trigger's calls to Polar's webhook-endpoint operations (paths and scopes from the table). */

/** What the trigger needs to know about the chosen credential besides how to reach Polar. */
interface CredentialFacts {
	/** `production`, `sandbox` or `custom` (a proxy or the local emulator) */
	environment: string;
	/** who the token acts for (its prefix says): a user's token reaches several organizations, so it must name one */
	tokenScope: TokenScope;
}

/** One Polar call of the trigger, with failures turned into the node's API errors. */
export class EndpointApi {
	private constructor(
		private readonly ctx: IHookFunctions,
		private readonly client: PolarClient,
		readonly connection: PolarConnection,
		readonly credential: CredentialFacts,
		/** what the endpoint's secret is sealed with in static data (secretAtRest.ts) */
		readonly keyMaterial: string,
	) {}

	/** Reads the credential; sends nothing. */
	static async open(ctx: IHookFunctions): Promise<EndpointApi> {
		let client: PolarClient;
		try {
			client = await openClient(ctx, ctx.getNodeParameter('authentication', 'accessToken'), RETRY_POLICIES.triggerLifecycle);
		} catch (error) {
			throw new NodeOperationError(ctx.getNode(), (error as Error).message);
		}
		const { credentialType } = client.connection;
		const credentials = await ctx.getCredentials(credentialType);
		const credential: CredentialFacts = {
			environment: String(credentials.environment ?? 'production'),
			tokenScope: credentialTokenScope(credentials, isOAuth2(credentialType)),
		};
		const keyMaterial = keyMaterialOf(credentials);
		if (!keyMaterial) throw new NodeOperationError(ctx.getNode(), 'The credential holds no token or client secret to protect the webhook signing secret with');
		return new EndpointApi(ctx, client, client.connection, credential, keyMaterial);
	}

	/** Sends `key`'s operation; a 404 answers undefined when `notFoundIsNormal` says so. */
	async call(key: 'webhook:create' | 'webhook:get' | 'webhook:update' | 'webhook:delete' | 'webhook:redeliver', id: string | undefined, body: IDataObject | undefined, notFoundIsNormal: boolean, extraSecrets: string[] = []): Promise<PolarResponse | undefined> {
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

	/**
	 * The endpoints Polar holds for `url` (every page of the list), oldest first. There should be at
	 * most one; a create whose reply was lost can have left one the node never heard of.
	 */
	async endpointsFor(url: string, extraSecrets: string[] = []): Promise<WebhookEndpoint[]> {
		const operation = operations['webhook:getAll'];
		let items: unknown[];
		try {
			const req: PolarRequest = { method: operation.method, path: operation.path, auth: 'token' };
			items = await fetchList(this.client, req, { kind: operation.pagination, limit: Number.POSITIVE_INFINITY, concurrency: LOOKUP_PAGE_CONCURRENCY });
		} catch (error) {
			throw toNodeError(this.ctx.getNode(), error, { operationId: operation.id, scopes: operation.scopes, secrets: [...this.connection.secrets, ...extraSecrets] });
		}
		const found = items.map((item) => webhookEndpointSchema.safeParse(item)).flatMap((parsed) => (parsed.success && parsed.data.url === url ? [parsed.data] : []));
		// Oldest first: the one Polar has been delivering to longest is the one to keep.
		const createdAt = (e: WebhookEndpoint) => String((e as { created_at?: unknown }).created_at ?? '');
		return found.sort((a, b) => createdAt(a).localeCompare(createdAt(b)));
	}

	/**
	 * The endpoint's failed deliveries made after `after` (Polar's time, exclusive), every page, as
	 * Polar lists them (newest first); entries that are not deliveries are left out.
	 */
	async failedDeliveries(endpointId: string, after: string | undefined, secrets: string[]): Promise<FailedDelivery[]> {
		const operation = operations['webhook:listDeliveries'];
		const query: Array<[string, string]> = [
			['endpoint_id', endpointId],
			['succeeded', 'false'],
		];
		if (after) query.push(['start_timestamp', after]);
		let items: unknown[];
		try {
			const req: PolarRequest = { method: operation.method, path: operation.path, auth: 'token', query };
			items = await fetchList(this.client, req, { kind: operation.pagination, limit: Number.POSITIVE_INFINITY, concurrency: LOOKUP_PAGE_CONCURRENCY });
		} catch (error) {
			throw toNodeError(this.ctx.getNode(), error, { operationId: operation.id, scopes: operation.scopes, secrets: [...this.connection.secrets, ...secrets] });
		}
		return items.map((item) => failedDeliverySchema.safeParse(item)).flatMap((parsed) => (parsed.success ? [parsed.data] : []));
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
