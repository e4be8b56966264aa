/**
 * n8n's run data as the checks read it: printed by `n8n execute --rawOutput`, or stored by n8n
 * (`flatted`, in the database and behind the REST API).
 */
import { requireFromN8n, type N8nInstallation } from './installation';

/** n8n's run data for one node run (the parts the checks read). */
export interface NodeRun {
	executionStatus?: string;
	error?: { message?: string; description?: string; httpCode?: string };
	data?: { main?: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }> | null> };
}

export interface RunResult {
	status?: string;
	finished?: boolean;
	data: {
		resultData: {
			runData: Record<string, NodeRun[]>;
			error?: { message?: string; description?: string; node?: { name?: string } };
			lastNodeExecuted?: string;
		};
	};
}

/** The items of a node's first run, first output. */
export function nodeOutput(run: RunResult, nodeName: string): Array<Record<string, unknown>> {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs?.length) {
		const err = run.data.resultData.error;
		const why = err ? ` (the run stopped at "${err.node?.name ?? run.data.resultData.lastNodeExecuted}": ${err.message})` : '';
		throw new Error(`node "${nodeName}" did not run${why}`);
	}
	const first = runs[0];
	if (first.error) throw new Error(`node "${nodeName}" failed: ${first.error.message}${first.error.description ? ` — ${first.error.description}` : ''}`);
	return (first.data?.main?.[0] ?? []).map((item) => item.json);
}

/** Finds the run JSON in `execute --rawOutput` output (log lines may come before it). */
export function parseRawOutput(stdout: string): RunResult | undefined {
	const lines = stdout.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] !== '{') continue;
		try {
			const run = JSON.parse(lines.slice(i).join('\n').trim()) as RunResult;
			if (run?.data?.resultData) return run;
		} catch {
			// Not the run object (or trailing log lines): try to find the object's closing line.
			for (let j = lines.length - 1; j > i; j--) {
				if (lines[j] !== '}') continue;
				try {
					const run = JSON.parse(lines.slice(i, j + 1).join('\n')) as RunResult;
					if (run?.data?.resultData) return run;
				} catch {
					/* keep looking */
				}
			}
		}
	}
	return undefined;
}

/** n8n stores run data `flatted`; parsed with n8n's own copy of the library. */
export function parseFlatted(install: N8nInstallation, text: string): RunResult['data'] {
	return requireFromN8n<{ parse(s: string): RunResult['data'] }>(install, 'flatted').parse(text);
}
