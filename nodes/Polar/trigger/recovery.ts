import type { IHookFunctions } from 'n8n-workflow';
import type { EndpointApi } from './endpointApi';
import { planRecovery } from './recoverySelection';
import type { EndpointState } from './state';

/**
 * Asks Polar to send again what an outage lost. Polar gives up on an event after 10 deliveries
 * (about 17–34 minutes) and disables an endpoint whose last 10 events all failed, skipping what is
 * pending; re-enabling it sends none of that. So on activation the trigger reads the endpoint's
 * failed deliveries since the last run and asks for each missed event once (recoverySelection.ts).
 * Redeliveries carry the event's original `webhook-id`, so the replay guard and downstream
 * deduplication see them as the same event.
 */

/** Most redeliveries asked for in one activation; Polar allows 500 requests a minute per token. */
export const MAX_REDELIVERIES = 500;
/** Event ids named in a log line at most. */
const LOGGED_IDS = 10;
/**
 * When the trigger next checks its endpoint. Not "activate again": deactivating deletes the
 * endpoint, and with it the delivery history a recovery reads.
 */
const NEXT_CHECK =
	"the next time n8n checks this trigger (when n8n starts; on n8n 2.x only with N8N_USE_WORKFLOW_PUBLICATION_SERVICE=false). Deactivating the workflow would delete the endpoint and its delivery history";

function idList(ids: string[]): string {
	return ids.length > LOGGED_IDS ? `${ids.slice(0, LOGGED_IDS).join(', ')} and ${ids.length - LOGGED_IDS} more` : ids.join(', ');
}

/**
 * Runs after the endpoint is known enabled (Polar sends nothing to a disabled one). A failure is
 * logged as an error and leaves the cursor where it was, so the next activation tries again; it
 * does not stop the activation, because new events must keep arriving either way.
 */
export async function recoverMissedEvents(ctx: IHookFunctions, api: EndpointApi, state: EndpointState, secrets: string[]): Promise<void> {
	// A test listener gets a test endpoint of its own; replaying production events into it would mislead.
	if (!state.endpointId || ctx.getActivationMode() === 'manual') return;
	const meta = { node: ctx.getNode().name, workflowId: ctx.getWorkflow().id, endpointId: state.endpointId };
	let asked = 0;
	try {
		const deliveries = await api.failedDeliveries(state.endpointId, state.recoveredThrough, secrets);
		const plan = planRecovery(deliveries, state.recoveredThrough, MAX_REDELIVERIES);
		if (plan.archived.length > 0) {
			ctx.logger.warn(
				`Polar Trigger cannot recover ${plan.archived.length} missed event(s) older than Polar's 90-day archive (Polar no longer holds their payload): ${idList(plan.archived.map((e) => e.id))}`,
				meta,
			);
		}
		for (const event of plan.redeliver) {
			// An event Polar no longer has (404) is simply gone; anything else stops the run.
			await api.call('webhook:redeliver', event.id, undefined, true, secrets);
			asked++;
		}
		if (plan.beyondBound > 0) {
			ctx.logger.warn(
				`Polar Trigger asked Polar to redeliver the ${asked} oldest missed events; ${plan.beyondBound} more exceed the limit of ${MAX_REDELIVERIES} per activation and were not asked for. They are asked for ${NEXT_CHECK}; or redeliver them from Polar's dashboard.`,
				meta,
			);
		}
		state.recoveredThrough = plan.cursor;
		if (plan.cursor === undefined) delete state.recoveredThrough;
		if (asked > 0 || plan.stillRetrying > 0) {
			ctx.logger.info(`Polar Trigger asked Polar to redeliver ${asked} missed event(s), oldest first; ${plan.stillRetrying} more are still being retried by Polar`, meta);
		}
	} catch (error) {
		ctx.logger.error(
			`Polar Trigger could not recover the events its endpoint missed (${asked} redelivery request(s) sent before the failure): ${(error as Error).message}. The workflow is active and receives new events; the recovery is tried again ${NEXT_CHECK}.`,
			meta,
		);
	}
}
