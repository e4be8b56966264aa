/**
 * The e2e suites count a workflow's executions through n8n's REST list. n8n 2.x lists running
 * executions beside stored ones, and one finishing at that moment came back twice (stop 16's
 * compat failure: id "1" as "running" and as "success").
 */
import { oneEntryPerExecution, type ExecutionSummary } from '../../../tools/e2e/server';

const execution = (id: string, status: string): ExecutionSummary => ({ id, workflowId: 'wf', status, mode: 'webhook' });

test('an execution listed as running and as finished counts once, as finished', () => {
	expect(oneEntryPerExecution([execution('1', 'running'), execution('1', 'success')])).toEqual([execution('1', 'success')]);
	expect(oneEntryPerExecution([execution('1', 'success'), execution('1', 'running')])).toEqual([execution('1', 'success')]);
});

test('distinct executions are all kept, in the order n8n listed them', () => {
	const listed = [execution('3', 'running'), execution('2', 'error'), execution('1', 'success')];
	expect(oneEntryPerExecution(listed)).toEqual(listed);
});
