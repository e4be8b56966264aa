import type { Handler, PolarApi } from '../api';
import { aggregate, meterEvents, type Aggregation } from '../meters';
import { ok, unprocessable } from '../replies';
import type { ApiRequest, Reply, StoredObject } from '../types';

/**
 * A meter's quantities over a period, as Polar computes them (server/polar/meter/service.py,
 * `get_quantities`; the series from server/polar/kit/time_queries.py):
 * - one bucket per interval from `start_timestamp` to `end_timestamp` (`generate_series(start,
 *   end, '1 <interval>')`, both ends included), empty intervals included with quantity 0;
 * - a bucket holds the events whose timestamp falls in the same truncated interval as the
 *   bucket's own timestamp (`date_trunc`; weeks start on Monday), events of the meter only
 *   (its organization's, matching its filter: ../meters.ts);
 * - `total` is the meter's aggregation over all of them: the sum of the buckets for count and sum,
 *   their max or min for max and min, computed over the events themselves for avg and unique;
 * - a period longer than the interval allows (server/polar/kit/time_queries.py, `is_under_limits`)
 *   or ending before it starts is refused with 422 at `["query"]`.
 * Timestamps are read in UTC (Polar's default `timezone`).
 */

const DAY_MS = 86_400_000;
const MAX_INTERVAL_DAYS: Record<string, number> = { hour: 7, day: 366, week: 7 * 53, month: 365 * 4, year: 365 * 10 };

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
		const aggregation = meter.aggregation as Aggregation | undefined;
		const events = meterEvents(meter, api.store.collection('events').items).filter(
			(e) => (!customers.size || customers.has(String(e.customer_id))) && (!externals.size || externals.has(String(e.external_customer_id))),
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
			const quantity = inBucket ? aggregate(aggregation, inBucket) : 0;
			if (inBucket) filled.push(quantity);
			quantities.push({ timestamp: new Date(at).toISOString(), quantity });
		}
		const func = aggregation?.func ?? 'count';
		let total: number;
		if (func === 'count' || func === 'sum') total = filled.reduce((s, n) => s + n, 0);
		else if (func === 'max' || func === 'min') total = filled.length ? Math[func](...filled) : 0;
		else total = aggregate(aggregation, events);
		return ok({ quantities, total });
	});
}

export const METER_HANDLERS: Record<string, Handler> = {
	'meter:quantities': meterQuantities,
};
