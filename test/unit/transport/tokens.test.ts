import { credentialTokenScope, tokenScopeOf } from '../../../nodes/Polar/transport/tokens';

describe('token scope from the prefix Polar mints', () => {
	test.each([
		['polar_oat_abc', 'organization'],
		['  polar_oat_abc  ', 'organization'],
		['polar_at_o_abc', 'organization'],
		['polar_pat_abc', 'user'],
		['polar_at_u_abc', 'user'],
		['polar_cst_abc', 'unknown'],
		['sk_live_abc', 'unknown'],
		['', 'unknown'],
		[undefined, 'unknown'],
	])('%p is %s', (token, scope) => {
		expect(tokenScopeOf(token)).toBe(scope);
	});

	test('a token credential is read from its access token', () => {
		expect(credentialTokenScope({ accessToken: 'polar_pat_x' }, false)).toBe('user');
		expect(credentialTokenScope({ accessToken: 'polar_oat_x' }, false)).toBe('organization');
	});

	test('an OAuth2 credential is read from the token n8n holds, a user grant when it holds none yet', () => {
		expect(credentialTokenScope({ oauthTokenData: { access_token: 'polar_at_o_x' } }, true)).toBe('organization');
		expect(credentialTokenScope({ oauthTokenData: { access_token: 'polar_at_u_x' } }, true)).toBe('user');
		expect(credentialTokenScope({}, true)).toBe('user');
	});
});
