/**
 * Every template in examples/ has its picture (`npm run docs:screenshots -- templates` saves
 * examples/screenshots/<template>.png), and its row in examples/README.md links that picture.
 * A new template without one, a renamed template or a deleted picture fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES = join(__dirname, '../../../examples');
const SCREENSHOTS = join(EXAMPLES, 'screenshots');
const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8').split('\n');
const templates = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Targets of the markdown links on a line: `[text](target)`. */
const linkTargets = (line: string) => [...line.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);

test('examples/ has templates to check', () => {
	expect(templates.length).toBeGreaterThan(0);
});

describe.each(templates)('%s', (file) => {
	const picture = `screenshots/${file.replace(/\.json$/, '.png')}`;
	const rows = readme.filter((line) => line.startsWith('|') && linkTargets(line).includes(file));

	test('has exactly one row in examples/README.md', () => {
		expect(rows).toHaveLength(1);
	});

	test(`its row links ${picture}`, () => {
		expect(linkTargets(rows[0] ?? '')).toContain(picture);
	});

	test(`${picture} is a PNG`, () => {
		const path = join(EXAMPLES, picture);
		expect(existsSync(path)).toBe(true);
		expect(readFileSync(path).subarray(0, PNG_SIGNATURE.length)).toEqual(PNG_SIGNATURE);
	});
});

test('every picture in examples/screenshots/ belongs to a template', () => {
	const pictures = existsSync(SCREENSHOTS) ? readdirSync(SCREENSHOTS) : [];
	expect(pictures.filter((p) => !templates.includes(p.replace(/\.png$/, '.json')))).toEqual([]);
});
