import type { IncomingHttpHeaders } from 'node:http';
import { parseViolations, type Violation } from './prism';

/**
 * What Prism said about each exchange it proxied, by operation: the replies it checked against
 * the document, and every violation, split by side. Fed with the `sl-violations` header of the
 * replies a Prism proxy passes through (see `startPrismProxy`).
 */

/** One exchange as Prism judged it. */
export interface CheckedExchange {
	/** the operation key ("customer:list") or a label the caller chose */
	operation: string;
	method: string;
	path: string;
	status: number;
	violations: Violation[];
}

/** Prism's warning for a request that matches no operation of the document (it forwards it unchecked). */
const ROUTE_NOT_FOUND = 'Selected route not found';

const isRequestSide = (v: Violation) => v.location[0] === 'request';
const isUnrouted = (v: Violation) => isRequestSide(v) && v.message === ROUTE_NOT_FOUND;

/** "body.items.0.created_at" for a violation at ['response', 'body', 'items', '0', 'created_at']. */
export function placeOf(v: Violation): string {
	return v.location.slice(1).join('.') || '(whole reply)';
}

export class ViolationLog {
	readonly exchanges: CheckedExchange[] = [];

	/** Records one reply that came through the Prism proxy. */
	record(operation: string, method: string, path: string, status: number, headers: IncomingHttpHeaders): CheckedExchange {
		const exchange = { operation, method, path, status, violations: parseViolations(headers['sl-violations']) };
		this.exchanges.push(exchange);
		return exchange;
	}

	/** Exchanges Prism could check: their operation is in the document. */
	get checked(): CheckedExchange[] {
		return this.exchanges.filter((x) => !x.violations.some(isUnrouted));
	}

	/** Operations the document lacks (Prism forwarded them unchecked), e.g. what live 2026-10 added. */
	get unrouted(): string[] {
		return [...new Set(this.exchanges.filter((x) => x.violations.some(isUnrouted)).map((x) => x.operation))];
	}

	/** Readable lines, one per violation of the given side and severity. */
	lines(side: 'request' | 'response', severity: 'Error' | 'Warning' = 'Error'): string[] {
		const out: string[] = [];
		for (const x of this.exchanges) {
			for (const v of x.violations) {
				if (isUnrouted(v) || isRequestSide(v) !== (side === 'request') || v.severity !== severity) continue;
				out.push(`${x.operation} ${x.method} ${x.path} → ${x.status}: ${side} ${placeOf(v)}: ${v.message}`);
			}
		}
		return out;
	}

	/** One line for the test output: what was checked and what was found. */
	summary(): string {
		const checked = this.checked;
		const operations = new Set(checked.map((x) => x.operation)).size;
		const count = (side: 'request' | 'response', severity: 'Error' | 'Warning') => this.lines(side, severity).length;
		const unrouted = this.unrouted;
		return (
			`${checked.length} replies of ${operations} operations checked by Prism: ${count('response', 'Error')} response violations, ` +
			`${count('request', 'Error')} request violations, ${count('response', 'Warning') + count('request', 'Warning')} warnings` +
			(unrouted.length ? `; not in the document, so unchecked: ${unrouted.join(', ')}` : '')
		);
	}
}
