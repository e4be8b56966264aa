import type { Store } from './store';
import type { ApiRequest, Reply, StoredObject } from './types';
import { CURRENT_API_VERSION, LIVE_API_VERSIONS } from './types';

/**
 * Replies that differ by API version, as Polar's SDK 1.0.1 types them per version. Handlers
 * answer one shape; this turns it into the shape of the version the request asked for.
 *
 * 2027-01: a license key returned by validate or activate says what granted it (its subscription
 * or one-time order: `subscription_id`, `subscription`, `order_id`, `order`); earlier versions
 * do not have those fields.
 */

const GRANT_ORIGIN_FIELDS = ['subscription_id', 'subscription', 'order_id', 'order'] as const;
const VERSIONS_WITH_GRANT_ORIGIN = new Set(['2027-01']);

type Body = Record<string, unknown>;

/** The benefit grant behind a license key: the one naming it, else the customer's grant of its benefit. */
function grantOf(store: Store, key: Body): StoredObject | undefined {
	const grants = store.collection('benefit_grants').items;
	return (
		grants.find((g) => (g.properties as Body | undefined)?.license_key_id === key.id) ??
		grants.find((g) => g.customer_id === key.customer_id && g.benefit_id === key.benefit_id)
	);
}

function grantOrigin(store: Store, key: Body): Body {
	const grant = grantOf(store, key);
	const subscription = typeof grant?.subscription_id === 'string' ? store.collection('subscriptions').get(grant.subscription_id) : undefined;
	const order = typeof grant?.order_id === 'string' ? store.collection('orders').get(grant.order_id) : undefined;
	return {
		subscription_id: subscription?.id ?? null,
		subscription: subscription
			? {
					id: subscription.id,
					status: subscription.status,
					current_period_start: subscription.current_period_start,
					current_period_end: subscription.current_period_end,
					cancel_at_period_end: subscription.cancel_at_period_end ?? false,
					ends_at: subscription.ends_at ?? null,
				}
			: null,
		order_id: order?.id ?? null,
		order: order ? { id: order.id, created_at: order.created_at, status: order.status, paid: order.paid ?? false } : null,
	};
}

/** A license key as `version` shows it. */
function licenseKeyFor(store: Store, key: Body, version: string): Body {
	const out = { ...key };
	for (const field of GRANT_ORIGIN_FIELDS) delete out[field];
	return VERSIONS_WITH_GRANT_ORIGIN.has(version) ? { ...out, ...grantOrigin(store, key) } : out;
}

/** Where the license key sits in each reply that shows one as it differs by version. */
const LICENSE_KEY_REPLIES: Record<string, (body: Body, store: Store, version: string) => Body> = {
	'licenseKey:validate': (body, store, version) => licenseKeyFor(store, body, version),
	'portalLicenseKey:validate': (body, store, version) => licenseKeyFor(store, body, version),
	'licenseKey:activate': (body, store, version) => ({ ...body, license_key: licenseKeyFor(store, body.license_key as Body, version) }),
	'portalLicenseKey:activate': (body, store, version) => ({ ...body, license_key: licenseKeyFor(store, body.license_key as Body, version) }),
};

export function replyForVersion(req: ApiRequest, reply: Reply, store: Store): Reply {
	const reshape = LICENSE_KEY_REPLIES[req.match.route.key];
	if (!reshape || reply.status >= 300 || !reply.body || typeof reply.body !== 'object') return reply;
	return { ...reply, body: reshape(reply.body as Body, store, req.apiVersion) };
}

/** The version a request asks for: Current without the header, undefined when Polar does not serve it. */
export function apiVersionOf(header: string | string[] | undefined): string | undefined {
	const asked = Array.isArray(header) ? header[0] : header;
	if (asked === undefined || asked === '') return CURRENT_API_VERSION;
	return (LIVE_API_VERSIONS as readonly string[]).includes(asked) ? asked : undefined;
}
