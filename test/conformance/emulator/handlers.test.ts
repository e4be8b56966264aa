/**
 * The emulator's handler table (tools/emulator/handlers/): every key names an operation of the
 * generated table, so no handler sits unused under a misspelt or retired key, and a key two
 * areas both claim is refused when the table is built.
 */
import { operations } from '../../../nodes/Polar/generated/operations';
import { HANDLERS } from '../../../tools/emulator/handlers';

test('every handler key is an operation of the table', () => {
	const keys = Object.keys(HANDLERS);
	const unknown = keys.filter((key) => !(key in operations));
	console.log(`emulator handlers: ${keys.length} of ${Object.keys(operations).length} operations`);
	expect(keys.length).toBeGreaterThan(0);
	expect(unknown).toEqual([]);
});

test('a key claimed by two areas is refused when the table is built', () => {
	jest.isolateModules(() => {
		jest.doMock('../../../tools/emulator/handlers/files', () => ({ FILE_HANDLERS: { 'checkout:clientConfirm': () => ({ status: 204 }) } }));
		expect(() => require('../../../tools/emulator/handlers')).toThrow('emulator: two handlers for checkout:clientConfirm');
	});
});
