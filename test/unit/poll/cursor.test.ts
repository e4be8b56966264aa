import { advance, isCursor, MAX_SEEN, micros, newCursor, OVERLAP_MS, queryFloor } from '../../../nodes/Polar/poll/cursor';

const at = (iso: string, id: string) => ({ id, timestamp: iso });

describe('micros', () => {
	test('reads Polar\'s six fraction digits, and three, and none', () => {
		expect(micros('2026-12-01T10:00:00.123456Z') - micros('2026-12-01T10:00:00.123Z')).toBe(456);
		expect(micros('2026-12-01T10:00:00Z')).toBe(Date.parse('2026-12-01T10:00:00Z') * 1000);
		expect(micros('2026-12-01T10:00:00.5+00:00')).toBe(Date.parse('2026-12-01T10:00:00.500Z') * 1000);
		expect(micros('soon')).toBeNaN();
	});
});

describe('advance', () => {
	const since = '2026-12-01T10:00:00.000000Z';
	test('emits what is after since and not seen, oldest first, and remembers it', () => {
		const cursor = newCursor(since, '');
		const { fresh, next } = advance(cursor, [at('2026-12-01T10:00:00.000002Z', 'b'), at(since, 'old'), at('2026-12-01T10:00:00.000001Z', 'a')]);
		expect(fresh.map((e) => e.id)).toEqual(['a', 'b']);
		expect(next.last).toBe('2026-12-01T10:00:00.000002Z');
		expect(next.seen.map(([id]) => id)).toEqual(['a', 'b']);
		expect(advance(next, [at('2026-12-01T10:00:00.000002Z', 'b'), at('2026-12-01T10:00:00.000002Z', 'c')]).fresh.map((e) => e.id)).toEqual(['c']);
	});

	test('forgets ids older than the overlap, and the floor follows last', () => {
		const cursor = advance(newCursor(since, ''), [at('2026-12-01T10:00:01Z', 'a')]).next;
		const later = new Date(Date.parse('2026-12-01T10:00:01Z') + OVERLAP_MS + 1000).toISOString();
		const { next } = advance(cursor, [at(later, 'z')]);
		expect(next.seen.map(([id]) => id)).toEqual(['z']);
		expect(queryFloor(next)).toBe(new Date(Date.parse(later) - OVERLAP_MS).toISOString());
		// Something from before the window is not emitted again.
		expect(advance(next, [at('2026-12-01T10:00:01Z', 'a')]).fresh).toEqual([]);
	});

	test('keeps at most MAX_SEEN ids; a full memory narrows the window to its oldest id', () => {
		const base = Date.parse('2026-12-01T10:00:01Z');
		const events = Array.from({ length: MAX_SEEN + 10 }, (_, i) => at(new Date(base + i).toISOString(), `e${i}`));
		const { fresh, next } = advance(newCursor(since, ''), events);
		expect(fresh).toHaveLength(MAX_SEEN + 10);
		expect(next.seen).toHaveLength(MAX_SEEN);
		expect(next.seen[0][0]).toBe('e10');
		expect(queryFloor(next)).toBe(new Date(base + 10).toISOString());
	});

	test('the floor is never before since', () => {
		expect(queryFloor(newCursor(since, ''))).toBe('2026-12-01T10:00:00.000Z');
	});
});

test('isCursor refuses what is not one', () => {
	expect(isCursor(newCursor('2026-12-01T10:00:00Z', ''))).toBe(true);
	expect(isCursor({ since: 'x', last: 'y', startFrom: '', seen: [] })).toBe(false);
	expect(isCursor(undefined)).toBe(false);
});
