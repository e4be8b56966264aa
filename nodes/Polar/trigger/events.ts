import type { INodePropertyOptions } from 'n8n-workflow';
import { WEBHOOK_EVENTS } from '../generated/meta';

function titleCase(snake: string): string {
	return snake
		.split('_')
		.filter(Boolean)
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.join(' ');
}

/** "benefit_grant.cycled" → "Benefit Grant: Cycled", so related events sit together when sorted. */
export function eventLabel(event: string): string {
	const dot = event.indexOf('.');
	if (dot < 0) return titleCase(event);
	return `${titleCase(event.slice(0, dot))}: ${titleCase(event.slice(dot + 1))}`;
}

/** Every webhook event of the API version this package was generated from, sorted by label. */
export const eventOptions: INodePropertyOptions[] = WEBHOOK_EVENTS.map((event) => ({
	name: eventLabel(event),
	value: event,
	description: `Polar event "${event}"`,
})).sort((a, b) => a.name.localeCompare(b.name, 'en'));

const KNOWN_EVENTS = new Set(WEBHOOK_EVENTS);

export function isKnownEvent(event: string): boolean {
	return KNOWN_EVENTS.has(event);
}
