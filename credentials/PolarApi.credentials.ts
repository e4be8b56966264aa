import type { ICredentialDataDecryptedObject, ICredentialTestRequest, ICredentialType, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { API_VERSION_EXPRESSION, BASE_URL_EXPRESSION, environmentProperties, VERSION_REFUSED_RULE } from './polarEnvironment';

/**
 * A Polar Personal Access Token or Organization Access Token, sent as a Bearer token. Which of the
 * two it is comes from its prefix (transport/tokens.ts), so the credential does not ask.
 */
export class PolarApi implements ICredentialType {
	name = 'polarApi';

	displayName = 'Polar API';

	icon = { light: 'file:../nodes/Polar/polar.svg', dark: 'file:../nodes/Polar/polar.dark.svg' } as const;

	documentationUrl = 'https://polar.sh/docs/api-reference/introduction';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'An organization access token (polar_oat_…) acts for its own organization; a personal access token (polar_pat_…) can reach several, so the trigger asks which one',
		},
		...environmentProperties,
	];

	/**
	 * The Bearer header, set in code rather than as the template `=Bearer {{$credentials.accessToken}}`:
	 * n8n resolves a template with its expression engine on every request, and n8n 2.41 takes a
	 * workflow's expression isolate away whenever one of its poll ticks ends, a tick the Poll Trigger
	 * skips included (core's PollTriggerExecutor), so a poll still running then failed with "No
	 * bridge acquired for this context".
	 */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, headers: { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.accessToken ?? '')}` } };
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/v1/organizations/',
			qs: { limit: 1 },
			headers: { 'Polar-Version': API_VERSION_EXPRESSION },
		},
		rules: [VERSION_REFUSED_RULE],
	};
}
