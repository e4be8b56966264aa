import type { IHookFunctions } from 'n8n-workflow';
import type { EndpointApi } from '../../../nodes/Polar/trigger/endpointApi';
import { MAX_REDELIVERIES, recoverMissedEvents } from '../../../nodes/Polar/trigger/recovery';
import type { FailedDelivery } from '../../../nodes/Polar/trigger/recoverySelection';
import type { EndpointState } from '../../../nodes/Polar/trigger/state';

/** What a recovery run did: the redeliveries it asked for and what it logged. */
function harness(deliveries: FailedDelivery[], options: { failOnCall?: number; mode?: string } = {}) {
	const asked: string[] = [];
	const logged: Array<{ level: string; message: string }> = [];
	const log = (level: string) => (message: string) => logged.push({ level, message });
	const ctx = {
		getActivationMode: () => options.mode ?? 'activate',
		getNode: () => ({ name: 'Polar Trigger' }),
		getWorkflow: () => ({ id: 'wf1' }),
		logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') },
	} as unknown as IHookFunctions;
	const api = {
		failedDeliveries: async () => deliveries,
		call: async (_key: string, id: string) => {
			if (asked.length + 1 === options.failOnCall) throw new Error('Polar answered 503');
			asked.push(id);
			return undefined;
		},
	} as unknown as EndpointApi;
	return { ctx, api, asked, logged };
}

const at = (i: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, i)).toISOString().replace('Z', '000Z');
const missed = (count: number): FailedDelivery[] =>
	Array.from({ length: count }, (_, i) => ({
		id: `dlv_${i}`,
		created_at: at(i),
		succeeded: false,
		webhook_event: { id: `evt_${i}`, created_at: at(i), succeeded: false, skipped: false, is_archived: false, payload: '{}', type: 'order.paid' },
	}));

describe('recovering what an outage lost', () => {
	test(`beyond ${MAX_REDELIVERIES} events: the oldest are asked for, the log says how many wait and where they are picked up, the cursor stays`, async () => {
		const { ctx, api, asked, logged } = harness(missed(MAX_REDELIVERIES + 2));
		const state: EndpointState = { endpointId: 'ep1', recoveredThrough: at(0) } as EndpointState;
		await recoverMissedEvents(ctx, api, state, []);
		expect(asked).toHaveLength(MAX_REDELIVERIES);
		expect(asked.slice(0, 2)).toEqual(['evt_0', 'evt_1']);
		const warning = logged.find((l) => l.level === 'warn')?.message ?? '';
		expect(warning).toContain('2 more exceed the limit of 500');
		// Deactivating would delete the endpoint and its delivery history, so the log must not advise it.
		expect(warning).toContain('when n8n starts');
		expect(warning).toContain('Deactivating the workflow would delete the endpoint');
		expect(warning).not.toMatch(/activate the workflow again/i);
		expect(state.recoveredThrough).toBe(at(0));
	});

	test('a failure midway is logged with how many were asked for, does not stop activation, and leaves the cursor', async () => {
		const { ctx, api, asked, logged } = harness(missed(5), { failOnCall: 3 });
		const state: EndpointState = { endpointId: 'ep1', recoveredThrough: at(0) } as EndpointState;
		await expect(recoverMissedEvents(ctx, api, state, [])).resolves.toBeUndefined();
		expect(asked).toEqual(['evt_0', 'evt_1']);
		expect(logged.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([expect.stringContaining('(2 redelivery request(s) sent before the failure): Polar answered 503')]);
		expect(state.recoveredThrough).toBe(at(0));
	});

	test('a manual test listener replays nothing', async () => {
		const { ctx, api, asked } = harness(missed(3), { mode: 'manual' });
		await recoverMissedEvents(ctx, api, { endpointId: 'ep1' } as EndpointState, []);
		expect(asked).toEqual([]);
	});
});
