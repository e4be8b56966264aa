/**
 * Reading HTTP headers (of Polar's replies, a storage upload's, a webhook delivery's): the one
 * place that knows names come in any case and a header may come as a list, and what the waiting
 * headers (`Retry-After`, `X-RateLimit-*`) mean. The signature check keeps its own stricter rule
 * (a repeated `webhook-id` is malformed, not its first value; trigger/verifySignature.ts).
 */

export type HttpHeaders = Record<string, string | string[] | undefined>;

/** A header's value (the first one when it was sent several times), whatever case its name came in. */
export function headerOf(headers: HttpHeaders | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const wanted = name.toLowerCase();
	let value: unknown = headers[wanted];
	if (value === undefined) {
		const key = Object.keys(headers).find((k) => k.toLowerCase() === wanted);
		if (key !== undefined) value = headers[key];
	}
	if (Array.isArray(value)) value = value[0];
	return value === undefined || value === null ? undefined : String(value);
}

/** A header as a number, or undefined when it is missing or not a number. */
export function numericHeaderOf(headers: HttpHeaders | undefined, name: string): number | undefined {
	const value = headerOf(headers, name);
	if (value === undefined || value.trim() === '') return undefined;
	const number = Number(value);
	return Number.isFinite(number) ? number : undefined;
}

/**
 * Whatever an HTTP client gave as headers (a plain object, or a class with `toJSON` such as
 * axios's) as a plain object with lower-case names.
 */
export function normalizeHeaders(headers: unknown): HttpHeaders {
	const out: HttpHeaders = {};
	if (headers && typeof headers === 'object') {
		const plain = typeof (headers as { toJSON?: () => unknown }).toJSON === 'function'
			? ((headers as { toJSON: () => unknown }).toJSON() as Record<string, unknown>)
			: (headers as Record<string, unknown>);
		for (const [k, v] of Object.entries(plain)) out[k.toLowerCase()] = v as string;
	}
	return out;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(headers: HttpHeaders | undefined, now: number): number | undefined {
	const value = headerOf(headers, 'retry-after');
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * `X-RateLimit-Reset` as an absolute time in ms, for servers that send it (Polar does not): seconds
 * until the window resets, or values that look like a Unix timestamp (seconds or ms).
 */
export function rateLimitResetAt(headers: HttpHeaders | undefined, now: number): number | undefined {
	const value = numericHeaderOf(headers, 'x-ratelimit-reset');
	if (value === undefined || value < 0) return undefined;
	if (value > 1e12) return value; // ms timestamp
	if (value > 1e9) return value * 1000; // s timestamp
	return now + value * 1000;
}

/**
 * How long a refused request's server asked to wait, in ms: `Retry-After`, else the time until
 * `X-RateLimit-Reset`; undefined when it said neither.
 */
export function serverWaitMs(headers: HttpHeaders | undefined, now: number): number | undefined {
	const after = retryAfterMs(headers, now);
	if (after !== undefined) return after;
	const resetAt = rateLimitResetAt(headers, now);
	return resetAt === undefined ? undefined : Math.max(0, resetAt - now);
}
