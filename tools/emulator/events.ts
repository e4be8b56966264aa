import type { ApiRequest, PolarApi } from './api';
import { listAll } from './listing';
import { createObject } from './objects';
import { ok, type Reply } from './replies';

/**
 * Usage events as Polar ingests them (server/polar/event/repository.py `insert_batch`): an event
 * whose `external_id` the organization already holds, from an earlier batch or earlier in the same
 * one, is skipped and counted in `duplicates`; the reply is `EventsIngestResponse`
 * `{inserted, duplicates}`. Events without an `external_id` are always inserted.
 */
export function ingestEvents(req: ApiRequest, api: PolarApi): Reply {
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

/** Event names with how often and when they were seen, most frequent first. */
export function eventNames(req: ApiRequest, api: PolarApi): Reply {
	const events = listAll(api.store.collection('events'), api.listQuery(req, {}), api.lookup);
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

export const EVENT_SPECIALS: Record<string, (req: ApiRequest, api: PolarApi) => Reply> = {
	'event:listNames': eventNames,
	'event:ingest': ingestEvents,
};
