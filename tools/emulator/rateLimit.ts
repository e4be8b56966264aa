import type { RateLimitOptions } from './types';

export interface RateLimitVerdict {
	limited: boolean;
	headers: Record<string, string>;
}

/**
 * Fixed-window request budget per identity (token hash, or client address without a token),
 * like Polar's: every reply says how much is left, and a request over budget gets 429 with
 * Retry-After until the window ends.
 */
export class RateLimiter {
	private readonly windows = new Map<string, { start: number; count: number }>();

	constructor(private options: RateLimitOptions | null) {}

	configure(options: RateLimitOptions | null): void {
		this.options = options;
		this.windows.clear();
	}

	reset(): void {
		this.windows.clear();
	}

	hit(identity: string, now: number): RateLimitVerdict {
		const options = this.options;
		if (!options) return { limited: false, headers: {} };
		let window = this.windows.get(identity);
		if (!window || now - window.start >= options.windowMs) {
			window = { start: now, count: 0 };
			this.windows.set(identity, window);
		}
		window.count++;
		const limited = window.count > options.limit;
		const resetSeconds = Math.max(1, Math.ceil((window.start + options.windowMs - now) / 1000));
		const headers: Record<string, string> = {
			'X-RateLimit-Limit': String(options.limit),
			'X-RateLimit-Remaining': String(Math.max(0, options.limit - window.count)),
			'X-RateLimit-Reset': String(resetSeconds),
		};
		if (limited) headers['Retry-After'] = String(resetSeconds);
		return { limited, headers };
	}
}
