import { pick, type Body, type ObjectContext } from './kinds/shared';
import type { Route } from './routes';
import type { Reply, StoredObject } from './types';

/**
 * How an operation shows stored objects. The store keeps each object as Polar's organization API
 * answers it; the customer portal and a checkout's public (client-secret) operations answer other
 * views of the same objects, with a few more fields (the 2026-10 document's Customer… and
 * CheckoutPublic schemas): the customer's linked accounts, the organization a product or benefit
 * belongs to, the files a downloadable benefit still offers.
 */

/** The operations a checkout page calls with the checkout's client secret. */
const CHECKOUT_CLIENT_PATH = '/v1/checkouts/client/';
/** The fields of BenefitSubscriberOrganization and CheckoutOrganization. */
const ORGANIZATION_SUMMARY = ['created_at', 'modified_at', 'id', 'name', 'slug', 'avatar_url', 'proration_behavior', 'allow_customer_updates'];
/** CustomerOrganization adds the portal settings. */
const CUSTOMER_ORGANIZATION = [...ORGANIZATION_SUMMARY, 'customer_portal_settings'];

const isObject = (v: unknown): v is Body => v !== null && typeof v === 'object' && !Array.isArray(v);

/** BenefitPublicBase (server/polar/benefit/strategies/base/schemas.py); a meter credit also shows its units and meter. */
const PUBLIC_BENEFIT = ['id', 'created_at', 'modified_at', 'type', 'description', 'selectable', 'deletable', 'is_deleted', 'organization_id'];

/** A benefit as a checkout shows it (BenefitPublic): no metadata, no properties but a meter credit's. */
function publicBenefit(benefit: Body): Body {
	const view = pick(benefit, PUBLIC_BENEFIT);
	if (benefit.type === 'meter_credit' && isObject(benefit.properties)) view.properties = pick(benefit.properties, ['units', 'meter_id']);
	return view;
}

/**
 * The product a checkout or a checkout link embeds: ProductBase with its prices, medias and public
 * benefits (hidden ones left out), no attached custom fields. A checkout's (CheckoutProduct,
 * server/polar/checkout/schemas.py) has no metadata; a link's (CheckoutLinkProduct,
 * server/polar/checkout_link/schemas.py) keeps it.
 */
export function embeddedProduct(product: Body, keepMetadata: boolean): Body {
	const { attached_custom_fields: _fields, metadata, benefits, ...base } = product;
	const shown = (Array.isArray(benefits) ? (benefits as Body[]) : []).filter((b) => (b.visibility ?? 'public') === 'public').map(publicBenefit);
	return { ...base, ...(keepMetadata ? { metadata: metadata ?? {} } : {}), benefits: shown };
}

/** A benefit as its subscriber sees it: with its organization, and a downloadable's files still offered. */
function subscriberBenefit(benefit: Body, organization: Body | undefined): Body {
	const view: Body = { ...benefit, organization: pick(organization, ORGANIZATION_SUMMARY) };
	if (benefit.type === 'downloadables' && isObject(benefit.properties)) {
		const archived = isObject(benefit.properties.archived) ? benefit.properties.archived : {};
		const files = Array.isArray(benefit.properties.files) ? (benefit.properties.files as string[]) : [];
		view.properties = { ...benefit.properties, active_files: files.filter((f) => archived[f] !== true) };
	}
	return view;
}

/** A customer as the portal shows it: with the accounts linked to it (none in the emulator). */
function portalCustomer(customer: Body): Body {
	return { oauth_accounts: {}, ...customer };
}

/** The portal's view of a value: embedded customers, products and benefits get their portal fields. */
function portalView(value: unknown, organization: Body | undefined, depth = 0): unknown {
	if (depth > 8) return value;
	if (Array.isArray(value)) return value.map((v) => portalView(v, organization, depth + 1));
	if (!isObject(value)) return value;
	const out: Body = {};
	for (const [key, v] of Object.entries(value)) {
		const inner = portalView(v, organization, depth + 1);
		if (!isObject(inner)) out[key] = inner;
		else if (key === 'customer') out[key] = portalCustomer(inner);
		else if (key === 'product') out[key] = { ...inner, organization: pick(organization, CUSTOMER_ORGANIZATION) };
		else if (key === 'benefit') out[key] = subscriberBenefit(inner, organization);
		else out[key] = inner;
	}
	return out;
}

/** The collection a route answers objects of, when it answers one kind. */
function collectionOf(route: Route): string | undefined {
	const plan = route.plan;
	switch (plan.kind) {
		case 'get':
		case 'update':
		case 'delete':
			return plan.target.collection;
		case 'action':
			return plan.owner?.collection;
		default:
			return plan.collection;
	}
}

/** The reply as the route's audience sees it (unchanged for the organization API). */
export function viewReply(route: Route, reply: Reply, ctx: ObjectContext): Reply {
	if (!isObject(reply.body) || reply.status >= 300) return reply;
	const organization = ctx.store.collection('organizations').get(ctx.organizationId) as StoredObject | undefined;
	if (route.portal) {
		const body = portalView(reply.body, organization) as Body;
		return { ...reply, body: collectionOf(route) === 'customers' ? portalCustomer(body) : body };
	}
	if (route.op.path.startsWith(CHECKOUT_CLIENT_PATH)) {
		return { ...reply, body: { ...reply.body, organization: pick(organization, ORGANIZATION_SUMMARY) } };
	}
	return reply;
}
