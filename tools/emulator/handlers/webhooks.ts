import type { Handler, PolarApi } from '../api';
import { ok, unprocessable } from '../replies';
import type { ApiRequest, Reply } from '../types';
import { LIVE_API_VERSIONS } from '../types';
import { generateWebhookSecret } from '../webhookSecrets';
import { POLAR_URL_MESSAGES, webhookUrlProblem } from '../../../nodes/Polar/trigger/webhookUrl';

/**
 * Webhook endpoints as Polar takes them (public https URLs, a live payload version) and their
 * secret reset; deliveries and redelivery are in webhookDeliveries.ts.
 */

/** Polar's 422 for a webhook endpoint URL or payload version it will not take, or undefined. */
function refuseEndpointBody(req: ApiRequest, api: PolarApi): Reply | undefined {
	const { url, api_version: version } = req.body;
	if (typeof url === 'string' && api.ctx.options.allowLoopbackWebhooks !== true) {
		const problem = webhookUrlProblem(url);
		if (problem) return { status: 422, body: { detail: [{ loc: ['body', 'url'], input: url, ...POLAR_URL_MESSAGES[problem] }] } };
	}
	if (version !== undefined && version !== null && !(LIVE_API_VERSIONS as readonly unknown[]).includes(version)) {
		return unprocessable(['body', 'api_version'], `Input should be ${LIVE_API_VERSIONS.map((v) => `'${v}'`).join(' or ')}`);
	}
	return undefined;
}

/** A create or update of an endpoint: refused as Polar refuses it, else the generic write. */
function writeEndpoint(req: ApiRequest, api: PolarApi): Reply {
	return refuseEndpointBody(req, api) ?? api.generic(req);
}

export const WEBHOOK_HANDLERS: Record<string, Handler> = {
	'webhook:create': writeEndpoint,
	'webhook:update': writeEndpoint,
	'webhook:resetSecret': (req, api) =>
		// A new secret is a secret generated now: Standard Webhooks from then on.
		api.withTarget(req, (endpoint, collection) => ok(api.update(collection, endpoint, { ...generateWebhookSecret(api.ctx.random, false) }))),
};
