/**
 * The pictures of examples/README.md: each template of examples/, imported into the demo's n8n
 * with the credentials it references and the settings its README row asks for, opened on the
 * canvas, fitted to view and saved as examples/screenshots/<template>.png.
 *
 * The Polar credential points at the demo's emulator; the other services' credentials only have
 * to exist (nothing is run), so they hold loopback placeholders.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CredentialDefinition, WorkflowDefinition } from '../e2e/definitions';
import type { N8nServer } from '../e2e/server';
import { waitFor } from '../e2e/wait';
import { configureTemplate, EXAMPLES_DIR, TEMPLATE_CREDENTIALS, TEMPLATES } from '../e2e/templates';
import type { Emulator } from '../emulator/types';
import { API_VERSION } from '../../nodes/Polar/generated/meta';
import { EMULATOR_TOKEN } from '../demo/workflows';

export const TEMPLATE_SCREENSHOTS_DIR = join(EXAMPLES_DIR, 'screenshots');

/** examples/screenshots/<the template's file name without .json>.png */
export function templateScreenshotPath(file: string): string {
	return join(TEMPLATE_SCREENSHOTS_DIR, file.replace(/\.json$/, '.png'));
}

/** The credentials the templates name, and the templates set up as their README row says. */
export function templateImports(polar: Emulator): { credentials: CredentialDefinition[]; workflows: WorkflowDefinition[] } {
	const organizationId = polar.store.list('organizations')[0]?.id;
	if (!organizationId) throw new Error('the emulator has no organization');
	const credentials: CredentialDefinition[] = [
		{
			...TEMPLATE_CREDENTIALS.polarApi,
			type: 'polarApi',
			data: { tokenType: 'organization', accessToken: EMULATOR_TOKEN, environment: 'custom', baseUrl: polar.url, apiVersion: API_VERSION },
		},
		{
			...TEMPLATE_CREDENTIALS.smtp,
			type: 'smtp',
			data: { user: '', password: '', host: '127.0.0.1', port: 2525, secure: false, disableStartTls: true, hostName: '' },
		},
		{
			...TEMPLATE_CREDENTIALS.postgres,
			type: 'postgres',
			data: { host: '127.0.0.1', port: 5432, database: 'polar', user: 'polar', password: '', ssl: 'disable' },
		},
		// A throw-away folder's key for an endpoint nobody calls.
		{ ...TEMPLATE_CREDENTIALS.httpHeaderAuth, type: 'httpHeaderAuth', data: { name: 'X-Usage-Key', value: randomBytes(12).toString('hex') } },
		// Nothing is run: a Base URL on loopback that nobody serves, and no real key.
		{ ...TEMPLATE_CREDENTIALS.openAiApi, type: 'openAiApi', data: { apiKey: 'sk-placeholder', url: 'http://127.0.0.1:9/v1', header: false } },
	];
	const workflows = [
		configureTemplate(TEMPLATES.orderPaid.file, TEMPLATES.orderPaid.id, {
			'Post to the chat channel': { url: 'https://chat.example.com/hooks/polar-orders' },
		}),
		configureTemplate(TEMPLATES.pastDue.file, TEMPLATES.pastDue.id),
		configureTemplate(TEMPLATES.export.file, TEMPLATES.export.id),
		configureTemplate(TEMPLATES.usage.file, TEMPLATES.usage.id),
		configureTemplate(TEMPLATES.licenses.file, TEMPLATES.licenses.id, { 'Validate with Polar': { organizationId } }),
		configureTemplate(TEMPLATES.aiUsage.file, TEMPLATES.aiUsage.id),
	];
	return { credentials, workflows };
}

/**
 * The canvas's badges for a node n8n would not run as it stands (a missing credential or required
 * parameter): the pictures must show a correct set-up.
 */
const ISSUE_BADGES = '[data-test-id="node-issues"], [data-test-id="node-setup-required"]';

/**
 * Larger than the README's pictures: the biggest template (two rows and its note) stays readable
 * when fitted to the canvas.
 */
const TEMPLATE_VIEWPORT = { width: 1440, height: 900 };

/**
 * Every credential a template names exists in n8n under that id: the canvas shows no badge for a
 * reference to a missing one (only the node's panel does).
 */
export async function assertCredentialsExist(n8n: N8nServer, workflows: WorkflowDefinition[]): Promise<void> {
	const stored = new Set((await n8n.rest<Array<{ id: string }>>('GET', '/credentials')).map((c) => c.id));
	const missing = workflows.flatMap((wf) =>
		wf.nodes.flatMap((node) => Object.values(node.credentials ?? {}).filter((ref) => !stored.has(ref.id)).map((ref) => `${wf.name} → ${node.name} → "${ref.name}"`)),
	);
	if (missing.length) throw new Error(`templates name credentials n8n does not have: ${missing.join('; ')}`);
}

/**
 * n8n fits the view to the whole canvas, under its floating bottom bar (zoom controls, Execute
 * workflow), which can then cover the lowest nodes' names. Zooms out in small steps around the
 * top of the canvas until every node, its name and the notes end above that bar.
 */
async function clearBottomBar(page: Page, file: string): Promise<void> {
	const canvas = await page.locator('[data-test-id="canvas-wrapper"]').boundingBox();
	const bar = await Promise.all(['execute-workflow-button', 'canvas-controls'].map((id) => page.locator(`[data-test-id="${id}"]`).first().boundingBox()));
	if (!canvas) throw new Error('the canvas is not on the page');
	const limit = Math.min(...bar.map((box) => box?.y ?? canvas.y + canvas.height)) - 12;
	const content = page.locator('[data-test-id="canvas-node"], [data-test-id="canvas-default-node"] > *, [data-test-id="sticky"]');
	const bottom = async () => Math.max(...(await Promise.all((await content.all()).map((l) => l.boundingBox()))).map((b) => (b ? b.y + b.height : 0)));
	for (let step = 0; step < 20 && (await bottom()) > limit; step++) {
		// Below the Editor / Executions switch, which sits over the canvas's top centre.
		await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + 30);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, 20);
		await page.keyboard.up('Control');
		await page.waitForTimeout(300);
	}
	const last = await bottom();
	if (last > limit) throw new Error(`${file}: the nodes still reach under the canvas's bottom bar (${last} px > ${limit} px)`);
}

/** Opens each template on the canvas, fits it to the view and saves its picture. */
export async function captureTemplates(page: Page, n8n: N8nServer, save: (path: string) => Promise<void>): Promise<void> {
	const templates = Object.values(TEMPLATES).map(({ file, id }) => ({ file, workflow: configureTemplate(file, id) }));
	await assertCredentialsExist(n8n, templates.map((t) => t.workflow));
	const previous = page.viewportSize();
	await page.setViewportSize(TEMPLATE_VIEWPORT);
	for (const { file, workflow } of templates) {
		await showWholeWorkflow(page, n8n, workflow, file);
		await save(templateScreenshotPath(file));
	}
	if (previous) await page.setViewportSize(previous);
}

/**
 * Opens a workflow on the canvas and fits it to the view, every node's name above the bottom bar;
 * fails when n8n flags a node as not ready to run.
 */
export async function showWholeWorkflow(page: Page, n8n: N8nServer, workflow: WorkflowDefinition, label: string): Promise<void> {
	await page.goto(`${n8n.baseUrl}/workflow/${workflow.id}`);
	// Every node and sticky note drawn before the view is fitted to them.
	const drawn = page.locator('[data-test-id="canvas-node"], [data-test-id="sticky"]');
	await waitFor(`the ${workflow.nodes.length} nodes of ${label} on the canvas`, async () => (await drawn.count()) >= workflow.nodes.length, 60_000);
	await page.locator('[data-test-id="zoom-to-fit"]').click();
	// Lets the zoom animation finish.
	await page.waitForTimeout(800);
	await clearBottomBar(page, label);
	// Zooming shows the minimap for a moment; n8n hides it again once the view stays put.
	await page.locator('[data-test-id="canvas-minimap"]').waitFor({ state: 'hidden', timeout: 15_000 });
	const flagged = page.locator('[data-test-id="canvas-node"]').filter({ has: page.locator(ISSUE_BADGES) });
	if (await flagged.count()) {
		const names = await flagged.allInnerTexts();
		throw new Error(`${label}: n8n flags nodes as not ready to run: ${names.map((n) => n.split('\n')[0]).join(', ')}`);
	}
}
