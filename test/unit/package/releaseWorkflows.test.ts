/**
 * The GitHub workflows cannot run here, so this reads them as GitHub does (YAML 1.2, where `on` is a
 * key and not a boolean) and checks what publishing a verifiable package depends on: CI runs the
 * README's test command with ../shared beside the checkout; a version tag runs those tests, then
 * publishes with npm provenance (OIDC id-token, Node 24, the NPM_TOKEN secret) and attaches the same
 * tarball to the GitHub release. package.json must name the public repository npm's provenance check
 * compares with. YAML parser: `yaml` 1.x, already in node_modules (through @stoplight/prism-cli).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const REPOSITORY = 'https://github.com/n8n-nodes-polar/n8n-nodes-polar';
const SPEC = path.resolve(ROOT, '..', 'shared', 'polar-openapi', '2026-10.openapi.json');

interface Step {
	id?: string;
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
	'working-directory'?: string;
}
interface Job {
	uses?: string;
	needs?: string | string[];
	permissions?: Record<string, string>;
	'timeout-minutes'?: number;
	env?: Record<string, string>;
	defaults?: { run?: { 'working-directory'?: string } };
	steps?: Step[];
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
}

const read = (name: string) => readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8');
const workflow = (name: string) => parse(read(name)) as Workflow;
const secretsIn = (text: string) => [...new Set([...text.matchAll(/secrets\.([A-Za-z0-9_]+)/g)].map((m) => m[1]))].sort();
const stepRunning = (job: Job, command: RegExp) => (job.steps ?? []).filter((s) => s.run !== undefined && command.test(s.run));
const action = (step: Step) => step.uses?.split('@')[0];

describe('ci.yml: the README test command on pushes and pull requests', () => {
	const ci = workflow('ci.yml');
	const job = ci.jobs.test;
	const checkout = job.steps!.find((s) => action(s) === 'actions/checkout')!;
	const checkoutDir = String(checkout.with!.path);

	test('runs on every branch push, on pull requests, and when the release workflow calls it', () => {
		expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push', 'workflow_call']);
		expect(ci.on.push).toEqual({ branches: ['**'] });
		expect(ci.permissions).toEqual({ contents: 'read' });
	});

	test('runs `npm test` in the checkout, within the 90-minute budget', () => {
		const runs = stepRunning(job, /^npm test$/m);
		expect(runs).toHaveLength(1);
		expect(runs[0]['working-directory'] ?? job.defaults?.run?.['working-directory']).toBe(checkoutDir);
		expect(job['timeout-minutes']).toBeLessThanOrEqual(90);
	});

	test('puts the pinned OpenAPI document at ../shared/polar-openapi/ relative to the checkout, before the tests', () => {
		expect(checkoutDir).not.toMatch(/[/\\]/); // one level below the workspace, so ../shared is the workspace's shared/
		const fetch = stepRunning(job, /shared\/polar-openapi\/2026-10\.openapi\.json/)[0];
		expect(fetch['working-directory']).toBe('.');
		expect(fetch.run).toMatch(/sha256sum --check/);
		expect(fetch.env).toEqual({ POLAR_OPENAPI_URL: '${{ vars.POLAR_OPENAPI_URL }}' });
		expect(job.steps!.indexOf(fetch)).toBeLessThan(job.steps!.indexOf(stepRunning(job, /^npm test$/m)[0]));
	});

	test('pins the very document the generated code is built from', () => {
		const pinned = job.env!.POLAR_OPENAPI_SHA256;
		const local = createHash('sha256').update(readFileSync(SPEC)).digest('hex');
		expect(pinned).toBe(local);
	});

	test('needs no secret', () => {
		expect(secretsIn(read('ci.yml'))).toEqual([]);
	});
});

describe('release.yml: a version tag is tested, published with provenance and attached to its release', () => {
	const release = workflow('release.yml');
	const publish = release.jobs.publish;

	test('starts on a version tag (v*) only', () => {
		expect(release.on).toEqual({ push: { tags: ['v*'] } });
		expect(release.permissions).toEqual({ contents: 'read' });
	});

	test('runs the tests (the CI workflow) first, and publishes only after them', () => {
		const testJobs = Object.entries(release.jobs).filter(([, j]) => j.uses === './.github/workflows/ci.yml');
		expect(testJobs).toHaveLength(1);
		expect([publish.needs].flat()).toEqual([testJobs[0][0]]);
	});

	test('the publish job may mint an OIDC token and write the release, nothing more', () => {
		expect(publish.permissions).toEqual({ 'id-token': 'write', contents: 'write' });
	});

	test('publishes with Node 24 from the npm registry', () => {
		const setup = publish.steps!.filter((s) => action(s) === 'actions/setup-node');
		expect(setup).toHaveLength(1);
		expect(setup[0].with).toMatchObject({ 'node-version': 24, 'registry-url': 'https://registry.npmjs.org' });
	});

	test('checks the tag against the version and the repository against package.json before publishing', () => {
		const check = stepRunning(publish, /GITHUB_REF_NAME" != "v\$version"/);
		expect(check).toHaveLength(1);
		expect(check[0].run).toContain('"git+$GITHUB_SERVER_URL/$GITHUB_REPOSITORY.git"');
		expect(publish.steps!.indexOf(check[0])).toBeLessThan(publish.steps!.indexOf(stepRunning(publish, /npm publish/)[0]));
	});

	test('publishes the packed tarball with --provenance --access public and the NPM_TOKEN secret', () => {
		const pack = stepRunning(publish, /npm pack/);
		expect(pack).toHaveLength(1);
		const tarball = `\${{ steps.${pack[0].id}.outputs.tarball }}`;
		const steps = stepRunning(publish, /npm publish/);
		expect(steps).toHaveLength(1);
		expect(steps[0].run).toMatch(/^npm publish "\.\/\$TARBALL" --provenance --access public$/);
		expect(steps[0].env).toEqual({ TARBALL: tarball, NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
		expect(secretsIn(read('release.yml'))).toEqual(['NPM_TOKEN']);
	});

	test('attaches that same tarball to the GitHub release of the tag', () => {
		const pack = stepRunning(publish, /npm pack/)[0];
		const attach = stepRunning(publish, /gh release (create|upload)/);
		expect(attach).toHaveLength(1);
		expect(attach[0].run).toMatch(/gh release create "\$GITHUB_REF_NAME" "\$TARBALL"/);
		expect(attach[0].run).toMatch(/gh release upload "\$GITHUB_REF_NAME" "\$TARBALL"/);
		expect(attach[0].env).toMatchObject({ TARBALL: `\${{ steps.${pack.id}.outputs.tarball }}`, GH_TOKEN: '${{ github.token }}' });
	});
});

describe('package.json: where the source and the issues are', () => {
	const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
		repository: { type: string; url: string; directory?: string };
		homepage: string;
		bugs: { url: string };
	};

	test('repository is the public GitHub repository, at its root (no directory), as release.yml checks it', () => {
		expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git` });
	});

	test('homepage and bugs point into that repository', () => {
		expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
		expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
	});
});
