import { ReplayGuard, ReplayGuardRegistry, replayScope } from '../../../nodes/Polar/trigger/replayGuard';

describe('ReplayGuard', () => {
	test('an id is new once, then a replay', () => {
		const guard = new ReplayGuard(10);
		expect(guard.claim('a')).toBe(true);
		expect(guard.claim('a')).toBe(false);
		expect(guard.claim('b')).toBe(true);
		expect(guard.claim('a')).toBe(false);
	});

	test('memory is bounded: beyond capacity the least recently seen id is forgotten', () => {
		const guard = new ReplayGuard(3);
		for (const id of ['a', 'b', 'c']) guard.claim(id);
		// "a" is retried, so it becomes the most recent; "b" is now the oldest.
		expect(guard.claim('a')).toBe(false);
		expect(guard.claim('d')).toBe(true);
		expect(guard.size).toBe(3);
		expect(guard.has('b')).toBe(false);
		expect(guard.has('a')).toBe(true);
		expect(guard.has('c')).toBe(true);
		expect(guard.has('d')).toBe(true);
	});

	test('stays at capacity under many distinct ids', () => {
		const guard = new ReplayGuard(1000);
		for (let i = 0; i < 10_000; i++) expect(guard.claim(`id-${i}`)).toBe(true);
		expect(guard.size).toBe(1000);
		expect(guard.claim('id-9999')).toBe(false);
		expect(guard.claim('id-0')).toBe(true);
	});

	test('refuses a capacity that is not a positive integer', () => {
		expect(() => new ReplayGuard(0)).toThrow(RangeError);
		expect(() => new ReplayGuard(1.5)).toThrow(RangeError);
	});
});

describe('ReplayGuardRegistry', () => {
	test('keeps one guard per scope, and scopes do not share ids', () => {
		const registry = new ReplayGuardRegistry(10, 10);
		const production = replayScope('wf1', 'node1', 'webhook');
		const test = replayScope('wf1', 'node1', 'manual');
		expect(registry.for(production)).toBe(registry.for(production));
		expect(registry.for(production).claim('x')).toBe(true);
		expect(registry.for(test).claim('x')).toBe(true);
		expect(registry.for(replayScope('wf2', 'node1', 'webhook')).claim('x')).toBe(true);
		expect(registry.for(production).claim('x')).toBe(false);
	});

	test('the number of scopes is bounded too', () => {
		const registry = new ReplayGuardRegistry(2, 10);
		registry.for('a').claim('id');
		registry.for('b');
		registry.for('a');
		registry.for('c');
		expect(registry.size).toBe(2);
		// "b" was the least recently used scope and is gone; "a" kept its memory.
		expect(registry.for('a').has('id')).toBe(true);
	});

	test('scope keys cannot collide through separators in ids', () => {
		expect(replayScope('a:b', 'c', 'm')).not.toBe(replayScope('a', 'b:c', 'm'));
	});
});
