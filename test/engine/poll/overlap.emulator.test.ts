import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import type { Emulator, StoredObject } from '../../../tools/emulator/types';
import { TestCredentialsHelper } from '../../../tools/harness/credentialsHelper';
import { TEST_TOKEN, tokenCredentials } from '../../../tools/harness/engine';
import { PollHarness } from '../../../tools/harness/poll';
import { POLL_RETRY_WINDOW_MS } from '../../../nodes/Polar/transport/retry';
import { startTestEmulator } from '../../harness/emulator';
import { isolateTakenByOverlappingPoll } from '../../harness/overlappingPollsIsolate';

/**
 * Polls of one node that meet, through n8n-core's PollContext, as n8n 2.41 runs them: one workflow
 * and one context per activation, a poll started at every tick whether or not the last one ended.
 * The emulator answers with Polar's round trip (120 ms) and Polar's limiter (a 429 with an empty
 * body and Retry-After to the end of its window).
 */

let emu: Emulator;
beforeEach(async () => {
	emu = await startTestEmulator({ seed: 7, latencyMs: 120, rateLimit: null });
});
afterEach(async () => {
	await emu.close();
});

const harness = () => new PollHarness({ events: ['customer.created'] } as never, emu.url);
const createCustomers = (count: number): StoredObject[] => emu.store.recording(() => emu.seed('customers', count));
const eventIds = () => emu.store.list('events').filter((e) => e.name === 'customer.created').map((e) => e.id);
const eventReads = () => emu.log.filter((e) => e.path.startsWith('/v1/events'));

/** Spends the token's window the way another execution on the same token would. */
async function spendWindow(limit: number): Promise<void> {
	for (let i = 0; i < limit; i++) {
		const res = await fetch(`${emu.url}/v1/customers/?limit=1`, { headers: { authorization: `Bearer ${TEST_TOKEN}` } });
		expect(res.status).toBe(200);
	}
}

/** Records what the node logs at debug level (n8n's logger drops debug at its default level). */
function debugLines(): { lines: string[]; restore: () => void } {
	const original = Container.get(Logger);
	const lines: string[] = [];
	const recording = Object.create(original, { debug: { value: (message: string) => lines.push(message) } }) as Logger;
	Container.set(Logger, recording);
	return { lines, restore: () => Container.set(Logger, original) };
}

test('a tick while the node\'s poll waits out Retry-After does nothing; the waiting poll emits each event once', async () => {
	const logs = debugLines();
	const trigger = harness();
	const active = trigger.activation();
	expect((await active.tick()).empty).toBe(true); // activation: from now on
	createCustomers(150);
	emu.configure({ rateLimit: { limit: 3, windowMs: 4_000 } });
	await spendWindow(3);

	try {
		const first = active.tick(); // 429, Retry-After up to 4 s: it waits
		await new Promise((r) => setTimeout(r, 1_000));
		const readsBefore = eventReads().length;
		const second = await active.tick();
		expect(second).toMatchObject({ empty: true, items: [] });
		expect(second.error).toBeUndefined();
		expect(eventReads().length).toBe(readsBefore); // it asked Polar nothing
		expect(logs.lines.some((l) => /skipped this poll, the previous poll of this node is still running/.test(l))).toBe(true);

		const done = await first;
		expect(done.error).toBeUndefined();
		expect(done.items.map((i) => i.json.id)).toEqual(eventIds());
		const reads = eventReads();
		console.log(`event reads: ${reads.map((e) => e.status).join(', ')}; waited ${reads.length > 1 ? reads[1].at - reads[0].at : 0} ms after the first 429`);
		expect(reads[0].status).toBe(429);
	} finally {
		logs.restore();
	}
	// Once it ended, the next tick polls again, from where it stopped.
	createCustomers(5);
	emu.configure({ rateLimit: null });
	expect((await active.tick()).items.map((i) => i.json.id)).toEqual(eventIds().slice(150));
}, 30_000);

test(`a Retry-After past ${POLL_RETRY_WINDOW_MS / 1000} s is not waited for: the poll stops, says why, and the next one emits`, async () => {
	const trigger = harness();
	await trigger.poll('trigger', 'activate');
	createCustomers(20);
	emu.configure({ rateLimit: { limit: 1, windowMs: 60_000 } });
	await spendWindow(1);
	const stored = trigger.stored;

	const started = Date.now();
	const stopped = await trigger.poll();
	console.log(`stopped after ${Date.now() - started} ms: ${stopped.error?.message} / ${stopped.error?.description}`);
	expect(Date.now() - started).toBeLessThan(POLL_RETRY_WINDOW_MS);
	expect(stopped.error?.message).toBe('Polar rate limit reached');
	expect(stopped.error?.description).toMatch(/^Gave up after 1 attempt: 429\. Polar asked to wait (59|60) s, past the 45 s within which this run retries, so it stopped there\.\nNothing was emitted and the cursor did not move: the next poll reads the same events again\.$/);
	expect(trigger.stored).toBe(stored);

	emu.configure({ rateLimit: null });
	expect((await trigger.poll()).items.map((i) => i.json.id)).toEqual(eventIds());
}, 30_000);

/**
 * n8n's CredentialsHelper.authenticate as its CLI has it, with its expression engine in the state
 * overlapping polls leave it (test/harness/overlappingPollsIsolate.ts): a credential's function
 * runs as it is; a generic block's templates go through the engine, which refuses.
 */
class CredentialsWithTakenIsolate extends TestCredentialsHelper {
	calls = 0;

	constructor(
		store: Record<string, ICredentialDataDecryptedObject>,
		private readonly engine: Awaited<ReturnType<typeof isolateTakenByOverlappingPoll>>,
		/** the header template of a generic block, to stand for the credential as it was before issue 18 */
		private readonly template?: string,
	) {
		super(store);
	}

	async authenticate(credentials: ICredentialDataDecryptedObject, type: string, options: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		this.calls++;
		if (!this.template) return await super.authenticate(credentials, type, options);
		return { ...options, headers: { ...options.headers, Authorization: String(this.engine.evaluate(this.template, { $credentials: credentials })) } };
	}
}

test('with the isolate taken by another tick, the credential as it was failed with "No bridge acquired": shown as it is, not retried, nothing moved', async () => {
	const credentials = tokenCredentials(emu.url);
	const helper = new CredentialsWithTakenIsolate(credentials, await isolateTakenByOverlappingPoll(), '{{ "Bearer " + $credentials.accessToken }}');
	const trigger = new PollHarness({ events: ['customer.created'] } as never, emu.url, credentials, helper);
	await trigger.poll('trigger', 'activate');
	const stored = trigger.stored;

	const failed = await trigger.poll();
	expect(failed.error?.message).toBe('No bridge acquired for this context. Call acquire() first.');
	expect(failed.error?.description).toBe(
		'n8n raised this while making the request to Polar; it is not an answer from Polar nor a network failure, so it was not retried.\nNothing was emitted and the cursor did not move: the next poll reads the same events again.',
	);
	expect(helper.calls).toBe(1);
	expect(eventReads()).toHaveLength(0);
	expect(trigger.stored).toBe(stored);
});

test('with the isolate taken by another tick, the credential as it is needs no expression: the poll goes on', async () => {
	const credentials = tokenCredentials(emu.url);
	const helper = new CredentialsWithTakenIsolate(credentials, await isolateTakenByOverlappingPoll());
	const trigger = new PollHarness({ events: ['customer.created'] } as never, emu.url, credentials, helper);
	await trigger.poll('trigger', 'activate');
	createCustomers(3);
	const polled = await trigger.poll();
	expect(polled.error).toBeUndefined();
	expect(polled.items.map((i) => i.json.id)).toEqual(eventIds());
});
