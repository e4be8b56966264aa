import type { Handler, PolarApi } from '../api';
import { createObject } from '../objects';
import { ok } from '../replies';
import type { ApiRequest } from '../types';

/** OAuth2 operations: client registration, the authorize prompt's data, tokens (`/v1/oauth2/...`). */

function oauthToken(api: PolarApi): Record<string, unknown> {
	const access = `polar_at_o_${api.ctx.random.token(43)}`;
	api.mintedTokens.add(access);
	return { access_token: access, token_type: 'Bearer', expires_in: 864_000, refresh_token: `polar_rt_o_${api.ctx.random.token(43)}`, scope: 'openid', id_token: null };
}

/** What the authorize prompt shows of the client (OAuth2ClientPublic): a registered one, or a stand-in. */
function publicClient(req: ApiRequest, api: PolarApi): Record<string, unknown> {
	const registered = api.store.collection('oauth2_clients').find('client_id', req.query.get('client_id') ?? '') ?? api.store.collection('oauth2_clients').items[0];
	const client = registered ?? { created_at: api.ctx.now().toISOString(), modified_at: null, client_id: 'polar_ci_emulator', client_name: 'Emulator client' };
	const fields = ['created_at', 'modified_at', 'client_id', 'client_name', 'client_uri', 'logo_uri', 'tos_uri', 'policy_uri'];
	return Object.fromEntries(fields.map((f) => [f, client[f] ?? null]));
}

export const OAUTH2_HANDLERS: Record<string, Handler> = {
	'oauth2Client:create': (req, api) => ok(createObject(api.ctx, 'oauth2_clients', req.body)),
	'oauth2:authorize': (req, api) => {
		const org = api.store.collection('organizations').get(api.ctx.organizationId);
		// AuthorizeOrganization; `name` is required by Polar's SDK 1.0.1 (the August document lacks it)
		const organization = org ? { id: org.id, slug: org.slug, name: org.name, avatar_url: org.avatar_url ?? null } : null;
		return ok({
			client: publicClient(req, api),
			sub_type: 'organization',
			sub: organization,
			scopes: ['openid'],
			organizations: organization ? [organization] : [],
		});
	},
	'oauth2:requestToken': (_req, api) => ok(oauthToken(api)),
	'oauth2:revokeToken': (req, api) => {
		api.mintedTokens.delete(String(req.body.token ?? ''));
		return ok({});
	},
	'oauth2:introspectToken': (req, api) => {
		const now = Math.floor(api.ctx.now().getTime() / 1000);
		return ok({
			active: api.mintedTokens.has(String(req.body.token ?? '')),
			client_id: String(req.body.client_id ?? ''),
			token_type: 'access_token',
			scope: 'openid',
			sub_type: 'organization',
			sub: api.ctx.organizationId,
			organizations: [api.ctx.organizationId],
			aud: String(req.body.client_id ?? ''),
			iss: api.ctx.url,
			exp: now + 864_000,
			iat: now,
		});
	},
	'oauth2:userinfo': (_req, api) => ok({ sub: api.ctx.organizationId, name: api.store.collection('organizations').get(api.ctx.organizationId)?.name ?? null }),
};
