import { Agent } from 'undici';
import { operations } from '../../../nodes/Polar/generated/operations';
import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import { RouteTable, type Route } from '../../../tools/emulator/routes';
import { SDK_API_VERSIONS, sdkCore, sdkOperationFunction, type SdkApiVersion, type SdkRequestOptions } from '../../harness/polarSdk';
import { routeKey, sdkContract, type SdkOperation } from '../../harness/sdkContract';
import { supplementOnly } from '../../harness/supplementCoverage';
import { pathParamsOf, queryValue, sampleBody, seedForSweep, sweepOrder, SWEEP_TOKEN, type SweepSeed } from './sweepInputs';

/**
 * Polar's own SDK against the emulator: for each supported API version, every operation the
 * emulator serves is called through the SDK's own function for it (`@polar-sh/sdk/<version>/services/…`),
 * with arguments laid out as test/harness/sdkContract.ts reads them, and the SDK must parse the
 * reply as the kind its function declares: JSON, CSV text, or nothing. Union bodies are sent once
 * per variant (the units variants are not in the document Prism serves, so this is where they are
 * checked). Replies that differ by version (license keys in 2027-01) must have the version's
 * fields; every reply must have the properties the SDK's reply type requires (allOperations.test.ts
 * holds their shapes against Polar's document as well).
 *
 * Refusals expected of Polar itself, each asserted as a refusal:
 * - OAuth2 token, revoke and introspect take a form body the SDK's functions cannot send: 422;
 * - completing an upload whose parts were never sent: 422 (the full upload is proven elsewhere).
 */

interface Call {
	label: string;
	key: string;
	/** the SDK threw: its error's status (0 when it had none) */
	refused?: number;
	problem?: string;
	/** required properties of the SDK's reply type that the reply lacks */
	lacks?: string;
	reply?: unknown;
}

/** Fields a 2027-01 license key has and a 2026-10 one has not (validate, activate). */
const GRANT_ORIGIN = ['order', 'order_id', 'subscription', 'subscription_id'];
const LICENSE_KEY_OF: Record<string, (reply: Record<string, unknown>) => unknown> = {
	'licenseKey:validate': (r) => r,
	'portalLicenseKey:validate': (r) => r,
	'licenseKey:activate': (r) => r.license_key,
	'portalLicenseKey:activate': (r) => r.license_key,
};

const EXPECTED_REFUSALS = ['file:uploaded', 'oauth2:introspectToken', 'oauth2:requestToken', 'oauth2:revokeToken'];

/** Whether the SDK answered the kind of value its function declares. */
function kindProblem(sdkOp: SdkOperation, reply: unknown): string | undefined {
	if (sdkOp.reply === 'none') return reply === undefined ? undefined : `expected no reply, the SDK answered ${JSON.stringify(reply).slice(0, 80)}`;
	if (sdkOp.reply === 'text') return typeof reply === 'string' ? undefined : `expected text, got ${typeof reply}`;
	return reply !== null && typeof reply === 'object' ? undefined : `expected parsed JSON, got ${JSON.stringify(reply)?.slice(0, 80)}`;
}

/** Required properties of the reply type (its closest member) that a JSON reply lacks. */
function lacking(sdkOp: SdkOperation, reply: unknown): string | undefined {
	if (!sdkOp.replyRequired || !reply || typeof reply !== 'object' || Array.isArray(reply)) return undefined;
	const keys = new Set(Object.keys(reply));
	const missing = sdkOp.replyRequired.map((required) => required.filter((k) => !keys.has(k)));
	if (missing.some((m) => m.length === 0)) return undefined;
	return missing.reduce((a, b) => (b.length < a.length ? b : a)).join(', ');
}

/**
 * Polar refuses an update that would change a benefit's, custom field's or granted benefit's type
 * (the emulator too: tools/emulator/handlers/typedUpdates.ts), so before each typed update variant the
 * target takes that variant's type: every variant is then a valid call.
 */
function alignTypeWithBody(emu: Emulator, route: Route, params: Record<string, string>, body: unknown): void {
	const asked = body as { type?: unknown; benefit_type?: unknown } | undefined;
	const target = (collection: string) => emu.store.list(collection).find((o) => o.id === params.id);
	if ((route.key === 'benefit:update' || route.key === 'customField:update') && typeof asked?.type === 'string') {
		const obj = target(route.key === 'benefit:update' ? 'benefits' : 'custom_fields');
		if (obj) obj.type = asked.type;
	}
	if (route.key === 'portalBenefitGrant:update' && typeof asked?.benefit_type === 'string') {
		const grant = target('benefit_grants');
		const benefit = grant && emu.store.list('benefits').find((b) => b.id === grant.benefit_id);
		if (benefit) benefit.type = asked.benefit_type;
	}
}

async function sweep(version: SdkApiVersion, emu: Emulator, seed: SweepSeed, routes: RouteTable): Promise<Call[]> {
	const core = sdkCore(version, emu.url, SWEEP_TOKEN);
	const byRoute = new Map(sdkContract(version).operations.map((o) => [routeKey(o), o]));
	const calls: Call[] = [];
	const ids = [String(seed.hint('customer_id'))];
	const callOne = async (route: Route, variant: string | undefined): Promise<void> => {
		const { op } = route;
		const label = `${route.key}${variant ? ` [${variant}]` : ''}`;
		const sdkOp = byRoute.get(routeKey(op));
		if (!sdkOp) {
			calls.push({ label, key: route.key, problem: 'the SDK has no function for it' });
			return;
		}
		const params = pathParamsOf(emu, route, seed.hint);
		const args = sdkOp.args.map((arg) => {
			if (arg.kind === 'path') return params[arg.param] ?? ids[0];
			if (arg.kind === 'body') return op.body ? sampleBody(op.body, variant, seed.hint) : {};
			const query = Object.fromEntries(op.fields.filter((f) => f.in === 'query').flatMap((f) => {
				const value = queryValue(f, ids);
				return value === undefined ? [] : [[f.api, value]];
			}));
			return Object.keys(query).length || arg.required ? query : undefined;
		});
		alignTypeWithBody(emu, route, params, args.find((_a, i) => sdkOp.args[i].kind === 'body'));
		const options: SdkRequestOptions = op.auth === 'session' ? { accessToken: seed.sessionToken } : {};
		const fn = sdkOperationFunction(version, sdkOp.service, sdkOp.functionName)(core);
		try {
			const reply = await fn(...args, options);
			calls.push({ label, key: route.key, reply, problem: kindProblem(sdkOp, reply), lacks: lacking(sdkOp, reply) });
		} catch (error) {
			const status = (error as { statusCode?: number }).statusCode ?? 0;
			calls.push({ label, key: route.key, refused: status, problem: EXPECTED_REFUSALS.includes(route.key) ? undefined : `${(error as Error).message.slice(0, 300)}` });
		}
	};
	for (const route of sweepOrder(routes)) {
		// A function that sends no body (the OAuth2 form operations) is called once.
		const takesBody = byRoute.get(routeKey(route.op))?.args.some((a) => a.kind === 'body');
		const variants = takesBody ? (route.op.body?.variants ?? []).map((v) => v.value).filter(Boolean) : [];
		if (variants.length) for (const variant of variants) await callOne(route, variant);
		else await callOne(route, undefined);
	}
	return calls;
}

describe.each(SDK_API_VERSIONS)('Polar SDK, API version %s, against the emulator', (version) => {
	let emu: Emulator;
	let seed: SweepSeed;
	const routes = new RouteTable();
	const agent = new Agent();

	beforeAll(async () => {
		emu = await startTestEmulator({ seed: 11, rateLimit: null, allowLoopbackWebhooks: true });
		seed = await seedForSweep(emu, routes, agent);
	});

	afterAll(async () => {
		await emu.close();
		await agent.close();
	});

	test('calls every operation through its own SDK function, and the SDK parses every reply', async () => {
		const before = emu.log.length;
		const calls = await sweep(version, emu, seed, routes);
		const operationsCalled = new Set(calls.map((c) => c.key));
		const refused = calls.filter((c) => c.refused !== undefined);
		const lacks = new Map<string, string>();
		for (const c of calls) if (c.lacks) lacks.set(c.key, c.lacks);
		process.stdout.write(
			`SDK sweep ${version}: ${operationsCalled.size} operations in ${calls.length} calls (union bodies once per variant), ` +
				`${calls.length - refused.length} answered and parsed, ${refused.length} refused as expected (${refused.map((c) => `${c.label} ${c.refused}`).join(', ')}); ` +
				`replies of ${lacks.size} operations lack properties the SDK's reply type requires:\n${[...lacks].map(([key, fields]) => `  ${key}: ${fields}\n`).join('')}`,
		);
		expect(calls.filter((c) => c.problem).map((c) => `${c.label}: ${c.problem}`)).toEqual([]);
		expect(operationsCalled.size).toBe(Object.keys(operations).length);
		// Every reply has what the SDK's reply type requires.
		expect([...lacks].map(([key, fields]) => `${key}: ${fields}`)).toEqual([]);
		expect(refused.map((c) => `${c.key}:${c.refused}`).sort()).toEqual(EXPECTED_REFUSALS.map((k) => `${k}:422`));
		// What Prism cannot serve (the conformance suite leaves it here) was called and answered.
		const { operations: added, variants } = supplementOnly();
		const answered = new Set(calls.filter((c) => c.refused === undefined).flatMap((c) => [c.key, c.label]));
		expect([...added, ...variants].filter((label) => !answered.has(label))).toEqual([]);
		// License keys have the grant-origin fields in 2027-01 and only there.
		const keyed = calls.filter((c) => c.key in LICENSE_KEY_OF);
		expect(keyed.map((c) => c.key).sort()).toEqual(Object.keys(LICENSE_KEY_OF).sort());
		for (const call of keyed) {
			const key = LICENSE_KEY_OF[call.key](call.reply as Record<string, unknown>) as Record<string, unknown>;
			const present = GRANT_ORIGIN.filter((f) => f in key);
			expect({ call: call.label, present }).toEqual({ call: call.label, present: version === '2027-01' ? GRANT_ORIGIN : [] });
		}
		// Every call was one request, sent with the version the SDK client was made for.
		const sent = emu.log.slice(before);
		expect(sent).toHaveLength(calls.length);
		expect(sent.filter((e) => e.apiVersion !== version)).toEqual([]);
	});
});
