import type { INodeProperties } from 'n8n-workflow';
import { INPUT_MODE, OPTION, PARAM } from '../params';
import { DEFAULT_PAGE_CONCURRENCY } from '../transport/pagination';

/**
 * Hand-made properties the generator places beside the fields of the operations that need them
 * (tools/generate/properties.ts): the generator decides where each one shows, these say what it is.
 */

/** Which credential the node signs with (transport/request.ts maps each value to a credential type). */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: PARAM.authentication,
	type: 'options',
	options: [
		{ name: 'Access Token', value: 'accessToken' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'accessToken',
	description: 'How the node signs in to Polar: with an access token or with OAuth2',
};

/** Of a list operation. */
export const returnAllProperty: INodeProperties = {
	displayName: 'Return All',
	name: PARAM.returnAll,
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

/** Of a list operation; the generator shows it only while Return All is off. */
export const limitProperty: INodeProperties = {
	displayName: 'Limit',
	name: PARAM.limit,
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
};

/** The "Options" collection of a list operation. */
export const listOptionsProperty: INodeProperties = {
	displayName: 'Options',
	name: PARAM.options,
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Page Concurrency',
			name: OPTION.pageConcurrency,
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: DEFAULT_PAGE_CONCURRENCY,
			description: 'Pages fetched at once after the first page',
		},
	],
};

/** Of a plain read whose resource has a short form (tools/generate/behaviour/simplifiedFields.ts). */
export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: PARAM.simplify,
	type: 'boolean',
	default: true,
	description: 'Whether to return only the most used fields instead of the full object',
};

/** Of an operation whose reply links to a PDF (tools/generate/behaviour/pdfDownloads.ts). */
export const downloadPdfProperty: INodeProperties = {
	displayName: 'Download PDF',
	name: PARAM.download,
	type: 'boolean',
	default: true,
	description: 'Whether to download the PDF as a binary file, not only its link',
};

/**
 * The choice between the shapes of an operation's body ("Billing Type", "Change", "Benefit Type"…).
 * Its words come from the generator's naming tables (tools/generate/naming.ts CHOICE_NAMES,
 * VARIANT_NAMES). It starts empty unless Polar itself assumes a shape when none is said.
 */
export function bodyVariantProperty(
	words: { displayName: string; description?: string },
	variants: Array<{ name: string; value: string }>,
	preset?: string,
): INodeProperties {
	const property: INodeProperties = {
		displayName: words.displayName,
		name: PARAM.bodyVariant,
		type: 'options',
		noDataExpression: true,
		required: true,
		options: variants.map((v) => ({ name: v.name, value: v.value })),
		default: '',
	};
	if (words.description) property.description = words.description;
	// Set apart so the literal above stays what n8n's lint reads.
	if (preset) property.default = preset;
	return property;
}

/**
 * Of an operation with nested inputs (groups, rows, typed maps): fill them with fields, or give each
 * as JSON (for expressions, AI agents and lists of any length). Both build the same request.
 */
export const inputModeProperty: INodeProperties = {
	displayName: 'Input Mode',
	name: PARAM.inputMode,
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Fields', value: INPUT_MODE.fields },
		{ name: 'JSON', value: INPUT_MODE.json },
	],
	default: 'fields',
	description: 'JSON takes each nested input as JSON (checked before sending), for expressions, AI agents and lists of any length',
};

/**
 * Customer-portal operations act for one customer: either the user passes a session token, or the
 * node mints one (once per execution and customer) with the organization credential. Each property
 * comes with the extra display condition it needs beside its operation.
 */
export const customerPortalProperties: Array<{ property: INodeProperties; show?: Record<string, string[]> }> = [
	{
		property: {
			displayName: 'Act As Customer',
			name: PARAM.portalAuth,
			type: 'options',
			options: [
				{ name: 'Session Token', value: 'sessionToken', description: 'A customer or member session token you already have' },
				{ name: 'Customer ID (Mint Session)', value: 'customerId', description: 'Mint a session with the credential from a customer ID' },
				{ name: 'External Customer ID (Mint Session)', value: 'externalCustomerId', description: 'Mint a session with the credential from your own customer ID' },
			],
			default: 'sessionToken',
		},
	},
	{
		property: {
			displayName: 'Session Token',
			name: PARAM.sessionToken,
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Customer or member session token, e.g. from Customer Session → Create',
		},
		show: { [PARAM.portalAuth]: ['sessionToken'] },
	},
	{
		property: { displayName: 'Customer ID', name: PARAM.portalCustomerId, type: 'string', required: true, default: '' },
		show: { [PARAM.portalAuth]: ['customerId'] },
	},
	{
		property: { displayName: 'External Customer ID', name: PARAM.portalExternalCustomerId, type: 'string', required: true, default: '' },
		show: { [PARAM.portalAuth]: ['externalCustomerId'] },
	},
	{
		property: { displayName: 'Member ID', name: PARAM.portalMemberId, type: 'string', default: '', description: 'For team customers: act as this member (member session)' },
		show: { [PARAM.portalAuth]: ['customerId', 'externalCustomerId'] },
	},
];
