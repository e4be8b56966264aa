/**
 * The node and credential icons against n8n's icon rules: a light and a dark file, both well-formed
 * square SVGs, each readable on the surfaces of its theme. Every shape's effective fill and stroke
 * (SVG inheritance and defaults applied) must reach 3:1 against them: WCAG 2.1's non-text contrast
 * (success criterion 1.4.11), computed from the colours in the files.
 *
 * Surfaces, from n8n-editor-ui 2.41.0 (the editor of the pinned n8n 2.41.1; its design-system tokens
 * `--canvas--color--background` and `--node--color--background`, in dist/assets/index-*.css):
 *   light (`:root`/`[data-theme=light]`): canvas --color--neutral-125 #f5f5f5; node body
 *     --color--background--light-3 = --color--neutral-white oklch(100% 0 89.88), i.e. #ffffff;
 *   dark (`[data-theme=dark]`): canvas --color--neutral-950 oklch(20.46% 0 89.88); node body
 *     --color--neutral-850 #2b2b2b.
 * SVG parser: fast-xml-parser 5, already in node_modules (through @stoplight/prism-cli and n8n-core).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PolarApi } from '../../../credentials/PolarApi.credentials';
import { PolarOAuth2Api } from '../../../credentials/PolarOAuth2Api.credentials';
import { PolarWebhookSecretApi } from '../../../credentials/PolarWebhookSecretApi.credentials';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { PolarPollTrigger } from '../../../nodes/Polar/PolarPollTrigger.node';
import { PolarTrigger } from '../../../nodes/Polar/PolarTrigger.node';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const NON_TEXT_CONTRAST = 3;

/** WCAG relative luminance of an sRGB colour written #rgb or #rrggbb. */
function luminanceOfHex(hex: string): number {
	const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
	if (!digits) throw new Error(`not a #rgb/#rrggbb colour: ${hex}`);
	const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
	const [r, g, b] = [0, 2, 4].map((i) => {
		const c = parseInt(full.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Relative luminance of a grey written in OKLCH with chroma 0: OKLab's L cubed (its matrices map L,0,0 to equal linear RGB). */
const luminanceOfGreyOklch = (lightness: number) => lightness ** 3;

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

const SURFACES = {
	light: { canvas: luminanceOfHex('#f5f5f5'), node: luminanceOfGreyOklch(1) },
	dark: { canvas: luminanceOfGreyOklch(0.2046), node: luminanceOfHex('#2b2b2b') },
};

type Theme = keyof typeof SURFACES;
const FILES: Record<Theme, string> = { light: 'nodes/Polar/polar.svg', dark: 'nodes/Polar/polar.dark.svg' };

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };
const SHAPES = new Set(['circle', 'ellipse', 'line', 'path', 'polygon', 'polyline', 'rect']);
const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@')!;

interface Paint {
	shape: string;
	property: 'fill' | 'stroke';
	colour: string;
}

/** Parses an icon and lists the paint every shape ends up with (SVG defaults: fill black, stroke none). */
function readIcon(file: string) {
	const text = readFileSync(path.join(ROOT, file), 'utf8');
	const valid = XMLValidator.validate(text);
	if (valid !== true) throw new Error(`${file} is not well-formed XML: ${valid.err.msg}`);
	const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true }).parse(text) as XmlNode[];
	const root = tree.find((n) => tagOf(n) === 'svg');
	if (!root) throw new Error(`${file} has no <svg> root`);
	const paints: Paint[] = [];
	const tags: string[] = [];
	const walk = (node: XmlNode, inherited: { fill: string; stroke: string }) => {
		const tag = tagOf(node);
		tags.push(tag);
		const attributes = node[':@'] ?? {};
		const own = { fill: attributes.fill ?? inherited.fill, stroke: attributes.stroke ?? inherited.stroke };
		if (SHAPES.has(tag)) {
			for (const property of ['fill', 'stroke'] as const) {
				if (own[property] !== 'none') paints.push({ shape: tag, property, colour: own[property] });
			}
		}
		for (const child of (node[tag] as XmlNode[]) ?? []) if (tagOf(child) !== '#text') walk(child, own);
	};
	walk(root, { fill: '#000000', stroke: 'none' });
	return { text, svg: root[':@'] ?? {}, paints, tags };
}

describe('node and credential icons', () => {
	test('every node and credential names a light and a dark file, and those are the two icon files', () => {
		const icons = [new Polar().description.icon, new PolarTrigger().description.icon, new PolarPollTrigger().description.icon, new PolarApi().icon, new PolarOAuth2Api().icon, new PolarWebhookSecretApi().icon];
		for (const icon of icons) {
			expect(icon).toEqual({
				light: expect.stringMatching(new RegExp(`^file:(\\.\\./nodes/Polar/)?polar\\.svg$`)),
				dark: expect.stringMatching(new RegExp(`^file:(\\.\\./nodes/Polar/)?polar\\.dark\\.svg$`)),
			});
		}
		expect(readFileSync(path.join(ROOT, FILES.light), 'utf8')).not.toBe(readFileSync(path.join(ROOT, FILES.dark), 'utf8'));
	});

	describe.each(Object.keys(FILES) as Theme[])('%s icon', (theme) => {
		const icon = readIcon(FILES[theme]);

		test('is a square SVG: equal width and height, and a square viewBox from 0 0', () => {
			expect(icon.svg.xmlns).toBe('http://www.w3.org/2000/svg');
			const [x, y, w, h] = String(icon.svg.viewBox).trim().split(/[\s,]+/).map(Number);
			expect([x, y]).toEqual([0, 0]);
			expect(w).toBeGreaterThan(0);
			expect(h).toBe(w);
			expect(Number.parseFloat(icon.svg.width)).toBe(Number.parseFloat(icon.svg.height));
		});

		test('carries its colours in plain fill/stroke attributes (no CSS, no currentColor, nothing external)', () => {
			expect(icon.tags.filter((t) => ['style', 'image', 'script', 'use', 'foreignObject'].includes(t))).toEqual([]);
			expect(icon.text).not.toMatch(/\sstyle=|currentColor|url\(|href=/i);
			expect(icon.paints.length).toBeGreaterThan(0);
			for (const paint of icon.paints) expect(paint.colour).toMatch(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
		});

		test(`every shape's paint reaches ${NON_TEXT_CONTRAST}:1 against the ${theme} canvas and node body`, () => {
			const measured = [...new Set(icon.paints.map((p) => p.colour.toLowerCase()))].map((colour) => ({
				colour,
				shapes: icon.paints.filter((p) => p.colour.toLowerCase() === colour).length,
				canvas: Number(contrast(luminanceOfHex(colour), SURFACES[theme].canvas).toFixed(2)),
				node: Number(contrast(luminanceOfHex(colour), SURFACES[theme].node).toFixed(2)),
			}));
			console.log(`${theme} icon, contrast by colour (main colour first): ${JSON.stringify(measured.sort((a, b) => b.shapes - a.shapes))}`);
			for (const m of measured) {
				expect({ colour: m.colour, canvas: m.canvas >= NON_TEXT_CONTRAST, node: m.node >= NON_TEXT_CONTRAST }).toEqual({
					colour: m.colour,
					canvas: true,
					node: true,
				});
			}
		});
	});

	test('the contrast arithmetic matches WCAG reference values', () => {
		expect(contrast(luminanceOfHex('#000'), luminanceOfHex('#fff'))).toBeCloseTo(21, 5);
		expect(contrast(luminanceOfHex('#777777'), luminanceOfHex('#ffffff'))).toBeCloseTo(4.48, 2);
		// n8n's dark canvas, oklch(20.46% 0 89.88), is the sRGB grey #171717 to within rounding.
		expect(luminanceOfGreyOklch(0.2046)).toBeCloseTo(luminanceOfHex('#171717'), 3);
	});
});
