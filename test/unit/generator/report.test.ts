import path from 'node:path';
import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { generate } from '../../../tools/generate/files';
import type { ModelOperation } from '../../../tools/generate/modelTypes';
import { HELPED_OPERATIONS } from '../../../tools/generate/help';
import { describeReport, formatReport, isBareCode } from '../../../tools/generate/report';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SPEC = process.env.POLAR_OPENAPI ?? path.resolve(ROOT, '..', 'shared', 'polar-openapi', '2026-10.openapi.json');

describe('the editor report printed by npm run generate', () => {
	const { report } = generate(SPEC);

	test('prints every figure', () => {
		const text = formatReport(report);
		process.stdout.write(`${text}\n`);
		expect(text.split('\n')).toHaveLength(9);
	});

	test('measures the description the node really has', () => {
		expect(report.operations).toBe(191);
		expect(report.bytes).toBe(Buffer.byteLength(JSON.stringify(new Polar().description)));
	});

	// The words: reached on this branch, held at zero.
	test('no type choice is named "Action"', () => expect(report.actionChoices).toEqual([]));
	test('no option shows only a bare code (countries, currencies, time zones, operators, HTTP classes…)', () => expect(report.bareCodes).toEqual([]));
	test('no operation is described by its HTTP path', () => expect(report.pathDescriptions).toEqual([]));
	test(`every field of the ${HELPED_OPERATIONS.length} operations issue 19 lists has a description`, () => expect(report.undescribed).toEqual([]));
	test('the description stays at most 340 KB', () => expect(report.bytes).toBeLessThanOrEqual(340_000));

	// The forms.
	test('no operation needs JSON for a required input', () => expect(report.requiredJson).toEqual([]));
	test('5 operations show a JSON field with every input mode at its default (at most 11): the deep optional parts', () => {
		// tiered prices and localized unit labels (product), prices per product (checkout), organization settings (behaviour/jsonOnly.ts)
		expect([...report.jsonShown].sort()).toEqual(['checkout:create', 'organization:create', 'organization:update', 'product:create', 'product:update']);
	});
	test('no required choice is preselected without a schema default; Customer → Create starts at Individual, as Polar assumes', () => {
		expect(report.preselected).toEqual([]);
		const shape = new Polar().description.properties.find((p) => p.name === 'bodyVariant' && p.displayOptions?.show?.resource?.includes('customer'));
		expect(shape).toMatchObject({ displayName: 'Customer Type', default: 'individualCreate' });
	});
});

describe('the report\'s counters', () => {
	const selector = (options: string[]): INodeProperties => ({
		displayName: 'Operation', name: 'operation', type: 'options', noDataExpression: true, default: options[0],
		displayOptions: { show: { resource: ['thing'] } },
		options: options.map((o) => ({ name: o, value: o, action: `${o} a thing`, description: o === 'create' ? 'POST /v1/things/' : `${o} a thing` })),
	});
	const on = (operation: string, extra: Record<string, string[]> = {}) => ({ show: { resource: ['thing'], operation: [operation], ...extra } });
	const description = {
		properties: [
			selector(['create', 'update']),
			{ displayName: 'Action', name: 'bodyVariant', type: 'options', default: 'a', options: [{ name: 'Alpha', value: 'a' }, { name: 'Beta', value: 'b' }], displayOptions: on('create') },
			{ displayName: 'Input Mode', name: 'inputMode', type: 'options', default: 'fields', options: [{ name: 'Fields', value: 'fields' }, { name: 'JSON', value: 'json' }], displayOptions: { show: { resource: ['thing'] } }, description: 'How' },
			{ displayName: 'Spec', name: 'spec', type: 'json', required: true, default: '', displayOptions: on('create', { bodyVariant: ['b'] }), description: 'JSON' },
			{ displayName: 'Raw', name: 'raw', type: 'json', required: true, default: '', displayOptions: on('update', { inputMode: ['json'] }) },
			{ displayName: 'Reason', name: 'reason', type: 'options', required: true, default: 'duplicate', options: [{ name: 'Duplicate', value: 'duplicate' }], displayOptions: on('update') },
			{ displayName: 'Currency', name: 'currency', type: 'options', default: '', typeOptions: { loadOptionsMethod: 'currencies' }, displayOptions: on('update') },
		],
	} as unknown as INodeTypeDescription;
	// Operation ids the choices table (behaviour/choiceDefaults.ts) knows: a shape choice, and Refund → Create's reason.
	const ops = [
		{ id: 'checkout-links:create', resource: 'thing', operation: 'create', fields: [] },
		{ id: 'refunds:create', resource: 'thing', operation: 'update', fields: [{ api: 'reason', param: 'reason', kind: 'options', required: true }] },
	] as unknown as ModelOperation[];
	const report = describeReport(description, ops, { currencies: [{ name: 'Usd', value: 'usd' }, { name: 'Euro (EUR)', value: 'eur' }] });

	test('count what they say, at default input modes and for every type choice', () => {
		expect(report.requiredJson).toEqual(['thing:create']);
		expect(report.jsonShown).toEqual(['thing:create']);
		expect(report.actionChoices).toEqual(['thing:create']);
		expect(report.pathDescriptions).toEqual(['thing:create']);
		expect(report.bareCodes).toEqual(['Currency: Usd']);
		expect(report.undescribed).toEqual(['thing:create: Action', 'thing:update: Raw', 'thing:update: Reason', 'thing:update: Currency']);
		expect(report.preselected).toEqual(['thing:create: Action', 'thing:update: Reason']);
	});

	test('tell a bare code from a name', () => {
		const bare = [['AD', 'AD'], ['Usd', 'usd'], ['UTC', 'UTC'], ['user:read', 'user:read'], ['Avg', 'avg'], ['W SU', 'W-SU'], ['2xx', '2xx']];
		const named = [['Andorra (AD)', 'AD'], ['US Dollar (USD)', 'usd'], ['2026-10', '2026-10'], ['Day', 'day'], ['Average', 'avg'], ['2xx (Success)', '2xx'], ['Fixed', 'fixed']];
		expect(bare.filter(([n, v]) => !isBareCode(n, v))).toEqual([]);
		expect(named.filter(([n, v]) => isBareCode(n, v))).toEqual([]);
	});
});
