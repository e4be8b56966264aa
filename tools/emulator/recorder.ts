import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorStats, LogEntry } from './types';

/** Past this many entries the oldest are dropped, so a long demo run does not grow forever. */
const MAX_LOG_ENTRIES = 50_000;
const DROP_AT_ONCE = 10_000;

/** The log entry of an API request as it arrives: the token only as its hash, never itself. */
export function requestEntry(at: number, method: string, url: URL, headers: IncomingHttpHeaders, tokenId: string | undefined): LogEntry {
	const header = (name: string) => (typeof headers[name] === 'string' ? (headers[name] as string) : undefined);
	const apiVersion = header('polar-version');
	const idempotencyKey = header('idempotency-key');
	return {
		at,
		method,
		path: url.pathname + url.search,
		status: 0,
		...(apiVersion !== undefined ? { apiVersion } : {}),
		...(idempotencyKey ? { idempotencyKey } : {}),
		...(tokenId ? { token: tokenId } : {}),
		durationMs: 0,
	};
}

/** Request log and counters of the API traffic (the /__emulator control calls are not counted). */
export class Recorder {
	/** kept as the same array for the emulator's lifetime, so callers may hold on to it */
	readonly log: LogEntry[] = [];
	private requests = 0;
	private byStatus: Record<string, number> = {};
	private faults = 0;
	private rateLimited = 0;
	private replays = 0;
	private inFlight = 0;
	private maxConcurrent = 0;
	private firstAt: number | null = null;
	private lastAt: number | null = null;

	begin(at: number): void {
		this.requests++;
		this.inFlight++;
		this.maxConcurrent = Math.max(this.maxConcurrent, this.inFlight);
		this.firstAt ??= at;
		this.lastAt = at;
	}

	end(entry: LogEntry, flags: { rateLimited?: boolean } = {}): void {
		this.inFlight--;
		const key = entry.status === 0 ? entry.fault ?? 'none' : String(entry.status);
		this.byStatus[key] = (this.byStatus[key] ?? 0) + 1;
		if (entry.fault) this.faults++;
		if (flags.rateLimited) this.rateLimited++;
		if (entry.replayed) this.replays++;
		this.log.push(entry);
		if (this.log.length > MAX_LOG_ENTRIES) this.log.splice(0, DROP_AT_ONCE);
	}

	stats(): EmulatorStats {
		const span = this.firstAt !== null && this.lastAt !== null ? (this.lastAt - this.firstAt) / 1000 : 0;
		return {
			requests: this.requests,
			byStatus: { ...this.byStatus },
			faults: this.faults,
			rateLimited: this.rateLimited,
			idempotentReplays: this.replays,
			perSecond: span > 0 ? Math.round((this.requests / span) * 10) / 10 : this.requests,
			maxConcurrent: this.maxConcurrent,
			firstAt: this.firstAt,
			lastAt: this.lastAt,
		};
	}

	reset(): void {
		this.log.length = 0;
		this.requests = 0;
		this.byStatus = {};
		this.faults = 0;
		this.rateLimited = 0;
		this.replays = 0;
		this.maxConcurrent = this.inFlight;
		this.firstAt = null;
		this.lastAt = null;
	}
}
