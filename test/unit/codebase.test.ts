/**
 * Guards of the codebase's shape (the brief's rules), read from the sources themselves: no API path
 * typed outside the generated table, no hand-written file over 300 lines, nothing under tools/
 * importing test/, and no import circle. Each check is a pure function tested on a tiny input that
 * breaks it, so a check that cannot fail would show.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCE = /\.(ts|js)$/;
const MAX_LINES = 300;

function filesUnder(dir: string): string[] {
	const abs = path.join(ROOT, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs).flatMap((name) => {
		const rel = path.join(dir, name);
		if (name === 'node_modules') return [];
		return statSync(path.join(ROOT, rel)).isDirectory() ? filesUnder(rel) : SOURCE.test(name) ? [rel] : [];
	});
}

const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const isGenerated = (rel: string, text: string) => rel.split(path.sep).includes('generated') || text.startsWith('// GENERATED FILE');

/** Lines of a source that type an API path (a quote, then /v1/) instead of taking it from the table. */
export function pathLiterals(text: string): number[] {
	return text.split('\n').flatMap((line, i) => (/['"`]\/v1\//.test(line) ? [i + 1] : []));
}

/** Lines of a text as an editor counts them (a final newline ends the last line, it does not start one). */
export function lineCount(text: string): number {
	return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The relative module specifiers a source imports, exports from or requires. */
export function relativeImports(text: string): string[] {
	const found: string[] = [];
	// Statements start a line, so an import written inside a string (the generator's templates) is not one.
	const patterns = [
		/^(?:import|export)\b[^;]*?\bfrom\s*['"](\.{1,2}\/[^'"]*)['"]/gm,
		/^import\s*['"](\.{1,2}\/[^'"]*)['"]/gm,
		/\b(?:require|import)\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g,
	];
	for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]);
	return found;
}

/** The file a relative specifier of `from` names (TypeScript's resolution: .ts, .js, /index.ts), or undefined. */
function resolveImport(from: string, specifier: string): string | undefined {
	const base = path.join(path.dirname(from), specifier);
	const candidates = [base, `${base}.ts`, `${base}.js`, path.join(base, 'index.ts'), path.join(base, 'index.js')];
	return candidates.find((c) => existsSync(path.join(ROOT, c)) && statSync(path.join(ROOT, c)).isFile());
}

/** Every import circle of a graph (file → files it imports), each once, as the path that closes it. */
export function findCycles(graph: Map<string, string[]>): string[][] {
	const cycles: string[][] = [];
	const done = new Set<string>();
	const onPath: string[] = [];
	const visit = (node: string) => {
		const at = onPath.indexOf(node);
		if (at !== -1) {
			cycles.push([...onPath.slice(at), node]);
			return;
		}
		if (done.has(node)) return;
		onPath.push(node);
		for (const next of graph.get(node) ?? []) visit(next);
		onPath.pop();
		done.add(node);
	};
	for (const node of [...graph.keys()].sort()) visit(node);
	return cycles;
}

const sources = ['nodes', 'credentials', 'tools'].flatMap(filesUnder);

describe('the checks themselves', () => {
	test('a typed API path is found, a path in prose is not', () => {
		expect(pathLiterals("const a = 1;\nclient.send({ path: '/v1/files/' });\n// e.g. /v1/products/abc\nconst b = `/v1/x/${id}`;")).toEqual([2, 4]);
	});

	test('relative imports are found in every form, packages and imports inside strings are not', () => {
		const text = "import a from './a';\nimport type {\n\tB,\n} from '../b';\nexport { c } from './c';\nimport './d';\nconst e = require('./e');\nimport x from 'n8n-workflow';\nconst t = `${h}import type { T } from '../types';`;";
		expect(relativeImports(text)).toEqual(['./a', '../b', './c', './d', './e']);
	});

	test('line counts: 301 lines are over the limit, 300 with a final newline are not', () => {
		expect(lineCount('x\n'.repeat(300))).toBe(300);
		expect(lineCount(`${'x\n'.repeat(300)}x`)).toBe(301);
	});

	test('the circle finder finds a circle, reports it once, and passes a graph without one', () => {
		const circle = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
		expect(findCycles(circle)).toEqual([['a', 'b', 'c', 'a']]);
		expect(findCycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
		expect(findCycles(new Map([['self', ['self']]]))).toEqual([['self', 'self']]);
	});
});

describe('the codebase', () => {
	test('reads the sources it guards', () => {
		process.stdout.write(`codebase: ${sources.length} source files under nodes/, credentials/, tools/\n`);
		expect(sources).toContain(path.join('nodes', 'Polar', 'actions', 'router.ts'));
		expect(sources.filter((f) => f.startsWith('tools')).length).toBeGreaterThan(20);
	});

	test("no '/v1/' path typed under nodes/ outside generated/: paths come from the operation table", () => {
		const found = sources
			.filter((f) => f.startsWith('nodes') && !isGenerated(f, read(f)))
			.flatMap((f) => pathLiterals(read(f)).map((line) => `${f}:${line}`));
		expect(found).toEqual([]);
	});

	test(`no hand-written source under nodes/, credentials/ or tools/ is over ${MAX_LINES} lines`, () => {
		const long = sources
			.map((f) => ({ f, text: read(f) }))
			.filter(({ f, text }) => !isGenerated(f, text))
			.map(({ f, text }) => ({ f, lines: lineCount(text) }))
			.filter(({ lines }) => lines > MAX_LINES);
		expect(long).toEqual([]);
	});

	const graph = new Map(sources.map((f) => [f, [...new Set(relativeImports(read(f)).map((s) => resolveImport(f, s) ?? `${f} → unresolved ${s}`))]]));

	test('every relative import resolves to a file', () => {
		expect([...graph.values()].flat().filter((target) => target.includes('unresolved'))).toEqual([]);
	});

	test('nothing under tools/ imports from test/', () => {
		const fromTools = [...graph].filter(([f]) => f.startsWith('tools')).flatMap(([f, targets]) => targets.filter((t) => t.startsWith(`test${path.sep}`)).map((t) => `${f} → ${t}`));
		expect(fromTools).toEqual([]);
	});

	test('no import circle among nodes/, credentials/ and tools/', () => {
		const inScope = new Map([...graph].map(([f, targets]) => [f, targets.filter((t) => graph.has(t))]));
		expect(findCycles(inScope).map((c) => c.join(' → '))).toEqual([]);
	});
});
