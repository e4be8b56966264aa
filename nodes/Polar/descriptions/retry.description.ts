import type { INodeProperties } from 'n8n-workflow';

/**
 * The "Retry" collection shown on every operation; parsed by transport/retry.ts. Its defaults are
 * literals (n8n's lint wants them so) and a test keeps them equal to RETRY_POLICIES.node.
 */
export const retryProperty: INodeProperties = {
	displayName: 'Retry',
	name: 'retry',
	type: 'collection',
	placeholder: 'Change Retry Settings',
	default: {},
	description: 'How requests are retried when Polar is busy or unreachable. Other errors (400, 404, 422…) are never retried. A create or other POST whose reply was lost is not sent again (Polar has no idempotency key), unless Polar dedupes it itself.',
	options: [
		{
			displayName: 'Base Delay (Ms)',
			name: 'baseDelayMs',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 500,
			description: 'First backoff ceiling; doubles with each attempt (full jitter) unless Polar says how long to wait',
		},
		{
			displayName: 'Max Delay (Ms)',
			name: 'maxDelayMs',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 30000,
			description: 'Upper bound of one backoff wait',
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 20 },
			default: 5,
			description: 'Attempts after the first one before giving up',
		},
		{
			displayName: 'Request Timeout (Ms)',
			name: 'timeoutMs',
			type: 'number',
			typeOptions: { minValue: 100 },
			default: 60000,
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
			default: ['networkError', 'rateLimit', 'serverError'],
			description: 'Which failures are retried',
		},
		{
			displayName: 'Retry Writes That May Have Been Applied',
			name: 'retryAmbiguousWrites',
			type: 'boolean',
			default: false,
			description:
				'Whether to send a POST again after a timeout, a lost connection or a 5xx, when Polar may already have applied it. Warning: this can create a second customer, discount, refund or checkout. Off: the item fails and says what to check.',
		},
	],
};

/** A Retry setting's name as the editor shows it ("Max Retries"), for errors that name it. */
export function retrySettingLabel(name: string): string {
	return (retryProperty.options as INodeProperties[]).find((o) => o.name === name)?.displayName ?? name;
}
