import { advance, isCursor, MAX_SEEN, micros, newCursor, OVERLAP_MS, queryFloor, settle } from '../../../nodes/Polar/poll/cursor';

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

describe('settle: two polls that read the same cursor emit each event once', () => {
	const since = '2026-12-01T10:00:00.000000Z';
	const t = (s: number) => new Date(Date.parse('2026-12-01T10:00:00Z') + s * 1000).toISOString();
	const read = advance(newCursor(since, ''), [at(t(1), 'old')]).next;

	test('with nothing stored meanwhile, it emits what advance found and stores what advance would', () => {
		const { fresh, next } = advance(read, [at(t(2), 'a'), at(t(3), 'b')]);
		expect(settle(read, read, fresh)).toEqual({ fresh, next, dropped: 0 });
		// The object n8n hands back may be a copy: equal is enough.
		expect(settle(read, structuredClone(read), fresh)).toEqual({ fresh, next, dropped: 0 });
	});

	test('what another poll emitted meanwhile is dropped; the rest is emitted and the cursor goes on from both', () => {
		const other = advance(read, [at(t(2), 'a'), at(t(3), 'b')]).next;
		const mine = advance(read, [at(t(2), 'a'), at(t(3), 'b'), at(t(3), 'c'), at(t(4), 'd')]).fresh;
		const { fresh, next, dropped } = settle(read, other, mine);
		expect(fresh.map((e) => e.id)).toEqual(['c', 'd']);
		expect(dropped).toBe(2);
		expect(next.last).toBe(t(4));
		expect(next.seen.map(([id]) => id)).toEqual(['old', 'a', 'b', 'c', 'd']);
		// And the next poll, reading what this one stores, emits none of them again.
		expect(advance(next, [at(t(2), 'a'), at(t(3), 'b'), at(t(3), 'c'), at(t(4), 'd')]).fresh).toEqual([]);
	});

	test('an event the other poll did not see (late, inside its window) is still emitted', () => {
		const other = advance(read, [at(t(10), 'x')]).next;
		const { fresh } = settle(read, other, [at(t(5), 'late'), at(t(10), 'x')]);
		expect(fresh.map((e) => e.id)).toEqual(['late']);
	});

	test('the other poll went further: nothing of mine is new, and its cursor stays as it is', () => {
		const other = advance(read, [at(t(2), 'a'), at(t(3), 'b'), at(t(900), 'z')]).next;
		const { fresh, next } = settle(read, other, [at(t(2), 'a'), at(t(3), 'b')]);
		expect(fresh).toEqual([]);
		expect(next.last).toBe(other.last);
		// a and b fell out of the other's memory (older than the overlap), and so out of its window: not emitted again.
		expect(next.seen.map(([id]) => id)).toEqual(['z']);
	});

	test('a stored value that is not a cursor, or one from another Start From, is not the other poll\'s: the read cursor decides', () => {
		const mine = [at(t(2), 'a')];
		const expected = { ...advance(read, mine), dropped: 0 };
		expect(settle(read, undefined, mine)).toEqual(expected);
		expect(settle(read, { since: 'x' }, mine)).toEqual(expected);
		const otherStart = advance(newCursor(since, '2026-11-01T00:00:00.000Z'), mine).next;
		expect(settle(read, otherStart, mine)).toEqual(expected);
	});
});
