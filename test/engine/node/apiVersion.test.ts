import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { DEFAULT_API_VERSION, SUPPORTED_API_VERSIONS } from '../../../nodes/Polar/apiVersions';
import { getOrganizations, listSearch } from '../../../nodes/Polar/methods/listSearch';
import type { Emulator } from '../../../tools/emulator';
import { startTestEmulator } from '../../harness/emulator';
import { sendCredentialTest } from '../../harness/credentialTest';
import { loadOptionsContext, runNode, tokenCredentials } from '../../../tools/harness/engine';
import { tokenCredentials as triggerCredentials, TriggerHarness } from '../../harness/trigger';

/**
 * The node never lets Polar's version float: every request it makes (operations, pickers, the
 * trigger's endpoint lifecycle, the credential test) carries the credential's Polar-Version, a
 * version the package does not support is refused before any request, and a version Polar no
 * longer serves is named in the error. The emulator logs the Polar-Version each request sent.
 */

describe('Polar-Version on every request', () => {
	let emu: Emulator;

	beforeAll(async () => {
		emu = await startTestEmulator({ rateLimit: null, allowLoopbackWebhooks: true, seed: 5 });
		emu.seed('products', 3);
	});

	afterAll(async () => {
		await emu.close();
	});

	/** What the requests made by `run` sent as Polar-Version (none: the header was missing). */
	async function versionsSentBy(run: () => Promise<unknown>): Promise<string[]> {
		const before = emu.log.length;
		await run();
		return emu.log.slice(before).map((entry) => entry.apiVersion ?? 'none');
	}

	const credentialsWith = (version: string | undefined): Record<string, ICredentialDataDecryptedObject> => {
		const credentials = tokenCredentials(emu.url);
		if (version === undefined) delete credentials.polarApi.apiVersion;
		else credentials.polarApi.apiVersion = version;
		return credentials;
	};

	test.each(SUPPORTED_API_VERSIONS)('operations send the credential version %s, every page', async (version) => {
		const sent = await versionsSentBy(async () => {
			const run = await runNode({ parameters: { resource: 'product', operation: 'getAll', returnAll: true, options: { pageConcurrency: 1 } }, credentials: credentialsWith(version) });
			expect(run.error).toBeUndefined();
			expect(run.items).toHaveLength(3);
		});
		expect(sent.length).toBeGreaterThanOrEqual(1);
		expect(new Set(sent)).toEqual(new Set([version]));
	});

	test('a credential without an API Version sends the default, never none', async () => {
		const sent = await versionsSentBy(async () => {
			const run = await runNode({ parameters: { resource: 'product', operation: 'getAll', returnAll: false, limit: 1 }, credentials: credentialsWith(undefined) });
			expect(run.error).toBeUndefined();
		});
		expect(sent).toEqual([DEFAULT_API_VERSION]);
	});

	test('resource pickers send it', async () => {
		const context = loadOptionsContext({ parameters: { resource: 'product', operation: 'get', authentication: 'accessToken' }, baseUrl: emu.url });
		const sent = await versionsSentBy(async () => {
			const page = await listSearch.searchProduct.call(context);
			expect(page.results).toHaveLength(3);
		});
		expect(sent).toEqual(['2026-10']);
	});

	test.each(SUPPORTED_API_VERSIONS)("the trigger's endpoint lifecycle sends %s on every call", async (version) => {
		const harness = new TriggerHarness({ parameters: { events: ['order.paid'] }, credentials: triggerCredentials(emu.url, { apiVersion: version }) });
		const sent = await versionsSentBy(async () => {
			expect(await harness.activate()).toEqual({ created: true });
			expect(await harness.activate()).toEqual({ created: false });
			await harness.deactivate();
		});
		// list (an endpoint for this URL already?), create; get, failed deliveries to recover; delete
		expect(sent).toEqual([version, version, version, version, version]);
	});

	const credentialVersions: Array<[string, string | undefined]> = [...SUPPORTED_API_VERSIONS.map((v): [string, string] => [v, v]), ['unset', undefined]];
	test.each(credentialVersions)('the credential test request sends the version (%s)', async (_label, version) => {
		const sent = await versionsSentBy(async () => await sendCredentialTest(credentialsWith(version).polarApi));
		expect(sent).toEqual([version ?? DEFAULT_API_VERSION]);
	});

	test('a version the package does not support is refused before any request, naming the field', async () => {
		const sent = await versionsSentBy(async () => {
			const run = await runNode({ parameters: { resource: 'product', operation: 'getAll', returnAll: false, limit: 1 }, credentials: credentialsWith('2025-01') });
			expect(run.error?.message).toBe(
				`The credential's "API Version" must be one of ${SUPPORTED_API_VERSIONS.join(', ')}, got "2025-01". Pick one of them in the Polar credential.`,
			);
		});
		expect(sent).toEqual([]);
	});

	test('a 404 from a route (it carries Polar-Version) stays a plain "not found"', async () => {
		const run = await runNode({ parameters: { resource: 'product', operation: 'get', id: { __rl: true, mode: 'id', value: '00000000-0000-4000-8000-000000000000' } }, credentials: credentialsWith('2027-01') });
		expect(run.error?.message).toMatch(/^Not found on Polar/);
	});
});

describe('a version Polar no longer serves', () => {
	let server: Server;
	let url = '';
	const asked: Array<string | undefined> = [];

	beforeAll(async () => {
		// Polar's version middleware: a refused version gets 404 before routing, without Polar-Version.
		server = createServer((req, res) => {
			asked.push(req.headers['polar-version'] as string | undefined);
			res.writeHead(404, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ detail: 'Not Found' }));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});

	test('is named in the error, with the newer version to pick', async () => {
		const run = await runNode({ parameters: { resource: 'product', operation: 'getAll', returnAll: false, limit: 1 }, credentials: tokenCredentials(url) });
		expect(asked.at(-1)).toBe('2026-10');
		expect(run.error?.message).toBe('Polar no longer serves API version 2026-10');
		expect(run.error?.description).toMatch(/^Pick a newer API version \(2027-01\) in the Polar credential, then test the workflow\./);
		expect(run.error?.httpCode).toBe('404');
	});

	test('a resource picker and the organization dropdown say the same, not a bare HTTP 404', async () => {
		const context = loadOptionsContext({ parameters: { resource: 'product', operation: 'get', authentication: 'accessToken' }, baseUrl: url });
		const retired = { message: 'Polar no longer serves API version 2026-10', description: expect.stringMatching(/^Pick a newer API version \(2027-01\) in the Polar credential/), httpCode: '404' };
		await expect(listSearch.searchProduct.call(context)).rejects.toMatchObject(retired);
		await expect(getOrganizations.call(context)).rejects.toMatchObject(retired);
	});

	test('on the newest supported version, says to update the package', async () => {
		const run = await runNode({ parameters: { resource: 'product', operation: 'getAll', returnAll: false, limit: 1 }, credentials: tokenCredentials(url, { apiVersion: '2027-01' }) });
		expect(run.error?.message).toBe('Polar no longer serves API version 2027-01');
		expect(run.error?.description).toMatch(/update n8n-nodes-polar/);
	});
});
