import type { INodeProperties } from 'n8n-workflow';
import { DEFAULT_RETRY_POLICY } from '../transport/retry';

/** The "Retry" collection shown on every operation; parsed by transport/retry.ts. */
export const retryProperty: INodeProperties = {
	displayName: 'Retry',
	name: 'retry',
	type: 'collection',
	placeholder: 'Change Retry Settings',
	default: {},
	description: 'How requests are retried when Polar is busy or unreachable. Other errors (400, 404, 422…) are never retried.',
	options: [
		{
			displayName: 'Base Delay (Ms)',
			name: 'baseDelayMs',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: DEFAULT_RETRY_POLICY.baseDelayMs,
			description: 'First backoff ceiling; doubles with each attempt (full jitter) unless Polar says how long to wait',
		},
		{
			displayName: 'Max Delay (Ms)',
			name: 'maxDelayMs',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: DEFAULT_RETRY_POLICY.maxDelayMs,
			description: 'Upper bound of one backoff wait',
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 20 },
			default: DEFAULT_RETRY_POLICY.maxRetries,
			description: 'Attempts after the first one before giving up',
		},
		{
			displayName: 'Request Timeout (Ms)',
			name: 'timeoutMs',
			type: 'number',
			typeOptions: { minValue: 100 },
			default: DEFAULT_RETRY_POLICY.timeoutMs,
			description: 'An attempt without a reply after this long counts as a network error',
		},
		{
			displayName: 'Retry On',
			name: 'retryOn',
			type: 'multiOptions',
			options: [
				{ name: 'Network Errors (Resets, Timeouts)', value: 'networkError' },
				{ name: 'Rate Limit (429)', value: 'rateLimit' },
				{ name: 'Server Errors (5xx)', value: 'serverError' },
			],
			default: DEFAULT_RETRY_POLICY.retryOn,
		},
	],
};
