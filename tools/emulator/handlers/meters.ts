import type { Handler, PolarApi } from '../api';
import { ok, unprocessable } from '../replies';
import type { ApiRequest, Reply, StoredObject } from '../types';

/**
 * A meter's quantities over a period, as Polar computes them (server/polar/meter/service.py,
 * `get_quantities`; the series from server/polar/kit/time_queries.py):
 * - one bucket per interval from `start_timestamp` to `end_timestamp` (`generate_series(start,
 *   end, '1 <interval>')`, both ends included), empty intervals included with quantity 0;
 * - a bucket holds the events whose timestamp falls in the same truncated interval as the
 *   bucket's own timestamp (`date_trunc`; weeks start on Monday), events of the meter only
 *   (its filter, server/polar/meter/filter.py, `matches`);
 * - `total` is the meter's aggregation over all of them: the sum of the buckets for count and sum,
 *   their max or min for max and min, computed over the events themselves for avg and unique;
 * - a period longer than the interval allows (server/polar/kit/time_queries.py, `is_under_limits`)
 *   or ending before it starts is refused with 422 at `["query"]`.
 * Timestamps are read in UTC (Polar's default `timezone`).
 */

type Clause = { property?: string; operator?: string; value?: unknown; conjunction?: string; clauses?: Clause[] };

const DAY_MS = 86_400_000;
const MAX_INTERVAL_DAYS: Record<string, number> = { hour: 7, day: 366, week: 7 * 53, month: 365 * 4, year: 365 * 10 };

function metadataValue(metadata: unknown, path: string): unknown {
	let value: unknown = metadata;
	for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	return value ?? undefined;
}

function compare(actual: unknown, operator: string | undefined, expected: unknown): boolean {
	const a = actual as number | string;
	const e = expected as number | string;
	switch (operator) {
		case 'eq':
			return actual === expected;
		case 'ne':
			return actual !== expected;
		case 'gt':
			return typeof actual === typeof expected && a > e;
		case 'gte':
			return typeof actual === typeof expected && a >= e;
		case 'lt':
			return typeof actual === typeof expected && a < e;
		case 'lte':
			return typeof actual === typeof expected && a <= e;
		case 'like':
			return String(actual).includes(String(expected));
		case 'not_like':
			return !String(actual).includes(String(expected));
		default:
			return false;
	}
}

/** Polar's `Filter.matches` / `FilterClause.matches`: name, source, timestamp (seconds) or a metadata key. */
function matches(event: StoredObject, filter: Clause | undefined): boolean {
	if (!filter) return true;
	if (Array.isArray(filter.clauses)) {
		const results = filter.clauses.map((c) => matches(event, c));
		if (!results.length) return true;
		return filter.conjunction === 'or' ? results.some(Boolean) : results.every(Boolean);
	}
	const property = String(filter.property ?? '').replace(/^metadata\./, '');
	let actual: unknown;
	if (property === 'name' || property === 'source') actual = typeof filter.value === 'string' ? event[property] : undefined;
	else if (property === 'timestamp') actual = typeof filter.value === 'number' ? Math.floor(Date.parse(String(event.timestamp)) / 1000) : undefined;
	else actual = metadataValue(event.metadata, property);
	return actual !== undefined && compare(actual, filter.operator, filter.value);
}

/** `date_trunc(interval, t)` in UTC. */
function truncate(ms: number, interval: string): number {
	const d = new Date(ms);
	switch (interval) {
		case 'hour':
			return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours());
		case 'week': {
			const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
			return day - ((d.getUTCDay() + 6) % 7) * DAY_MS;
		}
		case 'month':
			return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
		case 'year':
			return Date.UTC(d.getUTCFullYear(), 0, 1);
		default:
			return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
	}
}

/** `start + k × 1 <interval>` (calendar months and years, as PostgreSQL adds them). */
function step(start: number, interval: string, k: number): number {
	const d = new Date(start);
	switch (interval) {
		case 'hour':
			return start + k * 3_600_000;
		case 'week':
			return start + k * 7 * DAY_MS;
		case 'month':
			return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
		case 'year':
			return Date.UTC(d.getUTCFullYear() + k, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
		default:
			return start + k * DAY_MS;
	}
}

/** The meter's aggregation over some events (count, sum, max, min, avg, unique of a property). */
function aggregate(events: StoredObject[], aggregation: { func?: string; property?: string } | undefined): number {
	const func = aggregation?.func ?? 'count';
	if (func === 'count') return events.length;
	const values = events.map((e) => metadataValue(e.metadata, String(aggregation?.property ?? ''))).filter((v) => v !== undefined);
	if (func === 'unique') return new Set(values.map((v) => JSON.stringify(v))).size;
	const numbers = values.map(Number).filter((n) => !Number.isNaN(n));
	if (!numbers.length) return 0;
	if (func === 'max') return Math.max(...numbers);
	if (func === 'min') return Math.min(...numbers);
	const sum = numbers.reduce((s, n) => s + n, 0);
	return func === 'avg' ? sum / numbers.length : sum;
}

function meterQuantities(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (meter) => {
		const start = Date.parse(req.query.get('start_timestamp') ?? '');
		const end = Date.parse(req.query.get('end_timestamp') ?? '');
		const interval = req.query.get('interval') ?? 'day';
		const days = Math.floor(end / DAY_MS) - Math.floor(start / DAY_MS);
		if (start > end || days > (MAX_INTERVAL_DAYS[interval] ?? 0)) {
			return unprocessable(['query'], `This period holds too many ${interval} buckets: choose a larger interval or a shorter period.`, [req.query.get('start_timestamp'), req.query.get('end_timestamp'), interval]);
		}
		const customers = new Set(req.query.getAll('customer_id'));
		const externals = new Set(req.query.getAll('external_customer_id'));
		const aggregation = meter.aggregation as { func?: string; property?: string } | undefined;
		const events = api.store.collection('events').items.filter(
			(e) =>
				e.organization_id === meter.organization_id &&
				matches(e, meter.filter as Clause | undefined) &&
				(!customers.size || customers.has(String(e.customer_id))) &&
				(!externals.size || externals.has(String(e.external_customer_id))),
		);
		const byBucket = new Map<number, StoredObject[]>();
		for (const event of events) {
			const key = truncate(Date.parse(String(event.timestamp ?? event.created_at)), interval);
			byBucket.set(key, [...(byBucket.get(key) ?? []), event]);
		}
		const quantities: Array<{ timestamp: string; quantity: number }> = [];
		// Buckets with events: max and min of the total skip the empty ones (SQL NULLs).
		const filled: number[] = [];
		for (let k = 0, at = start; at <= end; at = step(start, interval, ++k)) {
			const inBucket = byBucket.get(truncate(at, interval));
			const quantity = inBucket ? aggregate(inBucket, aggregation) : 0;
			if (inBucket) filled.push(quantity);
			quantities.push({ timestamp: new Date(at).toISOString(), quantity });
		}
		const func = aggregation?.func ?? 'count';
		let total: number;
		if (func === 'count' || func === 'sum') total = filled.reduce((s, n) => s + n, 0);
		else if (func === 'max' || func === 'min') total = filled.length ? Math[func](...filled) : 0;
		else total = aggregate(events, aggregation);
		return ok({ quantities, total });
	});
}

export const METER_HANDLERS: Record<string, Handler> = {
	'meter:quantities': meterQuantities,
};
