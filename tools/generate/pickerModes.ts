/** The modes of a resource picker (n8n resource locator) and the loadOptions method of a multi-select of IDs. */
import type { INodePropertyMode } from 'n8n-workflow';
import { PICKERS } from './behaviour/pickers';
import { cap } from './text';

/** A UUID; written with a non-capturing group (shorter, and extractValue wants exactly one capturing group). */
const UUID_PATTERN = '[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}';

/** The loadOptions method that lists a picker's entries for a multi-select (nodes/Polar/methods/listSearch.ts). */
export const choicesMethod = (picker: string): string => `${picker}Choices`;

/**
 * Modes of a resource picker: From List (searchable), By ID, By URL (a dashboard URL holding the ID),
 * By External ID (customers; only up front, where the executor looks it up before building the request).
 */
export function pickerModes(name: string, nested: boolean): INodePropertyMode[] {
	const l = PICKERS[name];
	const modes: INodePropertyMode[] = [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: `search${cap(name)}`, searchable: true } },
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			// n8n anchors a validation regex itself (^…$)
			validation: [{ type: 'regex', properties: { regex: `\\s*${UUID_PATTERN}\\s*`, errorMessage: 'Not a UUID' } }],
		},
	];
	if (l.url) {
		modes.push({
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			validation: [{ type: 'regex', properties: { regex: `https?://.*${UUID_PATTERN}.*`, errorMessage: 'No ID in this URL' } }],
			extractValue: { type: 'regex', regex: `(${UUID_PATTERN})` },
		});
	}
	if (l.externalId && !nested) modes.push({ displayName: 'By External ID', name: 'externalId', type: 'string', placeholder: 'e.g. user_42' });
	return modes;
}
