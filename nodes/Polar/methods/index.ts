import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { largeEnums } from '../generated/enums';

type LoadOptions = Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>>;

/** One loadOptions method per long enum (countries, currencies, time zones, webhook events). */
export const enumLoadOptions: LoadOptions = Object.fromEntries(
	Object.entries(largeEnums).map(([method, options]) => [
		method,
		async function (this: ILoadOptionsFunctions) {
			return options;
		},
	]),
);
