import { createHash } from 'node:crypto';
import { startTestEmulator } from '../../harness/emulator';
import type { Emulator } from '../../../tools/emulator/types';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { loadOptionsContext, runNode, tokenCredentials } from '../../../tools/harness/engine';

/** n8n-native features (issue 6) through n8n's engine against the local Polar emulator. */
let emu: Emulator;
beforeEach(async () => {
	emu = await startTestEmulator({ seed: 5 });
});
afterEach(async () => {
	await emu.close();
});

test('File → Upload: a 12 MiB file goes up in 3 parts and arrives byte-identical', async () => {
	const file = Buffer.alloc(12 * 1024 * 1024 + 4321);
	for (let i = 0; i < file.length; i++) file[i] = (i * 31 + (i >> 9)) & 0xff;
	const { items, error } = await runNode({
		credentials: tokenCredentials(emu.url),
		items: [{ json: {}, binary: { data: { data: file.toString('base64'), mimeType: 'application/zip', fileName: 'bundle.zip' } } }],
		parameters: { resource: 'file', operation: 'upload', fileService: 'downloadable', uploadOptions: { partSizeMib: 5 } },
	});
	expect(error).toBeUndefined();
	const stored = emu.store.get('files', String(items[0].json.id))!;
	expect(stored).toMatchObject({ name: 'bundle.zip', mime_type: 'application/zip', size: file.length, is_uploaded: true });
	expect(stored.checksum_sha256_hex).toBe(createHash('sha256').update(file).digest('hex'));
	expect(emu.log.map((l) => `${l.method} ${l.path.split('?')[0]}`)).toEqual(['POST /v1/files/', `POST /v1/files/${stored.id}/uploaded`]);
});

test('CSV export: a binary file with the right MIME type and file name', async () => {
	emu.seed('customers', 30);
	const { items, error } = await runNode({ credentials: tokenCredentials(emu.url), parameters: { resource: 'customer', operation: 'export' } });
	expect(error).toBeUndefined();
	const binary = items[0].binary!.data;
	expect(binary.mimeType).toBe('text/csv');
	expect(binary.fileName).toBe('polar-customers.csv');
	const text = Buffer.from(binary.data, 'base64').toString('utf8');
	expect(text.trim().split('\n')).toHaveLength(31);
	expect(items[0].json).toEqual({ fileName: 'polar-customers.csv', rows: 30 });
});

test('invoice as a PDF binary', async () => {
	const [order] = emu.seed('orders', 1);
	const { items, error } = await runNode({ credentials: tokenCredentials(emu.url), parameters: { resource: 'order', operation: 'invoice', id: order.id } });
	expect(error).toBeUndefined();
	expect(items[0].binary!.data.mimeType).toBe('application/pdf');
	expect(Buffer.from(items[0].binary!.data.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
});

test('customer portal: the session is minted once per execution and reused for every item', async () => {
	const [customer] = emu.seed('customers', 1);
	emu.seed('orders', 3, () => ({ customer_id: customer.id }));
	const { items, error } = await runNode({
		credentials: tokenCredentials(emu.url),
		items: [{ json: {} }, { json: {} }, { json: {} }, { json: {} }],
		parameters: { resource: 'portalOrder', operation: 'getAll', portalAuth: 'customerId', portalCustomerId: customer.id, returnAll: true },
	});
	expect(error).toBeUndefined();
	expect(items).toHaveLength(12);
	expect(emu.log.filter((l) => l.path.startsWith('/v1/customer-sessions')).length).toBe(1);
	expect(emu.log.filter((l) => l.path.startsWith('/v1/customer-portal/orders')).length).toBe(4);
});

test('resource picker search pages through results and filters by the typed text', async () => {
	emu.seed('products', 120, (i) => ({ name: i % 3 === 0 ? `Pro plan ${i}` : `Basic ${i}` }));
	const search = new Polar().methods.listSearch.searchProduct;
	const ctx = loadOptionsContext({ baseUrl: emu.url, parameters: { authentication: 'accessToken', resource: 'product', operation: 'get' } });
	const first = await search.call(ctx, 'Pro');
	expect(first.results.length).toBe(40);
	expect(first.results.every((r) => r.name.startsWith('Pro plan'))).toBe(true);
	expect(first.paginationToken).toBeUndefined();
	const all = await search.call(ctx);
	expect(all.results).toHaveLength(50);
	expect(all.paginationToken).toBe('2');
	const page3 = await search.call(ctx, undefined, '3');
	expect(page3.results).toHaveLength(20);
	expect(page3.paginationToken).toBeUndefined();
});

test('organization dropdown lists the organizations of the credential', async () => {
	emu.seed('organizations', 3, (i) => ({ name: ['Zeta', 'Acme', 'Beta'][i], slug: ['zeta', 'acme', 'beta'][i] }));
	const ctx = loadOptionsContext({ baseUrl: emu.url, parameters: { authentication: 'accessToken', resource: 'product', operation: 'create' }, path: 'parameters.additionalFields.organizationId' });
	const options = await new Polar().methods.loadOptions.getOrganizations.call(ctx);
	// The emulator always has its own organization besides the three seeded ones.
	expect(options.map((o) => [o.name, o.description])).toEqual([['Acme', 'acme'], ['Beta', 'beta'], ['Emulated Organization', 'emulated-org'], ['Zeta', 'zeta']]);
});
