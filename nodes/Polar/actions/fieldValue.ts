import { largeEnums } from '../generated/enums';
import { schemas } from '../generated/schemas';
import { PARAM } from '../params';
import type { CompactSchema, PolarField, PolarForm } from '../types';
import { previewValues as preview, validateSchema } from '../validation/schemaValidator';
import { chooseProblem, editorPath, InputError, rowName, splitApiPath } from './inputError';

/**
 * Turns what the editor holds for one field into the value the API expects: plain fields, resource
 * pickers, groups, rows and key/value rows (Input Mode Fields), or a JSON twin (Input Mode JSON).
 * Every problem is an InputError naming the field as the editor shows it.
 */

export const isEmpty = (v: unknown) =>
	v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) ||
	(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

/** Whether a field holds nothing to send: a group not added, rows without a row (a JSON twin: empty text). */
function holdsNothing(field: PolarField, raw: unknown, json: boolean): boolean {
	if (!json && (field.kind === 'group' || field.kind === 'rows') && field.form && raw && typeof raw === 'object' && !Array.isArray(raw)) {
		const entries = (raw as Record<string, unknown>)[field.form.option];
		// Required rows that may be an empty list (a filter without clauses) send [] when none was added.
		if (field.kind === 'rows' && field.required && minItems(field.schema) === 0) return false;
		return entries === undefined || (Array.isArray(entries) && entries.length === 0);
	}
	return isEmpty(raw);
}

/** The fewest items a list schema takes (through $ref and `X | null`). */
function minItems(schema: CompactSchema | undefined): number {
	let s = schema;
	for (let i = 0; s && i < 10; i++) {
		if (s.$ref) s = schemas[s.$ref];
		else if (s.anyOf) s = s.anyOf.find((m) => m.type !== 'null');
		else break;
	}
	return s?.minItems ?? 0;
}

function optionValues(field: PolarField): Array<string | number | boolean> | undefined {
	return field.optionsRef ? largeEnums[field.optionsRef]?.map((o) => o.value) : field.options;
}

const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A resource-locator value (`{ __rl, mode, value }`) as the plain ID it stands for. */
export function locatorValue(field: PolarField, raw: unknown, where: string[] = [field.label]): unknown {
	if (!raw || typeof raw !== 'object' || !('__rl' in raw)) return raw;
	const { mode, value } = raw as { mode?: string; value?: unknown };
	if (mode === 'url' && typeof value === 'string' && value.trim() !== '') {
		const ids = value.match(UUID_IN_TEXT);
		if (!ids) throw new InputError(where, `no ID found in the URL ${JSON.stringify(value)}`);
		return ids[ids.length - 1];
	}
	if (mode === 'externalId') throw new InputError(where, 'an external ID must be resolved before the request is built');
	return value;
}

/**
 * The fields of one object (the body's top level, a group, a row) that its chosen shape has, each
 * with the editor's value: fixed ones with their constant, empty optional ones left out, an empty
 * required one refused ("choose a …" for a choice).
 */
export function filledFields(
	fields: PolarField[],
	shape: string,
	valueOf: (f: PolarField) => unknown,
	where: string[],
	asJson: (f: PolarField) => boolean = () => false,
): Array<[PolarField, unknown]> {
	const out: Array<[PolarField, unknown]> = [];
	for (const field of fields) {
		if (field.variants && !field.variants.includes(shape)) continue;
		let raw = field.kind === 'fixed' ? field.fixed : valueOf(field);
		if (field.locator && raw && typeof raw === 'object' && '__rl' in raw) raw = locatorValue(field, raw, [...where, field.label]);
		if (field.kind !== 'boolean' && field.kind !== 'fixed' && holdsNothing(field, raw, asJson(field))) {
			if (field.required) throw new InputError([...where, field.label], field.kind === 'options' ? chooseProblem(field.label) : 'is required');
			continue;
		}
		if (raw === undefined) continue;
		out.push([field, raw]);
	}
	return out;
}

/** Converts one n8n value into the value the API expects, or throws InputError. */
export function convertValue(field: PolarField, raw: unknown, where: string[] = [field.label]): unknown {
	if (field.locator) raw = locatorValue(field, raw, where);
	const fail = (problem: string): never => {
		throw new InputError(where, problem);
	};
	switch (field.kind) {
		case 'fixed':
			return field.fixed;
		case 'string': {
			// Text, a number or yes/no (a filter value): an expression's number or boolean is kept as it is.
			if ((typeof raw === 'number' || typeof raw === 'boolean') && field.schema && !validateSchema(raw, field.schema, schemas).length) return raw;
			if (typeof raw === 'number' || typeof raw === 'boolean') raw = String(raw);
			if (typeof raw !== 'string') fail(`expected text, got ${typeof raw}`);
			const value = (raw as string).trim();
			const issues = validateSchema(value, field.schema ?? { type: 'string', format: field.format }, schemas);
			if (issues.length) fail(`${issues[0].message}, got ${JSON.stringify(value)}`);
			return value;
		}
		case 'number': {
			const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
			if (typeof n !== 'number' || Number.isNaN(n)) fail(`expected a number, got ${JSON.stringify(raw)}`);
			if (field.integer && !Number.isInteger(n)) fail(`expected a whole number, got ${n}`);
			return n;
		}
		case 'boolean':
			if (typeof raw === 'boolean') return raw;
			if (raw === 'true' || raw === 'false') return raw === 'true';
			return fail(`expected true or false, got ${JSON.stringify(raw)}`);
		case 'dateTime': {
			const value = toIsoString(raw);
			if (value === undefined || Number.isNaN(Date.parse(value))) fail(`expected a date and time, got ${JSON.stringify(raw)}`);
			return value;
		}
		case 'options': {
			const allowed = optionValues(field) ?? [];
			if (!allowed.includes(raw as string)) fail(`expected one of ${preview(allowed)}, got ${JSON.stringify(raw)}`);
			return raw;
		}
		case 'multiOptions': {
			const values = typeof raw === 'string' ? splitList(raw) : raw;
			if (!Array.isArray(values)) return fail(`expected a list, got ${typeof raw}`);
			const allowed = optionValues(field) ?? [];
			const bad = values.find((v) => !allowed.includes(v as string));
			if (bad !== undefined) fail(`expected values among ${preview(allowed)}, got ${JSON.stringify(bad)}`);
			return values;
		}
		case 'list': {
			const values = Array.isArray(raw) ? raw.map((v) => String(v).trim()) : typeof raw === 'string' ? splitList(raw) : fail(`expected values separated by commas, got ${typeof raw}`);
			const format = field.itemFormat === 'string' ? undefined : field.itemFormat;
			values.forEach((v, i) => {
				const issues = format ? validateSchema(v, { type: 'string', format }, schemas) : [];
				if (issues.length) throw new InputError([...where, rowName(i)], `${issues[0].message}, got ${JSON.stringify(v)}`);
			});
			return values;
		}
		case 'keyValue':
			return checked(field, field.form ? typedMap(field, field.form, raw, where) : keyValueObject(raw, where), where);
		case 'group':
			return checked(field, formEntry(field.form!, ((raw ?? {}) as Record<string, unknown>)[field.form!.option], where), where);
		case 'rows': {
			const rows = ((raw ?? {}) as Record<string, unknown>)[field.form!.option] ?? [];
			if (!Array.isArray(rows)) return fail(`expected rows, got ${typeof rows}`);
			return checked(field, rows.map((row, i) => formEntry(field.form!, row, [...where, rowName(i)])), where);
		}
		case 'json':
			return jsonValue(field, raw, where);
	}
}

/** A field given as JSON (a JSON field, or the JSON twin of a group or rows): parsed, then checked like the form's value. */
export function jsonValue(field: PolarField, raw: unknown, where: string[] = [field.label]): unknown {
	const parsed = typeof raw === 'string' ? parseJson(raw) : { value: raw };
	if ('error' in parsed) throw new InputError(where, `is not valid JSON (${parsed.error})`);
	return checked(field, parsed.value, where);
}

function parseJson(text: string): { value: unknown } | { error: string } {
	try {
		return { value: JSON.parse(text) };
	} catch (e) {
		return { error: (e as Error).message };
	}
}

/** The value checked against the field's schema; a problem inside it is named through the form's labels. */
function checked(field: PolarField, value: unknown, where: string[]): unknown {
	const issues = field.schema ? validateSchema(value, field.schema, schemas) : [];
	if (issues.length) {
		const first = issues[0];
		throw new InputError([...where, ...editorPath(field.form?.fields ?? [], splitApiPath(first.path))], first.message);
	}
	return value;
}

/** One group or row: its chosen type (sending the discriminator it stands for) and the fields that type has. */
function formEntry(form: PolarForm, raw: unknown, where: string[]): Record<string, unknown> {
	const entry = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const { choice } = form;
	let shape = '';
	const out: Record<string, unknown> = {};
	if (choice) {
		shape = String(entry[choice.param] ?? choice.default ?? '');
		const option = choice.options.find((o) => o.value === shape);
		if (!option) {
			throw new InputError([...where, choice.label], shape ? `expected one of ${preview(choice.options.map((o) => o.value))}, got ${JSON.stringify(shape)}` : chooseProblem(choice.label));
		}
		Object.assign(out, option.sends);
	}
	const more = (entry[PARAM.additionalFields] ?? {}) as Record<string, unknown>;
	const valueOf = (f: PolarField) => (f.slot === 'additionalFields' ? more[f.param] : entry[f.param]);
	for (const [f, value] of filledFields(form.fields, shape, valueOf, where)) out[f.api] = convertValue(f, value, [...where, f.label]);
	return out;
}

/** Key/value rows whose key (a currency) and value (an amount) are typed fields. */
function typedMap(field: PolarField, form: PolarForm, raw: unknown, where: string[]): Record<string, unknown> {
	if (raw && typeof raw === 'object' && !Array.isArray(raw) && !(form.option in raw)) return raw as Record<string, unknown>; // an object from an expression
	const [keyField, valueField] = form.fields;
	const out: Record<string, unknown> = {};
	(((raw as Record<string, unknown>)?.[form.option] ?? []) as Array<Record<string, unknown>>).forEach((row, i) => {
		const at = [...where, rowName(i)];
		if (isEmpty(row.key)) throw new InputError([...at, keyField.label], keyField.kind === 'options' ? chooseProblem(keyField.label) : 'is required');
		const key = String(convertValue(keyField, row.key, [...at, keyField.label]));
		if (key in out) throw new InputError([...at, keyField.label], `${JSON.stringify(key)} is given twice`);
		out[key] = convertValue(valueField, row.value, [...at, valueField.label]);
	});
	return out;
}

function keyValueObject(raw: unknown, where: string[]): Record<string, unknown> {
	if (raw && typeof raw === 'object' && !Array.isArray(raw) && !('entries' in raw)) {
		return raw as Record<string, unknown>; // an object given by an expression
	}
	const entries = ((raw as { entries?: Array<{ key: string; value: unknown }> })?.entries ?? []);
	const out: Record<string, unknown> = {};
	entries.forEach(({ key, value }, i) => {
		const k = String(key ?? '').trim();
		if (!k) throw new InputError([...where, rowName(i)], 'every entry needs a key');
		if (k in out) throw new InputError([...where, rowName(i)], `the key ${JSON.stringify(k)} is given twice`);
		out[k] = value;
	});
	return out;
}

function toIsoString(raw: unknown): string | undefined {
	if (typeof raw === 'string') return raw.trim();
	if (raw instanceof Date) return raw.toISOString();
	if (raw && typeof raw === 'object' && typeof (raw as { toISO?: unknown }).toISO === 'function') {
		return (raw as { toISO: () => string }).toISO(); // Luxon DateTime from an expression
	}
	return undefined;
}

function splitList(raw: string): string[] {
	return raw.split(',').map((v) => v.trim()).filter((v) => v !== '');
}

