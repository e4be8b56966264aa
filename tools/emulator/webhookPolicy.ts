import type { Random } from './random';

/**
 * Polar's delivery rules as numbers (read from its server, `server/polar/config.py` and
 * `webhook/tasks.py`, August 2026), so the sender can follow them and tests can scale them down.
 */

/** Deliveries of one event, the first included, before Polar gives up on it. */
export const MAX_DELIVERIES_PER_EVENT = 10;
/** Events of one endpoint that must all have failed, the most recent ones, before Polar disables it. */
export const FAILURE_THRESHOLD = 10;
/** Polar's worker backoff unit: the delay after the n-th failed delivery is about 2 s × 2^n. */
const MIN_BACKOFF_MS = 2_000;
/** Longest wait between two deliveries of an event. */
const MAX_BACKOFF_MS = 20 * 60_000;
/** A later event waits this long at most for earlier ones of the same endpoint to have been tried (FIFO guard). */
export const FIFO_GUARD_MAX_AGE_MS = 60_000;
/** Payloads older than this are archived (nightly at Polar) and can no longer be redelivered. */
export const RETENTION_MS = 90 * 24 * 3_600_000;

/**
 * The wait before the next delivery after `deliveries` failed ones, as dramatiq's
 * `compute_backoff` draws it: min(2 s × 2^n, 20 min), jittered to between half and all of it.
 * `scale` shrinks Polar's 17–34 minutes for tests (the `webhookBackoffScale` switch).
 */
export function retryDelayMs(deliveries: number, random: Random, scale = 1): number {
	const full = Math.min(MIN_BACKOFF_MS * 2 ** deliveries, MAX_BACKOFF_MS);
	const half = full / 2;
	return Math.max(0, Math.round((half + random.int(Math.floor(half) + 1)) * scale));
}
