import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import path from 'node:path';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { operations } from '../../../nodes/Polar/generated/operations';
import type { PolarField } from '../../../nodes/Polar/types';
import { CHOICE_STARTS } from '../../../tools/generate/behaviour/choiceDefaults';
import { loadSpec } from '../../../tools/generate/files';
import { eachField, mergeWords } from '../../../tools/generate/forms';
import type { ModelField } from '../../../tools/generate/modelTypes';
import { SpecModel } from '../../../tools/generate/model';

const SPEC = process.env.POLAR_OPENAPI ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'polar-openapi', '2026-10.openapi.json');
const properties = new Polar().description.properties;

// The figures (JSON needed or shown, preselected choices) are the editor report's: test/unit/generator/report.test.ts.
describe('forms instead of JSON', () => {
	test('the report sees a JSON field: Input Mode JSON shows one for every nested input', () => {
		const json = properties.filter((p) => p.type === 'json' && p.displayOptions?.show?.inputMode?.includes('json'));
		expect(json.map((p) => p.name)).toEqual(expect.arrayContaining(['pricesJson', 'filterJson', 'aggregationJson']));
	});

	test('every group, rows or typed map up front has a JSON twin, shown only in Input Mode JSON', () => {
		for (const op of Object.values(operations)) {
			for (const f of op.fields.filter((x) => x.form && x.kind !== 'fixed')) {
				expect({ op: op.id, field: f.api, twin: f.jsonTwin }).toEqual({ op: op.id, field: f.api, twin: true });
			}
		}
	});
});

describe('safe defaults', () => {
	const model = new SpecModel(loadSpec(SPEC).spec);
	const ops = model.operations();

	test('the table of decisions lists every required choice without a schema default, and nothing else', () => {
		const met = new Set<string>();
		for (const op of ops) {
			if (op.body && op.body.variants.length > 1) met.add(`${op.id} (shape)`);
			const walk = (fields: typeof op.fields, prefix: string) => {
				for (const f of fields) {
					if (f.kind === 'options' && f.required && `${op.id} ${prefix}${f.api}` in CHOICE_STARTS) met.add(`${op.id} ${prefix}${f.api}`);
					if (f.form?.choice) met.add(`${op.id} ${prefix}${f.api}.(type)`);
					if (f.form) walk(f.form.fields, `${prefix}${f.api}.`);
				}
			};
			walk(op.fields, '');
		}
		expect([...met].sort()).toEqual(Object.keys(CHOICE_STARTS).sort());
	});

	test('a preselected choice names the schema default Polar applies, and that default is there', () => {
		const { schemas } = loadSpec(SPEC).spec.components;
		for (const d of Object.values(CHOICE_STARTS).filter((x) => x.starts)) {
			const [component, property] = d.schemaDefault!.split('.');
			const prop = schemas[component].properties![property];
			expect(prop.default).toBeDefined();
			expect(prop.default).toBe(prop.const);
		}
	});

	test('an optional choice never starts with a value the schema does not give (Refund → Create reason starts empty)', () => {
		const reason = properties.find((p) => p.name === 'reason' && p.displayOptions?.show?.resource?.includes('refund'));
		expect(reason).toMatchObject({ type: 'options', default: '', required: true });
		for (const op of ops) {
			eachField(op.fields, (f) => {
				if (f.kind !== 'options' || f.default === undefined) return;
				expect(f.options).toContain(f.default);
			});
		}
	});
});

describe('row fields', () => {
	const rowFields = (p: INodeProperties): INodeProperties[] => (p.options as INodePropertyCollection[]).flatMap((o) => o.values);

	test('a price row: a type choice that starts empty, each type\'s own fields shown by it', () => {
		const prices = properties.find((p) => p.name === 'prices' && p.displayOptions?.show?.operation?.includes('create'))!;
		expect(prices).toMatchObject({ type: 'fixedCollection', typeOptions: { multipleValues: true }, placeholder: 'Add Price' });
		const fields = rowFields(prices);
		expect(fields[0]).toMatchObject({ name: 'amountType', type: 'options', default: '', required: true });
		expect((fields[0].options as Array<{ value: string }>).map((o) => o.value)).toEqual(expect.arrayContaining(['fixed', 'custom', 'metered_unit', 'seat_based']));
		expect(fields.find((f) => f.name === 'priceAmount')?.displayOptions).toEqual({ show: { amountType: ['fixed'] } });
		expect(fields.find((f) => f.name === 'meterId')).toMatchObject({ type: 'resourceLocator' });
	});

	test('every row field has a label in the table, for messages in the editor\'s words', () => {
		for (const op of Object.values(operations)) {
			const visit = (f: PolarField) => {
				expect(typeof f.label === 'string' && f.label.length > 0).toBe(true);
				f.form?.fields.forEach(visit);
				if (f.form?.choice) expect(f.form.choice.label.length).toBeGreaterThan(0);
			};
			op.fields.forEach(visit);
		}
	});

	test('a list of IDs with a picker is a multi-select filled by the picker\'s list', () => {
		const products = properties.find((p) => p.name === 'products' && p.displayOptions?.show?.resource?.includes('checkoutLink'));
		expect(products).toMatchObject({ type: 'multiOptions', typeOptions: { loadOptionsMethod: 'productChoices' } });
		expect(Object.keys(new Polar().methods.loadOptions)).toContain('productChoices');
	});
});

describe('words of a field several shapes share', () => {
	/** A field inside a group or row of an operation, as the editor gets it. */
	const rowField = (resource: string, param: string, group: string) => properties
		.filter((p) => p.name === group && p.displayOptions?.show?.resource?.includes(resource))
		.flatMap((p) => (p.options as INodePropertyCollection[]).flatMap((o) => o.values))
		.find((v) => v.name === param);

	test('keep one name and the help every shape agrees on: an aggregation\'s property, a custom field\'s minimum for numbers and dates', () => {
		expect(rowField('meter', 'property', 'aggregation')).toMatchObject({ displayName: 'Property', description: expect.stringMatching(/^The event field the function reads/) });
		const minimum = operations['customField:create'].fields.find((f) => f.param === 'numberProperties')!;
		expect(minimum.variants).toEqual(['number', 'date']);
		expect(minimum.form!.fields.find((f) => f.api === 'ge')!.label).toBe('Minimum');
	});

	test('drop help the shapes disagree on, and refuse two names', () => {
		const field = (words: Partial<ModelField>): ModelField => ({ api: 'size', param: 'size', label: 'Size', in: 'body', kind: 'number', required: true, slot: 'top', ...words });
		const kept = field({ description: 'At most 1048576' });
		mergeWords(kept, field({ description: 'At most 10485760' }), 'files:create');
		expect(kept.description).toBeUndefined();
		expect(() => mergeWords(field({}), field({ label: 'File Size' }), 'files:create')).toThrow(/named "Size" and "File Size"/);
	});
});
