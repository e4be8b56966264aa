/**
 * The Polar Poll Trigger in n8n's queue mode (main + 2 workers + a webhook processor on Redis and
 * PostgreSQL, tools/queue/cluster.ts): main alone polls, each event is emitted once, and the
 * executions it starts run on the workers.
 *
 * Run alone: `npx jest --config jest.queue.config.js --runInBand test/queue/pollTrigger.test.ts`
 * (after `bash tools/queue/ensure-services.sh`).
 */
import { packedTarball } from '../../tools/e2e/pack';
import type { WorkflowDefinition } from '../../tools/e2e/definitions';
import { stopAll } from '../../tools/e2e/process';
import { sleep, waitFor } from '../../tools/e2e/wait';
import { startEmulator } from '../../tools/emulator';
import type { Emulator, StoredObject } from '../../tools/emulator/types';
import { QueueCluster } from '../../tools/queue/cluster';
import { outputItems, placeExecutions, storedExecutions } from '../../tools/queue/evidence';
import { CREDENTIAL_ID, CREDENTIAL_NAME, polarCredential } from '../e2e/workflow';

const TOKEN = 'polar_oat_queue_poll_token';
const WORKFLOW_ID = 'polarQueuePoll0001';
const NODE_NAME = 'Polar Poll Trigger';
const POLL_EVERY_MS = 15_000;
/** Four crons on fixed seconds: n8n accepts each (minute-granular) and together they poll every 15 s. */
const POLL_TIMES = { item: [0, 15, 30, 45].map((second) => ({ mode: 'custom', cronExpression: `${second} * * * * *` })) };
const EVENTS = 200;

let polar: Emulator;
let cluster: QueueCluster;

function pollWorkflow(): WorkflowDefinition {
	return {
		id: WORKFLOW_ID,
		name: 'Polar queue: poll trigger',
		nodes: [
			{
				id: 'queue-poll',
				name: NODE_NAME,
				type: 'n8n-nodes-polar.polarPollTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: { pollTimes: POLL_TIMES, authentication: 'accessToken', events: ['customer.created'], options: {} },
				credentials: { polarApi: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME } },
			},
		],
		connections: {},
	};
}

const makeEvents = (count: number): StoredObject[] => polar.store.recording(() => polar.seed('customers', count));
const eventIds = () =>
	polar.store
		.list('events')
		.filter((e) => e.name === 'customer.created')
		.map((e) => e.id);

beforeAll(async () => {
	const tarball = packedTarball();
	polar = await startEmulator({ tokens: [TOKEN], seed: 21 });
	makeEvents(10); // before activation: never emitted
	cluster = await QueueCluster.start({ tarball, credentials: [polarCredential(polar.url, TOKEN)], workflows: [pollWorkflow()], publish: [WORKFLOW_ID], workers: 2 });
	await cluster.waitPublished([WORKFLOW_ID]);
}, 400_000);

afterAll(async () => {
	await cluster?.stop();
	await stopAll();
	await polar?.close();
}, 120_000);

test('main alone polls; every event is emitted once, in order; the executions run on workers', async () => {
	const history = eventIds();
	const started = Date.now();
	await waitFor('the activation poll', () => polar.log.some((e) => e.path.startsWith('/v1/events')), 60_000, 250);
	makeEvents(EVENTS / 2);
	await sleep(POLL_EVERY_MS);
	makeEvents(EVENTS / 2);

	let emitted: string[] = [];
	let executions: Awaited<ReturnType<typeof storedExecutions>> = [];
	await waitFor(
		`${EVENTS} events emitted`,
		async () => {
			executions = (await storedExecutions(cluster, WORKFLOW_ID, { withData: true })).filter((e) => e.status === 'success');
			emitted = executions.flatMap((e) => outputItems(e.run, NODE_NAME).map((item) => String(item.id)));
			return emitted.length >= EVENTS;
		},
		120_000,
		1_000,
	);
	// Another two polls' worth of quiet: nothing more comes.
	await sleep(2 * POLL_EVERY_MS);
	executions = (await storedExecutions(cluster, WORKFLOW_ID, { withData: true })).filter((e) => e.status === 'success');
	emitted = executions.flatMap((e) => outputItems(e.run, NODE_NAME).map((item) => String(item.id)));
	expect(emitted).toEqual(eventIds().filter((id) => !history.includes(id)));
	expect(emitted).toHaveLength(EVENTS);
	expect(executions.length).toBeGreaterThanOrEqual(2);

	const placement = placeExecutions(cluster);
	const workers = cluster.workers.map((w) => w.name);
	for (const execution of executions) {
		expect({ id: execution.id, mode: execution.mode, enqueuedBy: placement.enqueuedBy.get(execution.id) }).toEqual({ id: execution.id, mode: 'trigger', enqueuedBy: ['main'] });
		const ranOn = placement.startedBy.get(execution.id) ?? [];
		expect({ id: execution.id, ranOn: ranOn.length, onWorker: ranOn.every((s) => workers.includes(s)) }).toEqual({ id: execution.id, ranOn: 1, onWorker: true });
	}

	// One poller: one first-page request per poll tick at most (three pollers would make three).
	const elapsedTicks = Math.ceil((Date.now() - started) / POLL_EVERY_MS) + 1;
	const firstPages = polar.log.filter((e) => e.path.startsWith('/v1/events') && /[?&]page=1(&|$)/.test(e.path) && e.at >= started);
	const startTimestamps = firstPages.map((e) => new URL(e.path, polar.url).searchParams.get('start_timestamp'));
	console.log(`executions ${executions.length} (${executions.map((e) => placement.startedBy.get(e.id)?.join('+')).join(', ')}); first-page polls ${firstPages.length} in ${elapsedTicks} ticks`);
	expect(firstPages.length).toBeLessThanOrEqual(elapsedTicks);
	// The same window asked twice in one tick would be a second poller reading the same cursor.
	const perTick = new Map<string, number>();
	for (const [i, entry] of firstPages.entries()) {
		const key = `${Math.floor(entry.at / POLL_EVERY_MS)}|${startTimestamps[i]}`;
		perTick.set(key, (perTick.get(key) ?? 0) + 1);
	}
	expect([...perTick.values()].every((n) => n === 1)).toBe(true);
}, 300_000);
