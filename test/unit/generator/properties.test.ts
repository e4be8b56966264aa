import type { INodeProperties } from 'n8n-workflow';
import { customerPortalProperties } from '../../../nodes/Polar/descriptions/operation.description';
import { generatedProperties } from '../../../nodes/Polar/generated/properties';
import { operations } from '../../../nodes/Polar/generated/operations';
import { jsonParam, PARAM } from '../../../nodes/Polar/params';
import type { PolarOperation } from '../../../nodes/Polar/types';

/** The operations of each resource, as the table has them. */
const byResource = new Map<string, string[]>();
for (const key of Object.keys(operations)) {
	const [resource, operation] = key.split(':');
	byResource.set(resource, [...(byResource.get(resource) ?? []), operation]);
}

/** Every (resource, operation) the table has for which a property's conditions on resource and operation hold. */
function shownFor(p: INodeProperties): string[] {
	const show = p.displayOptions?.show ?? {};
	const resources = (show[PARAM.resource] as string[] | undefined) ?? [];
	const ops = show[PARAM.operation] as string[] | undefined;
	return resources.flatMap((r) => (byResource.get(r) ?? []).filter((o) => !ops || ops.includes(o)).map((o) => `${r}:${o}`));
}

const SESSION = new Set(customerPortalProperties.map(({ property }) => property.name));

/** Whether an operation has a use for a top-level property of this name. */
function uses(op: PolarOperation, name: string): boolean {
	const shown = op.fields.filter((f) => f.kind !== 'fixed');
	switch (name) {
		case PARAM.returnAll:
		case PARAM.limit:
		case PARAM.options:
			return op.pagination !== 'none';
		case PARAM.filters:
			return shown.some((f) => f.slot === 'filters') || !!op.sort;
		case PARAM.additionalFields:
			return shown.some((f) => f.slot === 'additionalFields');
		case PARAM.simplify:
			return !!op.simplify;
		case PARAM.download:
			return !!op.download;
		case PARAM.bodyVariant:
			return (op.body?.variants.length ?? 0) > 1;
		case PARAM.inputMode:
			return shown.some((f) => f.jsonTwin);
		default:
			if (SESSION.has(name)) return op.auth === 'session';
			return shown.some((f) => f.slot === 'top' && (f.param === name || (f.jsonTwin && jsonParam(f.param) === name)));
	}
}

const fields = generatedProperties.filter((p) => ![PARAM.authentication, PARAM.resource, PARAM.operation].includes(p.name as 'resource'));

describe('generated properties', () => {
	test('a property shared by several operations shows only for operations that have it (resources share conditions where harmless)', () => {
		const wrong = fields.flatMap((p) => shownFor(p).filter((key) => !uses(operations[key], p.name)).map((key) => `${key}: ${p.name}`));
		expect(wrong).toEqual([]);
	});

	test('every operation shows each of its top-level fields', () => {
		const missing: string[] = [];
		for (const [key, op] of Object.entries(operations)) {
			for (const f of op.fields.filter((x) => x.slot === 'top' && x.kind !== 'fixed')) {
				if (!fields.some((p) => p.name === f.param && shownFor(p).includes(key))) missing.push(`${key}: ${f.param}`);
			}
		}
		expect(missing).toEqual([]);
	});

	test('an operation\'s body-shape choice comes before its Input Mode, which comes before its fields', () => {
		const out: string[] = [];
		for (const [key, op] of Object.entries(operations)) {
			const own = fields.filter((p) => shownFor(p).includes(key)).map((p) => p.name);
			const [shape, mode] = [own.indexOf(PARAM.bodyVariant), own.indexOf(PARAM.inputMode)];
			const firstField = own.findIndex((name) => op.fields.some((f) => f.param === name));
			if (shape >= 0 && mode >= 0 && shape > mode) out.push(`${key}: shape after Input Mode`);
			if (mode >= 0 && firstField >= 0 && firstField < mode) out.push(`${key}: a field before Input Mode`);
		}
		expect(out).toEqual([]);
	});
});
