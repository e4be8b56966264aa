import { z } from 'zod';

/**
 * Which of an endpoint's failed deliveries to ask Polar to send again after an outage. Pure, so
 * the rules are tested without Polar:
 * - one redelivery per event, however many of its deliveries failed;
 * - not an event that succeeded since (Polar shows each delivery with its event as it is now);
 * - not an event Polar is still retrying itself (not finished, not skipped): Polar sends it;
 * - not an archived event (older than 90 days): Polar has dropped its payload and sends nothing;
 * - oldest event first, at most `bound`; the rest wait for the next activation.
 */

/** A delivery of Polar's `GET /v1/webhooks/deliveries`, as far as recovery reads it. */
export const failedDeliverySchema = z
	.object({
		id: z.string().min(1),
		created_at: z.string().min(1),
		succeeded: z.boolean(),
		webhook_event: z
			.object({
				id: z.string().min(1),
				created_at: z.string().min(1),
				succeeded: z.boolean().nullable().optional(),
				skipped: z.boolean().optional(),
				is_archived: z.boolean().optional(),
				payload: z.string().nullable().optional(),
				type: z.string().optional(),
			})
			.passthrough(),
	})
	.passthrough();

export type FailedDelivery = z.infer<typeof failedDeliverySchema>;

export interface MissedEvent {
	id: string;
	type: string;
	createdAt: string;
}

export interface RecoveryPlan {
	/** to redeliver, oldest first */
	redeliver: MissedEvent[];
	/** missed, but Polar can no longer send them */
	archived: MissedEvent[];
	/** missed events left for a later run because of the bound */
	beyondBound: number;
	/** events with failed deliveries that Polar is still retrying */
	stillRetrying: number;
	/** events with failed deliveries that were delivered since */
	succeededSince: number;
	/** the new `recoveredThrough`: the newest delivery looked at, unless some were left for later */
	cursor: string | undefined;
}

const time = (iso: string) => {
	const ms = Date.parse(iso);
	return Number.isNaN(ms) ? 0 : ms;
};

/** Orders Polar timestamps: by instant, then by text (microseconds that Date drops). */
function compareTimes(a: string, b: string): number {
	return time(a) - time(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function planRecovery(deliveries: FailedDelivery[], previousCursor: string | undefined, bound: number): RecoveryPlan {
	const events = new Map<string, { event: FailedDelivery['webhook_event']; firstFailure: string }>();
	let newest: string | undefined;
	for (const delivery of deliveries) {
		if (delivery.succeeded) continue;
		if (newest === undefined || compareTimes(delivery.created_at, newest) > 0) newest = delivery.created_at;
		const known = events.get(delivery.webhook_event.id);
		if (!known) events.set(delivery.webhook_event.id, { event: delivery.webhook_event, firstFailure: delivery.created_at });
		else if (compareTimes(delivery.created_at, known.firstFailure) < 0) known.firstFailure = delivery.created_at;
	}
	const missed: Array<MissedEvent & { firstFailure: string; archived: boolean }> = [];
	let stillRetrying = 0;
	let succeededSince = 0;
	for (const { event, firstFailure } of events.values()) {
		if (event.succeeded === true) {
			succeededSince++;
			continue;
		}
		if ((event.succeeded === null || event.succeeded === undefined) && event.skipped !== true) {
			stillRetrying++;
			continue;
		}
		const archived = event.is_archived === true || event.payload === null;
		missed.push({ id: event.id, type: event.type ?? 'unknown', createdAt: event.created_at, firstFailure, archived });
	}
	missed.sort((a, b) => compareTimes(a.createdAt, b.createdAt) || compareTimes(a.firstFailure, b.firstFailure) || (a.id < b.id ? -1 : 1));
	const toMissed = ({ id, type, createdAt }: MissedEvent): MissedEvent => ({ id, type, createdAt });
	const redeliverable = missed.filter((m) => !m.archived);
	const beyondBound = Math.max(0, redeliverable.length - bound);
	return {
		redeliver: redeliverable.slice(0, bound).map(toMissed),
		archived: missed.filter((m) => m.archived).map(toMissed),
		beyondBound,
		stillRetrying,
		succeededSince,
		cursor: beyondBound > 0 ? previousCursor : (newest ?? previousCursor),
	};
}
