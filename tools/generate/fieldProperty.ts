/**
 * The n8n property of one API field (without its displayOptions at the top): its editor type,
 * default, words (decided in the model by help/ fieldWords: label, description, placeholder), the
 * resource picker's modes for single IDs, a multi-select for lists of IDs, and for groups, rows and
 * typed maps the fixedCollection of the fields inside. Reads the model's decisions; changes nothing.
 */
import type { INodeProperties } from 'n8n-workflow';
import { jsonParam, PARAM } from '../../nodes/Polar/params';
import type { ModelField, ModelForm } from './modelTypes';
import { choicesMethod, pickerModes } from './pickerModes';
import { sortedOptions } from './text';

/** The rows of a plain map (metadata): text keys, values of any simple type. */
const KEY_VALUE: INodeProperties[] = [
	{ displayName: 'Key', name: 'key', type: 'string', default: '', description: 'Up to 40 characters' },
	{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Text, a number, or true/false' },
];

/** Said of a dropdown that loads its choices and has no help of its own, as n8n's own nodes say it. */
const FROM_LIST = 'Choose from the list, or specify an ID using an expression';

/**
 * A choice starts at the schema's default, or empty: nothing is preselected that Polar would not
 * decide itself (a required one left empty fails before sending, see behaviour/choiceDefaults.ts).
 */
const choiceDefault = (field: ModelField): unknown => (field.options?.includes(field.default as string) ? field.default : '');

/** @param nested the field sits inside a group or row */
export function fieldProperty(field: ModelField, nested = false): INodeProperties {
	const p = { displayName: field.label, name: field.param } as INodeProperties;
	let fallback: string | undefined;
	if (field.api === 'organization_id' && field.in !== 'path' && (field.kind === 'string' || field.kind === 'list')) {
		// Needed with user-scoped tokens (personal, OAuth2); a dropdown of the user's organizations.
		Object.assign(p, {
			type: field.kind === 'list' ? 'multiOptions' : 'options',
			typeOptions: { loadOptionsMethod: 'getOrganizations' },
			default: field.kind === 'list' ? [] : '',
		});
		fallback = FROM_LIST;
	} else if (field.locator && field.kind === 'list') {
		Object.assign(p, { type: 'multiOptions', typeOptions: { loadOptionsMethod: choicesMethod(field.locator) }, default: [] });
		fallback = 'Choose from the list, or specify IDs using an expression';
	} else if (field.locator) {
		Object.assign(p, { type: 'resourceLocator', default: { mode: 'list', value: '' }, modes: pickerModes(field.locator, nested) });
	} else if (field.optionsRef) {
		Object.assign(p, {
			type: field.kind,
			typeOptions: { loadOptionsMethod: field.optionsRef },
			default: field.kind === 'options' ? choiceDefault(field) : [],
		});
		fallback = 'Choose from the list, or specify a value using an expression';
	} else {
		plainProperty(field, p);
	}
	if (field.required && field.kind !== 'boolean') p.required = true;
	const description = field.description ?? fallback;
	if (description) p.description = description;
	// An example reads as one only in an empty text box.
	if (field.placeholder && p.type === 'string' && !p.typeOptions) p.placeholder = field.placeholder;
	return p;
}

function plainProperty(field: ModelField, p: INodeProperties): void {
	switch (field.kind) {
		case 'number':
			Object.assign(p, { type: 'number', default: typeof field.default === 'number' ? field.default : 0 });
			if (field.integer) p.typeOptions = { numberPrecision: 0 };
			break;
		case 'boolean':
			Object.assign(p, { type: 'boolean', default: typeof field.default === 'boolean' ? field.default : false });
			break;
		case 'dateTime':
			Object.assign(p, { type: 'dateTime', default: '' });
			break;
		case 'options':
			Object.assign(p, { type: 'options', options: sortedOptions(field.options!), default: choiceDefault(field) });
			break;
		case 'multiOptions':
			Object.assign(p, { type: 'multiOptions', options: sortedOptions(field.options!), default: [] });
			break;
		case 'list':
			Object.assign(p, { type: 'string', default: '' });
			break;
		case 'keyValue':
		case 'group':
		case 'rows':
			Object.assign(p, formProperty(field));
			break;
		case 'json':
			Object.assign(p, { type: 'json', default: '' });
			break;
		default:
			Object.assign(p, { type: 'string', default: typeof field.default === 'string' ? field.default : '' });
			if (field.api.endsWith('_secret') || field.api === 'client_secret' || field.api.endsWith('token')) {
				p.typeOptions = { password: true };
			}
	}
}

/** A group (one entry), rows ("Add Price") or key/value rows, as a fixedCollection of the fields inside. */
function formProperty(field: ModelField): Partial<INodeProperties> {
	const form = field.form;
	if (!form) {
		return { type: 'fixedCollection', typeOptions: { multipleValues: true }, placeholder: 'Add Entry', default: {}, options: [{ displayName: 'Entry', name: 'entries', values: KEY_VALUE }] };
	}
	const many = field.kind !== 'group';
	const entry = form.entryName || field.label;
	return {
		type: 'fixedCollection',
		typeOptions: { multipleValues: many },
		placeholder: `Add ${entry}`,
		default: {},
		options: [{ displayName: entry, name: form.option, values: formValues(form) }],
	};
}

/** The fields of one entry: its type choice first, then each field shown for the types that have it. */
function formValues(form: ModelForm): INodeProperties[] {
	const shown = form.fields.filter((f) => f.kind !== 'fixed');
	const byType = (f: ModelField, p: INodeProperties): INodeProperties =>
		(form.choice && f.variants ? { ...p, displayOptions: { show: { [form.choice.param]: f.variants } } } : p);
	const values: INodeProperties[] = [];
	const { choice } = form;
	if (choice) {
		values.push({
			displayName: choice.label,
			name: choice.param,
			type: 'options',
			options: choice.options.map((o, i) => ({ name: choice.names[i], value: o.value })).sort((a, b) => a.name.localeCompare(b.name, 'en')),
			default: choice.default ?? '',
			required: true,
			...(choice.description ? { description: choice.description } : {}),
		});
	}
	for (const f of shown.filter((x) => x.slot === 'top')) values.push(byType(f, fieldProperty(f, true)));
	// Optional numbers and yes/no fields sit in the entry's own Additional Fields, one collection per set of types sharing them.
	const more = shown.filter((x) => x.slot === 'additionalFields');
	const sets = new Map<string, { types: string[]; fields: ModelField[] }>();
	for (const type of choice ? choice.options.map((o) => o.value) : ['']) {
		const own = more.filter((f) => !f.variants || f.variants.includes(type));
		if (!own.length) continue;
		const key = own.map((f) => f.param).join(',');
		if (!sets.has(key)) sets.set(key, { types: [], fields: own });
		sets.get(key)!.types.push(type);
	}
	for (const { types, fields } of sets.values()) {
		const collection: INodeProperties = {
			displayName: 'Additional Fields',
			name: PARAM.additionalFields,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: fields.map((f) => fieldProperty(f, true)).sort((a, b) => a.displayName.localeCompare(b.displayName)),
		};
		values.push(choice ? { ...collection, displayOptions: { show: { [choice.param]: types } } } : collection);
	}
	return values;
}

/** The JSON twin of a group, rows or typed map, shown instead of its fields in Input Mode JSON. */
export function jsonTwinProperty(field: ModelField): INodeProperties {
	const p: INodeProperties = { displayName: field.label, name: jsonParam(field.param), type: 'json', default: '' };
	if (field.required) p.required = true;
	if (field.jsonDescription) p.description = field.jsonDescription;
	return p;
}
