import { type FakePolarWebhooks, fakePolarWebhooksPerTest, ORGANIZATIONS } from '../../harness/fakePolarWebhooks';
import { exposed, rejection, tokenCredentials, TRIGGER_TEST_TOKEN, TriggerHarness } from '../../harness/trigger';

const EVENTS = ['subscription.active', 'order.paid'];

describe('Polar Trigger lifecycle through n8n-core HookContext', () => {
	const perTest = fakePolarWebhooksPerTest(EVENTS);
	const harness = perTest.harness;
	let fake: FakePolarWebhooks;
	beforeEach(() => ({ fake } = perTest.current()));

	test('activation creates a raw endpoint for the webhook URL, the chosen events and the credential\'s API version, and keeps id, secret and scheme', async () => {
		const h = harness();
		expect(await h.activate()).toEqual({ created: true });

		// The list first: an endpoint a lost create reply left for this URL would be taken over instead.
		expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /v1/webhooks/endpoints', 'POST /v1/webhooks/endpoints']);
		const post = fake.calls[1];
		expect(post.body).toEqual({ url: h.webhookUrl(), format: 'raw', events: ['order.paid', 'subscription.active'], name: 'n8n: Polar orders', api_version: '2026-10' });
		expect(h.webhookUrl()).toBe('http://127.0.0.1:5678/webhook/f0e1d2c3-b4a5-4678-9abc-def012345678/webhook');
		expect(post.authorization).toBe(`Bearer ${TRIGGER_TEST_TOKEN}`);
		expect(post.polarVersion).toBe('2026-10');
		expect(post.idempotencyKey).toBeUndefined(); // Polar has no idempotency key; the node sends none

		const [endpoint] = [...fake.endpoints.values()];
		expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
		// The secret is kept sealed with the credential (never in plain text), and opens to Polar's.
		expect(String(h.staticData.sealedSecret)).toMatch(/^v1\./);
		expect(JSON.stringify(h.staticData)).not.toContain(endpoint.secret);
		expect(h.unsealedStaticData).toEqual({
			endpointId: endpoint.id,
			secret: endpoint.secret,
			usesStandardSignature: true,
			apiVersion: '2026-10',
			url: h.webhookUrl(),
			events: ['order.paid', 'subscription.active'],
		});
	});

	test('checkExists answers true for the same endpoint, and create does not run', async () => {
		const h = harness();
		await h.activate();
		fake.calls.length = 0;
		expect(await h.activate()).toEqual({ created: false });
		const id = h.staticData.endpointId as string;
		expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`GET /v1/webhooks/endpoints/${id}`, 'GET /v1/webhooks/deliveries']);
		expect(fake.endpoints.size).toBe(1);
	});

	test('an endpoint deleted on Polar (404) is recreated', async () => {
		const h = harness();
		await h.activate();
		const oldId = h.staticData.endpointId as string;
		fake.endpoints.clear();
		fake.calls.length = 0;

		expect(await h.activate()).toEqual({ created: true });
		expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`GET /v1/webhooks/endpoints/${oldId}`, 'GET /v1/webhooks/endpoints', 'POST /v1/webhooks/endpoints']);
		const [endpoint] = [...fake.endpoints.values()];
		expect(endpoint.id).not.toBe(oldId);
		expect(h.unsealedStaticData).toMatchObject({ endpointId: endpoint.id, secret: endpoint.secret });
	});

	test('an endpoint whose events were changed on Polar is replaced', async () => {
		const h = harness();
		await h.activate();
		const oldId = h.staticData.endpointId as string;
		fake.endpoints.get(oldId)!.events = ['order.paid'];
		fake.calls.length = 0;

		expect(await h.activate()).toEqual({ created: true });
		expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
			`GET /v1/webhooks/endpoints/${oldId}`,
			`DELETE /v1/webhooks/endpoints/${oldId}`,
			'GET /v1/webhooks/endpoints',
			'POST /v1/webhooks/endpoints',
		]);
		expect(fake.endpoints.has(oldId)).toBe(false);
		const [endpoint] = [...fake.endpoints.values()];
		expect(endpoint.events).toEqual(['order.paid', 'subscription.active']);
		expect(h.staticData.endpointId).toBe(endpoint.id);
	});

	test('the same events in another order count as unchanged', async () => {
		const h = harness();
		await h.activate();
		const id = h.staticData.endpointId as string;
		fake.endpoints.get(id)!.events = ['subscription.active', 'order.paid'];
		expect(await h.activate()).toEqual({ created: false });
	});

	test('an endpoint whose URL was changed on Polar is replaced on production activation', async () => {
		const h = harness();
		await h.activate();
		const oldId = h.staticData.endpointId as string;
		fake.endpoints.get(oldId)!.url = 'https://elsewhere.example/hook';
		fake.calls.length = 0;

		expect(await h.activate()).toEqual({ created: true });
		expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'DELETE', 'GET', 'POST']);
		const [endpoint] = [...fake.endpoints.values()];
		expect(endpoint.url).toBe(h.webhookUrl());
	});

	test('a disabled endpoint is re-enabled in place', async () => {
		const h = harness();
		await h.activate();
		const id = h.staticData.endpointId as string;
		fake.endpoints.get(id)!.enabled = false;
		fake.calls.length = 0;

		expect(await h.activate()).toEqual({ created: false });
		expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`GET /v1/webhooks/endpoints/${id}`, `PATCH /v1/webhooks/endpoints/${id}`, 'GET /v1/webhooks/deliveries']);
		expect(fake.calls[1].body).toEqual({ enabled: true });
		expect(fake.endpoints.get(id)!.enabled).toBe(true);
		expect(h.staticData.endpointId).toBe(id);
	});

	test('a disabled endpoint that vanishes while being re-enabled is recreated', async () => {
		const h = harness();
		await h.activate();
		const id = h.staticData.endpointId as string;
		fake.endpoints.get(id)!.enabled = false;
		fake.failNext('PATCH', 404, { detail: 'Not found' }, () => fake.endpoints.delete(id));
		expect(await h.activate()).toEqual({ created: true });
		expect(h.staticData.endpointId).not.toBe(id);
	});

	test('other errors in checkExists are rethrown, without the token or the secret', async () => {
		const h = harness();
		await h.activate();
		const before = JSON.parse(JSON.stringify(h.staticData));
		const secret = String(h.unsealedStaticData.secret);
		fake.failNext('GET', 403, { detail: `token ${TRIGGER_TEST_TOKEN} lacks webhooks:read; secret ${secret}` });

		const error = await rejection(h.activate());
		expect(error.constructor.name).toBe('NodeApiError');
		expect(error.httpCode).toBe('403');
		expect(error.message).toContain('not allowed');
		expect(exposed(error)).not.toContain(TRIGGER_TEST_TOKEN);
		expect(exposed(error)).not.toContain(secret);
		expect(h.staticData).toEqual(before);
		expect(fake.callsOf('POST')).toHaveLength(1);
	});

	test('deactivation deletes the endpoint and clears static data', async () => {
		const h = harness();
		await h.activate();
		const id = h.staticData.endpointId as string;
		fake.calls.length = 0;

		await h.deactivate();
		expect(fake.calls.map((c) => `${c.method} ${c.path}`)).toEqual([`DELETE /v1/webhooks/endpoints/${id}`]);
		expect(fake.endpoints.size).toBe(0);
		expect(h.staticData).toEqual({});
	});

	test('deactivation accepts an endpoint already deleted on Polar', async () => {
		const h = harness();
		await h.activate();
		fake.endpoints.clear();
		await h.deactivate();
		expect(fake.callsOf('DELETE')).toHaveLength(1);
		expect(h.staticData).toEqual({});
	});

	test('deactivation surfaces other errors and keeps the id for a later attempt', async () => {
		const h = harness();
		await h.activate();
		const id = h.staticData.endpointId;
		fake.failNext('DELETE', 403, { detail: 'missing scope webhooks:write' });

		const error = await rejection(h.deactivate());
		expect(error.constructor.name).toBe('NodeApiError');
		expect(error.httpCode).toBe('403');
		expect(error.description).toContain('webhooks:write');
		expect(exposed(error)).not.toContain(TRIGGER_TEST_TOKEN);
		expect(h.staticData.endpointId).toBe(id);
		expect(fake.endpoints.size).toBe(1);
	});

	test('deactivation without a stored endpoint makes no call', async () => {
		const h = harness();
		await h.deactivate();
		expect(fake.calls).toHaveLength(0);
	});

	test('the test URL gets its own endpoint and leaves the production endpoint alone', async () => {
		const h = harness();
		await h.activate();
		const production = { ...h.staticData };
		fake.calls.length = 0;

		expect(await h.activate({ test: true })).toEqual({ created: true });
		// The test listener starts from the saved static data: it finds the production endpoint,
		// sees it is for another URL, and creates its own without touching it.
		expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'GET', 'POST']);
		expect(fake.calls[2].body).toMatchObject({ url: h.webhookUrl(true), name: 'n8n: Polar orders (test)' });
		expect(h.webhookUrl(true)).toBe('http://127.0.0.1:5678/webhook-test/f0e1d2c3-b4a5-4678-9abc-def012345678/webhook');
		expect(fake.endpoints.size).toBe(2);
		expect(h.staticData).toEqual(production);
		expect(h.testStaticData?.endpointId).not.toBe(production.endpointId);

		await h.deactivate({ test: true });
		expect(fake.endpoints.size).toBe(1);
		expect(fake.endpoints.has(production.endpointId as string)).toBe(true);
		expect(h.staticData).toEqual(production);
	});

	test('an organization token does not send organization_id, even when one is chosen', async () => {
		const h = harness({ organizationId: ORGANIZATIONS[1].id });
		await h.activate();
		expect(fake.calls.find((c) => c.method === 'POST')!.body).not.toHaveProperty('organization_id');
	});

	test('a personal token (by its polar_pat_ prefix) needs an organization, and sends the chosen one', async () => {
		const personal = { accessToken: 'polar_pat_PERSONAL0123456789abcdef' };
		const without = harness({}, tokenCredentials(fake.baseUrl, personal));
		const error = await rejection(without.activate());
		expect(error.message).toBe('Choose an organization');
		expect(fake.callsOf('POST')).toHaveLength(0);

		const withOrg = harness({ organizationId: ORGANIZATIONS[1].id }, tokenCredentials(fake.baseUrl, personal));
		await withOrg.activate();
		expect(fake.callsOf('POST')[0].body).toMatchObject({ organization_id: ORGANIZATIONS[1].id });
	});

	test('a token of no known shape sends the organization only when one is chosen', async () => {
		const odd = { accessToken: 'proxy-issued-token-0123456789' };
		const unchosen = harness({}, tokenCredentials(fake.baseUrl, odd));
		await unchosen.activate();
		expect(fake.callsOf('POST')[0].body).not.toHaveProperty('organization_id');
		await unchosen.deactivate();
		expect(fake.endpoints.size).toBe(0);

		fake.calls.length = 0;
		await harness({ organizationId: ORGANIZATIONS[1].id }, tokenCredentials(fake.baseUrl, odd)).activate();
		expect(fake.callsOf('POST')[0].body).toMatchObject({ organization_id: ORGANIZATIONS[1].id });
	});

	/** A Polar OAuth2 credential whose token n8n already holds, against the fake. */
	const oauth2Credentials = (accessToken: string, refreshToken: string) => ({
		polarOAuth2Api: {
			environment: 'custom',
			baseUrl: fake.baseUrl,
			apiVersion: '2026-10',
			grantType: 'authorizationCode',
			authUrl: `${fake.baseUrl}/oauth2/authorize`,
			accessTokenUrl: `${fake.baseUrl}/v1/oauth2/token`,
			clientId: 'client-1',
			clientSecret: 'client-secret-1',
			scope: 'webhooks:write',
			authentication: 'body',
			oauthTokenData: { access_token: accessToken, token_type: 'bearer', refresh_token: refreshToken },
		},
	});

	test('an OAuth2 connection is user-scoped: it sends the chosen organization with its bearer token', async () => {
		const accessToken = 'polar_at_u_OAUTHACCESS0123456789';
		const credentials = oauth2Credentials(accessToken, 'polar_rt_u_REFRESH0123');
		const h = harness({ authentication: 'oAuth2', organizationId: ORGANIZATIONS[0].id }, credentials);
		await h.activate();
		const post = fake.calls.find((c) => c.method === 'POST')!;
		expect(post.authorization).toBe(`Bearer ${accessToken}`);
		expect(post.body).toMatchObject({ organization_id: ORGANIZATIONS[0].id });
	});

	test('an OAuth2 connection granted for an organization (polar_at_o_) does not send organization_id', async () => {
		const credentials = oauth2Credentials('polar_at_o_ORGACCESS0123456789', 'polar_rt_o_REFRESH0123');
		await harness({ authentication: 'oAuth2' }, credentials).activate();
		expect(fake.callsOf('POST')[0].body).not.toHaveProperty('organization_id');
	});

	test('create refuses an empty event selection before calling Polar', async () => {
		const h = harness({ events: [] });
		const error = await rejection(h.activate());
		expect(error.message).toBe('Choose at least one event');
		expect(fake.calls).toHaveLength(0);
	});

	test('create refuses a reply without a secret, naming the field', async () => {
		const h = harness();
		fake.failNext('POST', 201, { id: 'e1', url: h.webhookUrl(), enabled: true, events: EVENTS });
		const error = await rejection(h.activate());
		expect(error.message).toContain('secret');
		expect(h.staticData).toEqual({});
	});

	test('validation errors from Polar name the field', async () => {
		const h = harness();
		fake.failNext('POST', 422, { detail: [{ loc: ['body', 'url'], msg: 'URL must use https', type: 'value_error' }] });
		const error = await rejection(h.activate());
		expect(error.message).toContain('URL: URL must use https');
	});

	test('manual mode makes no calls, needs no Polar credential, and keeps static data untouched', async () => {
		const h = new TriggerHarness({ parameters: { registration: 'manual', events: EVENTS }, credentials: { polarWebhookSecretApi: { secret: 'whsec_pasted_in_a_credential' } } });
		expect(await h.activate()).toEqual({ created: false });
		expect(await h.activate({ test: true })).toEqual({ created: false });
		await h.deactivate();
		expect(fake.calls).toHaveLength(0);
		expect(h.staticData).toEqual({});
	});

	test('the organization selector lists the organizations the credential reaches', async () => {
		const h = harness();
		const options = await h.loadOptions('getOrganizations');
		expect(options).toEqual([
			{ name: 'Acme', value: ORGANIZATIONS[0].id, description: 'acme' },
			{ name: 'Beta Labs', value: ORGANIZATIONS[1].id, description: 'beta-labs' },
		]);
		expect(fake.calls[0]).toMatchObject({ method: 'GET', path: '/v1/organizations/' });
	});
});
