import type { RateWindow } from './rateLimits';

/** How often a request waiting for room looks again while the room is taken by requests in flight. */
export const REPLY_POLL_MS = 20;

/**
 * One window of a budget Polar does not report (no rate-limit headers), kept without knowing where
 * the server's windows start.
 *
 * Polar's fixed windows open at the first request after the previous window ended, as the server
 * sees it, and other executions may have opened them. What the client does know: a request reached
 * Polar after it was sent and before its reply came back. So a request may start only while fewer
 * than `limit` requests are in flight or replied within the last `windowMs`. Then no fixed window,
 * wherever it starts, can hold more than `limit` of them: of the `limit + 1` latest arrivals in one
 * window, the last one sent would have seen the other `limit` in flight or replied less than a
 * window before it. The cost is one round trip per window, a fraction of a per-minute budget.
 */
export class SlidingWindow {
	/** when each counted reply leaves the window, ascending (replies come in time order) */
	private readonly leaves: number[] = [];
	private head = 0;
	inFlight = 0;

	constructor(readonly window: RateWindow) {}

	/** Milliseconds until one more request fits (0: now). */
	delay(now: number): number {
		while (this.head < this.leaves.length && this.leaves[this.head] <= now) this.head++;
		if (this.head > 256 && this.head * 2 > this.leaves.length) {
			this.leaves.splice(0, this.head);
			this.head = 0;
		}
		const counted = this.leaves.length - this.head;
		const over = counted + this.inFlight - this.window.limit;
		if (over < 0) return 0;
		// `over + 1` counted replies must leave; if the window is full of requests in flight, their replies will tell.
		return over < counted ? Math.max(1, this.leaves[this.head + over] - now) : REPLY_POLL_MS;
	}

	start(): void {
		this.inFlight++;
	}

	/** A reply (or a failure) came back at `now`: the request counts until a window after it. */
	finish(now: number): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		this.leaves.push(now + this.window.windowMs + marginOf(this.window));
	}
}

/** For the server's clock and rounding (Redis expiry, whole-second Retry-After): 50 ms plus 0.5 % of the window. */
function marginOf(window: RateWindow): number {
	return 50 + Math.ceil(window.windowMs / 200);
}

/**
 * What one subject may spend in one zone (or the API-wide budget): every window of the zone, and a
 * pause after a 429, which says the server's window is spent (by this execution or by others on the
 * same subject) until `Retry-After`.
 */
export class Lane {
	private readonly windows: SlidingWindow[];
	private pausedUntil = 0;

	constructor(windows: RateWindow[]) {
		this.windows = windows.map((w) => new SlidingWindow(w));
	}

	/** The window a 429 without `Retry-After` is waited out for: the shortest known, else Polar's minute. */
	get fallbackPauseMs(): number {
		return this.windows.length ? Math.min(...this.windows.map((w) => w.window.windowMs)) : 60_000;
	}

	/** The budget that would make the longest wait, for an error message. */
	describe(now: number): string {
		const longest = this.windows.reduce<SlidingWindow | undefined>((a, w) => (!a || w.delay(now) > a.delay(now) ? w : a), undefined);
		if (!longest) return 'Polar asked to wait';
		const { limit, windowMs } = longest.window;
		const per = windowMs === 3_600_000 ? 'hour' : windowMs === 60_000 ? 'minute' : windowMs === 1_000 ? 'second' : `${windowMs} ms`;
		return `Polar allows ${limit} requests per ${per} here`;
	}

	delay(now: number): number {
		let delay = Math.max(0, this.pausedUntil - now);
		for (const w of this.windows) delay = Math.max(delay, w.delay(now));
		return delay;
	}

	start(): void {
		for (const w of this.windows) w.start();
	}

	finish(now: number): void {
		for (const w of this.windows) w.finish(now);
	}

	pauseUntil(until: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, until);
	}
}
