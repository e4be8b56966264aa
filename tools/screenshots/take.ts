/**
 * `npm run docs:screenshots` (through tools/screenshots/run.sh): starts the demo stack on a
 * throw-away user folder and free loopback ports, drives the n8n editor with playwright-core and
 * Debian's Chromium, saves the README's screenshots to docs/screenshots/ and one per template of
 * examples/ to examples/screenshots/ (templates.ts), and stops everything.
 *
 * Env: CHROMIUM_PATH (default /usr/bin/chromium), POLAR_SCREENSHOTS_KEEP=1 (keep the temporary
 * folder: n8n's log and the browser profile).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '../e2e/installation';
import { DEMO_OWNER, startDemoStack, type DemoStack } from '../demo/stack';
import { WORKFLOW_IDS } from '../demo/workflows';
import { FORMS_WORKFLOW_ID, formWorkflows, LICENSE_KEYS_NODE, METER_NODE } from './forms';
import { agentImports, captureAgent } from './agents';
import { captureTemplates, templateImports, TEMPLATE_SCREENSHOTS_DIR } from './templates';

const OUTPUT_DIR = join(REPO_ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
/** A filled form is pictured whole, from the resource and operation down: a taller window. */
const FORM_VIEWPORT = { width: 1280, height: 1400 };

/**
 * Chromium's own background traffic (updates, sync, field trials) has nowhere to go on a closed
 * network and only slows the page down; these switches turn it off.
 */
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const progress = (line: string) => process.stdout.write(`[screenshots] ${line}\n`);

async function signIn(page: Page, baseUrl: string): Promise<void> {
	await page.goto(`${baseUrl}/signin`);
	await page.getByLabel('Email').fill(DEMO_OWNER.email);
	await page.getByLabel('Password').fill(DEMO_OWNER.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** Closes whatever modal n8n greets a new user with (none in 2.41 with this setup; kept for newer ones). */
async function dismissModals(page: Page): Promise<void> {
	for (let i = 0; i < 3; i++) {
		const close = page.locator('.el-dialog__headerbtn:visible, [data-test-id="modal-close-button"]:visible').first();
		if (!(await close.count())) return;
		await close.click();
		await page.waitForTimeout(300);
	}
}

/** Opens a workflow and double-clicks one of its nodes: the node's panel (NDV) opens. */
async function openNode(page: Page, baseUrl: string, workflowId: string, nodeName: string): Promise<void> {
	await page.goto(`${baseUrl}/workflow/${workflowId}`);
	await dismissModals(page);
	const node = page.locator('[data-test-id="canvas-node"]').filter({ hasText: nodeName });
	await node.waitFor();
	await node.dblclick();
	await page.locator('[data-test-id="ndv"]').waitFor();
	await page.locator('[data-test-id="parameter-input-operation"]').waitFor();
	// Lets the panel's opening animation finish before anything is captured.
	await page.waitForTimeout(800);
}


async function capture(page: Page, path: string): Promise<void> {
	// The mouse would otherwise leave a hover highlight wherever it last clicked.
	const { width, height } = page.viewportSize() ?? VIEWPORT;
	await page.mouse.move(width - 5, height - 5);
	await page.waitForTimeout(400);
	await page.screenshot({ path });
	progress(`saved ${path.slice(REPO_ROOT.length + 1)}`);
}

/** The README's pictures (docs/screenshots/). */
async function readmeScreenshots(page: Page, stack: DemoStack): Promise<void> {
	const baseUrl = stack.n8n.baseUrl;
	// (a) The operation picker: the Polar node open, its Operation list unfolded.
	await openNode(page, baseUrl, WORKFLOW_IDS.listCustomers, 'List customers');
	await page.locator('[data-test-id="parameter-input-operation"]').click();
	await page.getByRole('option', { name: 'Get Many' }).waitFor();
	await capture(page, join(OUTPUT_DIR, 'operation-picker.png'));

	// (b) Filled forms, built with fields only, each whole in a taller window: Product → Create with two
	// price rows, Benefit → Create for license keys, Meter → Create with a filter clause and a sum.
	await page.setViewportSize(FORM_VIEWPORT);
	await openNode(page, baseUrl, WORKFLOW_IDS.productCheckout, 'Create product');
	await capture(page, join(OUTPUT_DIR, 'product-create-form.png'));
	await openNode(page, baseUrl, FORMS_WORKFLOW_ID, LICENSE_KEYS_NODE);
	await capture(page, join(OUTPUT_DIR, 'benefit-license-keys-form.png'));
	await openNode(page, baseUrl, FORMS_WORKFLOW_ID, METER_NODE);
	await capture(page, join(OUTPUT_DIR, 'meter-create-form.png'));
	await page.setViewportSize(VIEWPORT);

	// (c) An execution: Customer → Get Many with Return All, run against the emulator.
	await openNode(page, baseUrl, WORKFLOW_IDS.listCustomers, 'List customers');
	await page.locator('[data-test-id="node-execute-button"]').click();
	const output = page.locator('[data-test-id="output-panel"]');
	await output.getByText(`${stack.polar.store.count('customers')} items`).waitFor({ timeout: 60_000 });
	// The "Node executed successfully" toast would cover the table: close it.
	await page.locator('.el-notification .el-notification__closeBtn').first().click().catch(() => {});
	// Narrows the (empty) input panel in favour of the output table, by dragging the middle
	// panel's handle to the left.
	const handle = page.locator('[data-test-id="panel-drag-button"]');
	const box = await handle.boundingBox();
	if (box) {
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 260, box.y + box.height / 2, { steps: 10 });
		await page.mouse.up();
	}
	await capture(page, join(OUTPUT_DIR, 'execution-output.png'));
}

async function takeScreenshots(context: BrowserContext, stack: DemoStack, sets: ScreenshotSet[]): Promise<void> {
	const page = context.pages()[0] ?? (await context.newPage());
	await signIn(page, stack.n8n.baseUrl);
	if (sets.includes('readme')) await readmeScreenshots(page, stack);
	// Each template of examples/ on the canvas (examples/screenshots/).
	if (sets.includes('templates')) await captureTemplates(page, stack.n8n, (path) => capture(page, path));
	// Polar Tools in an AI agent (docs/screenshots/agent-*.png).
	if (sets.includes('agents')) await captureAgent(page, stack.n8n, (path) => capture(page, path));
}

const SCREENSHOT_SETS = ['readme', 'templates', 'agents'] as const;
type ScreenshotSet = (typeof SCREENSHOT_SETS)[number];

/** `npm run docs:screenshots [-- readme|templates|agents]`: every set unless some are named. */
function chosenSets(args: string[]): ScreenshotSet[] {
	const unknown = args.filter((a) => !(SCREENSHOT_SETS as readonly string[]).includes(a));
	if (unknown.length) throw new Error(`unknown screenshot set ${unknown.join(', ')}: expected ${SCREENSHOT_SETS.join(', ')}`);
	return args.length ? (args as ScreenshotSet[]) : [...SCREENSHOT_SETS];
}

async function main(): Promise<void> {
	const started = Date.now();
	const sets = chosenSets(process.argv.slice(2));
	const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
	await mkdir(join(REPO_ROOT, '.cache'), { recursive: true });
	const workDir = await mkdtemp(join(REPO_ROOT, '.cache', 'screenshots-'));
	let stack: DemoStack | undefined;
	let context: BrowserContext | undefined;
	try {
		const extraImports = (polar: Parameters<typeof templateImports>[0]) => {
			const parts = [
				sets.includes('templates') ? templateImports(polar) : undefined,
				sets.includes('agents') ? agentImports() : undefined,
				sets.includes('readme') ? { credentials: [], workflows: formWorkflows() } : undefined,
			].filter((p) => p !== undefined);
			return { credentials: parts.flatMap((p) => p.credentials), workflows: parts.flatMap((p) => p.workflows) };
		};
		stack = await startDemoStack({ stateDir: join(workDir, 'demo'), extraImports, log: progress });
		await mkdir(OUTPUT_DIR, { recursive: true });
		await mkdir(TEMPLATE_SCREENSHOTS_DIR, { recursive: true });
		context = await chromium.launchPersistentContext(join(workDir, 'chromium-profile'), {
			executablePath,
			headless: true,
			args: CHROMIUM_ARGS,
			viewport: VIEWPORT,
			deviceScaleFactor: 1,
			colorScheme: 'light',
		});
		await takeScreenshots(context, stack, sets);
	} finally {
		await context?.close();
		await stack?.stop();
		if (process.env.POLAR_SCREENSHOTS_KEEP === '1') progress(`kept ${workDir}`);
		else await rm(workDir, { recursive: true, force: true });
	}
	progress(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: Error) => {
	process.stderr.write(`[screenshots] failed: ${error.stack ?? error.message}\n`);
	process.exit(1);
});
