/**
 * Turns the generator's operation model into n8n node properties.
 *
 * Size matters (the editor loads the whole description): a property that is identical for several
 * operations is emitted once, with displayOptions listing every resource/operation that shows it.
 * Operations are grouped into few rectangles (a set of resources × a set of operations) so that the
 * displayOptions never show a field for an operation that does not have it (an operation listed
 * for a resource that has no such operation shows nothing). Each operation's properties keep its
 * order: session, then the body's shape choice, then the rest (Input Mode first).
 *
 * The hand-made properties placed here (Authentication, Return All, Limit, Options, …) live in
 * nodes/Polar/descriptions/operation.description.ts. Hand-written operations and modes (overrides)
 * are not known here: the node adds them to these properties at load (actions/overrides/).
 */
import type { INodeProperties } from 'n8n-workflow';
import {
	authenticationProperty,
	bodyVariantProperty,
	customerPortalProperties,
	downloadPdfProperty,
	inputModeProperty,
	limitProperty,
	listOptionsProperty,
	returnAllProperty,
	simplifyProperty,
} from '../../nodes/Polar/descriptions/operation.description';
import { INPUT_MODE, PARAM, SORT_LABEL } from '../../nodes/Polar/params';
import { fieldProperty, jsonTwinProperty } from './fieldProperty';
import type { ModelField, ModelOperation } from './modelTypes';
import { RESOURCES } from './naming';
import { sortedOptions } from './text';

type Show = Record<string, Array<string | number | boolean>>;

/**
 * Where a property goes in the form, before everything an operation adds after it: n8n shows
 * properties in the order of the description, and a property shared by many operations (Input
 * Mode) sits where it was first added, so without ranks one operation's body-shape choice would
 * come below the Input Mode another operation added first.
 */
const RANK = { session: 0, shape: 1, rest: 2 } as const;

/** Collects properties with their display conditions, then merges identical ones. */
class PropertyCollector {
	private readonly slots = new Map<string, { prop: INodeProperties; extra?: Show; rank: number; pairs: Map<string, Set<string>> }>();

	/** @param allOps every operation of each resource */
	constructor(private readonly allOps: Map<string, Set<string>>) {}

	add(prop: INodeProperties, resource: string, operation: string, extra?: Show, rank: number = RANK.rest): void {
		const key = JSON.stringify([prop, extra || null]);
		let slot = this.slots.get(key);
		if (!slot) {
			slot = { prop, extra, rank, pairs: new Map() };
			this.slots.set(key, slot);
		}
		if (!slot.pairs.has(resource)) slot.pairs.set(resource, new Set());
		slot.pairs.get(resource)!.add(operation);
	}

	emit(): INodeProperties[] {
		const out: INodeProperties[] = [];
		// Each operation adds in rank order, so a stable sort by rank keeps every operation's own order.
		for (const { prop, extra, pairs } of [...this.slots.values()].sort((a, b) => a.rank - b.rank)) {
			for (const { resources, ops } of this.rectangles(pairs)) {
				const show = ops ? { resource: resources, operation: ops } : { resource: resources };
				out.push({ ...prop, displayOptions: { show: { ...show, ...(extra || {}) } } });
			}
		}
		return out;
	}

	/**
	 * Few display conditions (resources × operations) that show a property exactly where it is used.
	 * Listing an operation a resource does not have is harmless, so resources with different
	 * operations can share one condition, as long as none gets one of its own operations that does
	 * not use the property. A resource that uses it in every operation joins such a condition when it
	 * fits, else goes into one without an operation list.
	 */
	private rectangles(pairs: Map<string, Set<string>>): Array<{ resources: string[]; ops?: string[] }> {
		const everywhere: string[] = [];
		const groups: Array<{ resources: string[]; ops: Set<string> }> = [];
		const exact = (resources: string[], ops: Set<string>) =>
			resources.every((r) => [...this.allOps.get(r)!].every((o) => !ops.has(o) || pairs.get(r)!.has(o)));
		const join = (resource: string, used: Set<string>): boolean => {
			const group = groups.find((g) => exact([...g.resources, resource], new Set([...g.ops, ...used])));
			if (!group) return false;
			group.resources.push(resource);
			for (const o of used) group.ops.add(o);
			return true;
		};
		const all = [...pairs].filter(([r, used]) => used.size === this.allOps.get(r)!.size);
		for (const [resource, used] of pairs) {
			if (all.some(([r]) => r === resource) || join(resource, used)) continue;
			groups.push({ resources: [resource], ops: new Set(used) });
		}
		for (const [resource, used] of all) if (!join(resource, used)) everywhere.push(resource);
		return [
			...(everywhere.length ? [{ resources: everywhere }] : []),
			...groups.map((g) => ({ resources: g.resources, ops: [...g.ops] })),
		];
	}
}

function collection(displayName: string, name: string, placeholder: string, options: INodeProperties[]): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** The Sort By filter of a list that sorts. */
function sortProperty(values: string[]): INodeProperties {
	return {
		displayName: SORT_LABEL,
		name: PARAM.sort,
		type: 'multiOptions',
		options: sortedOptions(values),
		default: [],
		description: 'The first sorts; the next break ties',
	};
}

/** The Resource selector and one Operation selector per resource. */
function selectors(ops: ModelOperation[], resourceOrder: string[]): INodeProperties[] {
	const resources = resourceOrder.map((g) => RESOURCES[g]).filter((r) => ops.some((o) => o.resource === r.value));
	const props: INodeProperties[] = [{
		displayName: 'Resource',
		name: PARAM.resource,
		type: 'options',
		noDataExpression: true,
		options: resources.map((r) => ({ name: r.name, value: r.value })).sort((a, b) => a.name.localeCompare(b.name)),
		default: 'customer',
	}];
	for (const r of resources) {
		const own = ops.filter((o) => o.resource === r.value);
		const options = own
			.map((o) => ({ name: o.name, value: o.operation, action: o.action, description: o.action }))
			.sort((a, b) => a.name.localeCompare(b.name));
		props.push({
			displayName: 'Operation',
			name: PARAM.operation,
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [r.value] } },
			options,
			default: (own.find((o) => o.operation === 'getAll') || own.find((o) => o.operation === 'get') || own[0]).operation,
		});
	}
	return props;
}

/**
 * An optional field in Additional Fields: itself and, beside it, its JSON twin, each shown in its
 * Input Mode; a field of some body shapes only shows while one of them is chosen.
 */
function optionalProperties(f: ModelField): INodeProperties[] {
	const show = (extra: Record<string, string[]>): Record<string, string[]> | undefined => {
		const all = { ...(f.variants ? { [`/${PARAM.bodyVariant}`]: f.variants } : {}), ...extra };
		return Object.keys(all).length ? all : undefined;
	};
	const at = (p: INodeProperties, extra: Record<string, string[]>): INodeProperties => {
		const conditions = show(extra);
		return conditions ? { ...p, displayOptions: { show: conditions } } : p;
	};
	if (!f.jsonTwin) return [at(fieldProperty(f), {})];
	return [at(fieldProperty(f), { [`/${PARAM.inputMode}`]: [INPUT_MODE.fields] }), at(jsonTwinProperty(f), { [`/${PARAM.inputMode}`]: [INPUT_MODE.json] })];
}

export function buildProperties(ops: ModelOperation[], resourceOrder: string[]): INodeProperties[] {
	const props: INodeProperties[] = [authenticationProperty, ...selectors(ops, resourceOrder)];
	const allOps = new Map<string, Set<string>>();
	for (const op of ops) {
		if (!allOps.has(op.resource)) allOps.set(op.resource, new Set());
		allOps.get(op.resource)!.add(op.operation);
	}
	const c = new PropertyCollector(allOps);
	for (const op of ops) {
		const { resource, operation } = op;
		if (op.auth === 'session') {
			for (const { property, show } of customerPortalProperties) c.add(property, resource, operation, show, RANK.session);
		}
		const variants = op.body ? op.body.variants : [{ value: '', name: '' }];
		const manyVariants = variants.length > 1;
		if (manyVariants) c.add(bodyVariantProperty({ displayName: op.body!.label!, description: op.body!.description }, variants, op.body!.default), resource, operation, undefined, RANK.shape);
		const shown = op.fields.filter((f) => f.kind !== 'fixed');
		const twins = shown.some((f) => f.jsonTwin);
		if (twins) c.add(inputModeProperty, resource, operation);
		for (const f of shown.filter((x) => x.slot === 'top')) {
			const byVariant: Show = f.variants && manyVariants ? { [PARAM.bodyVariant]: f.variants } : {};
			if (!f.jsonTwin) {
				c.add(fieldProperty(f), resource, operation, f.variants && manyVariants ? byVariant : undefined);
				continue;
			}
			c.add(fieldProperty(f), resource, operation, { ...byVariant, [PARAM.inputMode]: [INPUT_MODE.fields] });
			c.add(jsonTwinProperty(f), resource, operation, { ...byVariant, [PARAM.inputMode]: [INPUT_MODE.json] });
		}
		if (op.pagination !== 'none') {
			c.add(returnAllProperty, resource, operation);
			c.add(limitProperty, resource, operation, { [PARAM.returnAll]: [false] });
		}
		const filters = shown.filter((f) => f.slot === 'filters').map((f) => fieldProperty(f));
		if (op.sort) filters.push(sortProperty(op.sort));
		if (filters.length) c.add(collection('Filters', PARAM.filters, 'Add Filter', filters), resource, operation);
		const rest = shown.filter((f) => f.slot === 'additionalFields');
		if (rest.length) {
			// One collection for every shape: a field of some shapes only shows when one of them is chosen.
			const withFields = variants.filter((v) => rest.some((f) => !f.variants || f.variants.includes(v.value))).map((v) => v.value);
			const all = withFields.length === variants.length;
			c.add(collection('Additional Fields', PARAM.additionalFields, 'Add Field', rest.flatMap(optionalProperties)), resource, operation,
				manyVariants && !all ? { [PARAM.bodyVariant]: withFields } : undefined);
		}
		if (op.simplify) c.add(simplifyProperty, resource, operation);
		if (op.download) c.add(downloadPdfProperty, resource, operation);
		if (op.pagination !== 'none') c.add(listOptionsProperty, resource, operation);
	}
	props.push(...c.emit());
	return props;
}
