/**
 * `npm start` (through tools/demo/start.sh): the demo stack on fixed loopback ports with a user
 * folder kept in .cache/demo/, so changes made in the editor survive a restart. Prints where to
 * go and how to log in, and stops everything on Ctrl-C.
 *
 * Env: POLAR_DEMO_N8N_PORT (5678), POLAR_DEMO_EMULATOR_PORT (4100),
 *      POLAR_SANDBOX_TOKEN (also set up a "Polar (sandbox)" credential with this token).
 */
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../e2e/installation';
import { handleSignalsYourself, stopAll } from '../e2e/process';
import { DEMO_OWNER, startDemoStack, type DemoStack } from './stack';
import { SANDBOX_CREDENTIAL, TRIGGER_WORKFLOW_NAME } from './workflows';

const STATE_DIR = join(REPO_ROOT, '.cache', 'demo');

function port(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
	return value;
}

const say = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line: string) => process.stdout.write(`[demo] ${line}\n`);

async function main(): Promise<void> {
	const started = Date.now();
	let stack: DemoStack | undefined;
	let stopping: Promise<void> | undefined;
	// Ctrl-C reaches this process twice under npm (once from the terminal, once forwarded by
	// npm): the first starts a clean stop, later ones only wait for it. The stop itself falls
	// back to SIGKILL after a grace period, so it cannot hang.
	handleSignalsYourself();
	const stopBecause = (reason: string) => {
		if (stopping) return;
		progress(`${reason}: stopping n8n and the Polar emulator …`);
		// While starting, the stack is not there yet: stop whatever n8n process is running by now.
		stopping = (stack ? stack.stop() : stopAll()).then(
			() => {
				progress('stopped');
				process.exit(0);
			},
			(error: Error) => {
				progress(`stopping failed: ${error.message}`);
				process.exit(1);
			},
		);
	};
	// SIGHUP: the terminal closed. Without a handler Node would end at once, without its exit
	// hook, and leave n8n running.
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stopBecause(signal));
	// `kill <npm's pid>` makes npm signal its `sh -c`, which dies without passing the signal on,
	// and this process is re-parented: noticing that is the only way to still stop cleanly.
	const parent = process.ppid;
	setInterval(() => {
		if (process.ppid !== parent) stopBecause('the parent process (npm) is gone');
	}, 1000).unref();

	const sandboxToken = process.env.POLAR_SANDBOX_TOKEN?.trim() || undefined;
	stack = await startDemoStack({
		stateDir: STATE_DIR,
		n8nPort: port('POLAR_DEMO_N8N_PORT', 5678),
		emulatorPort: port('POLAR_DEMO_EMULATOR_PORT', 4100),
		sandboxToken,
		log: progress,
	});
	// A signal that arrived while starting found nothing to stop yet.
	if (stopping) {
		await stack.stop();
		return;
	}

	const { n8n, polar, deliveryFile } = stack;
	const counts = ['customers', 'products', 'orders', 'subscriptions'].map((c) => `${polar.store.count(c)} ${c}`).join(', ');
	const shown = (path: string) => (path.startsWith(REPO_ROOT) ? relative(REPO_ROOT, path) : path);
	say();
	say(`Polar demo ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
	say();
	say(`  n8n editor      ${n8n.baseUrl}`);
	say(`  login           ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`);
	say(`  Polar emulator  ${polar.url} (${counts})`);
	say(`  credentials     "Polar (local emulator)"${sandboxToken ? `, "${SANDBOX_CREDENTIAL.name}"` : ''}`);
	say('  workflows       "Polar demo: list customers", "Polar demo: create a product and a checkout",');
	say(`                  "${TRIGGER_WORKFLOW_NAME}" (${stack.triggerRegistered ? 'published; its endpoint is registered on the emulator' : 'not published'})`);
	say();
	say('  Run "Polar demo: create a product and a checkout" (Execute workflow): the emulator sends');
	say(`  product.created, as Polar does, and "${TRIGGER_WORKFLOW_NAME}" runs (see its Executions).`);
	say('  A signed order.paid can be fired at it too (from the repository folder):');
	say(`    curl -s -X POST ${polar.url}/__emulator/webhooks/deliver -H 'content-type: application/json' -d @${shown(deliveryFile)}`);
	say();
	say(`  n8n log: ${shown(n8n.logFile)}   user folder (kept): ${shown(stack.folder.root)}`);
	say('  Ctrl-C stops everything.');
	say();

	// Should n8n die on its own, there is nothing left to demo: stop the emulator and leave.
	n8n.process.once('exit', (code, signal) => {
		if (stopping) return;
		progress(`n8n exited on its own (${code ?? signal}); see ${shown(n8n.logFile)}`);
		stopping = stack!.stop().then(() => process.exit(1));
	});
}

main().catch((error: Error) => {
	process.stderr.write(`[demo] failed: ${error.message}\n`);
	process.exit(1);
});
