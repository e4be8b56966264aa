/**
 * Drift test: holds the operation table (generated from the August document plus
 * tools/generate/supplement/2026-10.json) against Polar's own SDK, for every API version the
 * package supports. When Polar ships a new SDK, bumping `@polar-sh/sdk` and running this test
 * lists what changed.
 *
 * Compared per version and operation (matched by method and path):
 * - routes: every SDK operation function is one table entry and the other way round;
 * - path parameters: the SDK's, in argument order, are the template's, in order;
 * - query: the SDK's query property names are the table's query fields plus what the node sends
 *   itself: `page` and `limit` on paginated operations, `sorting` where the table offers Sort By;
 * - body: the top-level names are the table's body fields (all variants of a union body); below
 *   them, the property paths of the SDK type are those of the table's body schema (unions give
 *   all members, arrays are looked through, maps are not entered). Names, not types or enum values;
 * - reply: JSON, CSV (`text`) or none;
 * - webhook events: the SDK's WebhookEventType union is what the trigger offers.
 * Differences kept on purpose are listed in KEPT with the reason; each one must still occur.
 */
import { WEBHOOK_EVENTS } from '../../nodes/Polar/generated/meta';
import { operations } from '../../nodes/Polar/generated/operations';
import { schemas } from '../../nodes/Polar/generated/schemas';
import type { CompactSchema, PolarOperation } from '../../nodes/Polar/types';
import { SDK_API_VERSIONS, type SdkApiVersion } from '../harness/polarSdk';
import { routeKey, sdkContract, SDK_PACKAGE_VERSION, type SdkOperation } from '../harness/sdkContract';

const FORM_BODY =
	"Polar reads OAuth2 token, revoke and introspect parameters from a form body (RFC 6749); the SDK's functions for them take no body at all, so the table keeps the form fields.";
const DISCORD_GUILD =
	'Polar reads the guild_token the dashboard issues (server/polar/benefit/strategies/discord/schemas.py) and only writes it out as guild_id, the name the SDK shows; the table keeps the name Polar reads.';

/** Differences kept on purpose (the same for every supported version), with the reason. */
const KEPT: Record<string, string> = {
	'POST /v1/oauth2/token body: table only client_id, client_secret, code, grant_type, redirect_uri, refresh_token, scope, session_token, sub, sub_type': FORM_BODY,
	'POST /v1/oauth2/revoke body: table only client_id, client_secret, token, token_type_hint': FORM_BODY,
	'POST /v1/oauth2/introspect body: table only client_id, client_secret, token, token_type_hint': FORM_BODY,
	'POST /v1/benefits/ body: SDK only properties.guild_id': DISCORD_GUILD,
	'POST /v1/benefits/ body: table only properties.guild_token': DISCORD_GUILD,
	'PATCH /v1/benefits/{id} body: SDK only properties.guild_id': DISCORD_GUILD,
	'PATCH /v1/benefits/{id} body: table only properties.guild_token': DISCORD_GUILD,
};

const REPLY_KIND: Record<PolarOperation['response'], SdkOperation['reply']> = { json: 'json', csv: 'text', empty: 'none' };

/** "SDK only a, b" / "table only c" lines for two name lists. */
function compare(where: string, sdk: string[], table: string[]): string[] {
	const only = (a: string[], b: string[]) => [...new Set(a)].filter((x) => !b.includes(x)).sort();
	const out: string[] = [];
	if (only(sdk, table).length) out.push(`${where}: SDK only ${only(sdk, table).join(', ')}`);
	if (only(table, sdk).length) out.push(`${where}: table only ${only(table, sdk).join(', ')}`);
	return out;
}

/** Property paths of a compact schema, by the same rules as the SDK side (sdkContract bodyPaths). */
function schemaPaths(schema: CompactSchema): string[] {
	const out = new Set<string>();
	const walk = (s: CompactSchema | undefined, prefix: string, seen: Set<string>) => {
		if (!s) return;
		if (s.$ref) {
			if (seen.has(s.$ref)) return;
			return walk(schemas[s.$ref], prefix, new Set(seen).add(s.$ref));
		}
		for (const member of s.anyOf ?? []) walk(member, prefix, seen);
		walk(s.items, prefix, seen);
		for (const [name, prop] of Object.entries(s.properties ?? {})) {
			const path = prefix ? `${prefix}.${name}` : name;
			out.add(path);
			walk(prop, path, seen);
		}
	};
	walk(schema, '', new Set());
	return [...out];
}

/** Query names the node sends for an operation: its query fields and the ones it handles itself. */
function tableQuery(op: PolarOperation): string[] {
	const names = op.fields.filter((f) => f.in === 'query').map((f) => f.api);
	if (op.pagination !== 'none') names.push('page', 'limit');
	if (op.sort) names.push('sorting');
	return names;
}

function differencesOf(version: SdkApiVersion): { compared: number; differences: string[] } {
	const sdk = new Map(sdkContract(version).operations.map((o) => [routeKey(o), o]));
	const table = new Map(Object.values(operations).map((o) => [routeKey(o), o]));
	const differences = compare('routes', [...sdk.keys()], [...table.keys()]);
	let compared = 0;
	for (const [route, s] of sdk) {
		const t = table.get(route);
		if (!t) continue;
		compared++;
		const templateParams = [...t.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
		if (s.pathParams.join() !== templateParams.join()) differences.push(`${route} path parameters: SDK ${s.pathParams.join(', ')}, template ${templateParams.join(', ')}`);
		differences.push(...compare(`${route} query`, s.query ?? [], tableQuery(t)));
		const bodyFields = t.fields.filter((f) => f.in === 'body').map((f) => f.api);
		differences.push(...compare(`${route} body`, s.body ?? [], bodyFields));
		const nested = (paths: string[]) => paths.filter((p) => p.includes('.'));
		differences.push(...compare(`${route} body`, nested(s.bodyPaths ?? []), nested(t.body ? schemaPaths(t.body.schema) : [])));
		if (s.reply !== REPLY_KIND[t.response]) differences.push(`${route} reply: SDK ${s.reply}, table ${t.response}`);
	}
	return { compared, differences };
}

describe.each(SDK_API_VERSIONS)(`API version %s against @polar-sh/sdk ${SDK_PACKAGE_VERSION}`, (version) => {
	test('the table has exactly the SDK operations, with the same paths, parameters, bodies and replies', () => {
		const { compared, differences } = differencesOf(version);
		const unexpected = differences.filter((d) => !(d in KEPT));
		const stale = Object.keys(KEPT).filter((k) => !differences.includes(k));
		const sdkCount = sdkContract(version).operations.length;
		process.stdout.write(
			`${version}: ${compared}/${sdkCount} SDK operations matched in the table of ${Object.keys(operations).length}, ` +
				`${unexpected.length} differences, ${differences.length - unexpected.length} kept on purpose\n` +
				unexpected.map((d) => `  difference: ${d}\n`).join(''),
		);
		expect(unexpected).toEqual([]);
		expect(stale).toEqual([]);
		expect(compared).toBe(sdkCount);
		expect(Object.keys(operations)).toHaveLength(sdkCount);
	});

	test("the trigger offers exactly the SDK's webhook events", () => {
		const sdkEvents = sdkContract(version).webhookEventTypes;
		process.stdout.write(`${version}: ${sdkEvents.length} webhook event types, the trigger offers ${WEBHOOK_EVENTS.length}\n`);
		expect([...WEBHOOK_EVENTS].sort()).toEqual(sdkEvents);
	});
});

describe('reading the SDK', () => {
	const contract = sdkContract('2026-10');
	const find = (route: string) => contract.operations.find((o) => routeKey(o) === route)!;

	test('finds 190 operations per version, each with a service function and a reply kind', () => {
		for (const version of SDK_API_VERSIONS) expect(sdkContract(version).operations).toHaveLength(190);
		for (const op of contract.operations) {
			expect(op.functionName).toMatch(/^[a-z]\w+$/);
			expect(['json', 'text', 'none']).toContain(op.reply);
		}
	});

	test('maps a renamed path argument to its template parameter, and keeps argument order', () => {
		const create = find('POST /v1/customers/external/{external_id}/members');
		expect(create.args).toEqual([{ kind: 'path', name: 'external_id_path', param: 'external_id' }, { kind: 'body', name: 'body' }]);
		expect(find('GET /v1/customers/{id}/members/{member_id}').pathParams).toEqual(['id', 'member_id']);
	});

	test('resolves unions and named types of bodies and queries', () => {
		const update = find('PATCH /v1/subscriptions/{id}');
		expect(update.body).toEqual(expect.arrayContaining(['units', 'seats', 'revoke', 'product_id']));
		expect(find('POST /v1/products/').bodyPaths).toEqual(expect.arrayContaining(['prices', 'prices.amount_type', 'prices.tiers.tiers.bound']));
		expect(find('GET /v1/customers/{id}/members').query).toEqual(['limit', 'page', 'role', 'sorting']);
		expect(find('DELETE /v1/products/{id}').reply).toBe('none');
		expect(find('GET /v1/orders/export').reply).toBe('text');
	});
});
