import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { operations } from '../generated/operations';
import { OPTION, PARAM } from '../params';
import type { PolarOperation } from '../types';
import type { PolarClient } from '../transport/client';
import { toNodeError } from '../transport/errors';
import { DEFAULT_PAGE_CONCURRENCY, fetchList } from '../transport/pagination';
import type { PolarRequest, PolarResponse } from '../transport/request';
import { prepareWrite, sendWrite } from './dedupedWrites';
import { downloadPdf } from './output/pdfDownload';
import { simplify } from './output/simplify';
import { buildRequest, InputError, type ParamReader, tableRequest } from './requestBuilder';

/** File names of the CSV exports, by operation id. */
const EXPORT_FILE_NAMES: Record<string, string> = {
	'customers:export': 'polar-customers.csv',
	'orders:export': 'polar-orders.csv',
	'subscriptions:export': 'polar-subscriptions.csv',
	'metrics:export': 'polar-metrics.csv',
};

/**
 * Runs one operation for one item: builds and validates the request (nothing is sent when the
 * input is wrong), sends it (walking pages for lists) and shapes the reply into output items.
 */
export async function executeOperation(
	ctx: IExecuteFunctions,
	client: PolarClient,
	op: PolarOperation,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const plainRead = (name: string, fallback?: unknown) => ctx.getNodeParameter(name, itemIndex, fallback as never) as unknown;
	let read = plainRead;
	let built;
	try {
		const byExternalId = operations['customer:getExternal'];
		// Shared by the items of the execution: 100 items for one customer look it up once.
		read = await resolveExternalIds(op, plainRead, async (externalId) => await client.once(`customerId:${externalId}`, async () => {
			const res = await client.send(tableRequest(byExternalId, { path: { external_id: externalId } }));
			return String((res.body as { id?: string })?.id ?? '');
		})).catch((error) => {
			throw toNodeError(ctx.getNode(), error, { operationId: byExternalId.id, scopes: byExternalId.scopes, secrets: client.connection.secrets, itemIndex });
		});
		built = buildRequest(op, read);
	} catch (error) {
		if (error instanceof InputError) {
			throw new NodeOperationError(ctx.getNode(), error.message, {
				itemIndex,
				description: `Operation ${op.id} (${op.method} ${op.path}). Fix the field and run again; nothing was sent.`,
			});
		}
		throw toNodeError(ctx.getNode(), error, { operationId: op.id, scopes: op.scopes, secrets: client.connection.secrets, itemIndex });
	}
	const req: PolarRequest = prepareWrite(ctx, op.id, {
		method: built.method,
		path: built.path,
		query: built.query,
		body: built.body,
		contentType: built.contentType,
		auth: op.auth,
		text: op.response === 'csv',
	}, itemIndex);
	if (op.auth === 'session') req.sessionToken = await portalSessionToken(ctx, client, read, itemIndex);

	const options = (read(PARAM.options, {}) ?? {}) as { [OPTION.pageConcurrency]?: number };
	try {
		if (op.pagination !== 'none') {
			const returnAll = read(PARAM.returnAll, false) as boolean;
			const limit = returnAll ? Infinity : Number(read(PARAM.limit, 50));
			if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
				throw new NodeOperationError(ctx.getNode(), `Limit: expected a whole number of at least 1, got ${limit}`, { itemIndex });
			}
			const concurrency = Number(options.pageConcurrency ?? DEFAULT_PAGE_CONCURRENCY);
			if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 10) {
				throw new NodeOperationError(ctx.getNode(), `Options → Page Concurrency: expected a whole number from 1 to 10, got ${options.pageConcurrency}`, { itemIndex });
			}
			const items = await fetchList(client, req, { kind: op.pagination, limit, concurrency });
			const simplified = op.simplify && read(PARAM.simplify, true) === true;
			return items.map((json) => ({ json: simplified ? simplify(json as IDataObject, op.simplify!) : (json as IDataObject) }));
		}
		const res = await sendWrite(client, op.id, req);
		if (op.download && read(PARAM.download, true) === true) {
			return [await downloadPdf(ctx, res.body as { url?: unknown }, op.download, decodeURIComponent(built.path.split('/').at(-2) ?? ''), itemIndex)];
		}
		const out = await shapeResponse(ctx, op, res);
		if (op.simplify && read(PARAM.simplify, true) === true) for (const item of out) item.json = simplify(item.json, op.simplify);
		return out;
	} catch (error) {
		throw toNodeError(ctx.getNode(), error, {
			operationId: op.id,
			scopes: op.scopes,
			secrets: [...client.connection.secrets, ...(req.sessionToken ? [req.sessionToken] : [])],
			itemIndex,
		});
	}
}

/**
 * The customer session a customer-portal operation acts with: the token the user gave, or one
 * minted with the organization credential from a customer ID or external ID. Minted sessions are
 * shared on the client (`once`), so an execution mints once per customer however many items it
 * has, in parallel or not; a minted token joins the secrets no error or output may show.
 */
async function portalSessionToken(ctx: IExecuteFunctions, client: PolarClient, read: ParamReader, itemIndex: number): Promise<string> {
	const mode = String(read(PARAM.portalAuth, 'sessionToken'));
	// Named as the editor shows them (descriptions/operation.description.ts, customerPortalProperties).
	const missing = (label: string, hint: string) =>
		new NodeOperationError(ctx.getNode(), `${label} is required`, { itemIndex, description: hint });
	if (mode === 'sessionToken') {
		const token = String(read(PARAM.sessionToken, '') ?? '').trim();
		if (!token) throw missing('Session Token', 'Customer-portal operations act for one customer: pass a session token, or let the node mint one from a customer ID.');
		return token;
	}
	const byExternal = mode === 'externalCustomerId';
	const param = byExternal ? PARAM.portalExternalCustomerId : PARAM.portalCustomerId;
	const customer = String(read(param, '') ?? '').trim();
	if (!customer) throw missing(byExternal ? 'External Customer ID' : 'Customer ID', 'The node mints a customer session for this customer with the credential.');
	const member = String(read(PARAM.portalMemberId, '') ?? '').trim();
	const body: Record<string, string> = byExternal ? { external_customer_id: customer } : { customer_id: customer };
	if (member) body.member_id = member;
	const mint = operations['customerSession:create'];
	try {
		return await client.once(`session:${JSON.stringify(body)}`, async () => {
			// Harmless to repeat after a lost reply (dedupedWrites.ts): one more unseen session token.
			const res = await client.send({ ...tableRequest(mint, { body }), repeatSafe: true });
			const token = (res.body as { token?: unknown })?.token;
			// A plain error: every item waiting for this mint turns it into its own (toNodeError below).
			if (typeof token !== 'string' || !token) throw new Error('Polar did not return a session token');
			client.connection.secrets.push(token);
			return token;
		});
	} catch (error) {
		throw toNodeError(ctx.getNode(), error, { operationId: mint.id, scopes: mint.scopes, secrets: client.connection.secrets, itemIndex });
	}
}

const isExternalIdLocator = (v: unknown): v is { __rl: true; mode: 'externalId'; value: string } =>
	!!v && typeof v === 'object' && '__rl' in v && (v as { mode?: string }).mode === 'externalId';

/**
 * Customer pickers can name a customer by external ID; the API wants Polar's ID there, so those
 * are looked up first (one GET each) and the reader answers the resolved IDs.
 */
async function resolveExternalIds(op: PolarOperation, read: ParamReader, lookup: (externalId: string) => Promise<string>): Promise<ParamReader> {
	const overrides = new Map<string, unknown>();
	for (const field of op.fields.filter((f) => f.locator === 'customer')) {
		const collection = field.slot === 'top' ? undefined : field.slot;
		const current = (collection ? overrides.get(collection) ?? read(collection, {}) : read(field.param, '')) as Record<string, unknown> | undefined; // '' when another body variant hides the field
		const value = collection ? current?.[field.param] : current;
		if (!isExternalIdLocator(value) || String(value.value).trim() === '') continue;
		const id = await lookup(String(value.value).trim());
		if (collection) overrides.set(collection, { ...current, [field.param]: id });
		else overrides.set(field.param, id);
	}
	return overrides.size ? (name, fallback) => (overrides.has(name) ? overrides.get(name) : read(name, fallback)) : read;
}

async function shapeResponse(ctx: IExecuteFunctions, op: PolarOperation, res: PolarResponse): Promise<INodeExecutionData[]> {
	if (op.response === 'csv') {
		const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '');
		const fileName = EXPORT_FILE_NAMES[op.id] ?? 'polar-export.csv';
		const binary = await ctx.helpers.prepareBinaryData(Buffer.from(text, 'utf8'), fileName, 'text/csv');
		return [{ json: { fileName, rows: Math.max(0, text.split('\n').filter((l) => l.trim()).length - 1) }, binary: { data: binary } }];
	}
	const body = res.body;
	if (body === null || body === undefined || body === '') {
		return [{ json: { success: true, statusCode: res.statusCode } }];
	}
	if (Array.isArray(body)) return body.map((json) => ({ json: json as IDataObject }));
	if (typeof body === 'object') return [{ json: body as IDataObject }];
	return [{ json: { value: body as string } }];
}
