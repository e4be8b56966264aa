/**
 * Spec conformance: every operation the node offers is executed through n8n's real execution
 * engine (n8n-core's WorkflowExecute) against Stoplight Prism serving Polar's official OpenAPI
 * document on loopback, and every request it sends must get a 2xx with no request-side
 * `sl-violations`. The operation list comes from the node's own description, so an operation
 * without a case fails the run.
 *
 *   npx jest --no-watchman test/conformance
 *
 * A recording proxy sits between the node and Prism (the node's output carries no reply headers).
 * Prism also reports violations of the replies it invents itself (location "response"); those say
 * nothing about the request, so they are counted and printed at the end, not asserted.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { operations } from '../../../nodes/Polar/generated/operations';
import { Polar } from '../../../nodes/Polar/Polar.node';
import type { PolarOperation } from '../../../nodes/Polar/types';
import { runNode, TEST_TOKEN, tokenCredentials, type NodeRun } from '../../../tools/harness/engine';
import { supplementOnly } from '../../harness/supplementCoverage';
import { COMPOSITE_RUNS, runsFor, SESSION_TOKEN, type ConformanceRun } from './inputs';
import { startPrism, type PrismServer } from '../../harness/prism/prism';
import { FIXTURE_PART_PATH, FIXTURE_PDF_PATH, startRecordingProxy, type RecordedExchange, type RecordingProxy } from '../../harness/prism/recordingProxy';

/** Operations of live 2026-10: the document's 186, less one, plus five from the supplement. */
const EXPECTED_OPERATION_COUNT = 190;

/**
 * Live 2026-10 operations and body variants that the August document Prism serves does not have
 * (tools/generate/supplement/2026-10.json adds them). Prism cannot answer them, so they are
 * covered by test/conformance/emulator/sdkSweep.test.ts, which calls each through Polar's own SDK.
 */
const COVERED_BY_SDK_SWEEP = {
	operations: ['customerMember:getAll', 'customerMember:listExternal', 'licenseKey:rotate', 'portalLicenseKey:rotate', 'product:delete'],
	variants: ['portalSubscription:update [updateUnits]', 'subscription:update [updateUnits]'],
};

const properties: INodeProperties[] = new Polar().description.properties;

function optionsOf(p: INodeProperties | undefined): string[] {
	return ((p?.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));
}

/** (resource, operation) pairs exactly as the editor offers them. */
const pairs = optionsOf(properties.find((p) => p.name === 'resource')).flatMap((resource) =>
	optionsOf(properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource))).map(
		(operation) => ({ resource, operation, key: `${resource}:${operation}` }),
	),
);

/** The pairs Prism can answer: all but the operations the August document lacks. */
const servedByPrism = pairs.filter((p) => !COVERED_BY_SDK_SWEEP.operations.includes(p.key));

/** Matches a concrete path against a path template such as /v1/files/{id}/uploaded. */
function pathPattern(template: string): RegExp {
	return new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
}

/** Whether a sent request (concrete path) is an instance of a request template. */
const matches = (sent: { method: string; path: string }, template: { method: string; path: string }) =>
	sent.method === template.method && pathPattern(template.path).test(sent.path);

/**
 * Where the node follows a link from a reply, Prism's invented link (the word "string") is
 * pointed at the proxy's fixtures: the PDF of an invoice or receipt (operations flagged `download`
 * in the table), and the presigned part URLs of a file upload (one per part the node planned).
 */
function followLinks(request: { method: string; path: string; body: string }, reply: unknown, proxyUrl: string): unknown {
	if (Object.values(operations).some((op) => op.download && matches(request, op))) {
		return { ...(reply as object), url: `${proxyUrl}${FIXTURE_PDF_PATH}` };
	}
	const fileCreate = operations['file:create'];
	if (fileCreate && matches(request, fileCreate)) {
		const planned = (JSON.parse(request.body) as { upload?: { parts?: Array<{ number: number }> } }).upload?.parts ?? [];
		const created = reply as { upload?: object };
		return { ...created, upload: { ...created.upload, parts: planned.map((p) => ({ ...p, url: `${proxyUrl}${FIXTURE_PART_PATH}${p.number}` })) } };
	}
	return undefined;
}

const totals = { runs: 0, requests: 0, ok: 0, requestViolations: 0, responseViolations: 0, responseViolationRequests: 0, fixtures: 0 };
const responseViolationCodes = new Map<string, number>();

let prism: PrismServer | undefined;
let proxy: RecordingProxy | undefined;
const started = Date.now();

beforeAll(async () => {
	prism = await startPrism();
	proxy = await startRecordingProxy(prism.url, { rewriteReply: followLinks });
}, 120_000);

afterAll(async () => {
	await proxy?.stop();
	await prism?.stop();
	const codes = [...responseViolationCodes].map(([code, n]) => `${code}×${n}`).join(', ');
	process.stdout.write(
		`\nconformance: ${servedByPrism.length} operations (${COVERED_BY_SDK_SWEEP.operations.length} more and ${COVERED_BY_SDK_SWEEP.variants.length} body variants left to the SDK sweep), ${totals.runs} node runs, ${totals.requests} requests to Prism, ${totals.ok} answered 2xx, ` +
			`${totals.requestViolations} request-side violations; ${totals.responseViolations} response-side violations in Prism's own mock replies ` +
			`on ${totals.responseViolationRequests} requests (${codes || 'none'}); ${totals.fixtures} followed links served by the proxy; ` +
			`${((Date.now() - started) / 1000).toFixed(1)} s\n`,
	);
});

function describeExchange(x: RecordedExchange): string {
	const qs = x.query.map(([k, v]) => `${k}=${v}`).join('&');
	return `${x.method} ${x.path}${qs ? `?${qs}` : ''} → ${x.status}`;
}

function parseBody(x: RecordedExchange): Record<string, unknown> {
	if (x.contentType?.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(x.body));
	try {
		const parsed = JSON.parse(x.body) as unknown;
		return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}

/** Everything wrong with one run, as readable lines (empty when the run conforms). */
function problemsOf(run: ConformanceRun, op: PolarOperation | undefined, result: NodeRun, exchanges: RecordedExchange[]): string[] {
	const problems: string[] = [];
	const say = (text: string) => problems.push(`${run.label}: ${text}`);
	if (result.error) say(`node error: ${result.error.message}${result.error.description ? ` — ${result.error.description}` : ''}`);
	const shown = JSON.stringify({ items: result.items.map((i) => i.json), error: result.error && { m: result.error.message, d: result.error.description } });
	if ([TEST_TOKEN, SESSION_TOKEN].some((secret) => shown.includes(secret))) say('a token appears in the output or the error');

	for (const x of exchanges.filter((e) => e.fixture)) {
		// presigned links carry their own signature: Polar's token must not travel there
		if (x.authorization) say(`${describeExchange(x)}: a followed link received an Authorization header`);
		if (x.status !== 200) say(`${describeExchange(x)}: the node followed a link the proxy does not serve`);
	}
	if (op?.download && run.parameters.download !== false && !exchanges.some((x) => x.fixture && x.path === FIXTURE_PDF_PATH)) say('the linked PDF was not downloaded');

	for (const x of exchanges.filter((e) => !e.fixture)) {
		const where = describeExchange(x);
		if (x.status < 200 || x.status > 299) say(`${where}: not 2xx; Prism said ${x.errorBody ?? ''}; sent body ${x.body}`);
		for (const v of x.violations.filter((v) => v.location[0] === 'request')) {
			say(`${where}: request violation at ${v.location.join('.')}: ${v.message} (${v.severity}); sent body ${x.body}`);
		}
		if (x.authorization !== run.expect.authorization) {
			say(`${where}: ${run.expect.authorization ? 'no Authorization header on an authenticated operation' : 'an Authorization header on a public operation'}`);
		}
	}

	const required = run.requests ?? (op ? [{ method: op.method, path: op.path }] : []);
	for (const request of required) {
		if (!exchanges.some((x) => !x.fixture && matches(x, request))) {
			say(`no ${request.method} ${request.path} request reached Prism (saw ${exchanges.map(describeExchange).join(', ') || 'none'})`);
		}
	}
	if (!op) return problems;
	// What the run set must be on the wire, in the operation's own request (a portal run may mint a session first).
	for (const x of exchanges.filter((e) => !e.fixture && matches(e, op))) {
		const where = describeExchange(x);
		for (const value of run.expect.path) if (!x.path.includes(value)) say(`${where}: the path lacks ${value}`);
		const keys = new Set(x.query.map(([k]) => k));
		for (const key of run.expect.query) if (!keys.has(key)) say(`${where}: query parameter ${key} was set but not sent`);
		if (run.expect.body.length) {
			const sent = parseBody(x);
			for (const key of run.expect.body) if (!(key in sent)) say(`${where}: body field ${key} was set but not sent (body ${x.body})`);
		}
		if (run.expect.limit !== undefined && !x.query.some(([k, v]) => k === 'limit' && v === String(run.expect.limit))) say(`${where}: limit ${run.expect.limit} not sent`);
		if (run.expect.sorting) {
			const sorting = x.query.filter(([k]) => k === 'sorting').map(([, v]) => v);
			if (JSON.stringify(sorting) !== JSON.stringify(run.expect.sorting)) say(`${where}: sorting ${JSON.stringify(sorting)}, expected ${JSON.stringify(run.expect.sorting)}`);
		}
	}
	return problems;
}

function tally(exchanges: RecordedExchange[]) {
	for (const x of exchanges) {
		if (x.fixture) {
			totals.fixtures++;
			continue;
		}
		totals.requests++;
		if (x.status >= 200 && x.status <= 299) totals.ok++;
		totals.requestViolations += x.violations.filter((v) => v.location[0] === 'request').length;
		const responseSide = x.violations.filter((v) => v.location[0] === 'response');
		totals.responseViolations += responseSide.length;
		if (responseSide.length) totals.responseViolationRequests++;
		for (const v of responseSide) responseViolationCodes.set(String(v.code), (responseViolationCodes.get(String(v.code)) ?? 0) + 1);
	}
}

test(`the editor offers the ${EXPECTED_OPERATION_COUNT} operations of the table, and a case exists for every other one`, () => {
	expect(Object.keys(operations)).toHaveLength(EXPECTED_OPERATION_COUNT);
	const offered = pairs.map((p) => p.key);
	expect(new Set(offered).size).toBe(offered.length);
	expect(Object.keys(operations).filter((key) => !offered.includes(key))).toEqual([]);
	// Operations that are not one API call need their runs written out in COMPOSITE_RUNS.
	expect(offered.filter((key) => !(key in operations)).sort()).toEqual(Object.keys(COMPOSITE_RUNS).sort());
});

test('what the August document lacks is named, and left to the SDK sweep', () => {
	expect(supplementOnly()).toEqual(COVERED_BY_SDK_SWEEP);
	const offered = pairs.map((p) => p.key);
	for (const key of COVERED_BY_SDK_SWEEP.operations) expect(offered).toContain(key);
});

test('Prism, seen through the proxy, rejects requests that break the document', async () => {
	// Shows that the per-operation assertions can fail. (Prism does not check the document's
	// "uuid4" format, unknown to its validator, so a malformed ID is not among these.)
	const send = async (method: string, path: string, body?: string) => {
		await fetch(`${proxy!.url}${path}`, {
			method,
			headers: { authorization: 'Bearer conformance', 'content-type': 'application/json', 'polar-version': '2026-10' },
			body,
		}).then((r) => r.arrayBuffer());
		return proxy!.exchanges[proxy!.exchanges.length - 1];
	};
	const rejected = (x: RecordedExchange, at: string) => {
		expect(x.status).toBeGreaterThanOrEqual(400);
		expect(x.status).toBeLessThan(500);
		expect(x.violations.filter((v) => v.location[0] === 'request').map((v) => v.location.join('.'))).toContain(at);
	};
	proxy!.clear();
	rejected(await send('POST', '/v1/products/', JSON.stringify({ name: 'conformance' })), 'request.body');
	rejected(await send('GET', '/v1/metrics/?start_date=2026-01-01&end_date=2026-01-31&interval=fortnight'), 'request.query.interval');
	rejected(await send('PATCH', '/v1/products/3fa85f64-5717-4562-b3fc-2c963f66afa6'), 'request');
	proxy!.clear();
});

test.each(servedByPrism)('$key conforms to the OpenAPI document', async ({ resource, operation, key }) => {
	const op = operations[key] as PolarOperation | undefined;
	const allRuns = op ? runsFor(properties, resource, operation, op) : COMPOSITE_RUNS[key]?.(properties);
	if (!allRuns?.length) throw new Error(`${key}: no conformance case (not in the operation table, not in COMPOSITE_RUNS)`);
	const runs = allRuns.filter((run) => !COVERED_BY_SDK_SWEEP.variants.includes(`${key} [${run.variant}]`));
	const problems: string[] = [];
	for (const run of runs) {
		proxy!.clear();
		let result: NodeRun | undefined;
		for (let attempt = 1; !result; attempt++) {
			try {
				result = await runNode({ parameters: run.parameters, credentials: tokenCredentials(proxy!.url), items: run.items });
			} catch (error) {
				// n8n checks resource-locator values with a regex given 250 ms in a VM; on a busy
				// machine that alone can time out, so that one engine error gets a second try.
				if (attempt === 1 && /Regular expression execution timed out/.test((error as Error).message)) {
					proxy!.clear();
					continue;
				}
				// n8n refused to start the node (e.g. a required parameter the run did not set)
				problems.push(`${run.label}: the engine did not run the node: ${(error as Error).message}`);
				break;
			}
		}
		if (!result) continue;
		const exchanges = [...proxy!.exchanges];
		totals.runs++;
		tally(exchanges);
		problems.push(...problemsOf(run, op, result, exchanges));
	}
	expect(problems).toEqual([]);
});
