import type { INodeProperties } from 'n8n-workflow';
import { DEFAULT_API_VERSION, SUPPORTED_API_VERSIONS } from '../nodes/Polar/apiVersions';
import { SERVERS } from '../nodes/Polar/generated/meta';

/**
 * Credential fields shared by the token and OAuth2 credentials: which Polar to talk to and which
 * API version to ask for. `custom` serves tests and the local emulator (any http(s) base URL).
 */
export const environmentProperties: INodeProperties[] = [
	{
		displayName: 'Environment',
		name: 'environment',
		type: 'options',
		options: [
			{ name: 'Production', value: 'production', description: SERVERS.production },
			{ name: 'Sandbox', value: 'sandbox', description: SERVERS.sandbox },
			{ name: 'Custom URL', value: 'custom', description: 'A local emulator or a proxy' },
		],
		default: 'production',
	},
	{
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		default: '',
		placeholder: 'http://127.0.0.1:4010',
		description: 'Base URL of the Polar API, without /v1',
		displayOptions: { show: { environment: ['custom'] } },
		required: true,
	},
	{
		// Production and sandbox have Polar's known budgets (transport/rateLimits.ts); a custom URL has none unless told.
		displayName: 'Requests per Minute',
		name: 'requestsPerMinute',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'The rate limit of the server behind the base URL, per token; the node paces each execution to it. 0: no known limit (a 429 still makes it wait as long as the server asks).',
		displayOptions: { show: { environment: ['custom'] } },
	},
	{
		displayName: 'API Version',
		name: 'apiVersion',
		type: 'options',
		options: SUPPORTED_API_VERSIONS.map((version) => ({
			name: version,
			value: version,
			description: version === DEFAULT_API_VERSION ? 'The version the node was built from' : 'Checked against Polar too',
		})),
		default: DEFAULT_API_VERSION,
		description: 'Sent as the Polar-Version header on every request, so Polar never switches versions under a workflow',
	},
];

/** Polar-Version of the credential test request: the credential's version, never none. */
export const API_VERSION_EXPRESSION = `={{$credentials.apiVersion || "${DEFAULT_API_VERSION}"}}`;

/** What the credential test says when Polar refuses the version (its version middleware answers 404). */
export const VERSION_REFUSED_RULE = {
	type: 'responseCode' as const,
	properties: {
		value: 404,
		message: 'Polar answered 404: it does not serve the chosen API version (or the base URL is not the Polar API). Pick another API Version.',
	},
};

/** Expression giving the API base URL of a credential (used where n8n evaluates credential expressions). */
export const BASE_URL_EXPRESSION =
	`={{$credentials.environment === "custom" ? String($credentials.baseUrl).replace(/\\/+$/, "") : $credentials.environment === "sandbox" ? "${SERVERS.sandbox}" : "${SERVERS.production}"}}`;
