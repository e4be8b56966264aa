/**
 * The n8n property of one API field (without displayOptions): its editor type, default, words
 * (help/: name, description, placeholder) and, for single IDs, the resource picker's modes. Reads
 * the model's decisions; changes nothing.
 */
import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';
import { PICKERS } from './behaviour/pickers';
import type { FieldWords } from './help';
import { fieldWords } from './help';
import type { ModelField, ModelOperation } from './modelTypes';
import { sortedOptions } from './text';

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const KEY_VALUE: INodeProperties[] = [
	{ displayName: 'Key', name: 'key', type: 'string', default: '', description: 'Up to 40 characters' },
	{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Text, a number, or true/false' },
];

/** Said of every field whose dropdown loads its choices, as n8n's own nodes say it. */
const FROM_LIST = 'Choose from the list, or specify an ID using an expression';

/** The words of a field of the operation table (help/ decides them). */
export function wordsOf(field: ModelField, op: ModelOperation, components?: Record<string, unknown>): FieldWords {
	return fieldWords({
		operationId: op.id,
		in: field.in,
		api: field.api,
		...(field.owner ? { owner: field.owner } : {}),
		schema: field.apiSchema,
		required: field.required,
		// the organization is a dropdown of the credential's organizations, whatever the API takes
		kind: field.api === 'organization_id' && field.in !== 'path' ? 'options' : field.kind,
		...(field.deprecated ? { deprecated: true } : {}),
		...(components ? { components } : {}),
	});
}

/** Modes of a resource picker: From List (searchable), By ID, By URL (a dashboard URL holding the ID), By External ID (customers). */
function pickerModes(name: string): INodePropertyMode[] {
	const l = PICKERS[name];
	const modes: INodePropertyMode[] = [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: `search${name[0].toUpperCase()}${name.slice(1)}`, searchable: true } },
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			validation: [{ type: 'regex', properties: { regex: `^\\s*${UUID_PATTERN}\\s*$`, errorMessage: 'Not a UUID' } }],
		},
	];
	if (l.url) {
		modes.push({
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			validation: [{ type: 'regex', properties: { regex: `^https?://.*${UUID_PATTERN}`, errorMessage: 'No ID in this URL' } }],
			extractValue: { type: 'regex', regex: `(${UUID_PATTERN})` },
		});
	}
	if (l.externalId) modes.push({ displayName: 'By External ID', name: 'externalId', type: 'string', placeholder: 'e.g. user_42' });
	return modes;
}

export function fieldProperty(field: ModelField, op: ModelOperation, components?: Record<string, unknown>): INodeProperties {
	const words = wordsOf(field, op, components);
	const p = { displayName: words.displayName, name: field.param } as INodeProperties;
	if (field.api === 'organization_id' && field.in !== 'path') {
		// Needed with user-scoped tokens (personal, OAuth2); a dropdown of the user's organizations.
		Object.assign(p, {
			type: field.kind === 'list' ? 'multiOptions' : 'options',
			typeOptions: { loadOptionsMethod: 'getOrganizations' },
			default: field.kind === 'list' ? [] : '',
			description: words.description ?? FROM_LIST,
		});
		if (field.required) p.required = true;
		return p;
	}
	if (field.locator) {
		Object.assign(p, { type: 'resourceLocator', default: { mode: 'list', value: '' }, modes: pickerModes(field.locator) });
		if (words.description) p.description = words.description;
		if (field.required) p.required = true;
		return p;
	}
	if (field.optionsRef) {
		Object.assign(p, {
			type: field.kind,
			typeOptions: { loadOptionsMethod: field.optionsRef },
			default: field.kind === 'options' ? (field.options!.includes(field.default as string) ? field.default : '') : [],
			description: words.description ?? 'Choose from the list, or specify a value using an expression',
		});
		if (field.required) p.required = true;
		return p;
	}
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
		case 'options': {
			const def = field.options!.includes(field.default as string) ? field.default : field.options![0];
			Object.assign(p, { type: 'options', options: sortedOptions(field.options!), default: def });
			break;
		}
		case 'multiOptions':
			Object.assign(p, { type: 'multiOptions', options: sortedOptions(field.options!), default: [] });
			break;
		case 'list':
			Object.assign(p, { type: 'string', default: '' });
			break;
		case 'keyValue':
			Object.assign(p, {
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Entry',
				default: {},
				options: [{ displayName: 'Entry', name: 'entries', values: KEY_VALUE }],
			});
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
	if (field.required && field.kind !== 'boolean') p.required = true;
	if (words.description) p.description = words.description;
	if (words.placeholder && p.type === 'string' && !p.typeOptions) p.placeholder = words.placeholder;
	return p;
}
