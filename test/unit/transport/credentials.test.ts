import { PolarApi } from '../../../credentials/PolarApi.credentials';
import { PolarOAuth2Api } from '../../../credentials/PolarOAuth2Api.credentials';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { PolarTrigger } from '../../../nodes/Polar/PolarTrigger.node';
import { credentialTypeOf, isOAuth2 } from '../../../nodes/Polar/transport/request';

/** The "Authentication" value → credential type mapping is written once (transport/request.ts). */

test('each Authentication value selects its credential class', () => {
	expect(credentialTypeOf('accessToken')).toBe(new PolarApi().name);
	expect(credentialTypeOf('oAuth2')).toBe(new PolarOAuth2Api().name);
	expect(isOAuth2(credentialTypeOf('oAuth2'))).toBe(true);
	expect(isOAuth2(credentialTypeOf('accessToken'))).toBe(false);
});

test('a missing or unknown value is the access token, as the parameter defaults', () => {
	expect(credentialTypeOf(undefined)).toBe(new PolarApi().name);
	expect(credentialTypeOf('something else')).toBe(new PolarApi().name);
});

test('the nodes show the credential the same mapping selects', () => {
	const shown = (credentials: unknown) =>
		(credentials as Array<{ name: string; required?: boolean; displayOptions: { show: Record<string, unknown[]> } }>).map((c) => ({ name: c.name, required: c.required, show: c.displayOptions.show }));
	expect(shown(new Polar().description.credentials)).toEqual([
		{ name: credentialTypeOf('accessToken'), required: true, show: { authentication: ['accessToken'] } },
		{ name: credentialTypeOf('oAuth2'), required: true, show: { authentication: ['oAuth2'] } },
	]);
	// The trigger needs a Polar credential only when it registers its endpoint itself; an existing
	// endpoint's pasted secret comes from its own credential.
	expect(shown(new PolarTrigger().description.credentials)).toEqual([
		{ name: credentialTypeOf('accessToken'), required: true, show: { authentication: ['accessToken'], registration: ['automatic'] } },
		{ name: credentialTypeOf('oAuth2'), required: true, show: { authentication: ['oAuth2'], registration: ['automatic'] } },
		{ name: 'polarWebhookSecretApi', required: true, show: { registration: ['manual'] } },
	]);
});

test('the access token goes out as a Bearer header set in code, not a template n8n resolves with its expression engine', async () => {
	const credential = new PolarApi();
	// A template would need the workflow's expression isolate on every request (issue 18).
	expect(typeof credential.authenticate).toBe('function');
	const options = await (credential.authenticate as (c: object, o: object) => Promise<{ headers: Record<string, string> }>)(
		{ accessToken: 'polar_oat_abc', environment: 'production' },
		{ url: 'https://api.polar.sh/v1/products/', headers: { 'Polar-Version': '2026-10' } },
	);
	expect(options).toEqual({ url: 'https://api.polar.sh/v1/products/', headers: { 'Polar-Version': '2026-10', Authorization: 'Bearer polar_oat_abc' } });
});
