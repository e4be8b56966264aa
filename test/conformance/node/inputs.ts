/**
 * Valid node parameters for every operation, derived from the generated operation table and
 * schemas (never written per operation), plus what each run must put on the wire.
 *
 * Each operation gets, per body variant ("Action"):
 * - a `required` run: only what the editor requires (path, required fields, session token…);
 * - a `full` run: every optional, non-deprecated field too, in the collection the editor shows it
 *   in (Filters or Additional Fields), with two values for lists, optional JSON properties a few
 *   levels deep, Sort By, and resource pickers "By URL", so repeated query keys, deepObject
 *   metadata filters, sorting and every optional body field are exercised;
 * - a `required` run for each other value of a mode selector the editor shows (how a portal call
 *   gets its session, how events are ingested…).
 * Where a field lives in the editor is read from the node's description, not from the executor,
 * so a field the editor shows in one place and the executor reads from another is caught, and a
 * field no mode of the editor shows fails the operation.
 */
import type { INodeExecutionData, INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { largeEnums } from '../../../nodes/Polar/generated/enums';
import { schemas } from '../../../nodes/Polar/generated/schemas';
import type { CompactSchema, PolarField, PolarOperation } from '../../../nodes/Polar/types';
import { validateSchema } from '../../../nodes/Polar/validation/schemaValidator';

export type Mode = 'required' | 'full';

/** What the recorded request must contain, besides Prism's verdict. */
export interface WireExpectation {
	/** query keys (deepObject keys as `metadata[key]`) */
	query: string[];
	/** top-level keys of the JSON or form body */
	body: string[];
	/** values that must appear in the path */
	path: string[];
	/** page size sent for list operations */
	limit?: number;
	sorting?: string[];
	/** a session token (customer portal) or the credential signs the request */
	authorization: boolean;
}

export interface ConformanceRun {
	label: string;
	variant: string;
	mode: Mode;
	parameters: INodeParameters;
	expect: WireExpectation;
	/** the table's fields this run could set (shown by the editor in its mode) */
	shownFields: Set<PolarField>;
	/** input items (default: one empty item) */
	items?: INodeExecutionData[];
	/** API requests (method and path template) the run must make; default: the operation's own */
	requests?: Array<{ method: string; path: string }>;
}

export const SESSION_TOKEN = 'polar_cst_conformance_session_token_0123456789';
export const LIST_LIMIT = 5;

const UUIDS = [
	'3fa85f64-5717-4562-b3fc-2c963f66afa6',
	'6f1c2b9e-8d4a-4f3b-9c2e-1a7d5e0b3c48',
	'c0a80121-7ac0-4e1c-9f3d-2b8e6d4a1f97',
];

/**
 * Values the sampler cannot derive, keyed "resource:operation" then API field name, each with a
 * comment saying why. Empty today: every value of the 2026-10 document is derived; the sampler
 * names this map when a new constraint defeats it.
 */
const OVERRIDES: Record<string, Record<string, unknown>> = {};

// ---------------------------------------------------------------------------------------------
// Sampling a valid value from a compact schema

function deref(schema: CompactSchema): CompactSchema {
	let s = schema;
	for (let i = 0; s.$ref && i < 20; i++) {
		const target = schemas[s.$ref];
		if (!target) throw new Error(`schema ${s.$ref} is referenced but not generated`);
		s = target;
	}
	return s;
}

const isNull = (s: CompactSchema) => deref(s).type === 'null';

/** Text candidates tried in order against pattern and length limits (checked with the node's own validator). */
const TEXT_CANDIDATES = ['conformance', 'image/png', 'application/pdf', '10', 'usd', 'conformance-test', 'a'];

function sampleString(s: CompactSchema, seed: number): string {
	switch (s.format) {
		case 'uuid':
		case 'uuid4':
			return UUIDS[seed % UUIDS.length];
		case 'email':
			return `conformance${seed || ''}@example.com`;
		case 'uri':
			return `https://example.com/conformance/${seed}`;
		case 'date':
			return `2026-01-${String(15 + seed).padStart(2, '0')}`;
		case 'date-time':
			return `2026-01-${String(15 + seed).padStart(2, '0')}T10:00:00Z`;
		case 'ipvanyaddress':
			return `192.0.2.${10 + seed}`;
	}
	const constraints: CompactSchema = { type: 'string', pattern: s.pattern, minLength: s.minLength, maxLength: s.maxLength };
	for (const base of TEXT_CANDIDATES) {
		let candidate = seed && !s.pattern ? `${base}${seed}` : base;
		while (s.minLength !== undefined && candidate.length < s.minLength) candidate += base;
		if (s.maxLength !== undefined) candidate = candidate.slice(0, s.maxLength);
		if (validateSchema(candidate, constraints, schemas).length === 0) return candidate;
	}
	throw new Error(`no sample text fits ${JSON.stringify(s)}: add an entry to OVERRIDES in test/conformance/node/inputs.ts`);
}

function sampleNumber(s: CompactSchema): number {
	// 1 when the bounds allow it, else the nearest bound (a schema may give both minimum and exclusiveMinimum).
	const lows = [s.minimum, s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : undefined].filter((v): v is number => v !== undefined);
	const highs = [s.maximum, s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : undefined].filter((v): v is number => v !== undefined);
	const low = lows.length ? Math.max(...lows) : -Infinity;
	const high = highs.length ? Math.min(...highs) : Infinity;
	const value = Math.min(Math.max(1, low), high);
	return s.type === 'integer' ? Math.ceil(value) : value;
}

export interface SampleOptions {
	/** also fill optional object properties (down to `maxDepth`) */
	full: boolean;
	maxDepth: number;
}

/**
 * A minimal valid value: required properties only (all of them in full mode, to a depth), the
 * first non-null anyOf branch or the first discriminator mapping, enums and consts, formats,
 * minimum lengths, item counts and number ranges.
 */
export function sample(schema: CompactSchema, options: SampleOptions, depth = 0, seed = 0): unknown {
	const s = deref(schema);
	if (s.const !== undefined) return s.const;
	if (s.enum) return s.enum.find((v) => v !== null);
	if (s.anyOf) {
		if (s.discriminator) {
			const [tag, target] = Object.entries(s.discriminator.mapping)[0];
			const value = sample({ $ref: target }, options, depth, seed) as Record<string, unknown>;
			return { ...value, [s.discriminator.propertyName]: tag };
		}
		const branch = s.anyOf.find((m) => !isNull(m)) ?? s.anyOf[0];
		return sample(branch, options, depth, seed);
	}
	switch (s.type) {
		case 'null':
			return null;
		case 'boolean':
			return true;
		case 'integer':
		case 'number':
			return sampleNumber(s);
		case 'string':
			return sampleString(s, seed);
		case 'array': {
			const count = Math.min(Math.max(s.minItems ?? 0, 1), s.maxItems ?? Infinity);
			return Array.from({ length: count }, (_, i) => sample(s.items ?? { type: 'string' }, options, depth + 1, seed + i));
		}
		case 'object':
		default: {
			if (!s.properties && s.type !== 'object') return sampleString(s, seed); // an untyped leaf
			const out: Record<string, unknown> = {};
			const required = new Set(s.required ?? []);
			for (const [key, prop] of Object.entries(s.properties ?? {})) {
				if (required.has(key) || (options.full && depth < options.maxDepth)) out[key] = sample(prop, options, depth + 1, seed);
			}
			for (const key of required) if (!(key in out)) out[key] = 'conformance';
			// A map that needs entries (discount `amounts`: currency → amount): keys from propertyNames.
			for (let i = Object.keys(out).length; i < (s.minProperties ?? 0); i++) {
				const name = String(s.propertyNames ? sample(s.propertyNames, options, depth + 1, i) : `key${i}`);
				out[name] = typeof s.additionalProperties === 'object' ? sample(s.additionalProperties, options, depth + 1, i) : 'conformance';
			}
			return out;
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Where each field is edited, read from the node's description

type Context = Record<string, unknown>;

function isShown(p: INodeProperties, ctx: Context): boolean {
	const { show, hide } = p.displayOptions ?? {};
	for (const [name, values] of Object.entries(show ?? {})) {
		if (!(values as unknown[]).includes(ctx[name])) return false;
	}
	for (const [name, values] of Object.entries(hide ?? {})) {
		if ((values as unknown[]).includes(ctx[name])) return false;
	}
	return true;
}

/** Where a field is edited: up front, or as an option of the Filters / Additional Fields collection. */
interface Placement {
	at: 'top' | 'filters' | 'additionalFields';
	property: INodeProperties;
}

function placementOf(properties: INodeProperties[], ctx: Context, param: string): Placement | undefined {
	const top = properties.find((p) => p.name === param && p.type !== 'collection' && isShown(p, ctx));
	if (top) return { at: 'top', property: top };
	for (const p of properties) {
		if ((p.name === 'filters' || p.name === 'additionalFields') && p.type === 'collection' && isShown(p, ctx)) {
			const option = (p.options as INodeProperties[]).find((o) => o.name === param);
			if (option) return { at: p.name, property: option };
		}
	}
	return undefined;
}

function shownProperty(properties: INodeProperties[], ctx: Context, name: string): INodeProperties | undefined {
	return properties.find((p) => p.name === name && isShown(p, ctx));
}

// ---------------------------------------------------------------------------------------------
// From API values to n8n parameter values

function optionValues(field: PolarField): Array<string | number | boolean> {
	const values = field.optionsRef ? largeEnums[field.optionsRef]?.map((o) => o.value) : field.options;
	if (!values?.length) throw new Error(`field ${field.api} has no option values`);
	return values;
}

/**
 * The API schema of a field. For a body field the branch's own property schema comes first: a
 * field shared by several body variants (benefit `properties`, say) has a different schema in each.
 */
function apiSchemaOf(op: PolarOperation, field: PolarField, variant: string): CompactSchema {
	if (field.in === 'body' && op.body) {
		const container = deref(op.body.variants.find((v) => v.value === variant)?.schema ?? op.body.schema);
		const prop = container.properties?.[field.api];
		if (prop) return prop;
	}
	if (field.schema) return field.schema;
	switch (field.kind) {
		case 'number':
			return { type: field.integer ? 'integer' : 'number' };
		case 'boolean':
			return { type: 'boolean' };
		case 'dateTime':
			return { type: 'string', format: 'date-time' };
		case 'list':
			return { type: 'array', items: { type: 'string', format: field.itemFormat === 'string' ? undefined : field.itemFormat } };
		case 'keyValue':
			return { type: 'object', additionalProperties: { type: 'string' } };
		default:
			return { type: 'string', format: field.format };
	}
}

/** Unwraps `anyOf [X, null]` to X. */
function nonNull(schema: CompactSchema): CompactSchema {
	const s = deref(schema);
	if (s.anyOf && !s.discriminator) {
		const members = s.anyOf.filter((m) => !isNull(m));
		if (members.length === 1) return nonNull(members[0]);
	}
	return s;
}

/** The item schema of a list field (`string | string[] | null` or `string[]`). */
function itemSchemaOf(schema: CompactSchema): CompactSchema {
	let s = nonNull(schema);
	if (s.anyOf) s = s.anyOf.map(nonNull).find((m) => m.type === 'array') ?? nonNull(s.anyOf[0]);
	return s.type === 'array' ? s.items ?? { type: 'string' } : s;
}

/** A valid API value for one field, before it is shaped into an n8n parameter. */
function apiValueOf(op: PolarOperation, field: PolarField, variant: string, mode: Mode): unknown {
	const schema = apiSchemaOf(op, field, variant);
	const options: SampleOptions = { full: mode === 'full', maxDepth: 3 };
	const count = mode === 'full' ? 2 : 1;
	switch (field.kind) {
		case 'options':
			return optionValues(field)[0];
		case 'multiOptions':
			return optionValues(field).slice(0, count);
		case 'list':
			return Array.from({ length: count }, (_, i) => sample(itemSchemaOf(schema), options, 0, i));
		case 'keyValue':
			if (field.form) return sample(schema, options); // typed keys and values (currency → amount)
			return mode === 'full' ? { conformance: 'yes', source: 'n8n' } : { conformance: 'yes' };
		case 'json':
			return sample(schema, options);
		default:
			return sample(nonNull(schema), options);
	}
}

/**
 * Shapes an API value the way the editor stores it for this property. A resource picker gets the
 * ID "By ID", or in the full run "By URL" where offered (a dashboard link holding the ID), so the
 * node's extraction of the ID is on the wire too.
 */
function parameterOf(property: INodeProperties, field: PolarField, value: unknown, mode: Mode): unknown {
	switch (property.type) {
		case 'resourceLocator': {
			const urlMode = mode === 'full' ? (property.modes ?? []).find((m) => m.name === 'url') : undefined;
			const url = `https://polar.sh/dashboard/conformance/${field.api}/${String(value)}`;
			// only where the mode can find this value in a link (its pattern wants a UUID)
			const extract = urlMode?.extractValue?.regex;
			if (extract && new RegExp(extract).test(url)) return { __rl: true, mode: 'url', value: url };
			return { __rl: true, mode: 'id', value: String(value) };
		}
		case 'fixedCollection':
			return formParameter(field, value);
		case 'json':
			return JSON.stringify(value);
		case 'multiOptions':
			return Array.isArray(value) ? value : [value];
		case 'string':
			return Array.isArray(value) ? value.join(',') : String(value);
		case 'options':
		case 'number':
		case 'boolean':
		case 'dateTime':
			return value;
		default:
			throw new Error(`field ${field.api}: the editor property type ${property.type} has no sample shape`);
	}
}

/**
 * An API value as the editor's groups, rows and key/value rows hold it (Input Mode Fields): each
 * row's type chosen from what it sends, its fields filled by their own parameter shapes.
 */
function formParameter(field: PolarField, value: unknown): unknown {
	const form = field.form;
	if (!form) {
		const scalar = Object.entries(value as Record<string, unknown>).filter(([, v]) => v === null || typeof v !== 'object');
		return { entries: scalar.map(([key, v]) => ({ key, value: String(v) })) };
	}
	if (field.kind === 'keyValue') return { entries: Object.entries(value as Record<string, unknown>).map(([key, v]) => ({ key, value: v })) };
	if (field.kind === 'rows') return { [form.option]: (value as unknown[]).map((row) => formEntry(form, row as Record<string, unknown>)) };
	return { [form.option]: formEntry(form, value as Record<string, unknown>) };
}

function formEntry(form: NonNullable<PolarField['form']>, value: Record<string, unknown>): Record<string, unknown> {
	const entry: Record<string, unknown> = {};
	let shape = '';
	if (form.choice) {
		const sent = (o: { sends?: Record<string, unknown> }) => Object.entries(o.sends ?? {}).every(([k, v]) => value[k] === v);
		const tagged = form.choice.options.find((o) => o.sends && sent(o));
		// An untagged union (which shape is told by its fields): the first shape whose required fields are all there.
		const untagged = form.choice.options.find((o) => !o.sends && form.fields.every((f) => !f.required || !f.variants?.includes(o.value) || f.api in value));
		shape = (tagged ?? untagged ?? form.choice.options[0]).value;
		entry[form.choice.param] = shape;
	}
	const more: Record<string, unknown> = {};
	for (const f of form.fields) {
		if (f.kind === 'fixed' || (f.variants && !f.variants.includes(shape)) || !(f.api in value) || value[f.api] === null) continue;
		const v = value[f.api];
		const param = f.locator && f.kind !== 'list' ? { __rl: true, mode: 'id', value: String(v) }
			: f.kind === 'group' || f.kind === 'rows' || f.kind === 'keyValue' ? formParameter(f, v)
			: f.kind === 'json' ? JSON.stringify(v)
			: f.kind === 'list' && f.locator ? v
			: f.kind === 'list' ? (v as unknown[]).join(',') : v;
		if (f.slot === 'additionalFields') more[f.param] = param;
		else entry[f.param] = param;
	}
	if (Object.keys(more).length) entry.additionalFields = more;
	return entry;
}

/** Query keys a field produces on the wire (deepObject metadata: one `metadata[key]` per entry). */
function wireKeysOf(field: PolarField, value: unknown): string[] {
	if (field.in === 'query' && field.kind === 'keyValue') return Object.keys(value as object).map((k) => `${field.api}[${k}]`);
	return [field.api];
}

// ---------------------------------------------------------------------------------------------
// Runs of one operation

/**
 * Editor parameters that are not API fields of the operation (how the node authenticates a
 * customer-portal call, say). A required one missing here fails the suite, so a new one is noticed.
 */
const EDITOR_ONLY_PARAMETERS: Record<string, unknown> = {
	sessionToken: SESSION_TOKEN,
	portalCustomerId: UUIDS[2],
	portalExternalCustomerId: 'conformance-customer',
	portalMemberId: UUIDS[1],
	eventName: 'conformance_event',
	// a UUID suits both "Customer By" choices: Polar's customer ID and your own external ID
	eventCustomer: UUIDS[0],
};

/** Options parameters that are not modes to explore: the node's frame, or a credential the suite does not hold. */
const NOT_MODES = new Set(['resource', 'operation', 'bodyVariant', 'authentication']);

/** Fills in the defaults of shown options and booleans, as n8n does when it loads the node's parameters. */
function withDefaults(properties: INodeProperties[], ctx: Context): Context {
	const out = { ...ctx };
	for (let changed = true; changed; ) {
		changed = false;
		for (const p of properties) {
			if ((p.type === 'options' || p.type === 'boolean') && !(p.name in out) && isShown(p, out)) {
				out[p.name] = p.default;
				changed = true;
			}
		}
	}
	return out;
}

/**
 * Every run of one operation: per body variant, a `required` and a `full` run; plus, for each
 * other value of a mode selector the editor shows (e.g. how a portal call gets its customer
 * session), a `required` run in that mode.
 */
export function runsFor(properties: INodeProperties[], resource: string, operation: string, op: PolarOperation): ConformanceRun[] {
	const base: Context = { resource, operation, authentication: 'accessToken' };
	const variantProperty = shownProperty(properties, base, 'bodyVariant');
	const variants = variantProperty ? ((variantProperty.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value)) : [''];
	const fieldParams = new Set(op.fields.map((f) => f.param));
	const runs: ConformanceRun[] = [];
	for (const variant of variants) {
		const ctx = withDefaults(properties, { ...base, ...(variant ? { bodyVariant: variant } : {}), returnAll: false });
		runs.push(buildRun(properties, ctx, op, variant, 'required'));
		runs.push(buildRun(properties, ctx, op, variant, 'full'));
		const selectors = properties.filter((p) => p.type === 'options' && !NOT_MODES.has(p.name) && !fieldParams.has(p.name) && isShown(p, ctx));
		for (const selector of selectors) {
			for (const option of (selector.options ?? []) as INodePropertyOptions[]) {
				if (option.value === ctx[selector.name]) continue;
				const modeCtx = withDefaults(properties, { ...base, ...(variant ? { bodyVariant: variant } : {}), returnAll: false, [selector.name]: option.value });
				runs.push(buildRun(properties, modeCtx, op, variant, 'required', { name: selector.name, value: option.value }));
			}
		}
	}
	const reachable = new Set(runs.flatMap((r) => [...r.shownFields]));
	const hidden = op.fields.filter((f) => f.kind !== 'fixed' && !reachable.has(f));
	if (hidden.length) {
		throw new Error(`${resource}:${operation}: no mode of the editor shows ${hidden.map((f) => `${f.api} ("${f.param}")`).join(', ')}`);
	}
	return runs;
}

function buildRun(
	properties: INodeProperties[],
	ctx: Context,
	op: PolarOperation,
	variant: string,
	mode: Mode,
	selected?: { name: string; value: INodePropertyOptions['value'] },
): ConformanceRun {
	const key = `${ctx.resource}:${ctx.operation}`;
	const parameters: INodeParameters = { resource: ctx.resource as string, operation: ctx.operation as string };
	const filters: INodeParameters = {};
	const additionalFields: INodeParameters = {};
	const expect: WireExpectation = { query: [], body: [], path: [], authorization: op.auth !== 'public' };
	const shownFields = new Set<PolarField>();
	if (variant) parameters.bodyVariant = variant;
	if (selected) parameters[selected.name] = selected.value;

	for (const field of op.fields) {
		if (field.variants && !field.variants.includes(variant)) continue;
		if (field.kind === 'fixed') {
			(field.in === 'query' ? expect.query : expect.body).push(field.api);
			continue;
		}
		// In Input Mode JSON a group, rows or typed map is given as JSON, in its twin parameter.
		const asJson = field.jsonTwin && ctx.inputMode === 'json';
		const placement = placementOf(properties, ctx, asJson ? `${field.param}Json` : field.param);
		// Not shown in this mode (e.g. the events JSON while ingesting one event per item): runsFor
		// checks that some run of the operation shows it.
		if (!placement) continue;
		shownFields.add(field);
		// Optional fields in the full run only; deprecated ones never (Prism flags a deprecated parameter, by design).
		if (!field.required && (mode === 'required' || field.deprecated)) continue;
		const value = OVERRIDES[key]?.[field.api] ?? apiValueOf(op, field, variant, mode);
		const parameter = parameterOf(placement.property, field, value, mode);
		const name = placement.property.name;
		if (placement.at === 'top') parameters[name] = parameter as never;
		else (placement.at === 'filters' ? filters : additionalFields)[name] = parameter as never;
		if (field.in === 'path') expect.path.push(encodeURIComponent(String(value)));
		else (field.in === 'query' ? expect.query : expect.body).push(...wireKeysOf(field, value));
	}

	const fieldParams = new Set(op.fields.map((f) => f.param));
	for (const p of properties) {
		if (!p.required || p.name in parameters || fieldParams.has(p.name) || p.type === 'collection' || !isShown(p, ctx)) continue;
		if (!(p.name in EDITOR_ONLY_PARAMETERS)) {
			throw new Error(`${key}: the editor requires "${p.name}", which is not an API field: add a value to EDITOR_ONLY_PARAMETERS in test/conformance/node/inputs.ts`);
		}
		parameters[p.name] = EDITOR_ONLY_PARAMETERS[p.name] as never;
	}
	if (shownProperty(properties, ctx, 'limit')) {
		parameters.returnAll = false;
		parameters.limit = LIST_LIMIT;
		expect.limit = LIST_LIMIT;
	}
	if (mode === 'full') {
		const sortOption = placementOf(properties, ctx, 'sort');
		if (sortOption && sortOption.at === 'filters') {
			const values = ((sortOption.property.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));
			const sort = [values.find((v) => !v.startsWith('-')), values.find((v) => v.startsWith('-'))].filter((v): v is string => !!v);
			filters.sort = sort;
			expect.sorting = sort;
		}
	}
	if (Object.keys(filters).length) parameters.filters = filters;
	if (Object.keys(additionalFields).length) parameters.additionalFields = additionalFields;

	const label = `${key}${variant ? ` [${variant}]` : ''} (${mode}${selected ? `, ${selected.name}=${String(selected.value)}` : ''})`;
	return { label, variant, mode, parameters, expect, shownFields };
}

// ---------------------------------------------------------------------------------------------
// Operations the editor offers that are not one API call (no entry in the operation table)

/** A 1×1 PNG: every file service accepts image/png (product media and avatars accept images only). */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * Runs of the composite operations, keyed "resource:operation". The conformance test fails for an
 * editor operation that is neither in the table nor here.
 */
export const COMPOSITE_RUNS: Record<string, (properties: INodeProperties[]) => ConformanceRun[]> = {
	// create the file with its part plan → PUT each part to its presigned URL → complete it
	'file:upload': (properties) => {
		const ctx: Context = { resource: 'file', operation: 'upload' };
		const services = ((shownProperty(properties, ctx, 'fileService')?.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));
		if (services.length === 0) throw new Error('file:upload: the editor shows no "fileService" choices');
		const items: INodeExecutionData[] = [
			{ json: {}, binary: { data: { data: PNG_1X1.toString('base64'), mimeType: 'image/png', fileName: 'conformance.png', fileExtension: 'png' } } },
		];
		const requests = [
			{ method: 'POST', path: '/v1/files/' },
			{ method: 'POST', path: '/v1/files/{id}/uploaded' },
		];
		return services.flatMap((service) =>
			(['required', 'full'] as Mode[]).map((mode) => ({
				label: `file:upload [${service}] (${mode})`,
				variant: service,
				mode,
				parameters: {
					resource: 'file',
					operation: 'upload',
					binaryPropertyName: 'data',
					fileService: service,
					...(mode === 'full' ? { uploadOptions: { fileName: 'conformance-upload.png', organizationId: UUIDS[0], version: '1.0.0' } } : {}),
				},
				expect: { query: [], body: [], path: [], authorization: true },
				shownFields: new Set<PolarField>(),
				items,
				requests,
			})),
		);
	},
};
