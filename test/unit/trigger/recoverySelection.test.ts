import type { FailedDelivery } from '../../../nodes/Polar/trigger/recoverySelection';
import { planRecovery } from '../../../nodes/Polar/trigger/recoverySelection';

type EventState = Partial<FailedDelivery['webhook_event']>;

let counter = 0;
/** A failed delivery of event `eventId` made at `at`, the event as Polar shows it now. */
function failed(eventId: string, at: string, event: EventState = {}): FailedDelivery {
	counter++;
	return {
		id: `dlv_${counter}`,
		created_at: at,
		succeeded: false,
		webhook_event: { id: eventId, created_at: '2026-11-01T00:00:00.000Z', succeeded: false, skipped: false, is_archived: false, payload: '{}', type: 'order.paid', ...event },
	};
}

const at = (minute: number) => `2026-11-30T10:${String(minute).padStart(2, '0')}:00.000000Z`;
const created = (minute: number) => ({ created_at: at(minute) });

describe('which missed events recovery asks Polar to redeliver', () => {
	test('one redelivery per event, oldest event first, whatever order Polar lists them in', () => {
		// Polar lists newest first; event b is older than a although its deliveries came later.
		const deliveries = [failed('a', at(9), created(5)), failed('b', at(8), created(2)), failed('a', at(7), created(5)), failed('c', at(6), created(7)), failed('b', at(3), created(2))];
		const plan = planRecovery(deliveries, undefined, 500);
		expect(plan.redeliver.map((e) => e.id)).toEqual(['b', 'a', 'c']);
		expect(plan.cursor).toBe(at(9));
	});

	test('an event that succeeded since (a later retry or redelivery) is left alone', () => {
		const plan = planRecovery([failed('late-success', at(2), { succeeded: true }), failed('lost', at(3))], undefined, 500);
		expect(plan.redeliver.map((e) => e.id)).toEqual(['lost']);
		expect(plan.succeededSince).toBe(1);
	});

	test('an event Polar is still retrying is left to Polar; one it skipped when it disabled the endpoint is redelivered', () => {
		const plan = planRecovery([failed('retrying', at(1), { succeeded: null, skipped: false }), failed('skipped', at(2), { succeeded: null, skipped: true }), failed('gave-up', at(3))], undefined, 500);
		expect(plan.redeliver.map((e) => e.id).sort()).toEqual(['gave-up', 'skipped']);
		expect(plan.stillRetrying).toBe(1);
	});

	test('archived events (older than 90 days, payload gone) are reported, not asked for', () => {
		const plan = planRecovery([failed('old', at(1), { is_archived: true, payload: null }), failed('old-no-flag', at(2), { payload: null }), failed('recent', at(3))], undefined, 500);
		expect(plan.redeliver.map((e) => e.id)).toEqual(['recent']);
		expect(plan.archived.map((e) => e.id).sort()).toEqual(['old', 'old-no-flag']);
	});

	test('beyond the bound the oldest are asked for, the rest counted, and the cursor stays so the next run sees them', () => {
		const deliveries = Array.from({ length: 7 }, (_, i) => failed(`e${i}`, at(10 + i), created(i)));
		const plan = planRecovery(deliveries, at(0), 5);
		expect(plan.redeliver.map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
		expect(plan.beyondBound).toBe(2);
		expect(plan.cursor).toBe(at(0));
	});

	test('with nothing listed the cursor stays where it was; successes in the list are ignored', () => {
		expect(planRecovery([], at(4), 500)).toEqual({ redeliver: [], archived: [], beyondBound: 0, stillRetrying: 0, succeededSince: 0, cursor: at(4) });
		const success = { ...failed('x', at(20)), succeeded: true };
		expect(planRecovery([success], at(4), 500).cursor).toBe(at(4));
	});

	test('the cursor is the newest delivery to the microsecond, as Polar wrote it', () => {
		const plan = planRecovery([failed('a', '2026-11-30T10:00:00.000100Z'), failed('b', '2026-11-30T10:00:00.000900Z'), failed('c', '2026-11-30T10:00:00.000500Z')], undefined, 500);
		expect(plan.cursor).toBe('2026-11-30T10:00:00.000900Z');
	});
});
