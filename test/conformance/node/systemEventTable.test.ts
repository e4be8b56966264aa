import { SYSTEM_EVENT_NAMES, SYSTEM_EVENTS } from '../../../nodes/Polar/poll/systemEvents';
import { WEBHOOK_EVENTS } from '../../../nodes/Polar/generated/meta';
import { operations } from '../../../nodes/Polar/generated/operations';
import { sdkSystemEvents } from '../../harness/sdkSystemEvents';

/**
 * The poll trigger's table of system events (hand-written: the runtime cannot read the SDK) is
 * held to Polar's SDK: exactly the names of its `SystemEvent` members, each subject's id key a
 * metadata key the SDK requires, each webhook type one Polar sends, each operation in the table.
 */
const sdk = sdkSystemEvents('2026-10');

test('names exactly the SDK\'s system events', () => {
	expect([...SYSTEM_EVENT_NAMES].sort()).toEqual(sdk.map((e) => e.name).sort());
});

test.each(sdk.map((e) => [e.name, e] as const))('%s: its subject and webhook type exist', (name, event) => {
	const info = SYSTEM_EVENTS[name];
	if (info.subject) {
		expect(event.metadataRequired).toContain(info.subject.idKey);
		expect(operations[info.subject.operation]).toBeDefined();
	}
	if (info.webhookType !== null) expect(WEBHOOK_EVENTS).toContain(info.webhookType);
});
