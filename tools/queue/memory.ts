/**
 * Peak memory of the processes of a queue-mode run, read from /proc (Linux only).
 *
 * A service is the process we started (n8n, redis-server, the postmaster) and every process
 * below it (an n8n worker's JS task runner, PostgreSQL's backends). Process trees, not groups:
 * PostgreSQL's children each make themselves a group leader. The sampler reads every tree twice a
 * second and keeps the highest figures; the kernel's own high-water mark (VmHWM) is read as well,
 * which catches a leader's or a task runner's peak between two samples.
 *
 * PostgreSQL's processes share most of their memory, so for it the figure is the sum of PSS
 * (proportional set size), not a sum of RSS that would count shared buffers once per backend.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface GroupPeak {
	/** the started process's peak RSS, MiB */
	leaderMiB: number;
	/** the peak of the sum over the processes below it (task runner, backends), MiB */
	othersMiB: number;
	/** most processes seen in the tree at once */
	processes: number;
	/** PostgreSQL: peak of the tree's summed PSS, MiB */
	pssMiB?: number;
}

interface Tracked {
	pid: number;
	usePss: boolean;
	peak: GroupPeak;
	/** pid → VmHWM (kB) as last read, so processes that end before the final read still count */
	hwm: Map<number, number>;
}

function statusField(pid: number, field: string): number | undefined {
	try {
		const text = readFileSync(`/proc/${pid}/status`, 'utf8');
		const match = text.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
		return match ? Number(match[1]) : undefined;
	} catch {
		return undefined;
	}
}

function pssKb(pid: number): number | undefined {
	try {
		const match = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
		return match ? Number(match[1]) : undefined;
	} catch {
		return undefined;
	}
}

/** pid → parent pid, for every process. */
function parents(): Map<number, number> {
	const parentOf = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// "pid (comm) state ppid pgrp …"; comm may contain spaces and parentheses.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parentOf.set(Number(entry), Number(fields[1]));
		} catch {
			/* gone in between */
		}
	}
	return parentOf;
}

/** `root` and every process below it. */
function tree(root: number, parentOf: Map<number, number>): number[] {
	if (!parentOf.has(root)) return [];
	const members = [root];
	for (let i = 0; i < members.length; i++) {
		for (const [pid, ppid] of parentOf) if (ppid === members[i]) members.push(pid);
	}
	return members;
}

const MiB = (kb: number) => Math.round((kb / 1024) * 10) / 10;

export class MemorySampler {
	private readonly tracked = new Map<string, Tracked>();
	private timer: NodeJS.Timeout | undefined;

	/** Follows the process `pid` and the processes below it under `name`. */
	track(name: string, pid: number | undefined, { pss = false } = {}): void {
		if (pid === undefined) throw new Error(`cannot track ${name}: no pid`);
		this.tracked.set(name, { pid, usePss: pss, peak: { leaderMiB: 0, othersMiB: 0, processes: 0 }, hwm: new Map() });
	}

	start(everyMs = 500): void {
		this.sample();
		this.timer = setInterval(() => this.sample(), everyMs);
		this.timer.unref();
	}

	sample(): void {
		if (this.tracked.size === 0) return;
		const parentOf = parents();
		for (const t of this.tracked.values()) {
			const members = tree(t.pid, parentOf);
			if (members.length === 0) continue;
			let leader = 0;
			let others = 0;
			let pss = 0;
			for (const pid of members) {
				const rss = statusField(pid, 'VmRSS') ?? 0;
				const hwm = statusField(pid, 'VmHWM');
				if (hwm !== undefined) t.hwm.set(pid, hwm);
				if (pid === t.pid) leader = rss;
				else others += rss;
				if (t.usePss) pss += pssKb(pid) ?? 0;
			}
			t.peak.leaderMiB = Math.max(t.peak.leaderMiB, MiB(leader), MiB(t.hwm.get(t.pid) ?? 0));
			const othersHwm = [...t.hwm].filter(([pid]) => pid !== t.pid && members.includes(pid)).reduce((sum, [, kb]) => sum + kb, 0);
			// The others' high-water marks summed are an upper bound of their summed peak; keep the
			// sampled sum for them unless it is a single process (a task runner), where HWM is exact.
			const othersPeak = members.length === 2 ? Math.max(others, othersHwm) : others;
			t.peak.othersMiB = Math.max(t.peak.othersMiB, MiB(othersPeak));
			t.peak.processes = Math.max(t.peak.processes, members.length);
			if (t.usePss) t.peak.pssMiB = Math.max(t.peak.pssMiB ?? 0, MiB(pss));
		}
	}

	stop(): void {
		if (this.timer) clearInterval(this.timer);
		this.timer = undefined;
	}

	/** Peaks so far, by name (takes one more sample first). */
	peaks(): Record<string, GroupPeak> {
		this.sample();
		return Object.fromEntries([...this.tracked].map(([name, t]) => [name, { ...t.peak }]));
	}
}
