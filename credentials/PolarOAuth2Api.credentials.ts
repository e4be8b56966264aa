import type { ICredentialType, INodeProperties } from 'n8n-workflow';
import { SCOPES, SERVERS } from '../nodes/Polar/generated/meta';
import { environmentProperties } from './polarEnvironment';

const DASHBOARD = { production: 'https://polar.sh', sandbox: 'https://sandbox.polar.sh' };

/**
 * Polar OAuth2 (authorization code, optionally with PKCE). n8n's oAuth2Api parent handles the
 * flow and refreshes the token on a 401 through httpRequestWithAuthentication.
 */
export class PolarOAuth2Api implements ICredentialType {
	name = 'polarOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Polar OAuth2 API';

	icon = { light: 'file:../nodes/Polar/polar.svg', dark: 'file:../nodes/Polar/polar.dark.svg' } as const;

	documentationUrl = 'https://polar.sh/docs/integrate/oauth2/introduction';

	properties: INodeProperties[] = [
		...environmentProperties,
		{
			displayName: 'Authorization URL',
			name: 'customAuthUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:4010/oauth2/authorize',
			displayOptions: { show: { environment: ['custom'] } },
			required: true,
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'options',
			options: [
				{ name: 'Authorization Code', value: 'authorizationCode' },
				{ name: 'Authorization Code with PKCE', value: 'pkce', description: 'For public clients without a secret' },
			],
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: `={{$self["environment"] === "custom" ? $self["customAuthUrl"] : $self["environment"] === "sandbox" ? "${DASHBOARD.sandbox}/oauth2/authorize" : "${DASHBOARD.production}/oauth2/authorize"}}`,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `={{($self["environment"] === "custom" ? String($self["baseUrl"]).replace(/\\/+$/, "") : $self["environment"] === "sandbox" ? "${SERVERS.sandbox}" : "${SERVERS.production}") + "/v1/oauth2/token"}}`,
		},
		{
			displayName: 'Scopes',
			name: 'scopes',
			type: 'multiOptions',
			options: SCOPES.map((s) => ({ name: s, value: s })),
			default: SCOPES,
			description: 'What the token may do; the node names the scopes an operation needs when Polar refuses it',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '={{$self["scopes"].join(" ")}}',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
	];
}
