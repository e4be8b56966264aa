import type { IDataObject } from 'n8n-workflow';

/** The "Simplify" view of one object: only the fields people use most (see SIMPLIFIED_FIELDS). */
export function simplify(item: IDataObject, fields: string[]): IDataObject {
	if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
	const out: IDataObject = {};
	for (const k of fields) if (k in item) out[k] = item[k];
	return out;
}
