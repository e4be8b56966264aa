import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { operations } from '../generated/operations';
import { PolarClient } from '../transport/client';
import { MAY_HAVE_BEEN_APPLIED, redact, toNodeError } from '../transport/errors';
import { parseRetryPolicy } from '../transport/retry';
import { connect, credentialTypeOf } from '../transport/request';
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
	const credentialType = credentialTypeOf(authentication);
	let client: PolarClient | undefined;
	let secrets: string[] = [];

	// One client per execution, made on first use: items and pages share its rate-limit pacing.
	const getClient = async (i: number): Promise<PolarClient> => {
		if (!client) {
			try {
				const retry = parseRetryPolicy(this.getNodeParameter('retry', i, {}));
				const connection = await connect(this, credentialType);
				secrets = connection.secrets;
				client = new PolarClient(this, connection, { retry });
			} catch (error) {
				throw new NodeOperationError(this.getNode(), (error as Error).message, { itemIndex: i });
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
