/**
 * The polls of the Poll Trigger running in this process, by workflow and node.
 *
 * n8n (2.41) runs each Poll Times entry as a cron job of its own and starts a poll at every tick
 * without waiting for the node's previous poll to end (core's ScheduledTaskManager and
 * PollTriggerExecutor). A poll held up by Polar's limiter can so meet the next tick, and both would
 * read the same cursor and emit the same events. A poll that starts while another of the same node
 * runs here does nothing.
 *
 * This covers one process: n8n polls only on its main process (queue mode included) and, with
 * several mains, only on the leader. While leadership moves, a poll still running on the old
 * leader is not seen by the new one.
 */
const running = new Set<string>();

/** Marks a poll of the node as running and answers its release, or undefined when one already runs. */
export function claimPoll(workflowId: string, nodeId: string): (() => void) | undefined {
	const key = `${workflowId}\u0000${nodeId}`;
	if (running.has(key)) return undefined;
	running.add(key);
	return () => {
		running.delete(key);
	};
}
