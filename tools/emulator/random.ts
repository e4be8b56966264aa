import { randomBytes } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Source of ids, secrets and fault draws. With a seed it is a small deterministic PRNG
 * (mulberry32) so a run can be replayed; without one it uses the OS generator.
 */
export class Random {
	private state: number;

	constructor(private readonly seed?: number) {
		this.state = (seed ?? 0) >>> 0;
	}

	get seeded(): boolean {
		return this.seed !== undefined;
	}

	/** a float in [0, 1) */
	next(): number {
		if (this.seed === undefined) return randomBytes(4).readUInt32BE(0) / 2 ** 32;
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	}

	int(maxExclusive: number): number {
		return Math.floor(this.next() * maxExclusive);
	}

	pick<T>(values: readonly T[]): T {
		return values[this.int(values.length)];
	}

	private bytes(count: number): Buffer {
		if (this.seed === undefined) return randomBytes(count);
		const out = Buffer.alloc(count);
		for (let i = 0; i < count; i++) out[i] = this.int(256);
		return out;
	}

	/** a version 4 UUID */
	uuid(): string {
		const b = this.bytes(16);
		b[6] = (b[6] & 0x0f) | 0x40;
		b[8] = (b[8] & 0x3f) | 0x80;
		const hex = b.toString('hex');
		return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
	}

	/** letters and digits, e.g. the random part of a secret */
	token(length: number): string {
		const b = this.bytes(length);
		let out = '';
		for (let i = 0; i < length; i++) out += ALPHANUMERIC[b[i] % ALPHANUMERIC.length];
		return out;
	}
}
