/**
 * What the queue-mode checks read back: executions from PostgreSQL, and from the n8n processes'
 * JSON logs which process enqueued each execution and which worker ran it.
 *
 * n8n 2.41 stores no worker id in `execution_entity` (its columns: id, workflowId, status, mode,
 * startedAt, stoppedAt, …). The evidence is in the logs (N8N_LOG_FORMAT=json, level info):
 *  - the process that received the request logs `Enqueued execution <id> (job <job>)`;
 *  - the worker that takes the job logs `Worker started execution <id>` and
 *    `Worker finished execution <id>`;
 *  - main (and the webhook processor) receive the worker's `job-finished` message and log
 *    `Execution <id> (job <job>) finished` with `metadata.workerId`, the worker's host id
 *    (`worker-<random>`), so main's log names the worker of every execution.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseFlatted, type RunResult } from '../e2e/runs';
import type { QueueCluster } from './cluster';

export interface LogLine {
	level: string;
	message: string;
	metadata?: Record<string, unknown>;
}

/** The JSON lines of an n8n log (other lines, such as a task runner's plain output, are skipped). */
export function readJsonLog(file: string): LogLine[] {
	if (!existsSync(file)) return [];
	const out: LogLine[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.startsWith('{')) continue;
		try {
			const parsed = JSON.parse(line) as LogLine;
			if (typeof parsed.message === 'string') out.push(parsed);
		} catch {
			/* not a log object */
		}
	}
	return out;
}

export interface ExecutionPlacement {
	/** execution id → the service that logged `Enqueued execution <id>` */
	enqueuedBy: Map<string, string[]>;
	/** execution id → the services that logged `Worker started execution <id>` */
	startedBy: Map<string, string[]>;
	/** execution id → the services that logged `Worker finished execution <id>` */
	finishedBy: Map<string, string[]>;
	/** execution id → workerId that main logged for it (`Execution <id> (job …) finished`) */
	workerIdInMain: Map<string, string>;
	/** service name → how many `Worker started execution` lines it logged */
	startedPerService: Record<string, number>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key) ?? [];
	list.push(value);
	map.set(key, list);
}

/** Reads every n8n process's log and places each execution. */
export function placeExecutions(cluster: QueueCluster): ExecutionPlacement {
	const placement: ExecutionPlacement = { enqueuedBy: new Map(), startedBy: new Map(), finishedBy: new Map(), workerIdInMain: new Map(), startedPerService: {} };
	for (const service of cluster.services) {
		placement.startedPerService[service.name] = 0;
		for (const line of readJsonLog(service.logFile)) {
			let m: RegExpMatchArray | null;
			if ((m = line.message.match(/^Enqueued execution (\d+) \(job /))) push(placement.enqueuedBy, m[1], service.name);
			else if ((m = line.message.match(/^Worker started execution (\d+) \(job /))) {
				push(placement.startedBy, m[1], service.name);
				placement.startedPerService[service.name]++;
			} else if ((m = line.message.match(/^Worker finished execution (\d+) \(job /))) push(placement.finishedBy, m[1], service.name);
			else if (service.name === 'main' && (m = line.message.match(/^Execution (\d+) \(job [^)]*\) finished$/))) {
				const workerId = line.metadata?.workerId;
				if (typeof workerId === 'string') placement.workerIdInMain.set(m[1], workerId);
			}
		}
	}
	return placement;
}

export interface StoredExecution {
	id: string;
	status: string;
	mode: string;
	startedAt: Date | null;
	stoppedAt: Date | null;
	run?: RunResult['data'];
}

/** Every execution of a workflow, oldest first; with `withData`, its run data parsed. */
export async function storedExecutions(cluster: QueueCluster, workflowId: string, { withData = false } = {}): Promise<StoredExecution[]> {
	const { rows } = await cluster.db.query<{ id: string | number; status: string; mode: string; startedAt: Date | null; stoppedAt: Date | null; data?: string }>(
		`SELECT e.id, e.status, e.mode, e."startedAt", e."stoppedAt"${withData ? ', d.data' : ''}
		   FROM execution_entity e ${withData ? 'LEFT JOIN execution_data d ON d."executionId" = e.id' : ''}
		  WHERE e."workflowId" = $1 ORDER BY e.id`,
		[workflowId],
	);
	return rows.map((r) => ({
		id: String(r.id),
		status: r.status,
		mode: r.mode,
		startedAt: r.startedAt,
		stoppedAt: r.stoppedAt,
		...(withData && r.data ? { run: parseFlatted(cluster.install, r.data) } : {}),
	}));
}

/** Items of one output of a node's first run (empty when the node did not run). */
export function outputItems(run: RunResult['data'] | undefined, nodeName: string, output = 0): Array<Record<string, unknown>> {
	const node = run?.resultData.runData[nodeName]?.[0];
	return (node?.data?.main?.[output] ?? []).map((item) => item.json);
}
