import type { Handler, PolarApi } from '../api';
import { csv, ok } from '../replies';
import type { ApiRequest } from '../types';

/** Metrics: orders and revenue per period, computed from the stored orders, and the limits of a query. */

function dateRange(req: ApiRequest): string[] {
	const start = Date.parse(`${req.query.get('start_date') ?? ''}T00:00:00Z`);
	const end = Date.parse(`${req.query.get('end_date') ?? ''}T00:00:00Z`);
	const stepDays = { hour: 1, day: 1, week: 7, month: 30, year: 365 }[req.query.get('interval') ?? 'day'] ?? 1;
	const out: string[] = [];
	for (let t = start; t <= end && out.length < 1000; t += stepDays * 86_400_000) out.push(new Date(t).toISOString());
	return out;
}

function metrics(req: ApiRequest, api: PolarApi) {
	const periods = dateRange(req);
	const orders = api.store.collection('orders').items;
	const rows = periods.map((timestamp, i) => {
		const from = Date.parse(timestamp);
		const to = i + 1 < periods.length ? Date.parse(periods[i + 1]) : from + 86_400_000;
		const inPeriod = orders.filter((o) => {
			const t = Date.parse(String(o.created_at));
			return t >= from && t < to;
		});
		return { timestamp, orders: inPeriod.length, revenue: inPeriod.reduce((sum, o) => sum + Number(o.net_amount ?? 0), 0) };
	});
	return {
		periods: rows,
		totals: { orders: rows.reduce((s, r) => s + r.orders, 0), revenue: rows.reduce((s, r) => s + r.revenue, 0) },
		metrics: {
			orders: { slug: 'orders', display_name: 'Orders', type: 'scalar' },
			revenue: { slug: 'revenue', display_name: 'Revenue', type: 'currency' },
		},
	};
}

const LIMITS = {
	min_date: '2023-01-01',
	intervals: {
		hour: { min_days: 0, max_days: 7 },
		day: { min_days: 0, max_days: 366 },
		week: { min_days: 14, max_days: 1092 },
		month: { min_days: 60, max_days: 3660 },
		year: { min_days: 366, max_days: 36600 },
	},
};

export const METRIC_HANDLERS: Record<string, Handler> = {
	'metric:get': (req, api) => ok(metrics(req, api)),
	'metric:export': (req, api) => csv(['timestamp', 'orders', 'revenue'], metrics(req, api).periods),
	'metric:limits': () => ok(LIMITS),
};
