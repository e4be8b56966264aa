/** The generator's model of the API: what model.ts decides and the writers (properties.ts, files.ts) read. */
import type { CompactSchema, PaginationKind, PolarChoice, PolarField, PolarForm, PolarOperation } from '../../nodes/Polar/types';

/** One API field as the generator knows it: the table's facts plus what only the editor needs. */
export interface ModelField extends PolarField {
	/** the schema's default, shown as the parameter's default where its kind allows */
	default?: unknown;
	union?: boolean;
	/** help text and placeholder from fieldWords (tools/generate/help); the label is PolarField.label */
	description?: string;
	placeholder?: string;
	/** the help of its JSON twin (Input Mode JSON), with an example of the JSON */
	jsonDescription?: string;
	form?: ModelForm;
}

export interface ModelForm extends PolarForm {
	fields: ModelField[];
	choice?: ModelChoice;
	/** the editor's name of one entry (a row: "Price"; a group: the field's label) */
	entryName: string;
}

export interface ModelChoice extends PolarChoice {
	/** display names of the options, in the order of `options` */
	names: string[];
	description?: string;
}

export interface BodyVariant {
	value: string;
	name: string;
	schema?: CompactSchema;
}

export interface ModelOperation {
	id: string;
	resource: string;
	operation: string;
	name: string;
	action: string;
	method: PolarOperation['method'];
	path: string;
	auth: PolarOperation['auth'];
	sessionKinds?: string[];
	scopes: string[];
	pagination: PaginationKind;
	/** the values `sorting` takes, when the operation sorts */
	sort?: string[];
	response: PolarOperation['response'];
	download?: PolarOperation['download'];
	simplify?: string[];
	deprecated?: boolean;
	fields: ModelField[];
	body?: {
		contentType: string;
		required: boolean;
		schema: CompactSchema;
		variants: BodyVariant[];
		/** with several variants: the editor's name of the shape choice (bodyVariant) and its help, from fieldWords */
		label?: string;
		description?: string;
		/** the shape Polar assumes when none is said (its discriminator has a default); otherwise none is preselected */
		default?: string;
	};
}
