/**
 * Remembers recently accepted delivery ids so that a delivery Polar sends again (it retries when
 * our 2xx is late or lost) does not start the workflow a second time.
 *
 * The memory lives in this module, not in the workflow's static data: n8n drops static-data
 * writes made in `webhook()` whenever that call starts an execution, which is exactly when an id
 * has to be remembered. The consequence is that protection holds within one n8n process and is
 * forgotten on restart; the signature's five-minute window bounds what a replay can do after that.
 */

/** Ids kept per trigger node; far more than Polar retries within the signature window. */
export const DEFAULT_IDS_PER_SCOPE = 5000;

/** Trigger nodes tracked per process; the least recently used scope is forgotten first. */
export const DEFAULT_MAX_SCOPES = 1000;

/** A set of ids that forgets the least recently seen one beyond its capacity. */
export class ReplayGuard {
	private readonly seen = new Map<string, true>();

	constructor(readonly capacity: number = DEFAULT_IDS_PER_SCOPE) {
		if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
	}

	get size(): number {
		return this.seen.size;
	}

	has(id: string): boolean {
		return this.seen.has(id);
	}

	/**
	 * Records `id` and answers true when it is new, false when it was seen before. Check and record
	 * are one synchronous step, so two concurrent deliveries of the same id cannot both be new.
	 */
	claim(id: string): boolean {
		if (this.seen.has(id)) {
			// Refresh its place: an id still being retried is the one worth keeping.
			this.seen.delete(id);
			this.seen.set(id, true);
			return false;
		}
		this.seen.set(id, true);
		if (this.seen.size > this.capacity) {
			const oldest = this.seen.keys().next().value as string;
			this.seen.delete(oldest);
		}
		return true;
	}
}

/** Guards by scope (workflow, node and mode), bounded in number like the ids inside each. */
export class ReplayGuardRegistry {
	private readonly guards = new Map<string, ReplayGuard>();

	constructor(
		readonly maxScopes: number = DEFAULT_MAX_SCOPES,
		readonly idsPerScope: number = DEFAULT_IDS_PER_SCOPE,
	) {}

	get size(): number {
		return this.guards.size;
	}

	for(scope: string): ReplayGuard {
		let guard = this.guards.get(scope);
		if (guard) {
			this.guards.delete(scope);
		} else {
			guard = new ReplayGuard(this.idsPerScope);
		}
		this.guards.set(scope, guard);
		if (this.guards.size > this.maxScopes) {
			const oldest = this.guards.keys().next().value as string;
			this.guards.delete(oldest);
		}
		return guard;
	}
}

/** The process-wide registry the trigger uses. */
export const replayGuards = new ReplayGuardRegistry();

/** The scope of one trigger node: test and production listeners are kept apart. */
export function replayScope(workflowId: string | undefined, nodeId: string, mode: string): string {
	return `${workflowId ?? ''}\u0000${nodeId}\u0000${mode}`;
}
