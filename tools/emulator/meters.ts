/**
 * What a meter measures, as Polar computes it: the events its filter matches
 * (server/polar/meter/filter.py `Filter.matches`, `FilterClause.matches`), aggregated by its
 * function (server/polar/meter/aggregation.py: count, sum/max/min/avg of a numeric property,
 * unique values of a property). A property is read from the event's metadata by a dotted path, a
 * leading `metadata.` dropped; `name`, `source` and `timestamp` are the event's own.
 */
import type { StoredObject } from './types';

type Value = string | number | boolean;

interface Clause {
	property: string;
	operator: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'like' | 'not_like';
	value: Value;
}

interface Filter {
	conjunction: 'and' | 'or';
	clauses: Array<Clause | Filter>;
}

export interface Aggregation {
	func: 'count' | 'sum' | 'max' | 'min' | 'avg' | 'unique';
	property?: string;
}

const withoutPrefix = (property: string) => property.replace(/^metadata\./, '');

/** A dotted path into the event's metadata; undefined when any step is missing. */
function metadataValue(event: StoredObject, path: string): unknown {
	let value: unknown = event.metadata;
	for (const part of withoutPrefix(path).split('.')) {
		if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
		value = (value as Record<string, unknown>)[part];
	}
	return value ?? undefined;
}

function compare(actual: unknown, operator: Clause['operator'], expected: Value): boolean {
	switch (operator) {
		case 'eq':
			return actual === expected;
		case 'ne':
			return actual !== expected;
		case 'like':
			return String(actual).includes(String(expected));
		case 'not_like':
			return !String(actual).includes(String(expected));
	}
	// Python refuses to order a number against a string (TypeError → no match); so does this.
	if (typeof actual !== typeof expected) return false;
	const [a, b] = [actual as number | string, expected as number | string];
	return operator === 'gt' ? a > b : operator === 'gte' ? a >= b : operator === 'lt' ? a < b : a <= b;
}

function clauseMatches(clause: Clause, event: StoredObject): boolean {
	const property = withoutPrefix(clause.property);
	if (property === 'name' || property === 'source') return typeof clause.value === 'string' && compare(event[property], clause.operator, clause.value);
	if (property === 'timestamp') return typeof clause.value === 'number' && compare(Math.floor(Date.parse(String(event.timestamp)) / 1000), clause.operator, clause.value);
	const actual = metadataValue(event, property);
	return actual !== undefined && compare(actual, clause.operator, clause.value);
}

/** Whether an event passes a meter's filter (no clauses: every event). */
export function filterMatches(filter: Filter | undefined, event: StoredObject): boolean {
	const results = (filter?.clauses ?? []).map((c) => ('clauses' in c ? filterMatches(c, event) : clauseMatches(c, event)));
	if (!results.length) return true;
	return filter?.conjunction === 'or' ? results.some(Boolean) : results.every(Boolean);
}

/** The numeric value a property aggregation reads from an event, or undefined (that event is skipped). */
function numericValue(event: StoredObject, property: string): number | undefined {
	const value = metadataValue(event, property);
	return typeof value === 'number' ? value : undefined;
}

/** The meter's aggregation over events its filter already matched. */
export function aggregate(aggregation: Aggregation | undefined, events: StoredObject[]): number {
	const func = aggregation?.func ?? 'count';
	if (func === 'count') return events.length;
	const property = aggregation?.property ?? '';
	if (func === 'unique') return new Set(events.map((e) => metadataValue(e, property)).filter((v) => v !== undefined).map((v) => JSON.stringify(v))).size;
	const values = events.map((e) => numericValue(e, property)).filter((v): v is number => v !== undefined);
	if (!values.length) return 0;
	if (func === 'sum') return values.reduce((a, b) => a + b, 0);
	if (func === 'max') return Math.max(...values);
	if (func === 'min') return Math.min(...values);
	return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The events a meter counts among `events`: its organization's, matching its filter. */
export function meterEvents(meter: StoredObject, events: StoredObject[]): StoredObject[] {
	return events.filter((e) => e.organization_id === meter.organization_id && filterMatches(meter.filter as Filter | undefined, e));
}
