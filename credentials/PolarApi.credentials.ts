import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';
import { API_VERSION_EXPRESSION, BASE_URL_EXPRESSION, environmentProperties, VERSION_REFUSED_RULE } from './polarEnvironment';

/** A Polar Personal Access Token or Organization Access Token, sent as a Bearer token. */
export class PolarApi implements ICredentialType {
	name = 'polarApi';

	displayName = 'Polar API';

	icon = { light: 'file:../nodes/Polar/polar.svg', dark: 'file:../nodes/Polar/polar.dark.svg' } as const;

	documentationUrl = 'https://polar.sh/docs/api-reference/introduction';

	properties: INodeProperties[] = [
		// eslint-disable-next-line @n8n/community-nodes/credential-password-field -- says which kind of token (organization or personal); holds no secret
		{
			displayName: 'Token Type',
			name: 'tokenType',
			type: 'options',
			options: [
				{
					name: 'Organization Access Token',
					value: 'organization',
					description: 'Acts for one organization; organization_id is implied',
				},
				{
					name: 'Personal Access Token',
					value: 'personal',
					description: 'Acts for your user; create operations need an organization ID',
				},
			],
			default: 'organization',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		...environmentProperties,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

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
