/**
 * What `npm run generate` reports about the editor it built: how far the node is from one an ops
 * team fills without JSON or Polar's API reference. Computed from the node description exactly as
 * n8n gets it (generated properties with the overrides and Retry added) and from the model (which
 * choices have a schema default). test/unit/generator/report.test.ts holds each figure.
 */
import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { PARAM } from '../../nodes/Polar/params';
import { CHOICE_STARTS } from './behaviour/choiceDefaults';
import { HELPED_OPERATIONS } from './help';
import type { ModelField, ModelOperation } from './modelTypes';

export interface DescriptionReport {
	operations: number;
	/** operations where some type choice needs JSON for a required input, every input mode at its default */
	requiredJson: string[];
	/** operations showing any JSON field (Additional Fields included) for some type choice, every input mode at its default */
	jsonShown: string[];
	/** operations whose type choice is named "Action" */
	actionChoices: string[];
	/** options (field: option) whose name is only a code */
	bareCodes: string[];
	/** operations described by an HTTP method and path */
	pathDescriptions: string[];
	/** fields of HELPED_OPERATIONS without a description (operation: field) */
	undescribed: string[];
	/**
	 * required choices without a schema default (behaviour/choiceDefaults.ts lists every one) that
	 * start with a value, unless Polar's schema implies it (operation: field)
	 */
	preselected: string[];
	/** bytes of the node description's JSON */
	bytes: number;
}

type Show = Record<string, unknown>;
type Options = Array<{ name: string; value: string | number | boolean }>;

/** Parameters the node defines that only pick what to show: resource and operation are matched, the type choice enumerated. */
const SELECTORS = new Set<string>([PARAM.resource, PARAM.operation]);

/** Words of three letters or fewer that read as words, not codes. */
const SHORT_WORDS = new Set(['day', 'get', 'sum', 'raw', 'won', 'all', 'new']);

const normal = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether an option shows only a code: "AD", "Usd", "UTC", "user:read", "eq". Dates and versions ("2026-10") read as they are. */
export function isBareCode(name: string, value: unknown): boolean {
	const v = String(value);
	if (/^\d{4}-\d{2}(-\d{2})?$/.test(v)) return false;
	if (name === v && /^[A-Z0-9+-]+$/.test(v)) return true;
	if (name === v && /[._:/]/.test(v) && !/\s/.test(name)) return true;
	return normal(name) === normal(v) && normal(v).length <= 3 && !SHORT_WORDS.has(normal(v));
}

function entries(p: INodeProperties): INodeProperties[] {
	const out = [p];
	if (p.type === 'collection') for (const c of (p.options ?? []) as INodeProperties[]) out.push(...entries(c));
	if (p.type === 'fixedCollection') {
		for (const group of (p.options ?? []) as Array<{ values: INodeProperties[] }>) for (const c of group.values) out.push(...entries(c));
	}
	return out;
}

/**
 * The conditions of a displayOptions block that `values` can decide, as [allowed values, value]:
 * at the root every key names a parameter; inside a row only "/name" does (a sibling, e.g. a row's
 * type dropdown, may take any value, so it never hides anything).
 */
function readable(conditions: Show | undefined, values: Record<string, unknown>, root: boolean): Array<[unknown[], unknown]> {
	const out: Array<[unknown[], unknown]> = [];
	for (const [key, allowed] of Object.entries(conditions ?? {})) {
		if (!root && !key.startsWith('/')) continue;
		const name = key.replace(/^\//, '');
		if (name in values && Array.isArray(allowed)) out.push([allowed, values[name]]);
	}
	return out;
}

function shown(p: INodeProperties, values: Record<string, unknown>, root = true): boolean {
	const show = readable(p.displayOptions?.show as Show | undefined, values, root);
	const hide = readable(p.displayOptions?.hide as Show | undefined, values, root);
	return show.every(([allowed, v]) => allowed.includes(v)) && !hide.some(([hidden, v]) => hidden.includes(v));
}

/** The entries shown with these parameter values, nested ones included (conditions on root parameters applied). */
function visibleEntries(properties: INodeProperties[], values: Record<string, unknown>): INodeProperties[] {
	const out: INodeProperties[] = [];
	for (const p of properties.filter((x) => !SELECTORS.has(x.name) && shown(x, values))) {
		for (const e of entries(p)) if (e === p || shown(e, values, false)) out.push(e);
	}
	return out;
}

interface OperationView {
	key: string;
	/** the properties shown for resource + operation, whatever else they depend on */
	own: INodeProperties[];
	/** each type choice's values with every other mode at its default */
	settings: Array<Record<string, unknown>>;
	choice?: INodeProperties;
}

function operationViews(properties: INodeProperties[]): OperationView[] {
	const views: OperationView[] = [];
	for (const selector of properties.filter((p) => p.name === PARAM.operation)) {
		const resource = (selector.displayOptions!.show!.resource as string[])[0];
		for (const option of selector.options as INodePropertyOptions[]) {
			const base = { [PARAM.resource]: resource, [PARAM.operation]: option.value };
			const own = properties.filter((p) => !SELECTORS.has(p.name) && shown(p, base));
			const defaults: Record<string, unknown> = { ...base };
			for (const p of own) if (!(p.name in defaults)) defaults[p.name] = p.default;
			const choice = own.find((p) => p.name === PARAM.bodyVariant);
			const values = choice ? (choice.options as INodePropertyOptions[]).map((o) => o.value) : [defaults[PARAM.bodyVariant]];
			views.push({ key: `${resource}:${option.value}`, own, settings: values.map((v) => ({ ...defaults, [PARAM.bodyVariant]: v })), choice });
		}
	}
	return views;
}

function bareCodes(properties: INodeProperties[], largeEnums: Record<string, Options>): string[] {
	const found = new Set<string>();
	for (const p of properties.flatMap(entries)) {
		if (p.type !== 'options' && p.type !== 'multiOptions') continue;
		const method = p.typeOptions?.loadOptionsMethod as string | undefined;
		const options = (p.options as Options | undefined) ?? (method ? largeEnums[method] : undefined) ?? [];
		for (const o of options) if (isBareCode(o.name, o.value)) found.add(`${p.displayName}: ${o.name}`);
	}
	return [...found].sort();
}

/** The properties at one level of a form: those given, and the options of the collections among them. */
const level = (props: INodeProperties[]): INodeProperties[] => props.flatMap((p) => (p.type === 'collection' ? [p, ...(p.options as INodeProperties[])] : [p]));

/**
 * The property of a choice named as choiceDefaults.ts names it ("(shape)", "reason",
 * "prices.(type)", "filter.clauses.operator"), found through the model's fields and their forms
 * (a name several body shapes use, such as a benefit's properties, is tried in each).
 */
function choiceProperty(own: INodeProperties[], fields: ModelField[], steps: string[], typeParam?: string): INodeProperties | undefined {
	const props = level(own);
	if (steps[0] === '(shape)') return props.find((p) => p.name === PARAM.bodyVariant);
	if (steps[0] === '(type)') return props.find((p) => p.name === typeParam);
	for (const f of fields.filter((x) => x.api === steps[0])) {
		const p = props.find((x) => x.name === f.param);
		if (!p) continue;
		if (steps.length === 1) return p;
		if (!f.form) continue;
		const inside = (p.options as Array<{ values: INodeProperties[] }>).flatMap((o) => o.values);
		const found = choiceProperty(inside, f.form.fields, steps.slice(1), f.form.choice?.param);
		if (found) return found;
	}
	return undefined;
}

/** Required choices without a schema default shown with a value already chosen, where Polar's schema does not imply that value. */
function preselected(views: Map<string, OperationView>, ops: ModelOperation[]): string[] {
	const found: string[] = [];
	for (const op of ops) {
		const view = views.get(`${op.resource}:${op.operation}`);
		if (!view) continue;
		for (const [key, start] of Object.entries(CHOICE_STARTS)) {
			if (!key.startsWith(`${op.id} `) || start.schemaDefault) continue;
			const p = choiceProperty(view.own, op.fields, key.slice(op.id.length + 1).split('.'));
			// A choice the report cannot find would pass unseen: the table or the report is wrong.
			if (!p) throw new Error(`report: no property for the choice "${key}" of behaviour/choiceDefaults.ts`);
			if (p.default !== '' && p.default !== undefined) found.push(`${view.key}: ${p.displayName}`);
		}
	}
	return found.sort();
}

export function describeReport(description: INodeTypeDescription, ops: ModelOperation[], largeEnums: Record<string, Options>): DescriptionReport {
	const properties = description.properties;
	const views = operationViews(properties);
	const byKey = new Map(views.map((v) => [v.key, v]));
	const helped = new Set(ops.filter((o) => HELPED_OPERATIONS.includes(o.id)).map((o) => `${o.resource}:${o.operation}`));
	const report: DescriptionReport = {
		operations: views.length,
		requiredJson: [],
		jsonShown: [],
		actionChoices: [],
		bareCodes: bareCodes(properties, largeEnums),
		pathDescriptions: [],
		undescribed: [],
		preselected: preselected(byKey, ops),
		bytes: Buffer.byteLength(JSON.stringify(description)),
	};
	for (const view of views) {
		const shownSets = view.settings.map((values) => visibleEntries(view.own, values));
		if (view.settings.some((values) => view.own.some((p) => p.type === 'json' && p.required && shown(p, values)))) report.requiredJson.push(view.key);
		if (shownSets.some((set) => set.some((e) => e.type === 'json'))) report.jsonShown.push(view.key);
		if (view.own.flatMap(entries).some((e) => e.displayName === 'Action' && e.type === 'options')) report.actionChoices.push(view.key);
		if (helped.has(view.key)) {
			const fields = new Set(view.own.flatMap(entries).filter((e) => e.type !== 'collection' && e.type !== 'notice'));
			for (const e of fields) if (!e.description) report.undescribed.push(`${view.key}: ${e.displayName}`);
		}
	}
	for (const selector of properties.filter((p) => p.name === PARAM.operation)) {
		for (const o of selector.options as INodePropertyOptions[]) {
			if (/^(GET|POST|PUT|PATCH|DELETE) \//.test(o.description ?? '')) report.pathDescriptions.push(`${(selector.displayOptions!.show!.resource as string[])[0]}:${o.value}`);
		}
	}
	return report;
}

/** The report as `npm run generate` prints it: one line per figure, the first few offenders named. */
export function formatReport(r: DescriptionReport): string {
	const line = (label: string, list: string[]): string => `  ${label}: ${list.length}${list.length ? ` (${list.slice(0, 6).join(', ')}${list.length > 6 ? ', …' : ''})` : ''}`;
	return [
		`editor report (${r.operations} operations):`,
		line('operations needing JSON for a required input', r.requiredJson),
		line('operations showing a JSON field at default input modes', r.jsonShown),
		line('type choices named "Action"', r.actionChoices),
		line('options showing only a bare code', r.bareCodes),
		line('operation descriptions that are HTTP paths', r.pathDescriptions),
		line(`fields of the ${HELPED_OPERATIONS.length} helped operations without a description`, r.undescribed),
		line('required choices preselected without a schema default', r.preselected),
		`  description size: ${(r.bytes / 1000).toFixed(1)} KB (limit 340 KB)`,
	].join('\n');
}
