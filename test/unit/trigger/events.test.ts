import { resolve } from 'node:path';
import { WEBHOOK_EVENTS } from '../../../nodes/Polar/generated/meta';
import { PolarTrigger } from '../../../nodes/Polar/PolarTrigger.node';
import { eventLabel, eventOptions } from '../../../nodes/Polar/trigger/events';
import { loadSpec } from '../../../tools/generate/files';

// The spec sits beside the project, where the generator reads it (with its supplement merged in).
const SPEC_PATH = resolve(__dirname, '..', '..', '..', '..', 'shared', 'polar-openapi', '2026-10.openapi.json');
const { spec } = loadSpec(SPEC_PATH);

describe('event options', () => {
	test('offer exactly the webhook events of the spec', () => {
		const specEvents = Object.keys(spec.webhooks ?? {}).sort();
		expect(specEvents).toHaveLength(42);
		expect(eventOptions.map((o) => o.value).sort()).toEqual(specEvents);
		expect([...WEBHOOK_EVENTS].sort()).toEqual(specEvents);
	});

	test('read as "Resource: Action", sorted by name', () => {
		expect(eventLabel('order.paid')).toBe('Order: Paid');
		expect(eventLabel('benefit_grant.cycled')).toBe('Benefit Grant: Cycled');
		expect(eventLabel('customer.state_changed')).toBe('Customer: State Changed');
		expect(eventLabel('subscription.past_due')).toBe('Subscription: Past Due');
		const names = eventOptions.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		expect(new Set(names).size).toBe(names.length);
	});

	test('the trigger description is a trigger with the events multi-select', () => {
		const polarTriggerDescription = new PolarTrigger().description;
		expect(polarTriggerDescription.name).toBe('polarTrigger');
		expect(polarTriggerDescription.displayName).toBe('Polar Trigger');
		expect(polarTriggerDescription.inputs).toEqual([]);
		const events = polarTriggerDescription.properties.find((p) => p.name === 'events');
		expect(events?.type).toBe('multiOptions');
		expect(events?.options).toBe(eventOptions);
		const webhook = polarTriggerDescription.webhooks?.[0];
		expect(webhook).toMatchObject({ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '' });
	});
});
