import { ExpressionEvaluator } from '@n8n/expression-runtime';

/**
 * n8n 2.41's expression engine (@n8n/expression-runtime, the version n8n ships) in the state two
 * overlapping polls of one workflow leave it. n8n's poll executor (core's PollTriggerExecutor)
 * acquires the workflow's isolate for each tick and releases it when that tick's poll ends, even
 * when the isolate was already held: the engine answers the second acquire with false, keyed by
 * the workflow's Expression, and the executor releases anyway. The first poll to end so takes the
 * isolate from the other, whose next expression (n8n resolves the credential's
 * `=Bearer {{$credentials.accessToken}}` header with it on every request) is refused.
 *
 * The isolate here is a stand-in (isolated-vm needs Node 24): the refusal comes before it is used.
 */
export async function isolateTakenByOverlappingPoll(): Promise<{ evaluate: (expression: string, data: object) => unknown }> {
	const isolate = { initialize: async () => undefined, execute: () => undefined, isDisposed: () => false, dispose: async () => undefined };
	const evaluator = new ExpressionEvaluator({ createBridge: () => isolate as never, maxCodeCacheSize: 8 });
	await evaluator.initialize();
	const workflowExpression = {};
	if ((await evaluator.acquire(workflowExpression)) !== true) throw new Error('the first tick should acquire the isolate');
	if ((await evaluator.acquire(workflowExpression)) !== false) throw new Error('the second tick should find it held');
	await evaluator.release(workflowExpression); // the second tick's poll ended
	return { evaluate: (expression, data) => evaluator.evaluate(expression, data as never, workflowExpression) };
}
