/**
 * Generator: Polar OpenAPI document (+ its hand-written supplement, see supplement.ts) →
 * nodes/Polar/generated/* and the README operation table.
 *
 *   npm run generate [-- spec.json] [--out DIR] [--readme FILE]
 *   npm run generate:check
 *
 * Both compile tools/generate (tsconfig in this folder) and run the compiled copy in build/.
 * --out DIR      write the generated folder somewhere else
 * --readme FILE  update another README's operation table
 * --check        write nothing; exit 1 and list the files that differ from what is committed
 *
 * After writing, it prints the editor report (report.ts): JSON fields, type-choice names, bare
 * codes, undescribed fields, preselected choices and the description's size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generate, replaceReadmeSection } from './files';
import { formatReport } from './report';
import { ROOT } from './paths';

export const DEFAULT_SPEC = path.resolve(ROOT, '..', 'shared', 'polar-openapi', '2026-10.openapi.json');

interface Args {
	spec: string;
	out: string;
	check: boolean;
	readme: string;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { spec: DEFAULT_SPEC, out: path.join(ROOT, 'nodes', 'Polar', 'generated'), check: false, readme: path.join(ROOT, 'README.md') };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--check') args.check = true;
		else if (a === '--out') args.out = path.resolve(argv[++i]);
		else if (a === '--readme') args.readme = path.resolve(argv[++i]);
		else args.spec = path.resolve(a);
	}
	return args;
}

/** The generated files and README that differ from what `generate` would write. */
export function staleFiles(args: Pick<Args, 'spec' | 'out' | 'readme'>): { stale: string[]; files: number; operations: number } {
	const { files, readmeTable, count } = generate(args.spec);
	const stale: string[] = [];
	for (const [name, content] of Object.entries(files)) {
		const file = path.join(args.out, name);
		if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) stale.push(path.relative(ROOT, file));
	}
	const readme = fs.existsSync(args.readme) ? fs.readFileSync(args.readme, 'utf8') : '# n8n-nodes-polar\n';
	if (replaceReadmeSection(readme, readmeTable) !== readme) stale.push(path.relative(ROOT, args.readme));
	return { stale, files: Object.keys(files).length, operations: count };
}

function main(): void {
	const args = parseArgs(process.argv.slice(2));
	if (!fs.existsSync(args.spec)) {
		console.error(`generate: OpenAPI document not found at ${args.spec}`);
		process.exit(2);
	}
	if (args.check) {
		const { stale, files, operations } = staleFiles(args);
		if (stale.length) {
			console.error(`generate --check: stale generated files (run npm run generate):\n  ${stale.join('\n  ')}`);
			process.exit(1);
		}
		console.log(`generate --check: ${files} files and the README table are up to date (${operations} operations)`);
		return;
	}
	const { files, readmeTable, count, report } = generate(args.spec);
	const readme = fs.existsSync(args.readme) ? fs.readFileSync(args.readme, 'utf8') : '# n8n-nodes-polar\n';
	fs.mkdirSync(args.out, { recursive: true });
	for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(args.out, name), content);
	fs.writeFileSync(args.readme, replaceReadmeSection(readme, readmeTable));
	console.log(`generate: wrote ${Object.keys(files).length} files to ${path.relative(ROOT, args.out) || '.'} and the README table (${count} operations)`);
	console.log(formatReport(report));
}

if (require.main === module) main();
