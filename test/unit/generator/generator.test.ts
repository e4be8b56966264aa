import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { operations } from '../../../nodes/Polar/generated/operations';

// The generator is plain CommonJS (tools/generate), loaded as it runs.
const { loadSpec } = require('../../../tools/generate/index.js') as { loadSpec: (specPath: string) => { spec: OpenApi; about?: Record<string, string> } };
const { mergePatch, supplemented } = require('../../../tools/generate/supplement.js') as {
	mergePatch: (target: unknown, patch: unknown) => unknown;
	supplemented: (spec: OpenApi) => { spec: OpenApi };
};

interface OpenApi {
	info: { version: string };
	paths: Record<string, Record<string, { operationId?: string }>>;
	components: { schemas: Record<string, unknown> };
	webhooks?: Record<string, unknown>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operationIds = (spec: OpenApi) =>
	Object.values(spec.paths).flatMap((item) => Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([, o]) => String(o.operationId)));

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SPEC = process.env.POLAR_OPENAPI ?? path.resolve(ROOT, '..', 'shared', 'polar-openapi', '2026-10.openapi.json');

describe('generated code', () => {
	test('the OpenAPI document is present (CI must fail without it)', () => {
		expect(existsSync(SPEC)).toBe(true);
	});

	test('regenerating into a temporary folder gives exactly the committed files and README table', () => {
		const out = mkdtempSync(path.join(tmpdir(), 'polar-gen-'));
		try {
			const readme = path.join(out, 'README.md.copy');
			copyFileSync(path.join(ROOT, 'README.md'), readme);
			execFileSync(process.execPath, [path.join(ROOT, 'tools/generate/index.js'), SPEC, '--out', path.join(out, 'generated'), '--readme', readme], { stdio: 'pipe' });
			const committed = path.join(ROOT, 'nodes/Polar/generated');
			const names = readdirSync(path.join(out, 'generated')).sort();
			expect(names).toEqual(readdirSync(committed).sort());
			for (const name of names) {
				expect({ name, same: readFileSync(path.join(out, 'generated', name), 'utf8') === readFileSync(path.join(committed, name), 'utf8') }).toEqual({ name, same: true });
			}
			expect(readFileSync(readme, 'utf8')).toBe(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
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
		// Besides the 190 API operations, hand-written composite ones (File → Upload) run several calls.
		const composite = ['file:upload'];
		expect(pairs.filter((p) => !composite.includes(p)).sort()).toEqual(Object.keys(operations).sort());
		expect(pairs.filter((p) => composite.includes(p))).toEqual(composite);
		expect(Object.values(operations).map((o) => o.id).sort()).toEqual([...specIds].sort());
	});

	test('stays lean: at most 1.5 KB of description JSON per operation', () => {
		const bytes = Buffer.byteLength(JSON.stringify(description));
		process.stdout.write(`node description: ${bytes} bytes, ${Math.round(bytes / Object.keys(operations).length)} per operation\n`);
		expect(bytes / Object.keys(operations).length).toBeLessThanOrEqual(1536);
	});

	test('every operation has an action sentence for AI agents, and the node is usable as a tool', () => {
		expect(description.usableAsTool).toBe(true);
		for (const p of description.properties.filter((x) => x.name === 'operation')) {
			for (const o of p.options as Array<{ action?: string; name: string }>) expect(o.action && o.action.length > 8).toBe(true);
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
		const broken = { ...august, components: { schemas: { ...august.components.schemas, LicenseKeyRead: undefined } } };
		expect(() => supplemented(JSON.parse(JSON.stringify(broken)) as OpenApi)).toThrow(/references to schemas that do not exist: .*#\/components\/schemas\/LicenseKeyRead/);
	});
});
