import { keyMaterialOf, openSecret, sealSecret } from '../../../nodes/Polar/trigger/secretAtRest';
import { keepEndpoint, storedSecret } from '../../../nodes/Polar/trigger/state';
import type { EndpointState } from '../../../nodes/Polar/trigger/state';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw5w5n+V+gOi0=';
const TOKEN = 'polar_oat_unit_test_token_0001';

describe('the endpoint secret at rest', () => {
	test('round trip: sealed text holds nothing of the secret and opens with the same credential and endpoint', () => {
		const sealed = sealSecret(SECRET, TOKEN, 'ep_1');
		expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/);
		expect(sealed).not.toContain(SECRET.slice(6, 20));
		expect(sealed).not.toContain(TOKEN);
		expect(openSecret(sealed, TOKEN, 'ep_1')).toBe(SECRET);
		// A fresh salt and IV each time: sealing twice gives two different texts.
		expect(sealSecret(SECRET, TOKEN, 'ep_1')).not.toBe(sealed);
	});

	test('another credential, another endpoint or a changed byte opens nothing', () => {
		const sealed = sealSecret(SECRET, TOKEN, 'ep_1');
		expect(openSecret(sealed, 'polar_oat_another_token', 'ep_1')).toBeUndefined();
		expect(openSecret(sealed, TOKEN, 'ep_2')).toBeUndefined();
		const parts = sealed.split('.');
		const data = Buffer.from(parts[3], 'base64url');
		data[0] ^= 1;
		parts[3] = data.toString('base64url');
		expect(openSecret(parts.join('.'), TOKEN, 'ep_1')).toBeUndefined();
		expect(openSecret('v2.a.b.c.d', TOKEN, 'ep_1')).toBeUndefined();
		expect(openSecret('not sealed', TOKEN, 'ep_1')).toBeUndefined();
	});

	test('the key comes from the token, or from the OAuth2 client secret (stable across refreshes)', () => {
		expect(keyMaterialOf({ accessToken: TOKEN, environment: 'production' })).toBe(TOKEN);
		expect(keyMaterialOf({ clientId: 'cid', clientSecret: 'csecret', oauthTokenData: { access_token: 'changes' } })).toBe('csecret');
		expect(keyMaterialOf({ environment: 'production' })).toBeUndefined();
	});

	test('migration: plain static data from an older version is read until the next activation seals it', () => {
		const state: EndpointState = { endpointId: 'ep_1', secret: SECRET, url: 'https://n8n.example/webhook/x/webhook', events: ['order.paid'] };
		expect(storedSecret(state, TOKEN)).toBe(SECRET);
		keepEndpoint(state, { id: 'ep_1', url: state.url!, secret: SECRET, enabled: true, events: ['order.paid'], uses_standard_webhook_signature: true, api_version: '2026-10' }, TOKEN);
		expect(state.secret).toBeUndefined();
		expect(JSON.stringify(state)).not.toContain(SECRET);
		expect(storedSecret(state, TOKEN)).toBe(SECRET);
		expect(storedSecret(state, 'polar_oat_rotated')).toBeUndefined();
	});
});
