import type { INodeProperties, INodeType, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { Polar } from '../../../nodes/Polar/Polar.node';

/** The subtitle as n8n's editor computes it: the expression evaluated over the node's parameters. */
function subtitleOf(node: INodeType, resource: string, operation: string): unknown {
	const nodeTypes = { getByName: () => node, getByNameAndVersion: () => node, getKnownTypes: () => ({}) } as unknown as INodeTypes;
	const parameters = { resource, operation };
	const workflow = new Workflow({ nodes: [{ id: '1', name: 'Polar', type: 'n8n-nodes-polar.polar', typeVersion: 1, position: [0, 0], parameters }], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(workflow.getNode('Polar')!, node.description.subtitle!, 'internal', {});
}

describe('the canvas subtitle', () => {
	const node = new Polar();
	const properties = node.description.properties;
	const resources = new Map((properties.find((p) => p.name === 'resource')!.options as Array<{ name: string; value: string }>).map((o) => [o.value, o.name]));
	const selectors = properties.filter((p): p is INodeProperties => p.name === 'operation');

	test('shows what the user chose, by its display names, for every operation: "Get Many · Customer"', () => {
		const wrong: string[] = [];
		let count = 0;
		for (const selector of selectors) {
			const resource = selector.displayOptions!.show!.resource![0] as string;
			for (const o of selector.options as Array<{ name: string; value: string }>) {
				count++;
				const expected = `${o.name} · ${resources.get(resource)}`;
				const got = subtitleOf(node, resource, o.value);
				if (got !== expected) wrong.push(`${resource}:${o.value} shows ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`);
			}
		}
		expect(count).toBe(191);
		expect(wrong).toEqual([]);
		expect(subtitleOf(node, 'customer', 'getAll')).toBe('Get Many · Customer');
		expect(subtitleOf(node, 'portalCustomerMeter', 'get')).toBe('Get · Customer Portal: Meter');
	});
});
