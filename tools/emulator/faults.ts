import { Random } from './random';
import type { FaultKind, FaultOptions } from './types';

export interface Fault {
	kind: FaultKind;
	phase: 'before' | 'after';
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Decides which requests fail and how; deterministic for a given seed and request order. */
export class FaultInjector {
	private random: Random;

	constructor(
		private options: FaultOptions | null,
		private fallbackSeed?: number,
	) {
		this.random = new Random(options?.seed ?? fallbackSeed);
	}

	configure(options: FaultOptions | null, fallbackSeed = this.fallbackSeed): void {
		this.options = options;
		this.fallbackSeed = fallbackSeed;
		this.random = new Random(options?.seed ?? fallbackSeed);
	}

	get timeoutMs(): number {
		return this.options?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	}

	draw(method: string, path: string): Fault | undefined {
		const options = this.options;
		if (!options || options.rate <= 0 || options.kinds.length === 0) return undefined;
		if (options.only?.method && options.only.method !== method) return undefined;
		if (options.only?.path && options.only.path !== path.replace(/\/+$/, '')) return undefined;
		if (this.random.next() >= options.rate) return undefined;
		const kind = this.random.pick(options.kinds);
		const phase = options.phase === 'after' ? 'after' : options.phase === 'mixed' ? (this.random.next() < 0.5 ? 'before' : 'after') : 'before';
		return { kind, phase };
	}
}

/** The JSON body of an injected error reply. */
export function faultBody(kind: FaultKind): { detail: string } {
	switch (kind) {
		case '429':
			return { detail: 'Too many requests' };
		case '502':
			return { detail: 'Bad Gateway' };
		case '503':
			return { detail: 'Service Unavailable' };
		case '504':
			return { detail: 'Gateway Timeout' };
		default:
			return { detail: 'Internal Server Error' };
	}
}
