import type { IExecuteFunctions, IHttpRequestOptions, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { PolarClient } from '../../../nodes/Polar/transport/client';
import { toNodeError } from '../../../nodes/Polar/transport/errors';
import type { PolarConnection } from '../../../nodes/Polar/transport/request';
import { sendOnce } from '../../../nodes/Polar/transport/request';
import { RETRY_POLICIES } from '../../../nodes/Polar/transport/retry';
import { isolateTakenByOverlappingPoll } from '../../harness/overlappingPollsIsolate';

/*
 * A failure inside n8n is not "could not reach Polar". The case that showed it: two polls of one
 * workflow at once in n8n 2.41 (test/harness/overlappingPollsIsolate.ts), where the next request of
 * one fails while n8n resolves the credential's header, and core's httpRequestWithAuthentication
 * wraps the engine's error in a NodeApiError.
 */

const node: INode = { id: 'poll-node-1', name: 'Polar Poll Trigger', type: 'n8n-nodes-polar.polarPollTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
const conn: PolarConnection = { credentialType: 'polarApi', baseUrl: 'http://127.0.0.1:1', apiVersion: '2026-10', secrets: ['polar_oat_secret_token'] };

/** The error n8n's own expression engine raises then. */
async function noBridgeError(): Promise<Error> {
	const engine = await isolateTakenByOverlappingPoll();
	try {
		engine.evaluate('{{ "Bearer " + $credentials.accessToken }}', { $credentials: { accessToken: 'polar_oat_secret_token' } });
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected the expression engine to refuse');
}

/** n8n's authenticated helper as it fails then: the engine's error inside n8n's NodeApiError. */
async function helperFailingWith(error: Error) {
	let calls = 0;
	const ctx = {
		helpers: {
			httpRequestWithAuthentication: async (_type: string, _options: IHttpRequestOptions) => {
				calls++;
				throw new NodeApiError(node, error as unknown as JsonObject);
			},
		},
	} as unknown as IExecuteFunctions;
	return { ctx, calls: () => calls };
}

test('the engine error is what n8n 2.41 raises', async () => {
	const error = await noBridgeError();
	expect(error.name).toBe('IsolateError');
	expect(error.message).toBe('No bridge acquired for this context. Call acquire() first.');
});

test('"No bridge acquired" reaches the user as n8n\'s own error, sent once, never as "Could not reach Polar"', async () => {
	const { ctx, calls } = await helperFailingWith(await noBridgeError());
	const client = new PolarClient(ctx, conn, { retry: RETRY_POLICIES.poll, wait: async () => undefined });
	const thrown = await client.send({ method: 'GET', path: '/v1/events/', auth: 'token' }).catch((e: unknown) => e);
	expect(calls()).toBe(1);
	const shown = toNodeError(node, thrown, { operationId: 'event:getAll', scopes: ['events:read'], secrets: conn.secrets });
	expect(shown).toBeInstanceOf(NodeOperationError);
	expect(shown.message).toBe('No bridge acquired for this context. Call acquire() first.');
	expect(shown.description).toMatch(/n8n raised this while making the request to Polar; it is not an answer from Polar nor a network failure, so it was not retried/);
	expect(JSON.stringify({ m: shown.message, d: shown.description })).not.toMatch(/Could not reach|base URL|EUNKNOWN|polar_oat_secret_token/);
});

test('a real network failure is still one: the network message, a check of the base URL', async () => {
	const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', syscall: 'connect' });
	const { ctx, calls } = await helperFailingWith(refused);
	const thrown = await sendOnce(ctx, conn, { method: 'GET', path: '/v1/events/', auth: 'token' }).catch((e: unknown) => e);
	expect(calls()).toBe(1);
	const shown = toNodeError(node, thrown, { operationId: 'event:getAll', scopes: [], secrets: [] });
	expect(shown).toBeInstanceOf(NodeApiError);
	// n8n words a message naming a common network code its own way ("Could not reach Polar (ECONNREFUSED)" becomes this).
	expect(shown.message).toBe('The service refused the connection - perhaps it is offline');
	expect(shown.description).toBe('Check the base URL of the credential and the network.');
});
