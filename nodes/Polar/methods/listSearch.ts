import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { operations } from '../generated/operations';
import { pickers } from '../generated/pickers';
import type { PolarClient } from '../transport/client';
import { openClient } from '../transport/client';
import { fetchList } from '../transport/pagination';
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

async function clientFor(ctx: ILoadOptionsFunctions): Promise<PolarClient> {
	return await openClient(ctx, ctx.getNodeParameter('authentication', 'accessToken'), RETRY_POLICIES.editorLookup);
}

/** One page of a picker: searched by Polar where the list supports it, otherwise filtered here. */
async function searchPage(ctx: ILoadOptionsFunctions, source: PickerSource, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const client = await clientFor(ctx);
	const op = operations[source.list];
	const page = Number(token ?? 1);
	const query: Array<[string, string]> = [['page', String(page)], ['limit', String(PAGE_SIZE)]];
	const text = filter?.trim();
	if (text && source.search) query.push(['query', text]);
	const res = await client.send({ method: op.method, path: op.path, query, auth: 'token' });
	const body = res.body as { items?: IDataObject[]; pagination?: { max_page?: number } };
	let results: INodeListSearchItems[] = [];
	for (const item of body.items ?? []) {
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
	const maxPage = body.pagination?.max_page ?? page;
	return { results, paginationToken: page < maxPage ? String(page + 1) : undefined };
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

/** Organizations the credential can reach (name, with the slug as description), for every organization selector. */
export async function getOrganizations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const client = await clientFor(this);
	const op = operations[pickers.organization.list];
	const items = (await fetchList(client, { method: op.method, path: op.path, auth: 'token' }, { limit: Number.POSITIVE_INFINITY, concurrency: 2 })) as IDataObject[];
	return items
		.filter((org) => typeof org.id === 'string')
		.map((org) => ({
			name: typeof org.name === 'string' && org.name ? org.name : String(org.slug ?? org.id),
			value: org.id as string,
			...(typeof org.slug === 'string' ? { description: org.slug } : {}),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
