/**
 * Where the poll trigger is in Polar's events log, kept in the node's static data (n8n saves it
 * after a poll that succeeded; a poll that throws changes nothing here, so the next one reads the
 * same window again).
 *
 * Polar stamps events with microseconds, several events can share a timestamp, and an event can
 * become visible a little after later ones. So the cursor is the newest timestamp emitted plus
 * the ids emitted within OVERLAP_MS of it; each poll asks again from `last − OVERLAP_MS` and drops
 * the ids it already emitted. Nothing at or before `since` (the activation, or Start From) is
 * ever emitted.
 */

/** How far back each poll looks again for events that share a timestamp or arrived late. */
export const OVERLAP_MS = 2 * 60_000;
/** Ids remembered at most; the oldest go first. More events than this inside the overlap window narrows it. */
export const MAX_SEEN = 2_000;

export interface PollCursor {
	/** ISO timestamp: only events after it are emitted */
	since: string;
	/** the Start From value the cursor began at ('' for "now"), to notice when the user changes it */
	startFrom: string;
	/** ISO timestamp of the newest event emitted (or `since`) */
	last: string;
	/** [id, timestamp in µs] of the events emitted within OVERLAP_MS of `last`, oldest first */
	seen: Array<[string, number]>;
}

/** Microseconds since the epoch of an ISO timestamp (Polar's carry six fraction digits); NaN if unreadable. */
export function micros(iso: string): number {
	const ms = Date.parse(iso);
	if (Number.isNaN(ms)) return NaN;
	const fraction = /\.(\d+)/.exec(iso)?.[1] ?? '';
	const belowMs = Number((fraction.slice(3, 6) || '0').padEnd(3, '0'));
	return ms * 1000 + belowMs;
}

export function newCursor(since: string, startFrom: string): PollCursor {
	return { since, startFrom, last: since, seen: [] };
}

/** Whether static data holds a cursor this code can read. */
export function isCursor(value: unknown): value is PollCursor {
	const c = value as PollCursor | undefined;
	return !!c && typeof c.since === 'string' && typeof c.last === 'string' && typeof c.startFrom === 'string' && Array.isArray(c.seen) && !Number.isNaN(micros(c.since)) && !Number.isNaN(micros(c.last));
}

/** Where a poll's window starts, in µs: the overlap before `last`, never before `since`. */
function floorMicros(cursor: PollCursor): number {
	let floor = micros(cursor.last) - OVERLAP_MS * 1000;
	// A full memory cannot vouch for the whole overlap: ask only from its oldest id on.
	if (cursor.seen.length >= MAX_SEEN) floor = Math.max(floor, cursor.seen[0][1]);
	return Math.max(micros(cursor.since), floor);
}

/**
 * The `start_timestamp` to ask Polar for (whole milliseconds, so at or a little before the
 * window's start; advance() drops what comes from before it).
 */
export function queryFloor(cursor: PollCursor): string {
	return new Date(Math.floor(floorMicros(cursor) / 1000)).toISOString();
}

export interface LogEvent {
	id: string;
	timestamp: string;
}

/**
 * The events of a reply (in Polar's order, oldest first) that are new: after `since`, not
 * emitted before, each once; and the cursor after emitting them.
 */
export function advance<E extends LogEvent>(cursor: PollCursor, events: E[]): { fresh: E[]; next: PollCursor } {
	const since = micros(cursor.since);
	// Before the window: emitted by an earlier poll (or later than the overlap forgives).
	const floor = floorMicros(cursor);
	const seen = new Set(cursor.seen.map(([id]) => id));
	const fresh: E[] = [];
	for (const event of events) {
		const at = micros(event.timestamp);
		if (Number.isNaN(at) || at <= since || at < floor || seen.has(event.id)) continue;
		seen.add(event.id);
		fresh.push(event);
	}
	// Polar sorts by timestamp; keep ties in its order but never emit out of time order.
	fresh.sort((a, b) => micros(a.timestamp) - micros(b.timestamp));
	let lastAt = micros(cursor.last);
	let last = cursor.last;
	for (const event of fresh) {
		const at = micros(event.timestamp);
		if (at > lastAt) {
			lastAt = at;
			last = event.timestamp;
		}
	}
	const keepAfter = lastAt - OVERLAP_MS * 1000;
	const remembered = [...cursor.seen, ...fresh.map((e): [string, number] => [e.id, micros(e.timestamp)])]
		.filter(([, at]) => at >= keepAfter)
		.sort((a, b) => a[1] - b[1])
		.slice(-MAX_SEEN);
	return { fresh, next: { ...cursor, last, seen: remembered } };
}

/**
 * What a poll that read `read` may still emit, now that static data holds `stored`, and the cursor
 * after it. Polls of one node share one static data object in n8n, and n8n starts a poll at each
 * tick even while the node's previous poll runs (poll/inFlight.ts skips that one in this process).
 * If another poll stored a newer cursor meanwhile, it emitted what that cursor covers (its ids, and
 * everything before its window), so those are dropped and the cursor goes on from the stored one.
 * With nothing stored meanwhile this changes nothing.
 */
export function settle<E extends LogEvent>(read: PollCursor, stored: unknown, fresh: E[]): { fresh: E[]; next: PollCursor; dropped: number } {
	const now = isCursor(stored) && stored.startFrom === read.startFrom ? stored : read;
	const settled = advance(now, fresh);
	return { ...settled, dropped: fresh.length - settled.fresh.length };
}
