/**
 * Decides how one API property is filled in the editor when a plain field cannot hold it, from its
 * schema alone (no form is written by hand for an operation):
 * - a flat object: a group of fields;
 * - a list of small objects: repeatable rows;
 * - a union of objects: a type choice in the group or row, each field shown for the types that have it
 *   (a discriminator becomes the choice's values, and choosing one sends it);
 * - a map of simple values: key/value rows, the key a dropdown where the keys are an enum (currencies);
 * - an object that allows only null or nothing: sent as it is, never shown.
 * What is deeper than MAX_FORM_DEPTH, or refers to itself (a filter inside a filter), is left to JSON.
 */
import type { PolarField } from '../../nodes/Polar/types';
import { JSON_ONLY } from './behaviour/jsonOnly';
import { pickerOf } from './behaviour/pickers';
import { fieldWords, type FieldSubject, jsonTwinWords } from './help';
import type { ModelChoice, ModelField, ModelForm } from './modelTypes';
import { CHOICE_NAMES, VARIANT_NAMES } from './naming';
import type { Schema } from './openapi';
import type { EditedAs, SchemaReader } from './schemaReader';
import { refName } from './schemaReader';
import { camelCase, commonWordPrefix, optionName, titleCase } from './text';

/** Forms nest at most this deep: a row may hold a group or rows (as n8n's Notion node does), nothing deeper. */
export const MAX_FORM_DEPTH = 2;

/** Where a field sits: what fieldWords, the pickers and the nesting rules need. */
export interface FieldPlace {
	operationId: string;
	/** the operation's resource and operation values in the editor (pickers depend on them) */
	resource: string;
	operation: string;
	in: PolarField['in'];
	/** API path of the object holding the field, from the body root ([] at the top) */
	path: string[];
	/** component schema that declares the property */
	owner?: string;
	/** forms around the field (0 at the top) */
	depth: number;
	/** component schemas being expanded around it: one met again stays JSON */
	within: string[];
}

/** One shape of a union: its choice value and name, its object schema, and what choosing it sends. */
interface Branch {
	value: string;
	name: string;
	component?: string;
	schema: Schema;
	/** the discriminator property the choice fills */
	tag?: string;
}

type Nested = Pick<ModelField, 'kind' | 'form' | 'fixed'>;

export class FieldMaker {
	constructor(private readonly schemas: SchemaReader) {}

	/**
	 * One field of an API property: its editor shape decided from the schema, its picker, its words
	 * from fieldWords. A group, rows or typed map up front also gets a JSON twin (Input Mode JSON).
	 * @param mapEntry for the key or value of a map's entry: the map's property
	 */
	field(api: string, propSchema: Schema, required: boolean, param: string, place: FieldPlace, mapEntry?: string): ModelField {
		const kind: EditedAs = this.schemas.fieldKind(propSchema, api);
		const resolved = this.schemas.resolve(propSchema);
		const field: ModelField = { api, param, label: api, in: place.in, required, slot: 'top', ...kind };
		if (kind.kind === 'json') Object.assign(field, this.nested(api, propSchema, place));
		if (propSchema.deprecated || resolved.deprecated) field.deprecated = true;
		const def = propSchema.default !== undefined ? propSchema.default : resolved.default;
		if (def !== undefined && def !== null) field.default = def;
		if (field.kind === 'json' || field.union || field.form || (field.kind === 'keyValue' && place.in === 'body')) {
			field.schema = this.schemas.toCompact(propSchema);
		}
		const path = place.in === 'body' ? [...place.path, ...(mapEntry ? [mapEntry] : []), api] : undefined;
		const subject: FieldSubject = { operationId: place.operationId, in: place.in, api, owner: place.owner, path, schema: propSchema, required, ...(mapEntry ? { mapEntry } : {}) };
		this.describe(field, subject, place);
		if (place.depth === 0 && field.form && field.kind !== 'fixed') {
			field.jsonTwin = true;
			const twin = jsonTwinWords({ ...subject, components: this.schemas.schemas });
			if (twin) field.jsonDescription = twin;
		}
		return field;
	}

	/** The picker of a field (behaviour/pickers.ts), then its label, help text and placeholder from the one words function. */
	describe(field: ModelField, subject: FieldSubject, place: Pick<FieldPlace, 'resource' | 'operation'>): void {
		const picker = pickerOf(field, place.resource, place.operation);
		if (picker) field.locator = picker;
		const words = fieldWords({ ...subject, kind: editorKind(field), components: this.schemas.schemas, ...(field.deprecated ? { deprecated: true } : {}) });
		field.label = words.displayName;
		if (words.description) field.description = words.description;
		if (words.placeholder) field.placeholder = words.placeholder;
	}

	/** The group, rows or map an object-like property becomes; undefined leaves it JSON. */
	private nested(api: string, propSchema: Schema, place: FieldPlace): Nested | undefined {
		const { members } = this.schemas.nonNull(propSchema);
		if (members.length === 1 && members[0].$ref && JSON_ONLY[refName(members[0].$ref)]) return undefined;
		const inner: FieldPlace = { ...place, path: [...place.path, api], depth: place.depth + 1 };
		if (members.length === 1) {
			const s = this.schemas.resolve(members[0]);
			const fillable = Object.values(s.properties || {}).some((p) => !p.readOnly);
			if (s.type === 'object' && !fillable && !(s.anyOf || s.oneOf) && typeof s.additionalProperties !== 'object') {
				return { kind: 'fixed', fixed: {} }; // an object with nothing to fill
			}
			if (place.depth >= MAX_FORM_DEPTH) return undefined;
			if (s.type === 'array' && s.items) {
				const form = this.form(camelCase(singular(api)), s.items, inner);
				return form && { kind: 'rows', form };
			}
			if (typeof s.additionalProperties === 'object') return this.map(s, inner);
		} else if (place.depth >= MAX_FORM_DEPTH) return undefined;
		const form = this.form('values', members.length === 1 ? members[0] : { anyOf: members }, inner);
		return form && { kind: 'group', form };
	}

	/** A map as key/value rows: plain text both sides as metadata is, or a typed key (currency) and value (amount). */
	private map(s: Schema, place: FieldPlace): Nested | undefined {
		const value = this.schemas.fieldKind(s.additionalProperties as Schema, 'value');
		if (!['string', 'number', 'boolean', 'options', 'dateTime'].includes(value.kind)) return undefined;
		const names = s.propertyNames && this.schemas.resolve(s.propertyNames);
		const key: EditedAs = names?.enum ? this.schemas.fieldKind(s.propertyNames!, 'key') : { kind: 'string', ...(names?.format ? { format: names.format } : {}) };
		if (key.kind === 'string' && !key.format && value.kind === 'string') return { kind: 'keyValue' };
		const entry = (name: 'key' | 'value', schema: Schema) => this.field(name, schema, true, name, { ...place, path: place.path.slice(0, -1), depth: MAX_FORM_DEPTH }, place.path[place.path.length - 1]);
		const fields = [entry('key', names?.enum ? s.propertyNames! : { type: 'string', ...(names?.format ? { format: names.format } : {}) }), entry('value', s.additionalProperties as Schema)];
		return { kind: 'keyValue', form: { option: 'entries', entryName: 'Entry', fields } };
	}

	/** The fields of one entry (a row or the group) of an object or a union of objects. */
	private form(option: string, schema: Schema, place: FieldPlace): ModelForm | undefined {
		const branches = this.branches(schema, place.within);
		if (!branches || branches.length === 0) return undefined;
		const union = branches.length > 1 ? this.choice(branches, schema, place) : undefined;
		const fields: ModelField[] = [];
		for (const b of branches) {
			const required = new Set(b.schema.required || []);
			const at: FieldPlace = { ...place, owner: b.component, within: b.component ? [...place.within, b.component] : place.within };
			if (b.tag && !union) fields.push({ ...this.field(b.tag, b.schema.properties![b.tag] ?? { const: b.value }, true, b.tag, at), kind: 'fixed', fixed: b.value });
			for (const [api, prop] of Object.entries(b.schema.properties || {})) {
				if (prop.readOnly || api === b.tag) continue;
				const f = this.field(api, prop, required.has(api), camelCase(api), at);
				f.slot = inRow(f);
				const same = fields.find((x) => x.api === api && x.variants && sameField(x, f));
				if (same) {
					mergeWords(same, f, place.operationId);
					same.variants!.push(b.value);
					continue;
				}
				if (fields.some((x) => x.param === f.param) || f.param === union?.param) f.param = camelCase(`${b.value}_${api}`);
				fields.push({ ...f, variants: [b.value] });
			}
		}
		for (const f of fields) if (!union || f.variants?.length === branches.length) delete f.variants;
		const entryName = option === 'values' ? '' : titleCase(option);
		return { option, entryName, fields, ...(union ? { choice: union } : {}) };
	}

	/**
	 * The type choice of a union: the discriminator's values, or one value per shape. It starts empty:
	 * a discriminated union needs its tag even where one branch's constant has a default. Its words
	 * are the union's (naming.ts CHOICE_NAMES, keyed by the union's schema, or "Schema.property"
	 * for one written inline).
	 */
	private choice(branches: Branch[], schema: Schema, place: FieldPlace): ModelChoice {
		const tag = branches.find((b) => b.tag)?.tag;
		const named = schema.$ref ? refName(schema.$ref) : undefined;
		const union = named && CHOICE_NAMES[named] ? named : `${place.owner ?? place.operationId}.${place.path[place.path.length - 1]}`;
		if (!CHOICE_NAMES[union]) throw new Error(`${place.operationId}: no name for the type choice "${union}" in naming.ts CHOICE_NAMES`);
		const words = fieldWords({ operationId: place.operationId, in: place.in, api: tag ?? 'type', union, path: [...place.path, tag ?? 'type'], required: true });
		return {
			param: camelCase(tag ?? 'type'),
			label: words.displayName,
			...(words.description ? { description: words.description } : {}),
			options: branches.map((b) => (b.tag ? { value: b.value, sends: { [b.tag]: b.value } } : { value: b.value })),
			names: branches.map((b) => b.name),
		};
	}

	/** The shapes a schema can take, or undefined when one of them is not an object (then it stays JSON). */
	private branches(schema: Schema, within: string[]): Branch[] | undefined {
		const component = schema.$ref ? refName(schema.$ref) : undefined;
		if (component && within.includes(component)) return []; // itself again: only JSON reaches that deep
		const s = this.schemas.resolve(schema);
		const union = s.anyOf || s.oneOf;
		if (!union) return s.type === 'object' || s.properties ? [{ value: '', name: '', component, schema: s }] : undefined;
		const mapping = s.discriminator?.mapping;
		if (mapping) {
			const perBranch = new Map<string, number>();
			for (const ref of Object.values(mapping)) perBranch.set(ref, (perBranch.get(ref) ?? 0) + 1);
			return Object.entries(mapping).map(([value, ref]) => {
				const name = refName(ref);
				const own = VARIANT_NAMES[`${name}.${value}`] ?? (perBranch.get(ref) === 1 ? VARIANT_NAMES[name] : undefined);
				return { value, name: own ?? optionName(value), component: name, schema: this.schemas.resolve({ $ref: ref }), tag: s.discriminator!.propertyName };
			});
		}
		const out: Branch[] = [];
		const untagged: Branch[] = [];
		for (const member of union.filter((m) => this.schemas.resolve(m).type !== 'null')) {
			const sub = this.branches(member, within);
			if (sub === undefined) return undefined;
			if (sub.length === 1 && sub[0].value === '') untagged.push(sub[0]);
			out.push(...sub);
		}
		const prefix = commonWordPrefix(untagged.map((b) => b.component ?? ''));
		untagged.forEach((b, i) => {
			const short = (b.component ?? `Shape${i + 1}`).slice(prefix.length) || b.component || `Shape${i + 1}`;
			b.value = camelCase(short);
			b.name = (b.component && VARIANT_NAMES[b.component]) || titleCase(short);
		});
		return out;
	}
}

/**
 * The kind fieldWords is told: what the editor shows, which is not always the API's shape (the
 * organization is a dropdown of the credential's organizations; an ID with a picker is a resource
 * locator, a list of IDs with one a multi-select).
 */
function editorKind(field: ModelField): string {
	if (field.api === 'organization_id' && field.in !== 'path' && (field.kind === 'string' || field.kind === 'list')) return 'options';
	if (field.locator) return field.kind === 'list' ? 'multiOptions' : 'resourceLocator';
	return field.kind;
}

/** Every field, those inside groups and rows included. */
export function eachField(fields: ModelField[], visit: (field: ModelField) => void): void {
	for (const f of fields) {
		visit(f);
		if (f.form) eachField(f.form.fields, visit);
	}
}

/**
 * Inside a row: optional numbers, yes/no fields and choices without a default go under its own
 * Additional Fields (a shown number or switch would be sent; an empty choice shows as an error).
 */
function inRow(f: ModelField): PolarField['slot'] {
	if (f.required || f.default !== undefined) return 'top';
	return ['number', 'boolean', 'options', 'multiOptions'].includes(f.kind) ? 'additionalFields' : 'top';
}

function sameField(a: ModelField, b: ModelField): boolean {
	return factsOf({ ...a, variants: undefined, param: undefined }) === factsOf({ ...b, variants: undefined, param: undefined });
}

/** Words a field gets from fieldWords: two shapes that agree on everything else share one field. */
const WORDS = new Set(['label', 'description', 'placeholder', 'jsonDescription']);

/**
 * One field shared by several shapes (their facts agree) shows one set of words: it keeps the help
 * they agree on and drops help they do not (limits that differ by shape, say). In the operations
 * whose every field must be described, the report then counts the field as undescribed, so their
 * help tables give it one help for all its shapes. Names must agree: the generator refuses two.
 */
export function mergeWords(kept: ModelField, other: ModelField, operationId: string): void {
	if (kept.label !== other.label) throw new Error(`${operationId}: "${kept.api}" is one field for several shapes but is named "${kept.label}" and "${other.label}" (naming.ts FIELD_NAMES)`);
	for (const key of ['description', 'placeholder', 'jsonDescription'] as const) if (kept[key] !== other[key]) delete kept[key];
	if (!kept.form || !other.form) return;
	kept.form.fields.forEach((f, i) => mergeWords(f, other.form!.fields[i], operationId));
	const [choice, otherChoice] = [kept.form.choice, other.form.choice];
	if (choice?.description !== otherChoice?.description) delete choice?.description;
}

/** A field's facts as JSON, its words (and those of the fields and choices inside, which have a `param`) left out. */
export function factsOf(value: unknown): string {
	return JSON.stringify(value, function skipWords(this: Record<string, unknown>, key: string, v: unknown) {
		return WORDS.has(key) && 'param' in this ? undefined : v;
	});
}

/** The name of one row of a list: "prices" → "price". */
export function singular(api: string): string {
	if (api.endsWith('ies')) return `${api.slice(0, -3)}y`;
	if (api.endsWith('sses') || api.endsWith('xes')) return api.slice(0, -2);
	if (api.endsWith('s') && !api.endsWith('ss')) return api.slice(0, -1);
	return `${api}_item`;
}
