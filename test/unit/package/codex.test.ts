/**
 * The codex files (`X.node.json` beside `X.node.js`) that place the nodes in n8n's node panel: its
 * categories, the words its search finds them by, and the documentation links it shows for the node
 * and its credential. Checked as n8n reads them (its own loader's codex reader), and in the tarball
 * next to the node files package.json's `n8n.nodes` names.
 *
 * Valid categories: n8n's docs, "Node codex files" and "Node categories"
 * (n8n-io/n8n-docs docs/integrations/creating-nodes/build/reference/node-codex-files.md and
 * docs/integrations/creating-nodes/build/node-categories.md): "You must match the syntax". n8n's own
 * billing nodes use them the same way (n8n-io/n8n packages/nodes-base/nodes/Stripe/Stripe.node.json:
 * Finance & Accounting, Sales; Chargebee: Finance & Accounting; Paddle: Sales).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CustomDirectoryLoader } from 'n8n-core';
import type { INodeType } from 'n8n-workflow';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { PolarPollTrigger } from '../../../nodes/Polar/PolarPollTrigger.node';
import { PolarTrigger } from '../../../nodes/Polar/PolarTrigger.node';

const ROOT = path.resolve(__dirname, '..', '..', '..');

const VALID_CATEGORIES = [
	'Analytics',
	'Communication',
	'Data & Storage',
	'Development',
	'Finance & Accounting',
	'Marketing & Content',
	'Miscellaneous',
	'Productivity',
	'Sales',
	'Utility',
];

/** What people type into the node panel's search when they look for Polar (issue 14). */
const SEARCHED_FOR = ['billing', 'subscriptions', 'payments', 'license keys', 'polar.sh'];

interface Codex {
	node: string;
	nodeVersion: string;
	codexVersion: string;
	categories: string[];
	alias: string[];
	resources: Record<'primaryDocumentation' | 'credentialDocumentation', Array<{ url: string }>>;
}

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
	name: string;
	repository: { url: string };
	n8n: { nodes: string[] };
};
const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** The source codex of a compiled node path from package.json: dist/nodes/Polar/Polar.node.js → nodes/Polar/Polar.node.json. */
const codexSourceOf = (compiled: string) => compiled.replace(/^dist\//, '').replace(/\.js$/, '.json');

/** README heading anchors as GitHub makes them. */
const readmeAnchors = new Set(
	readFileSync(path.join(ROOT, 'README.md'), 'utf8')
		.split('\n')
		.filter((line) => /^#{1,6} /.test(line))
		.map((line) => line.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')),
);

const NODES: Array<[string, INodeType]> = [
	['dist/nodes/Polar/Polar.node.js', new Polar()],
	['dist/nodes/Polar/PolarTrigger.node.js', new PolarTrigger()],
	['dist/nodes/Polar/PolarPollTrigger.node.js', new PolarPollTrigger()],
];

test('package.json registers exactly these nodes', () => {
	expect([...pkg.n8n.nodes].sort()).toEqual(NODES.map(([file]) => file).sort());
});

describe.each(NODES)('%s', (compiled, node) => {
	const source = codexSourceOf(compiled);
	const codex = JSON.parse(readFileSync(path.join(ROOT, source), 'utf8')) as Codex;
	const { description } = node;

	test('names the node as n8n types it, and its version', () => {
		expect(codex.node).toBe(`${pkg.name}.${description.name}`);
		expect(codex.nodeVersion).toBe(`${description.version}.0`);
		expect(codex.codexVersion).toBe('1.0');
	});

	test("uses only n8n's valid categories", () => {
		expect(codex.categories.length).toBeGreaterThan(0);
		for (const category of codex.categories) expect(VALID_CATEGORIES).toContain(category);
	});

	test('is found by what people search for', () => {
		expect(codex.alias).toEqual(expect.arrayContaining(SEARCHED_FOR));
		expect(new Set(codex.alias).size).toBe(codex.alias.length);
		for (const alias of codex.alias) expect(alias).toBe(alias.trim().toLowerCase());
	});

	test('links node and credential documentation to sections of the README that exist', () => {
		for (const kind of ['primaryDocumentation', 'credentialDocumentation'] as const) {
			const links = codex.resources[kind];
			expect(links.length).toBeGreaterThan(0);
			for (const { url } of links) {
				const [page, anchor] = url.split('#');
				expect(page).toBe(repository);
				expect({ url, anchorExists: readmeAnchors.has(anchor) }).toEqual({ url, anchorExists: true });
			}
		}
	});

	test("n8n's loader reads the codex the way it reads it beside the compiled node", () => {
		const loader = new CustomDirectoryLoader(ROOT);
		// DirectoryLoader.getCodex(filePath) requires `${filePath}on`, i.e. X.node.json beside X.node.js.
		const read = (loader as unknown as { getCodex: (file: string) => unknown }).getCodex(source.replace(/\.json$/, '.js'));
		expect(read).toEqual({
			categories: codex.categories,
			alias: codex.alias,
			resources: codex.resources,
		});
	});
});

describe('the build and the tarball', () => {
	let packed: string[];

	beforeAll(() => {
		// Only the asset step of `npm run build` (gulp), which is what copies the codex files; tsc is not needed for this.
		execFileSync(path.join(ROOT, 'node_modules', '.bin', 'gulp'), ['build:assets'], { cwd: ROOT, stdio: 'pipe' });
		const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as Array<{
			files: Array<{ path: string }>;
		}>;
		packed = report.files.map((f) => f.path);
	}, 60000);

	test.each(NODES.map(([compiled]) => compiled))('%s has its codex and icons beside it in dist/ and in the tarball', (compiled) => {
		const codex = compiled.replace(/\.js$/, '.json');
		const folder = path.posix.dirname(compiled);
		expect(existsSync(path.join(ROOT, codex))).toBe(true);
		expect(readFileSync(path.join(ROOT, codex), 'utf8')).toBe(readFileSync(path.join(ROOT, codexSourceOf(compiled)), 'utf8'));
		expect(packed).toEqual(expect.arrayContaining([codex, `${folder}/polar.svg`, `${folder}/polar.dark.svg`]));
	});
});
