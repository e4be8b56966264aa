/**
 * The demo stack: the local Polar emulator (demo data) and an n8n on loopback with this package
 * installed from its packed tarball, as Settings → Community Nodes would, plus the demo
 * credential(s) and workflows. `npm start` runs it on a kept user folder; the screenshot script
 * runs it on a throw-away one.
 *
 * Processes are started and stopped through tools/e2e/process.ts (by pid, in their own process
 * groups); the emulator runs inside this process.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CredentialDefinition, WorkflowDefinition } from '../e2e/definitions';
import { loadInstallation, type N8nInstallation } from '../e2e/installation';
import { packPackage } from '../e2e/pack';
import { stopAll } from '../e2e/process';
import { N8nServer } from '../e2e/server';
import { N8nUserFolder } from '../e2e/userFolder';
import { waitFor } from '../e2e/wait';
import { startEmulator } from '../emulator';
import type { Emulator, StoredObject } from '../emulator/types';
import {
	DEMO_WORKFLOWS_REVISION,
	demoWorkflows,
	EMULATOR_CREDENTIAL,
	EMULATOR_TOKEN,
	emulatorCredential,
	sandboxCredential,
	TRIGGER_WEBHOOK_ID,
	WORKFLOW_IDS,
} from './workflows';

/** The demo's own login, printed for the user: it guards nothing but a loopback n8n. */
export const DEMO_OWNER = { email: 'demo@example.com', password: 'Polar-demo-2026' } as const;

/**
 * Credentials in a kept user folder are encrypted with this key, so it must stay the same from
 * one start to the next. Demo-only: the folder holds nothing but the demo's credentials.
 */
const DEMO_ENCRYPTION_KEY = 'demo-only-key-n8n-nodes-polar-0000';

/** Makes the emulator's ids and secrets the same on every start (it keeps its data in memory). */
const EMULATOR_SEED = 2026;

export interface DemoStackOptions {
	/** Where the stack keeps its files: `n8n/` (the N8N_USER_FOLDER), `package/`, `state.json`. */
	stateDir: string;
	/** n8n's port on 127.0.0.1 (default: a free one). */
	n8nPort?: number;
	/** The emulator's port on 127.0.0.1 (default: a free one). */
	emulatorPort?: number;
	/** A Polar sandbox token: also (re)imports the "Polar (sandbox)" credential. */
	sandboxToken?: string;
	/**
	 * More credentials and workflows to import (every start) beside the demo's own, built once
	 * the emulator runs (its URL and organization); the screenshot tool's templates.
	 */
	extraImports?: (polar: Emulator) => { credentials: CredentialDefinition[]; workflows: WorkflowDefinition[] };
	/** Progress lines. */
	log?: (line: string) => void;
	/** A package tarball packed already (the e2e suite's, packed once for all its files); default: build and pack this checkout. */
	tarball?: string;
}

export interface DemoStack {
	n8n: N8nServer;
	polar: Emulator;
	folder: N8nUserFolder;
	/** The order sent by the printed "fire order.paid" command; written to `deliveryFile`. */
	deliveryFile: string;
	/** False when the trigger workflow is not published (the user unpublished it). */
	triggerRegistered: boolean;
	stop(): Promise<void>;
}

/** What a kept user folder was last set up with (to notice an emulator on another port, or older demo workflows). */
interface DemoState {
	emulatorUrl?: string;
	workflowsRevision?: number;
}

async function assertPortFree(port: number, what: string): Promise<void> {
	await new Promise<void>((resolvePromise, reject) => {
		const server = createServer();
		server.once('error', (error: NodeJS.ErrnoException) =>
			reject(
				new Error(
					error.code === 'EADDRINUSE'
						? `port ${port} (${what}) is already in use: is another demo running? Stop it, or pick other ports with POLAR_DEMO_N8N_PORT / POLAR_DEMO_EMULATOR_PORT.`
						: `cannot listen on 127.0.0.1:${port} (${what}): ${error.message}`,
				),
			),
		);
		server.listen(port, '127.0.0.1', () => server.close(() => resolvePromise()));
	});
}

/**
 * Ids of the credentials and workflows already in the folder's database (none before the first
 * start), read with Node 24's `node:sqlite` so that no n8n has to boot just to find out.
 */
async function existingIds(install: N8nInstallation, folder: N8nUserFolder): Promise<{ credentials: Set<string>; workflows: Set<string> }> {
	const database = join(folder.root, '.n8n', 'database.sqlite');
	if (!existsSync(database)) return { credentials: new Set(), workflows: new Set() };
	const script = `
		const { DatabaseSync } = require('node:sqlite');
		const db = new DatabaseSync(process.argv[1], { readOnly: true });
		const ids = (table) => {
			const exists = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
			return exists ? db.prepare('SELECT id FROM ' + table).all().map((r) => r.id) : [];
		};
		process.stdout.write(JSON.stringify({ credentials: ids('credentials_entity'), workflows: ids('workflow_entity') }));`;
	const { stdout } = await promisify(execFile)(install.nodeBin, ['--no-warnings', '-e', script, database], { timeout: 30_000 });
	const found = JSON.parse(stdout) as { credentials: string[]; workflows: string[] };
	return { credentials: new Set(found.credentials), workflows: new Set(found.workflows) };
}

function readState(file: string): DemoState {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as DemoState;
	} catch {
		return {};
	}
}

/** A paid order of the demo data, for the printed delivery command. */
function samplePaidOrder(polar: Emulator): StoredObject {
	const orders = polar.store.list('orders');
	const order = orders.find((o) => o.paid === true || o.status === 'paid') ?? orders[0];
	if (!order) throw new Error('the emulator has no orders (was it seeded with the demo data?)');
	return order;
}

export async function startDemoStack(options: DemoStackOptions): Promise<DemoStack> {
	const log = options.log ?? (() => {});
	const step = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
		const started = Date.now();
		log(`${what} …`);
		const result = await run();
		log(`${what}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		return result;
	};
	if (options.n8nPort) await assertPortFree(options.n8nPort, 'n8n');
	if (options.emulatorPort) await assertPortFree(options.emulatorPort, 'Polar emulator');

	const install = loadInstallation();
	await mkdir(options.stateDir, { recursive: true });
	const stateFile = join(options.stateDir, 'state.json');
	const state = readState(stateFile);

	let polar: Emulator | undefined;
	const stop = async () => {
		await stopAll();
		await polar?.close();
	};
	try {
		// The demo's n8n listens on loopback http, which Polar would refuse as a webhook URL. Its
		// credential's token is registered (every scope), as Polar knows only the tokens it issued.
		polar = await startEmulator({ port: options.emulatorPort ?? 0, seed: EMULATOR_SEED, allowLoopbackWebhooks: true, tokens: [EMULATOR_TOKEN] });
		const seeded = polar.seedDemo();
		log(`Polar emulator on ${polar.url}: ${Object.entries(seeded).map(([c, n]) => `${n} ${c}`).join(', ')}`);

		const packageDir = join(options.stateDir, 'package');
		const tarball = options.tarball ?? await step('building and packing n8n-nodes-polar', async () => {
			// Only this build's tarball, so an old version can never be the one installed.
			await rm(packageDir, { recursive: true, force: true });
			return await packPackage(packageDir);
		});
		const folder = await N8nUserFolder.open(join(options.stateDir, 'n8n'), install, {
			env: {
				N8N_ENCRYPTION_KEY: DEMO_ENCRYPTION_KEY,
				// The emulator starts empty each time, so the trigger's endpoint must be registered
				// again at every start. With the publication service off, n8n asks each published
				// trigger checkExists() at start-up (and create() when it is gone); with it on, a
				// restart asks nothing and the endpoint would be missing.
				N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'false',
			},
		});
		await step('installing the package into n8n (as Community Nodes does)', () => folder.installPackage(tarball));

		const existing = await existingIds(install, folder);
		const credentials: CredentialDefinition[] = [];
		// Imported when missing, and again when the emulator moved to another port.
		if (!existing.credentials.has(EMULATOR_CREDENTIAL.id) || state.emulatorUrl !== polar.url) credentials.push(emulatorCredential(polar.url));
		// Imported on every start with a token, so a new token replaces the old one.
		if (options.sandboxToken) credentials.push(sandboxCredential(options.sandboxToken));
		// Missing ones, or all of them when this demo changed its workflows since the folder was set up.
		const outdated = state.workflowsRevision !== DEMO_WORKFLOWS_REVISION && existing.workflows.size > 0;
		if (outdated) log(`the demo's workflows changed since this folder was set up (revision ${state.workflowsRevision ?? 1} → ${DEMO_WORKFLOWS_REVISION}): importing them again`);
		const missing = demoWorkflows().filter((wf) => outdated || !existing.workflows.has(wf.id));
		const extra = options.extraImports?.(polar) ?? { credentials: [], workflows: [] };
		credentials.push(...extra.credentials);
		const workflows = [...missing, ...extra.workflows];
		if (credentials.length) {
			await step(`importing credentials: ${credentials.map((c) => `"${c.name}"`).join(', ')}`, () => folder.importCredentials(credentials));
		}
		if (workflows.length) {
			await step(`importing workflows: ${workflows.map((wf) => `"${wf.name}"`).join(', ')}`, () => folder.importWorkflows(workflows));
			// Only when freshly imported: a user who unpublished the trigger keeps it that way.
			if (missing.some((wf) => wf.id === WORKFLOW_IDS.trigger)) {
				await step('publishing the trigger workflow', () => folder.publishWorkflow(WORKFLOW_IDS.trigger));
			}
		}
		if (!workflows.length && !credentials.length) log('credentials and workflows already in place (kept from the last run)');
		await writeFile(stateFile, JSON.stringify({ emulatorUrl: polar.url, workflowsRevision: DEMO_WORKFLOWS_REVISION } satisfies DemoState, null, 2));

		const n8n = await step('starting n8n', () =>
			N8nServer.start(folder, {
				port: options.n8nPort,
				owner: DEMO_OWNER,
				env: { N8N_INSTANCE_OWNER_FIRST_NAME: 'Demo', N8N_INSTANCE_OWNER_LAST_NAME: 'User' },
			}),
		);

		const trigger = await n8n.getWorkflow(WORKFLOW_IDS.trigger).catch(() => undefined);
		let triggerRegistered = false;
		if (trigger?.active) {
			const url = `${n8n.baseUrl}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`;
			const emulator = polar;
			triggerRegistered = await step('waiting for the trigger to register its endpoint on the emulator', () =>
				// Deliveries verify only once the endpoint's secret is saved in the workflow's
				// static data, which n8n does after create() has answered.
				waitFor(
					'the demo trigger to register its webhook endpoint',
					async () => {
						const endpoint = emulator.store.list('webhook_endpoints').find((e) => e.url === url);
						if (!endpoint) return false;
						const { staticData } = await n8n.getWorkflow(WORKFLOW_IDS.trigger);
						return Object.values(staticData ?? {}).some((node) => node?.endpointId === endpoint.id);
					},
					60_000,
					250,
				).then(
					() => true,
					// Not fatal: the editor still works; the user sees why in n8n's log.
					(error: Error) => (log(`warning: ${error.message}; see ${n8n.logFile}`), false),
				),
			);
		}

		const deliveryFile = join(options.stateDir, 'order-paid.json');
		await writeFile(deliveryFile, JSON.stringify({ event: 'order.paid', data: samplePaidOrder(polar) }, null, 2));
		return { n8n, polar, folder, deliveryFile, triggerRegistered, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

