import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runNode } from '../../../tools/harness/engine';

/**
 * OAuth2 goes through n8n's own helper: the node asks httpRequestWithAuthentication, n8n signs the
 * request with the stored token and, on a 401, refreshes it at the token URL and retries once.
 */
test('an expired OAuth2 token is refreshed through n8n and the request retried', async () => {
	const seen: Array<{ url: string; auth?: string; body: string }> = [];
	const server = createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			seen.push({ url: req.url!, auth: req.headers.authorization, body });
			res.setHeader('content-type', 'application/json');
			if (req.url === '/v1/oauth2/token') {
				res.end(JSON.stringify({ access_token: 'fresh-access', refresh_token: 'fresh-refresh', token_type: 'bearer', expires_in: 864000 }));
			} else if (req.headers.authorization === 'Bearer fresh-access') {
				res.end(JSON.stringify({ id: 'org_1', name: 'Acme' }));
			} else {
				res.statusCode = 401;
				res.end(JSON.stringify({ error: 'invalid_token', detail: 'expired' }));
			}
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	try {
		const { items, error, credentialsHelper } = await runNode({
			parameters: { authentication: 'oAuth2', resource: 'organization', operation: 'get', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' },
			credentials: {
				polarOAuth2Api: {
					environment: 'custom',
					baseUrl: url,
					apiVersion: '2026-10',
					grantType: 'authorizationCode',
					authUrl: `${url}/oauth2/authorize`,
					accessTokenUrl: `${url}/v1/oauth2/token`,
					clientId: 'client-1',
					clientSecret: 'client-secret-1',
					scope: 'organizations:read',
					authentication: 'body',
					oauthTokenData: { access_token: 'stale-access', refresh_token: 'stale-refresh', token_type: 'bearer' },
				},
			},
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: 'org_1', name: 'Acme' });
		expect(seen.map((s) => `${s.url} ${s.auth ?? ''}`)).toEqual([
			'/v1/organizations/3fa85f64-5717-4562-b3fc-2c963f66afa6 Bearer stale-access',
			'/v1/oauth2/token ',
			'/v1/organizations/3fa85f64-5717-4562-b3fc-2c963f66afa6 Bearer fresh-access',
		]);
		expect(seen[1].body).toContain('grant_type=refresh_token');
		expect(seen[1].body).toContain('client_secret=client-secret-1'); // client authentication in the body
		expect(credentialsHelper.updates.at(-1)?.data.oauthTokenData).toMatchObject({ access_token: 'fresh-access' });
	} finally {
		await new Promise<void>((r) => server.close(() => r()));
	}
});
