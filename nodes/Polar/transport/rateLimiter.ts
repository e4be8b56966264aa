import { Lane } from './budget';
import { HeaderPacer } from './headerPacer';
import type { HttpHeaders } from './headers';
import { serverWaitMs } from './headers';
import type { RateWindow } from './rateLimits';
import { zoneOf } from './rateLimits';
import type { PolarRequest } from './request';
import { MAX_SERVER_REQUESTED_WAIT_MS } from './retry';

/** `Retry-After` is whole seconds: come back a little after it, not on the edge. */
const PAUSE_MARGIN_MS = 50;

/** A request's place in the pacer, handed back when its reply (or failure) comes. */
export interface PacerSlot {
	lane: Lane;
	headers?: HeaderPacer;
}

/** Thrown when keeping to a budget would mean waiting longer than a node should sit idle. */
export class PacingWaitTooLongError extends Error {
	/** `zone` names the budget, never the path: some paths hold a secret (a checkout's client secret). */
	constructor(readonly waitMs: number, budget: string, zone: string) {
		super(`${budget} (${zone}); the next request could only go in ${Math.ceil(waitMs / 60_000)} min. Run the rest later.`);
		this.name = 'PacingWaitTooLongError';
	}
}

/**
 * Keeps one execution inside Polar's rate limits, shared by all its items and pages. Polar counts
 * per subject and zone, so the pacer keeps one lane per identity the node sends as (the
 * credential's token, each customer session, no token) and zone (rateLimits.ts): the API-wide
 * budget of the credential's environment, or the zone's tighter windows. It paces from those known
 * budgets (budget.ts), because Polar's replies do not report what is left; from
 * `X-RateLimit-*` headers too when a server sends them (headerPacer.ts); and after a 429 it holds
 * the lane until `Retry-After` (or a window) has passed.
 *
 * Executions do not see each other: several of them on one subject may together get 429s, which
 * each then waits out.
 */
export class RateLimitPacer {
	private readonly lanes = new Map<string, Lane>();
	private readonly headers = new HeaderPacer();

	constructor(
		private readonly now: () => number,
		private readonly wait: (ms: number) => Promise<void>,
		/** the API-wide budget per subject; undefined: unknown (unlimited until a 429 says otherwise) */
		private readonly apiBudget: RateWindow | undefined,
	) {}

	/** Waits until the request may start, then counts it as in flight. */
	async acquire(req: Pick<PolarRequest, 'path' | 'auth' | 'sessionToken'>): Promise<PacerSlot> {
		const zone = zoneOf(req.path);
		const identity = req.auth === 'session' ? `session:${req.sessionToken ?? ''}` : req.auth;
		const key = `${identity}\u0000${zone?.zone ?? 'api'}`;
		let lane = this.lanes.get(key);
		if (!lane) {
			lane = new Lane(zone ? zone.windows : this.apiBudget ? [this.apiBudget] : []);
			this.lanes.set(key, lane);
		}
		// Rate-limit headers describe the API-wide budget of the credential's own subject.
		const headers = identity === 'token' && !zone ? this.headers : undefined;
		for (;;) {
			const now = this.now();
			const delay = Math.max(lane.delay(now), headers?.delay(now) ?? 0);
			if (delay === 0) break;
			if (delay > MAX_SERVER_REQUESTED_WAIT_MS) throw new PacingWaitTooLongError(delay, lane.describe(now), zone ? `zone ${zone.zone}` : 'API-wide budget');
			await this.wait(delay);
		}
		lane.start();
		headers?.start();
		return { lane, headers };
	}

	/** Records a reply (headers undefined: none came) and frees the request's place. */
	release(slot: PacerSlot, headers: HttpHeaders | undefined, statusCode: number): void {
		const now = this.now();
		slot.lane.finish(now);
		slot.headers?.release(headers, statusCode, now);
		if (statusCode === 429) {
			// The server's window is spent, whoever spent it: hold every request of this lane.
			const after = serverWaitMs(headers, now) ?? slot.lane.fallbackPauseMs;
			slot.lane.pauseUntil(now + after + PAUSE_MARGIN_MS);
		}
	}
}
