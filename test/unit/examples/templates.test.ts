/**
 * The templates in examples/ against this package's node descriptions: every Polar node names a
 * resource and operation the node has, sets only parameters the node shows for them, and sets
 * every required one; every Polar Trigger subscribes only to events the trigger offers. A renamed
 * operation or field fails here before a user imports a broken template.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INodeProperties } from 'n8n-workflow';
import { Polar } from '../../../nodes/Polar/Polar.node';
import { PolarTrigger } from '../../../nodes/Polar/PolarTrigger.node';

interface TemplateNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}

const EXAMPLES = join(__dirname, '../../../examples');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
const templates = files.map((file) => ({ file, workflow: JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as { nodes: TemplateNode[] } }));

const polar = new Polar().description;
const trigger = new PolarTrigger().description;

/** Whether n8n would show a property for these parameter values (displayOptions.show/hide). */
function shown(property: INodeProperties, values: Record<string, unknown>, all: INodeProperties[]): boolean {
	const { show, hide } = property.displayOptions ?? {};
	const matches = (key: string, allowed: unknown[]) => allowed.includes(values[key] ?? all.find((p) => p.name === key)?.default);
	if (show && !Object.entries(show).every(([key, allowed]) => matches(key, allowed as unknown[]))) return false;
	if (hide && Object.entries(hide).some(([key, hidden]) => matches(key, hidden as unknown[]))) return false;
	return true;
}

function problems(node: TemplateNode, all: INodeProperties[]): string[] {
	const values = node.parameters;
	const visible = all.filter((p) => shown(p, values, all));
	const out: string[] = [];
	for (const name of Object.keys(values)) {
		if (!visible.some((p) => p.name === name)) out.push(`"${name}" is not a parameter the node shows here`);
	}
	for (const p of visible) {
		if (!p.required) continue;
		const value = values[p.name] as unknown;
		const inner = value && typeof value === 'object' && '__rl' in value ? (value as unknown as { value: unknown }).value : value;
		if (inner === undefined || inner === '' || (Array.isArray(inner) && !inner.length)) out.push(`required "${p.name}" is not set`);
	}
	for (const p of visible) {
		if (p.type !== 'options' || values[p.name] === undefined || String(values[p.name]).startsWith('=')) continue;
		const allowed = (p.options ?? []).map((o) => (o as { value: unknown }).value);
		// options filled from Polar at edit time (loadOptionsMethod) have no list here
		if (allowed.length && !allowed.includes(values[p.name])) out.push(`"${p.name}" is ${JSON.stringify(values[p.name])}, not one of ${allowed.join(', ')}`);
	}
	return out;
}

test('examples/ holds the six templates', () => {
	expect(files.sort()).toEqual([
		'ai-usage-billing.json',
		'license-keys-issue-validate.json',
		'nightly-export-postgres.json',
		'order-paid-chat-notification.json',
		'subscription-past-due-dunning.json',
		'usage-events-ingest.json',
	]);
});

describe.each(templates)('$file', ({ workflow }) => {
	const polarNodes = workflow.nodes.filter((n) => n.type === 'n8n-nodes-polar.polar');
	const triggers = workflow.nodes.filter((n) => n.type === 'n8n-nodes-polar.polarTrigger');

	test('uses at least one node of this package', () => {
		expect(polarNodes.length + triggers.length).toBeGreaterThan(0);
	});

	test('every Polar node names an existing resource and operation, with only shown and all required parameters', () => {
		const resources = (polar.properties.find((p) => p.name === 'resource')?.options ?? []).map((o) => (o as { value: string }).value);
		for (const node of polarNodes) {
			const { resource, operation } = node.parameters as { resource: string; operation: string };
			expect({ node: node.name, resource: resources.includes(resource) }).toEqual({ node: node.name, resource: true });
			const operations = polar.properties.find((p) => p.name === 'operation' && shown(p, node.parameters, polar.properties));
			expect({ node: node.name, operation: (operations?.options ?? []).some((o) => (o as { value: string }).value === operation) }).toEqual({ node: node.name, operation: true });
			expect({ node: node.name, problems: problems(node, polar.properties) }).toEqual({ node: node.name, problems: [] });
		}
	});

	test('every Polar Trigger subscribes to events the trigger offers, with only its own parameters', () => {
		const events = (trigger.properties.find((p) => p.name === 'events')?.options ?? []).map((o) => (o as { value: string }).value);
		for (const node of triggers) {
			expect((node.parameters.events as string[]).filter((e) => !events.includes(e))).toEqual([]);
			expect({ node: node.name, problems: problems(node, trigger.properties) }).toEqual({ node: node.name, problems: [] });
		}
	});

	test('credentials are referenced by id and name only: no secret in the file', () => {
		for (const node of workflow.nodes) {
			for (const reference of Object.values(node.credentials ?? {})) expect(Object.keys(reference).sort()).toEqual(['id', 'name']);
		}
		expect(JSON.stringify(workflow)).not.toMatch(/polar_(oat|pat|cst)_|whsec_|Bearer /);
	});
});
