import { createHash } from 'node:crypto';

export interface StoredReply {
	status: number;
	contentType?: string;
	payload: string;
}

export type IdempotencyVerdict = { kind: 'new' } | { kind: 'replay'; reply: StoredReply } | { kind: 'conflict' };

/** How long a key is remembered, like Polar's (24 h). */
const KEY_TTL_MS = 24 * 3_600_000;

/** JSON with sorted keys, so that the same body serialized differently is still the same request. */
function canonical(raw: string): string {
	try {
		const sort = (v: unknown): unknown =>
			Array.isArray(v)
				? v.map(sort)
				: v && typeof v === 'object'
					? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]))
					: v;
		return JSON.stringify(sort(JSON.parse(raw)));
	} catch {
		return raw;
	}
}

/**
 * Remembers the reply to each write sent with an Idempotency-Key (per token identity), so a
 * retry gets the first reply, even when that reply never reached the client, and the write
 * does not happen twice. The same key with another request is refused.
 */
export class IdempotencyStore {
	private readonly entries = new Map<string, { fingerprint: string; reply: StoredReply; at: number }>();

	static fingerprint(method: string, path: string, rawBody: string): string {
		return createHash('sha256').update(`${method} ${path}\n${canonical(rawBody)}`).digest('hex');
	}

	check(identity: string, key: string, fingerprint: string, now: number): IdempotencyVerdict {
		const entry = this.entries.get(`${identity}\n${key}`);
		if (!entry || now - entry.at > KEY_TTL_MS) return { kind: 'new' };
		return entry.fingerprint === fingerprint ? { kind: 'replay', reply: entry.reply } : { kind: 'conflict' };
	}

	remember(identity: string, key: string, fingerprint: string, reply: StoredReply, now: number): void {
		this.entries.set(`${identity}\n${key}`, { fingerprint, reply, at: now });
	}

	reset(): void {
		this.entries.clear();
	}

	get size(): number {
		return this.entries.size;
	}
}
