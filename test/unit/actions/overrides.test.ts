import type { INodeProperties } from 'n8n-workflow';
import { overrides } from '../../../nodes/Polar/actions/overrides';
import type { Override } from '../../../nodes/Polar/actions/overrides/types';
import { refineDisplay, withOverrides } from '../../../nodes/Polar/descriptions/withOverrides';
import { generatedProperties } from '../../../nodes/Polar/generated/properties';
import { operations } from '../../../nodes/Polar/generated/operations';

const field = (name: string, show: Record<string, string[]>): INodeProperties => ({ displayName: name, name, type: 'string', default: '', displayOptions: { show } });
const selector = (resource: string, values: string[]): INodeProperties => ({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	displayOptions: { show: { resource: [resource] } },
	options: values.map((value) => ({ name: value, value })),
	default: values[0],
});
const run = async () => [];
const itemOverride = (description: Override['description']): Override => ({ scope: 'item', description, execute: run });

describe('the override table', () => {
	test('every key is a table operation or brings its own Operation entry', () => {
		for (const [key, o] of Object.entries(overrides)) {
			expect({ key, known: !!operations[key] || !!o.description.operation }).toEqual({ key, known: true });
		}
	});

	test('a new operation joins its resource selector, sorted, and fields shown for every table operation of the resource stay off it', () => {
		const props = withOverrides(
			[selector('file', ['get', 'list']), field('everyFileOp', { resource: ['file', 'meter'] }), field('listOnly', { resource: ['file'], operation: ['list'] })],
			{ 'file:archive': itemOverride({ operation: { name: 'archive', action: 'Archive a file', description: 'two calls' }, properties: [field('reason', {})] }) },
		);
		expect((props[0].options as Array<{ value: string }>).map((o) => o.value)).toEqual(['archive', 'get', 'list']);
		expect(props.slice(1).map((p) => [p.name, p.displayOptions!.show])).toEqual([
			['everyFileOp', { resource: ['meter'] }],
			['everyFileOp', { resource: ['file'], operation: ['get', 'list'] }],
			['listOnly', { resource: ['file'], operation: ['list'] }],
			['reason', { resource: ['file'], operation: ['archive'] }],
		]);
	});

	test("a mode's condition goes onto the operation's generated fields only, splitting a field shared with other operations", () => {
		const shared = field('events', { resource: ['event', 'meter'], operation: ['ingest', 'list'] });
		expect(refineDisplay(shared, 'event', 'ingest', ['ingest', 'list'], { ingestMode: ['json'] }).map((p) => p.displayOptions!.show)).toEqual([
			{ resource: ['meter'], operation: ['ingest', 'list'] },
			{ resource: ['event'], operation: ['list'] },
			{ resource: ['event'], operation: ['ingest'], ingestMode: ['json'] },
		]);
		const other = field('name', { resource: ['event'], operation: ['list'] });
		expect(refineDisplay(other, 'event', 'ingest', ['ingest', 'list'], { ingestMode: ['json'] })).toEqual([other]);
	});

	test("the node's generated Event → Ingest fields show only in the JSON mode, its own ones only in batch mode", () => {
		const props = withOverrides(generatedProperties, overrides);
		const forIngest = props.filter((p) => p.displayOptions?.show?.resource?.includes('event') && p.displayOptions.show.operation?.includes('ingest'));
		expect(forIngest.find((p) => p.name === 'events')!.displayOptions!.show!.ingestMode).toEqual(['json']);
		expect(forIngest.find((p) => p.name === 'eventName')!.displayOptions!.show!.ingestMode).toEqual(['itemPerEvent']);
	});

	test('an override for a resource the table does not have is refused at load', () => {
		expect(() => withOverrides([selector('file', ['get'])], { 'nothing:here': itemOverride({ operation: { name: 'x', action: 'x', description: 'x' }, properties: [] }) })).toThrow(
			'no Operation selector for the resource "nothing"',
		);
	});
});
