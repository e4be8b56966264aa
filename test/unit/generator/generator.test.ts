import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { overrides } from '../../../nodes/Polar/actions/overrides';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { operations } from '../../../nodes/Polar/generated/operations';
import { generate, loadSpec } from '../../../tools/generate/files';
import { staleFiles } from '../../../tools/generate/index';
import type { OpenApiDocument } from '../../../tools/generate/openapi';
import { mergePatch, supplemented } from '../../../tools/generate/supplement';

type OpenApi = OpenApiDocument;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operationIds = (spec: OpenApi) =>
	Object.values(spec.paths).flatMap((item) => Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([, o]) => String(o.operationId)));

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SPEC = process.env.POLAR_OPENAPI ?? path.resolve(ROOT, '..', 'shared', 'polar-openapi', '2026-10.openapi.json');
const COMMITTED = path.join(ROOT, 'nodes/Polar/generated');

describe('generated code', () => {
	test('the OpenAPI document is present (CI must fail without it)', () => {
		expect(existsSync(SPEC)).toBe(true);
	});

	test('regenerating gives exactly the committed files and README table', () => {
		expect(staleFiles({ spec: SPEC, out: COMMITTED, readme: path.join(ROOT, 'README.md') }).stale).toEqual([]);
	});

	test('the check names a generated file that was changed by hand, and a README whose table is stale', () => {
		const out = mkdtempSync(path.join(tmpdir(), 'polar-gen-'));
		try {
			const { files } = generate(SPEC);
			for (const [name, content] of Object.entries(files)) writeFileSync(path.join(out, name), content);
			writeFileSync(path.join(out, 'README.copy.md'), readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
			const args = { spec: SPEC, out, readme: path.join(out, 'README.copy.md') };
			expect(staleFiles(args).stale).toEqual([]);
			writeFileSync(path.join(out, 'operations.ts'), `${files['operations.ts']}// edited\n`);
			writeFileSync(args.readme, readFileSync(args.readme, 'utf8').replace('190 operations.', '189 operations.'));
			expect(staleFiles(args).stale.map((f) => path.basename(f))).toEqual(['operations.ts', 'README.copy.md']);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	test('the spec\'s prose is never read: without its descriptions, summaries and titles the output is the same', () => {
		const strip = (node: unknown): unknown => (Array.isArray(node) ? node.map(strip)
			: node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).filter(([k, v]) => !(['description', 'summary', 'title'].includes(k) && typeof v === 'string')).map(([k, v]) => [k, strip(v)]))
				: node);
		const out = mkdtempSync(path.join(tmpdir(), 'polar-prose-'));
		try {
			const stripped = path.join(out, 'spec.json');
			writeFileSync(stripped, JSON.stringify(strip(JSON.parse(readFileSync(SPEC, 'utf8')))));
			expect(readFileSync(stripped, 'utf8')).not.toMatch(/"description":"/);
			expect(generate(stripped).files).toEqual(generate(SPEC).files);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	test('two runs give the same bytes: no step changes what another one reads', () => {
		expect(generate(SPEC).files).toEqual(generate(SPEC).files);
	});

	test("each field's editor slot follows one rule: required up front, optional query filters of a read in Filters, the rest in Additional Fields", () => {
		const slots = { top: 0, filters: 0, additionalFields: 0 };
		for (const op of Object.values(operations)) {
			for (const f of op.fields) {
				const expected = f.required ? 'top' : f.in === 'query' && op.method === 'GET' ? 'filters' : 'additionalFields';
				expect({ op: op.id, field: f.api, slot: f.slot }).toEqual({ op: op.id, field: f.api, slot: expected });
				slots[f.slot]++;
			}
		}
		process.stdout.write(`field slots: ${JSON.stringify(slots)}\n`);
		expect(Object.values(slots).every((n) => n > 0)).toBe(true);
	});
});

describe('node description', () => {
	const description = new Polar().description;
	const pairs = description.properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) => (p.options as Array<{ value: string }>).map((o) => `${p.displayOptions!.show!.resource![0]}:${o.value}`));

	test('covers the 190 operations of live 2026-10 (the document and its supplement), each exactly once', () => {
		const specIds = operationIds(loadSpec(SPEC).spec);
		expect(specIds).toHaveLength(190);
		expect(new Set(pairs).size).toBe(pairs.length);
		// Besides the 190 API operations, the override table's own operations (File → Upload) run several calls.
		const composite = Object.keys(overrides).filter((key) => !operations[key]);
		expect(composite.length).toBeGreaterThan(0);
		expect(pairs.filter((p) => !composite.includes(p)).sort()).toEqual(Object.keys(operations).sort());
		expect(pairs.filter((p) => composite.includes(p)).sort()).toEqual(composite.sort());
		expect(Object.values(operations).map((o) => o.id).sort()).toEqual([...specIds].sort());
	});

	test('every operation has an action sentence for AI agents, and the node is usable as a tool', () => {
		expect(description.usableAsTool).toBe(true);
		// An agent sees "<action> in Polar"; the editor shows the same sentence under the operation's name.
		for (const p of description.properties.filter((x) => x.name === 'operation')) {
			for (const o of p.options as Array<{ action?: string; name: string; description?: string }>) {
				expect(o.action && o.action.length > 8 && !o.action.endsWith('.')).toBe(true);
				expect(o.description).toMatch(/^[A-Z][a-z]/);
			}
		}
	});
});

describe('the OpenAPI supplement', () => {
	const august = JSON.parse(readFileSync(SPEC, 'utf8')) as OpenApi;
	const supplement = JSON.parse(readFileSync(path.join(ROOT, 'tools/generate/supplement/2026-10.json'), 'utf8')) as Record<string, unknown>;

	test('says it is hand-written, from which SDK version and when', () => {
		expect(supplement.$comment).toMatch(/^Hand-written/);
		expect(supplement['x-supplement']).toEqual(expect.objectContaining({ apiVersion: '2026-10', source: '@polar-sh/sdk', sdkVersion: '1.0.1', written: '2026-12-01' }));
	});

	test('adds the five live operations and removes GET /v1/members/', () => {
		const before = operationIds(august);
		const after = operationIds(loadSpec(SPEC).spec);
		expect(before).toHaveLength(186);
		expect(after.filter((id) => !before.includes(id)).sort()).toEqual([
			'customer_portal:license_keys:rotate',
			'customers:members:list',
			'customers:members:list_external',
			'license_keys:rotate',
			'products:delete',
		]);
		expect(before.filter((id) => !after.includes(id))).toEqual(['members:list_members']);
		expect(loadSpec(SPEC).spec.paths['/v1/members/']).toBeUndefined();
	});

	test('merges as a JSON Merge Patch: objects merge, null removes, arrays replace, the target is untouched', () => {
		const target = { a: { b: 1, c: [1, 2] }, d: 'x' };
		expect(mergePatch(target, { a: { c: [3], e: true }, d: null })).toEqual({ a: { b: 1, c: [3], e: true } });
		expect(target).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x' });
	});

	test('refuses a supplement that references a schema the document lacks', () => {
		// the rotate operations the supplement adds answer a LicenseKeyRead
		const broken = { ...august, components: { schemas: { ...august.components.schemas, LicenseKeyRead: undefined } } } as unknown as OpenApi;
		expect(() => supplemented(JSON.parse(JSON.stringify(broken)) as OpenApi)).toThrow(/references to schemas that do not exist: .*#\/components\/schemas\/LicenseKeyRead/);
	});
});
