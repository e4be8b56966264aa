/**
 * Figures of the editor's forms, measured on the node's description (what n8n loads): how many
 * operations still need JSON, and for what. The generator's report and its unit test read them.
 */
import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { CHOICE_STARTS } from './behaviour/choiceDefaults';

export interface FormFigures {
	operations: number;
	/** "resource:operation" of operations with a required JSON field while every input mode is at its default */
	needJsonForRequired: string[];
	/** "resource:operation" of operations that show any JSON field (optional ones and row fields included) while every input mode is at its default */
	showJson: string[];
	/** required choices preselected where Polar's schema gives no default */
	preselectedWithoutSchemaDefault: string[];
	/** bytes of the description's JSON */
	bytes: number;
}

type Context = Record<string, unknown>;

/**
 * Whether a property shows: every shape of the body counts (`bodyVariant`), and inside a group or
 * row every type does; the rest (Input Mode, how events are ingested…) is taken at its default.
 */
function shows(p: { displayOptions?: INodeProperties['displayOptions'] }, ctx: Context, nested: boolean): boolean {
	for (const [key, values] of Object.entries(p.displayOptions?.show ?? {})) {
		const root = key.startsWith('/');
		const name = root ? key.slice(1) : key;
		if (name === 'bodyVariant' || (nested && !root)) continue;
		if (!(values as unknown[]).includes(ctx[name])) return false;
	}
	return true;
}

/** The JSON fields a property holds where they show: itself, a collection's options, a group's or row's fields. */
function jsonInside(p: INodeProperties, ctx: Context, nested: boolean): INodeProperties[] {
	if (!shows(p, ctx, nested)) return [];
	if (p.type === 'json') return [p];
	if (p.type === 'collection') return (p.options as INodeProperties[]).flatMap((o) => jsonInside(o, ctx, true));
	if (p.type === 'fixedCollection') {
		return (p.options as INodePropertyCollection[]).flatMap((o) => o.values.flatMap((v) => jsonInside(v, ctx, true)));
	}
	return [];
}

export function formFigures(properties: INodeProperties[]): FormFigures {
	const selectors = properties.filter((p) => p.name === 'operation');
	const needJsonForRequired: string[] = [];
	const showJson: string[] = [];
	let operations = 0;
	for (const selector of selectors) {
		const resource = selector.displayOptions!.show!.resource![0] as string;
		for (const { value } of selector.options as Array<{ value: string }>) {
			operations++;
			const ctx: Context = { resource, operation: value };
			// Modes at their defaults, as a new node starts (Input Mode: Fields, Event → Ingest: one event per item…).
			for (const p of properties) {
				if (p.type === 'options' && p.name !== 'operation' && p.name !== 'resource' && p.name !== 'bodyVariant' && !(p.name in ctx) && shows(p, ctx, false)) ctx[p.name] = p.default;
			}
			const json = properties.filter((p) => p.name !== 'operation').flatMap((p) => jsonInside(p, ctx, false));
			if (json.length) showJson.push(`${resource}:${value}`);
			const top = properties.filter((p) => p.type === 'json' && p.required && shows(p, ctx, false));
			if (top.length) needJsonForRequired.push(`${resource}:${value}`);
		}
	}
	const preselectedWithoutSchemaDefault = Object.entries(CHOICE_STARTS).filter(([, d]) => d.starts && !d.schemaDefault).map(([k]) => k);
	return { operations, needJsonForRequired, showJson, preselectedWithoutSchemaDefault, bytes: Buffer.byteLength(JSON.stringify(properties)) };
}
