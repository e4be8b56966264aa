import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { operations } from '../generated/operations';
import { pickers } from '../generated/pickers';
import type { PolarOperation } from '../types';
import type { PolarClient } from '../transport/client';
import { openClient } from '../transport/client';
import { toNodeError } from '../transport/errors';
import { fetchList, fetchPage, LOOKUP_PAGE_CONCURRENCY } from '../transport/pagination';
import { RETRY_POLICIES } from '../transport/retry';

type PickerSource = (typeof pickers)[string];

const PAGE_SIZE = 50;

function pick(item: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as IDataObject)[k] : undefined), item);
}

function labelOf(item: IDataObject, fields: string[]): string {
	const parts = fields.map((f) => pick(item, f)).filter((v) => typeof v === 'string' && v !== '') as string[];
	return parts.length ? parts.join(' · ') : String(item.id);
}

/**
 * Runs an editor look-up of `op`'s list with the look-up retry policy; any failure becomes the
 * node's error, so a picker says what the node would (a retired API version, a missing scope).
 */
async function lookUp<T>(ctx: ILoadOptionsFunctions, op: PolarOperation, run: (client: PolarClient) => Promise<T>): Promise<T> {
	let client: PolarClient | undefined;
	try {
		client = await openClient(ctx, ctx.getNodeParameter('authentication', 'accessToken'), RETRY_POLICIES.editorLookup);
		return await run(client);
	} catch (error) {
		throw toNodeError(ctx.getNode(), error, { operationId: op.id, scopes: op.scopes, secrets: client?.connection.secrets ?? [] });
	}
}

/** One page of a picker: searched by Polar where the list supports it, otherwise filtered here. */
async function searchPage(ctx: ILoadOptionsFunctions, source: PickerSource, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const op = operations[source.list];
	const page = Number(token ?? 1);
	const text = filter?.trim();
	const query: Array<[string, string]> = text && source.search ? [['query', text]] : [];
	const listed = await lookUp(ctx, op, async (client) => await fetchPage(client, { method: op.method, path: op.path, query, auth: 'token' }, op.pagination, page, PAGE_SIZE));
	let results: INodeListSearchItems[] = [];
	for (const item of listed.items as IDataObject[]) {
		if (source.flatten) {
			for (const nested of (item[source.flatten] as IDataObject[] | undefined) ?? []) {
				const amount = nested.price_amount !== undefined ? ` ${nested.price_amount} ${nested.price_currency ?? ''}`.trimEnd() : '';
				results.push({ name: `${labelOf(item, source.label)} · ${nested.amount_type ?? 'price'}${amount}`, value: String(nested.id) });
			}
		} else {
			results.push({ name: labelOf(item, source.label), value: String(item.id) });
		}
	}
	if (text && !source.search) {
		const needle = text.toLowerCase();
		results = results.filter((r) => r.name.toLowerCase().includes(needle) || String(r.value).toLowerCase().includes(needle));
	}
	return { results, paginationToken: listed.more ? String(page + 1) : undefined };
}

type ListSearch = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

/** `searchProduct`, `searchCustomer`, … one per picker, named as the generated properties expect. */
export const listSearch: Record<string, ListSearch> = Object.fromEntries(
	Object.entries(pickers).map(([name, source]) => [
		`search${name[0].toUpperCase()}${name.slice(1)}`,
		async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
			return await searchPage(this, source, filter, paginationToken);
		},
	]),
);

/** Entries a multi-select of IDs offers: the first pages of the picker's list (more can be given as IDs by expression). */
const CHOICES_LIMIT = 200;

type LoadOptions = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

/** `productChoices`, `benefitChoices`, … one per picker, named as the generated multi-selects expect. */
export const listChoices: Record<string, LoadOptions> = Object.fromEntries(
	Object.entries(pickers).map(([name, source]) => [
		`${name}Choices`,
		async function (this: ILoadOptionsFunctions) {
			const op = operations[source.list];
			const list = { kind: op.pagination, limit: CHOICES_LIMIT, concurrency: LOOKUP_PAGE_CONCURRENCY };
			const items = (await lookUp(this, op, async (client) => await fetchList(client, { method: op.method, path: op.path, auth: 'token' }, list))) as IDataObject[];
			return items.filter((item) => typeof item.id === 'string').map((item) => ({ name: labelOf(item, source.label), value: item.id as string }));
		},
	]),
);

/** Organizations the credential can reach (name, with the slug as description), for every organization selector. */
export async function getOrganizations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const op = operations[pickers.organization.list];
	const list = { kind: op.pagination, limit: Number.POSITIVE_INFINITY, concurrency: LOOKUP_PAGE_CONCURRENCY };
	const items = (await lookUp(this, op, async (client) => await fetchList(client, { method: op.method, path: op.path, auth: 'token' }, list))) as IDataObject[];
	return items
		.filter((org) => typeof org.id === 'string')
		.map((org) => ({
			name: typeof org.name === 'string' && org.name ? org.name : String(org.slug ?? org.id),
			value: org.id as string,
			...(typeof org.slug === 'string' ? { description: org.slug } : {}),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
