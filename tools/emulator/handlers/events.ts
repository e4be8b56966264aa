import type { Handler, PolarApi } from '../api';
import { listAll } from '../listing';
import { aggregate, meterEvents } from '../meters';
import { createObject } from '../objects';
import { ok } from '../replies';
import type { ApiRequest, Reply } from '../types';

/** Usage events: ingested, named, and counted by meters. */

/**
 * Events as Polar ingests them (server/polar/event/repository.py `insert_batch`): an event
 * whose `external_id` the organization already holds, from an earlier batch or earlier in the same
 * one, is skipped and counted in `duplicates`; the reply is `EventsIngestResponse`
 * `{inserted, duplicates}`. Events without an `external_id` are always inserted.
 */
function ingestEvents(req: ApiRequest, api: PolarApi): Reply {
	const events = Array.isArray(req.body.events) ? (req.body.events as Array<Record<string, unknown>>) : [];
	const stored = api.store.collection('events');
	const held = new Set(stored.items.map((e) => `${String(e.organization_id)}\u0000${String(e.external_id ?? '')}`));
	let inserted = 0;
	let duplicates = 0;
	for (const event of events) {
		const organizationId = typeof event.organization_id === 'string' ? event.organization_id : api.ctx.organizationId;
		const key = `${organizationId}\u0000${String(event.external_id ?? '')}`;
		if (typeof event.external_id === 'string' && held.has(key)) {
			duplicates++;
			continue;
		}
		createObject(api.ctx, 'events', { ...event, timestamp: event.timestamp ?? api.ctx.now().toISOString() });
		if (typeof event.external_id === 'string') held.add(key);
		inserted++;
	}
	return ok({ inserted, duplicates });
}

/** µs since the epoch of an ISO timestamp, NaN when it is none. */
function micros(iso: string): number {
	const ms = Date.parse(iso);
	const fraction = /\.(\d+)/.exec(iso)?.[1] ?? '';
	return Number.isNaN(ms) ? NaN : ms * 1000 + Number((fraction.slice(3, 6) || '0').padEnd(3, '0'));
}

/**
 * The events log (`events:list`): ingested and system events, filtered by the generic filters
 * (`source`, repeated `name`, `customer_id`, …) and by time, `start_timestamp` < timestamp <
 * `end_timestamp` ("after" and "before", as Polar's parameters say), newest first unless
 * `sorting` says otherwise, in Polar's page envelope.
 */
function listEvents(req: ApiRequest, api: PolarApi): Reply {
	const q = api.listQuery(req, {});
	if (!q.sorting.length) q.sorting = ['-timestamp'];
	const after = micros(req.query.get('start_timestamp') ?? '');
	const before = micros(req.query.get('end_timestamp') ?? '');
	const all = listAll(api.store.collection('events'), q, api.lookup).filter((e) => {
		const at = micros(String(e.timestamp));
		return (Number.isNaN(after) || at > after) && (Number.isNaN(before) || at < before);
	});
	// Timestamps compare as instants (Polar's have µs; "…00Z" and "…00.000001Z" do not sort as text).
	const direction = q.sorting[0] === 'timestamp' ? 1 : q.sorting[0] === '-timestamp' ? -1 : 0;
	if (direction) all.sort((a, b) => direction * (micros(String(a.timestamp)) - micros(String(b.timestamp))));
	const start = (q.page - 1) * q.limit;
	return ok({ items: all.slice(start, start + q.limit), pagination: { total_count: all.length, max_page: Math.ceil(all.length / q.limit) } });
}

/** Event names with how often and when they were seen, most frequent first. */
function eventNames(req: ApiRequest, api: PolarApi): Reply {
	const events = api.allMatching(req, 'events');
	const byName = new Map<string, { name: string; label: string; source: unknown; occurrences: number; first_seen: string; last_seen: string }>();
	for (const e of events) {
		const name = String(e.name);
		const at = String(e.timestamp ?? e.created_at);
		const entry = byName.get(name) ?? { name, label: name, source: e.source ?? 'user', occurrences: 0, first_seen: at, last_seen: at };
		entry.occurrences++;
		if (at < entry.first_seen) entry.first_seen = at;
		if (at > entry.last_seen) entry.last_seen = at;
		byName.set(name, entry);
	}
	const page = Number(req.query.get('page') ?? 1);
	const limit = Number(req.query.get('limit') ?? 10);
	const all = [...byName.values()].sort((a, b) => b.occurrences - a.occurrences);
	return ok({ items: all.slice((page - 1) * limit, page * limit), pagination: { total_count: all.length, max_page: Math.ceil(all.length / limit) } });
}

/** A meter's total over a time range: its aggregation over the events its filter matches (meters.ts). */
function meterQuantities(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (meter) => {
		const start = Date.parse(req.query.get('start_timestamp') ?? '');
		const end = Date.parse(req.query.get('end_timestamp') ?? '');
		const events = meterEvents(meter, api.store.collection('events').items).filter((e) => {
			const t = Date.parse(String(e.timestamp ?? e.created_at));
			return t >= start && t <= end;
		});
		const total = aggregate(meter.aggregation as Parameters<typeof aggregate>[0], events);
		return ok({ quantities: [{ timestamp: new Date(Number.isNaN(start) ? 0 : start).toISOString(), quantity: total }], total });
	});
}

export const EVENT_HANDLERS: Record<string, Handler> = {
	'event:getAll': listEvents,
	'event:listNames': eventNames,
	'event:ingest': ingestEvents,
	'meter:quantities': meterQuantities,
};
