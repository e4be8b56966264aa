import type { INodeProperties } from 'n8n-workflow';
import type { Override } from '../actions/overrides/types';
import { PARAM } from '../params';

type Show = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

const isSelector = (p: INodeProperties) => p.name === PARAM.resource || p.name === PARAM.operation;

/** The Operation selector of a resource in the generated properties. */
function selectorIndex(properties: INodeProperties[], resource: string): number {
	const index = properties.findIndex((p) => p.name === PARAM.operation && p.displayOptions?.show?.resource?.length === 1 && p.displayOptions.show.resource[0] === resource);
	if (index === -1) throw new Error(`overrides: no Operation selector for the resource "${resource}"`);
	return index;
}

/** The operations the generator meant by a display without an operation list: every operation of the resource it knew. */
function tableOperations(properties: INodeProperties[], resource: string): string[] {
	return (properties[selectorIndex(properties, resource)].options as Array<{ value: string }>).map((o) => o.value);
}

/**
 * A property's display split so that it no longer shows for `resource`:`operation` as it did:
 * with `extra` it shows there only under those extra conditions; without, not at all. The other
 * resources and operations it showed for keep showing it unchanged.
 */
export function refineDisplay(property: INodeProperties, resource: string, operation: string, meant: string[], extra?: Show): INodeProperties[] {
	const show = property.displayOptions?.show;
	if (isSelector(property) || !show?.resource?.includes(resource)) return [property];
	const { resource: resources, operation: listed, ...rest } = show;
	if (listed && !listed.includes(operation)) return [property];
	const mine = ((listed ?? meant) as string[]);
	const at = (show: Show): INodeProperties => ({ ...property, displayOptions: { ...property.displayOptions, show } });
	const pieces: INodeProperties[] = [];
	const others = resources!.filter((r) => r !== resource);
	if (others.length) pieces.push(at({ ...show, resource: others }));
	const remaining = mine.filter((o) => o !== operation);
	if (remaining.length) pieces.push(at({ resource: [resource], operation: remaining, ...rest }));
	if (extra && mine.includes(operation)) pieces.push(at({ resource: [resource], operation: [operation], ...rest, ...extra }));
	return pieces;
}

/**
 * The node's properties: the generated ones with the hand-written operations and modes of the
 * override table (actions/overrides/) added. An override's operation joins its resource's
 * Operation selector; its mode's conditions go onto the operation's generated fields; its own
 * properties follow, each shown for its operation.
 */
export function withOverrides(generated: INodeProperties[], table: Record<string, Override>): INodeProperties[] {
	let properties = [...generated];
	const own: INodeProperties[] = [];
	for (const [key, { description }] of Object.entries(table)) {
		const [resource, operation] = key.split(':');
		const meant = tableOperations(generated, resource);
		if (description.operation) {
			const index = selectorIndex(properties, resource);
			const selector = properties[index];
			const options = [...(selector.options as Array<{ name: string; value: string }>), { name: description.operation.name, value: operation, action: description.operation.action, description: description.operation.description }];
			properties[index] = { ...selector, options: options.sort((a, b) => a.name.localeCompare(b.name)) };
			// Generated fields shown for every operation of the resource must not show for the new one.
			properties = properties.flatMap((p) => (p.displayOptions?.show?.operation ? [p] : refineDisplay(p, resource, operation, meant)));
		}
		if (description.generatedFieldsShow) {
			const extra = description.generatedFieldsShow;
			properties = properties.flatMap((p) => refineDisplay(p, resource, operation, meant, extra));
		}
		for (const p of description.properties) {
			own.push({ ...p, displayOptions: { ...p.displayOptions, show: { resource: [resource], operation: [operation], ...p.displayOptions?.show } } });
		}
	}
	return [...properties, ...own];
}
