import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { operations } from '../generated/operations';
import type { PolarClient } from '../transport/client';
import { openClient } from '../transport/client';
import { MAY_HAVE_BEEN_APPLIED, redact, toNodeError } from '../transport/errors';
import { retryPolicyOfExecution } from '../transport/retry';
import { executeOperation } from './executor';
import { ingestInBatches, isBatchIngest } from './overrides/eventsIngest';
import { uploadFile } from './overrides/fileUpload';

/**
 * The one item loop of the Polar node: resource + operation → table entry → executor. Every
 * output item is paired with its input; with "Continue On Fail" a failed item becomes an error
 * item paired the same way, otherwise the error stops the run with its item index.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const out: INodeExecutionData[] = [];
	const authentication = this.getNodeParameter('authentication', 0, 'accessToken') as string;
	let client: PolarClient | undefined;
	let opening: Promise<PolarClient> | undefined;
	let secrets: string[] = [];

	// One client per execution, made on first use: items and pages share its rate-limit pacing. Its
	// Retry settings are read once, from the first item (README, "Retries and writes"); a failure
	// to make it is every item's, found once.
	const getClient = async (i: number): Promise<PolarClient> => {
		if (!client) {
			try {
				opening ??= (async () => await openClient(this, authentication, retryPolicyOfExecution(this)))();
				client = await opening;
				secrets = client.connection.secrets;
			} catch (error) {
				// The Retry settings' own errors name the item they are about.
				throw error instanceof NodeOperationError ? error : new NodeOperationError(this.getNode(), (error as Error).message, { itemIndex: i });
			}
		}
		return client;
	};
	// Event → Ingest with one event per item works on all items at once (batches).
	if (items.length && isBatchIngest(this, String(this.getNodeParameter('resource', 0)), String(this.getNodeParameter('operation', 0)))) {
		return [await ingestInBatches(this, await getClient(0))];
	}

	for (let i = 0; i < items.length; i++) {
		try {
			const resource = this.getNodeParameter('resource', i) as string;
			const operation = this.getNodeParameter('operation', i) as string;
			if (resource === 'file' && operation === 'upload') {
				for (const r of await uploadFile(this, await getClient(i), i)) out.push({ ...r, pairedItem: { item: i } });
				continue;
			}
			const op = operations[`${resource}:${operation}`];
			if (!op) {
				throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known for the resource "${resource}"`, { itemIndex: i });
			}
			const results = await executeOperation(this, await getClient(i), op, i);
			for (const r of results) out.push({ ...r, pairedItem: { item: i } });
		} catch (error) {
			const failure = toNodeError(this.getNode(), error, { operationId: '', scopes: [], secrets, itemIndex: i });
			if (!this.continueOnFail()) throw failure;
			out.push({
				json: {
					error: redact(failure.message, secrets),
					...(failure.description ? { description: redact(String(failure.description), secrets) } : {}),
					...(failure instanceof NodeApiError && failure.httpCode ? { httpCode: failure.httpCode } : {}),
					...(failure.context[MAY_HAVE_BEEN_APPLIED] === true ? { [MAY_HAVE_BEEN_APPLIED]: true } : {}),
				},
				pairedItem: { item: i },
			});
		}
	}
	return [out];
}
