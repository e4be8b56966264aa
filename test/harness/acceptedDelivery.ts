import { waitFor } from '../../tools/e2e/wait';
import type { Emulator, StoredObject, WebhookDeliveryResult } from '../../tools/emulator/types';

export interface AcceptedDelivery extends WebhookDeliveryResult {
	/** HTTP status of each attempt at the event, in order (0: unreachable) */
	attempts: number[];
}

/**
 * Sends one Polar event to an n8n webhook that may still be registering, and waits until Polar's
 * own retries (the emulator's backoff) have got it accepted. Publishing registers n8n's webhook
 * asynchronously, so the first attempt can be refused; sending a new event per try instead would
 * leave each refused one to Polar's retries, and a late retry runs the workflow a second time.
 * Fails when Polar gives up on the event, with the status of every attempt.
 */
export async function deliverUntilAccepted(polar: Emulator, type: string, data: object, endpointId: string, timeoutMs = 60_000): Promise<AcceptedDelivery> {
	const [first] = await polar.deliverWebhook(type, data, { endpointId });
	if (!first) throw new Error(`the emulator made no delivery of ${type} to endpoint ${endpointId}`);
	const attempts = () =>
		polar.store
			.list('webhook_deliveries')
			.filter((d) => (d.webhook_event as StoredObject | undefined)?.webhook_id === first.webhookId)
			.map((d) => Number(d.http_code ?? 0));
	const event = () => polar.store.list('webhook_events').find((e) => e.webhook_id === first.webhookId);
	const outcome = await waitFor(`Polar's retries to get ${type} (${first.webhookId}) accepted`, () => event()?.succeeded !== undefined && event()?.succeeded !== null && event(), timeoutMs, 100).catch(
		(error: Error) => {
			throw new Error(`${error.message}; attempts so far: ${JSON.stringify(attempts())}`);
		},
	);
	if (outcome.succeeded !== true) throw new Error(`Polar gave up on ${type} (${first.webhookId}); attempts: ${JSON.stringify(attempts())}`);
	const statuses = attempts();
	return { ...first, status: statuses[statuses.length - 1], attempts: statuses };
}
