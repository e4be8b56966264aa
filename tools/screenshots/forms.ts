/**
 * Workflows the README's form pictures open, beside the demo's own: Benefit → Create for license
 * keys and Meter → Create, filled in with fields only (imported by take.ts, not by `npm start`).
 */
import type { WorkflowDefinition } from '../e2e/definitions';
import { polarNode } from '../demo/workflows';

export const FORMS_WORKFLOW_ID = 'polarShotsForms01';
export const LICENSE_KEYS_NODE = 'Create license-key benefit';
export const METER_NODE = 'Create meter';

export function formWorkflows(): WorkflowDefinition[] {
	const licenseKeys = polarNode('shots-license-keys', LICENSE_KEYS_NODE, [0, 0], {
		resource: 'benefit',
		operation: 'create',
		bodyVariant: 'licenseKeysCreate',
		description: 'Pro license key',
		licenseKeysCreateProperties: {
			values: {
				prefix: 'PRO',
				expires: { values: { ttl: 1, timeframe: 'year' } },
				activations: { values: { limit: 3, enableCustomerAdmin: true } },
			},
		},
	});
	const meter = polarNode('shots-meter', METER_NODE, [0, 200], {
		resource: 'meter',
		operation: 'create',
		name: 'API tokens',
		filter: { values: { conjunction: 'and', clauses: { clause: [{ property: 'name', operator: 'eq', value: 'api_call' }] } } },
		aggregation: { values: { func: 'sum', property: 'tokens' } },
	});
	return [{ id: FORMS_WORKFLOW_ID, name: 'Polar screenshots: forms', nodes: [licenseKeys, meter], connections: {} }];
}
