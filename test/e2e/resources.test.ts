/**
 * The Polar node inside a real n8n (installed from the packed tarball as Community Nodes does),
 * run with `n8n execute` against the local Polar emulator: one operation or more per resource,
 * Return All across pages, and Continue On Fail meeting a 422.
 */
import { createHash } from 'node:crypto';
import { stopAll } from '../../tools/e2e/process';
import { nodeOutput, type RunResult } from '../../tools/e2e/runs';
import { N8nUserFolder } from '../../tools/e2e/userFolder';
import type { Emulator, StoredObject } from '../../tools/emulator/types';
import { startEmulator } from '../../tools/emulator';
import { branchedWorkflow, polarCredential, polarNode } from './workflow';

/** File → Upload check: 6 MiB of text, two 5 MiB parts. */
const UPLOAD_UNIT = 'polar-e2e-upload-';
const UPLOAD_REPEAT = Math.ceil((6 * 1024 * 1024) / UPLOAD_UNIT.length);

const TOKEN = 'polar_oat_e2e_resources_token';
const COVERAGE_WORKFLOW = 'polarE2eCoverage';
const CONTINUE_ON_FAIL_WORKFLOW = 'polarE2eOnError';
/** More than four full pages of 100, so Return All has to walk at least five pages. */
const CUSTOMER_COUNT = 460;

/** Each list check: node name → [resource, collection in the emulator]. */
const LIST_CHECKS: Record<string, [string, string]> = {
	'List subscriptions': ['subscription', 'subscriptions'],
	'List orders': ['order', 'orders'],
	'List benefits': ['benefit', 'benefits'],
	'List license keys': ['licenseKey', 'license_keys'],
	'List meters': ['meter', 'meters'],
	'List webhook endpoints': ['webhook', 'webhook_endpoints'],
	'List discounts': ['discount', 'discounts'],
	'List custom fields': ['customField', 'custom_fields'],
	'List refunds': ['refund', 'refunds'],
	'List files': ['file', 'files'],
	'List checkout links': ['checkoutLink', 'checkout_links'],
	'List payments': ['payment', 'payments'],
	'List disputes': ['dispute', 'disputes'],
	'List benefit grants': ['benefitGrant', 'benefit_grants'],
	'List customer meters': ['customerMeter', 'customer_meters'],
	'List organizations': ['organization', 'organizations'],
	'List event types': ['eventType', 'event_types'],
};

/**
 * Customer-portal list checks, run with the session minted by "Create customer session":
 * node name → [resource, collection]; each must answer exactly the session customer's objects.
 */
const PORTAL_CHECKS: Record<string, [string, string]> = {
	'Portal: list orders': ['portalOrder', 'orders'],
	'Portal: list subscriptions': ['portalSubscription', 'subscriptions'],
	'Portal: list license keys': ['portalLicenseKey', 'license_keys'],
	'Portal: list benefit grants': ['portalBenefitGrant', 'benefit_grants'],
	'Portal: list customer meters': ['portalCustomerMeter', 'customer_meters'],
};

let polar: Emulator;
let folder: N8nUserFolder;
let installed: { name: string; dir: string };
let coverage: RunResult;
let onError: RunResult;
let customers: StoredObject[];
let orders: StoredObject[];
let eventsBefore = 0;
const ingestedEvents = () => polar.store.list('events').filter((e) => e.source === 'user').length;

const ids = (items: Array<Record<string, unknown>>) => items.map((i) => String(i.id));
const sorted = (values: string[]) => [...values].sort();

beforeAll(async () => {
	polar = await startEmulator({ tokens: [TOKEN], seed: 5 });
	customers = polar.seed('customers', CUSTOMER_COUNT);
	polar.seed('products', 3);
	polar.seed('benefits', 2);
	orders = polar.seed('orders', 4);
	// Objects of the portal customer, next to the other customers' ones seeded below, so the
	// portal checks show that a session sees its own customer's objects and nothing else.
	const ofPortalCustomer = () => ({ customer_id: customers[0].id });
	for (const [, collection] of Object.values(PORTAL_CHECKS)) {
		polar.seed(collection, 2, ofPortalCustomer);
		polar.seed(collection, 2, () => ({ customer_id: customers[1].id }));
	}
	// Seeded endpoints are only listed, never delivered to.
	const endpointFields = (i: number) => ({ url: `http://127.0.0.1:9/hook/${i}`, format: 'raw', events: ['order.paid'] });
	for (const [, collection] of Object.values(LIST_CHECKS)) {
		if (polar.store.count(collection) === 0) polar.seed(collection, 3, collection === 'webhook_endpoints' ? endpointFields : undefined);
	}
	eventsBefore = ingestedEvents();

	({ folder, installed } = await N8nUserFolder.withPackage([polarCredential(polar.url, TOKEN)]));

	const firstCustomer = customers[0];
	const organizationSlug = String(polar.store.list('organizations')[0].slug);
	const sessionTokenExpression = "={{ $('Create customer session').first().json.token }}";
	// Continue On Fail on every coverage node: one broken operation then shows up as its own
	// failed check (an error item) instead of stopping the run and hiding the others.
	const keepGoing = { onError: 'continueRegularOutput' } as const;
	const coverageWorkflow = branchedWorkflow(COVERAGE_WORKFLOW, 'Polar e2e: every resource', [
		[polarNode('List customers', 'customer', 'getAll', { returnAll: true }, keepGoing)],
		[
			polarNode(
				'Create product',
				'product',
				'create',
				{
					bodyVariant: 'recurring',
					name: 'E2E Pro',
					recurringInterval: 'month',
					prices: { price: [{ amountType: 'fixed', priceAmount: 1500, priceCurrency: 'usd' }] },
				},
				keepGoing,
			),
			polarNode('Get product', 'product', 'get', { id: '={{ $json.id }}' }, keepGoing),
			polarNode('Create checkout', 'checkout', 'create', { products: "={{ $('Create product').first().json.id }}" }, keepGoing),
		],
		...Object.entries(LIST_CHECKS).map(([name, [resource]]) => [polarNode(name, resource, 'getAll', { returnAll: true }, keepGoing)]),
		[
			// The default mode: each input item is one event, sent in batches.
			polarNode(
				'Ingest event',
				'event',
				'ingest',
				{ ingestMode: 'itemPerEvent', eventName: 'e2e.signup', eventCustomerBy: 'customerId', eventCustomer: firstCustomer.id },
				keepGoing,
			),
		],
		[
			polarNode(
				'Ingest events JSON',
				'event',
				'ingest',
				{ ingestMode: 'json', inputMode: 'json', eventsJson: JSON.stringify([{ name: 'e2e.upgrade', customer_id: firstCustomer.id, metadata: { plan: 'pro' } }]) },
				keepGoing,
			),
		],
		[polarNode('Get metrics', 'metric', 'get', { startDate: '2026-01-01', endDate: '2026-01-31', interval: 'day' }, keepGoing)],
		[
			polarNode('Add customer member', 'customerMember', 'create', { id: firstCustomer.id, email: 'teammate@example.com' }, keepGoing),
			// Once: the member list must not run once per item of the node before it.
			polarNode('List members', 'customerMember', 'getAll', { id: firstCustomer.id, returnAll: true }, { ...keepGoing, executeOnce: true }),
		],
		[polarNode('Portal: get organization', 'portalOrganization', 'get', { slug: organizationSlug }, keepGoing)],
		[
			polarNode('Create customer session', 'customerSession', 'create', { bodyVariant: 'iDCreate', customerId: firstCustomer.id }, keepGoing),
			polarNode('Portal: get customer', 'portalCustomer', 'get', { portalAuth: 'sessionToken', sessionToken: '={{ $json.token }}' }, keepGoing),
			// Each portal node runs once with the session's token, whatever the node before it output.
			...Object.entries(PORTAL_CHECKS).map(([name, [resource]]) =>
				polarNode(name, resource, 'getAll', { returnAll: true, portalAuth: 'sessionToken', sessionToken: sessionTokenExpression }, { ...keepGoing, executeOnce: true }),
			),
		],
		[
			polarNode(
				'Portal: list orders (session minted by the node)',
				'portalOrder',
				'getAll',
				{ returnAll: true, portalAuth: 'customerId', portalCustomerId: firstCustomer.id },
				keepGoing,
			),
		],
		[
			// Last branch, so the file list above ran before this file existed. n8n keeps binary data on
			// disk by default, so this exercises the streamed upload path.
			{
				id: 'e2e-upload-content',
				name: 'Make file content',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [0, 0],
				parameters: {
					mode: 'manual',
					assignments: { assignments: [{ id: 'content', name: 'content', value: `={{ ${JSON.stringify(UPLOAD_UNIT)}.repeat(${UPLOAD_REPEAT}) }}`, type: 'string' }] },
					options: {},
				},
			},
			{
				id: 'e2e-upload-file',
				name: 'Content to file',
				type: 'n8n-nodes-base.convertToFile',
				typeVersion: 1.1,
				position: [0, 0],
				parameters: { operation: 'toText', sourceProperty: 'content', options: { fileName: 'e2e-upload.txt' } },
			},
			polarNode('Upload file', 'file', 'upload', { fileService: 'downloadable', uploadOptions: { partSizeMib: 5 } }, keepGoing),
		],
	]);
	const continueOnFailWorkflow = branchedWorkflow(CONTINUE_ON_FAIL_WORKFLOW, 'Polar e2e: continue on fail', [
		[
			polarNode(
				'Refund too much',
				'refund',
				'create',
				// More than any order's total: Polar (and the emulator) refuse it with a 422.
				{ orderId: orders[0].id, reason: 'customer_request', amount: 999_999_999 },
				{ onError: 'continueRegularOutput' },
			),
		],
	]);
	await folder.importWorkflows([coverageWorkflow, continueOnFailWorkflow]);
	coverage = await folder.execute(COVERAGE_WORKFLOW);
	onError = await folder.execute(CONTINUE_ON_FAIL_WORKFLOW);
}, 600_000);

afterAll(async () => {
	await stopAll();
	await polar?.close();
	await folder?.dispose();
});

/** The shape of the error item the node emits under Continue On Fail (see actions/router.ts). */
const isErrorItem = (item: Record<string, unknown>) =>
	typeof item.error === 'string' && Object.keys(item).every((key) => ['error', 'description', 'httpCode'].includes(key));

/** A node's items, failing with the node's error text when it produced an error item. */
function output(node: string): Array<Record<string, unknown>> {
	const items = nodeOutput(coverage, node);
	const failed = items.find(isErrorItem);
	if (failed) throw new Error(`node "${node}" failed: ${String(failed.error)}${failed.description ? ` — ${String(failed.description)}` : ''}`);
	return items;
}

describe('installed the way Community Nodes installs it', () => {
	test('only the package lands in .n8n/nodes, and npm pulled in nothing for it (n8n-workflow comes from n8n)', async () => {
		expect(await folder.installedModules()).toEqual([installed.name]);
		expect(await folder.bundledModules(installed.dir)).toEqual([]);
	});
});

describe('every resource through n8n execute', () => {
	test('the run finished successfully', () => {
		expect(coverage.data.resultData.error).toBeUndefined();
		expect(coverage.status).toBe('success');
	});

	test(`customer getAll with Return All walks every page and returns all ${CUSTOMER_COUNT} customers once`, () => {
		const got = ids(output('List customers'));
		expect(got).toHaveLength(CUSTOMER_COUNT);
		expect(new Set(got).size).toBe(CUSTOMER_COUNT);
		expect(sorted(got)).toEqual(sorted(ids(polar.store.list('customers'))));
		const pages = polar.log
			.filter((e) => e.method === 'GET' && new URL(e.path, polar.url).pathname === '/v1/customers/')
			.map((e) => Number(new URL(e.path, polar.url).searchParams.get('page')));
		expect(new Set(pages).size).toBeGreaterThanOrEqual(5);
	});

	test('product create, then get by the created id', () => {
		const [created] = output('Create product');
		const [fetched] = output('Get product');
		expect(created.name).toBe('E2E Pro');
		expect(fetched.id).toBe(created.id);
		expect(polar.store.get('products', String(created.id))?.name).toBe('E2E Pro');
	});

	test('checkout create for the new product', () => {
		const [product] = output('Create product');
		const [checkout] = output('Create checkout');
		expect(polar.store.get('checkouts', String(checkout.id))).toBeDefined();
		expect(JSON.stringify(checkout)).toContain(String(product.id));
	});

	test.each(Object.entries(LIST_CHECKS))('%s returns exactly the emulator data', (node, [, collection]) => {
		// The upload branch runs last and adds a file the list could not have seen.
		const expected = sorted(ids(polar.store.list(collection).filter((o) => o.name !== 'e2e-upload.txt')));
		expect(expected.length).toBeGreaterThan(0);
		expect(sorted(ids(output(node)))).toEqual(expected);
	});

	test('event ingest (one event per item, and a JSON list) stores the events', () => {
		expect(output('Ingest event')[0].inserted).toBe(1);
		expect(output('Ingest events JSON')[0].inserted).toBe(1);
		// Ingested (user) events only: the creates of this workflow also log system events.
		expect(ingestedEvents()).toBe(eventsBefore + 2);
		const stored = polar.store.list('events');
		expect(stored.find((e) => e.name === 'e2e.signup')?.customer_id).toBe(customers[0].id);
		expect(stored.find((e) => e.name === 'e2e.upgrade')?.customer_id).toBe(customers[0].id);
	});

	test('metric get answers the periods of the range', () => {
		const [metrics] = output('Get metrics');
		expect(Array.isArray(metrics.periods)).toBe(true);
		expect((metrics.periods as unknown[]).length).toBeGreaterThan(0);
	});

	test('customer session create mints a token that a portal operation accepts', () => {
		const [session] = output('Create customer session');
		expect(typeof session.token).toBe('string');
		const [me] = output('Portal: get customer');
		expect(me.id).toBe(customers[0].id);
		expect(me.email).toBe(customers[0].email);
	});

	test.each(Object.entries(PORTAL_CHECKS))('%s returns the session customer\'s objects only', (node, [, collection]) => {
		const all = polar.store.list(collection);
		const own = sorted(ids(all.filter((o) => o.customer_id === customers[0].id)));
		expect(own.length).toBeGreaterThan(0);
		expect(own.length).toBeLessThan(all.length);
		expect(sorted(ids(output(node)))).toEqual(own);
	});

	test('a portal operation can mint its own session from a customer ID', () => {
		const own = polar.store.list('orders').filter((o) => o.customer_id === customers[0].id);
		expect(sorted(ids(output('Portal: list orders (session minted by the node)')))).toEqual(sorted(ids(own)));
	});

	test('portal organization get (public) finds the organization by slug', () => {
		const [data] = output('Portal: get organization');
		expect((data.organization as Record<string, unknown>).id).toBe(polar.store.list('organizations')[0].id);
		expect(Array.isArray(data.products)).toBe(true);
	});

	test("customer member create, then the customer's member list shows it", () => {
		const [member] = output('Add customer member');
		expect(member.email).toBe('teammate@example.com');
		const listed = output('List members');
		expect(listed.map((m) => m.id)).toContain(member.id);
		expect(sorted(ids(listed))).toEqual(sorted(ids(polar.store.list('members').filter((m) => m.customer_id === member.customer_id))));
	});
});

describe('File → Upload inside n8n', () => {
	test('a 6 MiB binary made by n8n goes up in two parts and arrives byte-identical', () => {
		const [uploaded] = output('Upload file');
		expect(uploaded.is_uploaded).toBe(true);
		const stored = polar.store.get('files', String(uploaded.id))!;
		const expected = Buffer.from(UPLOAD_UNIT.repeat(UPLOAD_REPEAT), 'utf8');
		expect(stored.size).toBe(expected.length);
		expect(stored.checksum_sha256_hex).toBe(createHash('sha256').update(expected).digest('hex'));
	});
});

describe('Continue On Fail', () => {
	test('a 422 becomes an error item and the run still succeeds', () => {
		expect(onError.data.resultData.error).toBeUndefined();
		expect(onError.status).toBe('success');
		const items = nodeOutput(onError, 'Refund too much');
		expect(items).toHaveLength(1);
		expect(isErrorItem(items[0])).toBe(true);
		expect(String(items[0].error) + String(items[0].description ?? '')).toMatch(/refund/i);
		expect(String(items[0].httpCode)).toBe('422');
		const refundPosts = polar.log.filter((e) => e.method === 'POST' && e.path.startsWith('/v1/refunds'));
		// A 422 is final: sent once, not retried.
		expect(refundPosts.map((e) => e.status)).toEqual([422]);
	});

	test('no secret reaches the output', () => {
		expect(JSON.stringify(onError.data)).not.toContain(TOKEN);
		expect(JSON.stringify(coverage.data)).not.toContain(TOKEN);
	});
});
