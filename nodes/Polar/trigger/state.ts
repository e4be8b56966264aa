import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import type { WebhookEndpoint } from './schemas';
import { openSecret, sealSecret } from './secretAtRest';

/**
 * What the trigger keeps in `getWorkflowStaticData('node')` about the endpoint it registered.
 * Written only by the lifecycle (checkExists, create, delete): writes made while a delivery starts
 * an execution are not saved by n8n.
 */
export interface EndpointState extends IDataObject {
	endpointId?: string;
	/** the signing secret sealed with the credential (secretAtRest.ts); never the plain secret */
	sealedSecret?: string;
	/** the plain secret, as versions before sealing kept it; read until the next activation replaces it */
	secret?: string;
	/** the endpoint's `uses_standard_webhook_signature`: which key Polar signs its deliveries with */
	usesStandardSignature?: boolean;
	/** the endpoint's `api_version`: the payload version Polar sends it */
	apiVersion?: string;
	url?: string;
	events?: string[];
	/**
	 * Polar's time (a delivery's `created_at`) up to which failed deliveries were already looked at
	 * for recovery; later ones are candidates for redelivery (recovery.ts).
	 */
	recoveredThrough?: string;
}

const STATE_KEYS = ['endpointId', 'sealedSecret', 'secret', 'usesStandardSignature', 'apiVersion', 'url', 'events', 'recoveredThrough'] as const;

export function endpointState(ctx: IHookFunctions | IWebhookFunctions): EndpointState {
	return ctx.getWorkflowStaticData('node') as EndpointState;
}

export function clearState(state: EndpointState): void {
	for (const key of STATE_KEYS) delete state[key];
}

/**
 * Keeps what deliveries are checked against, the secret sealed with `keyMaterial`; a fact the
 * reply lacks is dropped, not kept stale. A plain secret left by an older version goes here.
 */
export function keepEndpoint(state: EndpointState, endpoint: WebhookEndpoint, keyMaterial: string): void {
	if (state.endpointId !== endpoint.id) delete state.recoveredThrough;
	state.endpointId = endpoint.id;
	state.sealedSecret = sealSecret(endpoint.secret, keyMaterial, endpoint.id);
	delete state.secret;
	if (endpoint.uses_standard_webhook_signature === undefined) delete state.usesStandardSignature;
	else state.usesStandardSignature = endpoint.uses_standard_webhook_signature;
	if (endpoint.api_version === undefined) delete state.apiVersion;
	else state.apiVersion = endpoint.api_version;
	state.url = endpoint.url;
	state.events = [...endpoint.events].sort();
}

/**
 * The plain secret of the stored endpoint: unsealed with `keyMaterial`, or as an older version
 * stored it. Undefined when there is none, or the credential's secret changed since it was sealed.
 */
export function storedSecret(state: EndpointState, keyMaterial: string | undefined): string | undefined {
	if (typeof state.sealedSecret === 'string' && state.endpointId && keyMaterial) return openSecret(state.sealedSecret, keyMaterial, state.endpointId);
	return typeof state.secret === 'string' && state.secret.length > 0 ? state.secret : undefined;
}
