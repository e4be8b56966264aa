/**
 * The Polar Poll Trigger inside a real `n8n start` on loopback, against the emulator's events log
 * (Polar's behaviour, no switch turned on): 500 system events made while the workflow is active
 * reach it exactly once each, in order, across several polls, an n8n restart, a total outage of
 * the events API and 30 % faults (429, 503, resets) on it; Start From backfills exactly the
 * events after its date.
 *
 * n8n refuses Poll Times that fire more than once a minute in one entry (`*\/5 * * * * *`), but
 * each entry may be a cron on one fixed second: four entries (seconds 0, 15, 30, 45) poll every
 * 15 seconds, which keeps this file to a few minutes.
 */
import { stopAll } from '../../tools/e2e/process';
import { nodeOutput } from '../../tools/e2e/runs';
import { N8nServer } from '../../tools/e2e/server';
import { N8nUserFolder } from '../../tools/e2e/userFolder';
import { sleep, waitFor } from '../../tools/e2e/wait';
import { startEmulator } from '../../tools/emulator';
import type { Emulator, StoredObject } from '../../tools/emulator/types';
import { POLL_TRIGGER_NAME, polarCredential, pollTriggerWorkflow } from './workflow';

const TOKEN = 'polar_oat_e2e_poll_token';
const LIVE_WORKFLOW = 'polarE2ePoll00001';
const BACKFILL_WORKFLOW = 'polarE2ePoll00002';
const NODE_NAME = POLL_TRIGGER_NAME;
const POLL_SECONDS = [0, 15, 30, 45];
const START_FROM = '2026-11-20T00:00:00.000Z';
/** Long enough for at least two polls 15 s apart (and their retries) to have run. */
const CATCH_UP_MS = 120_000;

let polar: Emulator;
let folder: N8nUserFolder;
let n8n: N8nServer;
let backfillIds: string[];

/** customer.created events, made as Polar makes them: by creating customers. */
const makeEvents = (count: number): StoredObject[] => polar.store.recording(() => polar.seed('customers', count));
const liveEventIds = () =>
	polar.store
		.list('events')
		.filter((e) => e.name === 'customer.created')
		.map((e) => e.id);

/** The event ids the workflow's executions emitted, in execution order. */
async function emitted(workflowId: string): Promise<{ ids: string[]; executions: number }> {
	const executions = (await n8n.listExecutions(workflowId)).filter((e) => e.status === 'success').sort((a, b) => Number(a.id) - Number(b.id));
	const ids: string[] = [];
	for (const execution of executions) ids.push(...nodeOutput(await n8n.getExecution(execution.id), NODE_NAME).map((item) => String(item.id)));
	return { ids, executions: executions.length };
}

async function waitForEmitted(workflowId: string, count: number): Promise<{ ids: string[]; executions: number }> {
	let last = { ids: [] as string[], executions: 0 };
	try {
		await waitFor(
			`${count} events emitted by ${workflowId}`,
			async () => {
				last = await emitted(workflowId);
				return last.ids.length >= count;
			},
			CATCH_UP_MS,
			2_000,
		);
	} catch (error) {
		throw new Error(`${(error as Error).message}; emitted ${last.ids.length} in ${last.executions} executions\n--- n8n log (tail)\n${n8n.logTail()}`);
	}
	return last;
}

const eventRequests = () => polar.log.filter((e) => e.path.startsWith('/v1/events'));

beforeAll(async () => {
	polar = await startEmulator({ tokens: [TOKEN], seed: 13 });
	// The backfill workflow's history: order.paid events before and after its Start From.
	const stamps = ['2026-11-01T00:00:00.000Z', '2026-11-19T23:59:59.999Z', START_FROM, '2026-11-20T00:00:00.001Z', '2026-11-25T12:00:00.000Z', '2026-11-30T00:00:00.000Z'];
	const logged = polar.seed('events', stamps.length, (i) => ({ name: 'order.paid', source: 'system', label: 'order.paid', timestamp: stamps[i], metadata: { order_id: `order-${i}`, amount: 100 } }));
	backfillIds = logged.slice(3).map((e) => e.id);
	// History the live workflow must not emit.
	makeEvents(20);

	({ folder } = await N8nUserFolder.withPackage([polarCredential(polar.url, TOKEN)]));
	await folder.importWorkflows([
		pollTriggerWorkflow(LIVE_WORKFLOW, 'Polar e2e: poll, live', POLL_SECONDS, { events: ['customer.created'] }),
		pollTriggerWorkflow(BACKFILL_WORKFLOW, 'Polar e2e: poll, Start From', POLL_SECONDS, { events: ['order.paid'], startFrom: START_FROM }),
	]);
	n8n = await N8nServer.start(folder);
}, 300_000);

afterAll(async () => {
	await stopAll();
	await polar?.close();
	await folder?.dispose();
});

test('Start From backfills exactly the events after its date, once', async () => {
	await n8n.activate(BACKFILL_WORKFLOW);
	const { ids } = await waitForEmitted(BACKFILL_WORKFLOW, backfillIds.length);
	expect(ids).toEqual(backfillIds);
}, 180_000);

test('500 events made while active reach the workflow once each, in order, across polls, a restart, an outage and 30 % faults', async () => {
	await n8n.activate(LIVE_WORKFLOW);
	await waitFor('the activation poll to store its cursor', async () => (await n8n.getWorkflow(LIVE_WORKFLOW)).staticData?.['node:Polar Poll Trigger'] !== undefined, 30_000, 500);
	const history = liveEventIds();
	expect(history).toHaveLength(20);

	makeEvents(150);
	await waitForEmitted(LIVE_WORKFLOW, 150);
	makeEvents(100);
	await waitForEmitted(LIVE_WORKFLOW, 250);

	// n8n goes away; events keep happening; n8n comes back (activation "init", cursor from its database).
	await n8n.stop();
	makeEvents(100);
	n8n = await N8nServer.start(folder);
	await waitForEmitted(LIVE_WORKFLOW, 350);

	// The events API fails outright for a while (every attempt of at least one poll), then 30 % of the time.
	const requestsBefore = eventRequests().length;
	polar.configure({ faults: { rate: 1, kinds: ['503'], only: { path: '/v1/events' }, seed: 3 } });
	makeEvents(50);
	await waitFor('a poll to fail on every attempt', () => eventRequests().filter((e) => e.fault).length >= 4, 60_000, 500);
	polar.configure({ faults: { rate: 0.3, kinds: ['429', '503', 'reset'], only: { path: '/v1/events' }, seed: 4 } });
	makeEvents(100);
	await sleep(20_000);
	polar.configure({ faults: null });
	const { ids, executions } = await waitForEmitted(LIVE_WORKFLOW, 500);

	const faulted = eventRequests().slice(requestsBefore);
	console.log(
		`emitted ${ids.length} events in ${executions} executions; events API requests after the restart: ${faulted.length}, faulted ${faulted.filter((e) => e.fault).length} (${[...new Set(faulted.map((e) => e.fault).filter(Boolean))].join(', ')})`,
	);
	expect(new Set(ids).size).toBe(ids.length);
	expect(ids).toEqual(liveEventIds().slice(20));
	expect(ids).toHaveLength(500);
	expect(ids.some((id) => history.includes(id))).toBe(false);
	expect(executions).toBeGreaterThanOrEqual(3);
	expect(faulted.filter((e) => e.fault).length).toBeGreaterThanOrEqual(4);
	// Quiet afterwards: nothing more arrives.
	await sleep(16_000);
	expect((await emitted(LIVE_WORKFLOW)).ids).toHaveLength(500);
}, 600_000);
