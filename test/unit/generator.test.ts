import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Polar } from '../../nodes/Polar/Polar.node';
import { operations } from '../../nodes/Polar/generated/operations';

const ROOT = path.resolve(__dirname, '..', '..');
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

	test('covers all 186 operations of the spec, each exactly once', () => {
		const spec = JSON.parse(readFileSync(SPEC, 'utf8'));
		const specIds = Object.values(spec.paths).flatMap((item) =>
			Object.entries(item as Record<string, { operationId?: string }>).filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map(([, o]) => o.operationId),
		);
		expect(specIds).toHaveLength(186);
		expect(new Set(pairs).size).toBe(pairs.length);
		// Besides the 186 API operations, hand-written composite ones (File → Upload) run several calls.
		const composite = ['file:upload'];
		expect(pairs.filter((p) => !composite.includes(p)).sort()).toEqual(Object.keys(operations).sort());
		expect(pairs.filter((p) => composite.includes(p))).toEqual(composite);
		expect(Object.values(operations).map((o) => o.id).sort()).toEqual([...specIds].sort());
	});

	test('stays lean: at most 1.5 KB of description JSON per operation', () => {
		const bytes = Buffer.byteLength(JSON.stringify(description));
		expect(bytes / 186).toBeLessThanOrEqual(1536);
	});

	test('every operation has an action sentence for AI agents, and the node is usable as a tool', () => {
		expect(description.usableAsTool).toBe(true);
		for (const p of description.properties.filter((x) => x.name === 'operation')) {
			for (const o of p.options as Array<{ action?: string; name: string }>) expect(o.action && o.action.length > 8).toBe(true);
		}
	});
});
