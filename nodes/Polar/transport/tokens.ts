import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

/**
 * Who a Polar token acts for, read from its prefix (Polar's server mints every token with one):
 * - `organization`: exactly one organization, which Polar implies (and refuses `organization_id` beside);
 * - `user`: a user who may reach several organizations, so a create must name one;
 * - `unknown`: a shape Polar does not mint today (a proxy's own token, a test double).
 */
export type TokenScope = 'organization' | 'user' | 'unknown';

const SCOPE_BY_PREFIX: Array<[prefix: string, scope: Exclude<TokenScope, 'unknown'>]> = [
	['polar_oat_', 'organization'],
	['polar_at_o_', 'organization'],
	['polar_pat_', 'user'],
	['polar_at_u_', 'user'],
];

export function tokenScopeOf(token: unknown): TokenScope {
	if (typeof token !== 'string') return 'unknown';
	const trimmed = token.trim();
	return SCOPE_BY_PREFIX.find(([prefix]) => trimmed.startsWith(prefix))?.[1] ?? 'unknown';
}

/**
 * The scope of the token a credential signs with: the access token of the token credential, or the
 * OAuth2 access token n8n holds. An OAuth2 connection that has no token yet counts as a user's,
 * which is what most OAuth2 grants are.
 */
export function credentialTokenScope(credentials: ICredentialDataDecryptedObject, oAuth2: boolean): TokenScope {
	if (!oAuth2) return tokenScopeOf(credentials.accessToken);
	const scope = tokenScopeOf((credentials.oauthTokenData as IDataObject | undefined)?.access_token);
	return scope === 'unknown' ? 'user' : scope;
}
