import type { IDataObject, IExecuteFunctions, INodeExecutionData, IPairedItemData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { MAY_HAVE_BEEN_APPLIED, redact, toNodeError } from '../transport/errors';
import type { StopReport } from './itemRuns';

/** Which input items failed, and what the error item says beside the error. */
export interface Failure {
	/** the item the node's error names */
	itemIndex: number;
	/** the inputs the error item stands for; default: the item of itemIndex */
	pairedItem?: IPairedItemData | IPairedItemData[];
	/** fields the error item carries before the error (e.g. which batch failed) */
	json?: IDataObject;
	/** the table operation that failed, for the error's hints; omitted when the error already has them */
	operation?: { id: string; scopes: string[] };
	/** when the node stops at this failure: what became of the other items, added to the thrown error */
	stopReport?: StopReport;
}

/**
 * The one home of the failed-item shape. A failure of one or more input items becomes the node's
 * error, thrown with its item index; with "Continue On Fail" it becomes an error item paired to
 * those inputs instead: the message and description with secrets redacted, the HTTP status, and
 * `mayHaveBeenApplied` when a write's reply was lost.
 *
 * With "Continue (using error output)" the same facts sit under `details`: n8n moves an item to the
 * error output only when its JSON holds nothing but `error`, `message` and `details`, and an item
 * with an `error` property of its own would have its JSON cut down to the message.
 */
export function failedItem(ctx: IExecuteFunctions, error: unknown, failure: Failure, secrets: string[]): INodeExecutionData {
	const nodeError = toNodeError(ctx.getNode(), error, {
		operationId: failure.operation?.id ?? '',
		scopes: failure.operation?.scopes ?? [],
		secrets,
		itemIndex: failure.itemIndex,
	});
	if (!ctx.continueOnFail()) {
		if (failure.stopReport) {
			nodeError.description = [nodeError.description, failure.stopReport.description].filter(Boolean).join('\n');
			nodeError.context.appliedItems = failure.stopReport.appliedItems;
		}
		throw nodeError;
	}
	const message = redact(nodeError.message, secrets);
	const details: IDataObject = {
		...failure.json,
		...(nodeError.description ? { description: redact(String(nodeError.description), secrets) } : {}),
		...(nodeError instanceof NodeApiError && nodeError.httpCode ? { httpCode: nodeError.httpCode } : {}),
		...(nodeError.context[MAY_HAVE_BEEN_APPLIED] === true ? { [MAY_HAVE_BEEN_APPLIED]: true } : {}),
	};
	const toErrorOutput = ctx.getNode().onError === 'continueErrorOutput';
	return {
		json: toErrorOutput ? { error: message, details } : { ...details, error: message },
		pairedItem: failure.pairedItem ?? { item: failure.itemIndex },
	};
}
