/**
 * Where things are: this repository, and the pinned n8n that tools/e2e/ensure-n8n.sh installed
 * (Node 24, n8n and n8n's own node_modules, whose libraries the tools borrow).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The package's root: the nearest folder above this file whose package.json is this package's. */
function findRepoRoot(from: string): string {
	for (let dir = from; ; dir = dirname(dir)) {
		const manifest = join(dir, 'package.json');
		if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'n8n-nodes-polar') return dir;
		if (dirname(dir) === dir) throw new Error(`no n8n-nodes-polar package.json above ${from}`);
	}
}

/** Found by walking up, so this works from tools/e2e/ (ts-jest) and from build/tools/e2e/ (tsc). */
export const REPO_ROOT = findRepoRoot(__dirname);

/** What ensure-n8n.sh installed (read from its stamp file). */
export interface N8nInstallation {
	node: string;
	n8n: string;
	nodeBin: string;
	n8nBin: string;
	n8nModules: string;
}

/** Where `ensure-n8n.sh 1.x` installs the last n8n 1.x (the compat suite's second line). */
export const COMPAT_CACHE = process.env.N8N_COMPAT_CACHE ?? join(REPO_ROOT, '.cache/e2e-n8n1');

/** The n8n major version of an installation (1 or 2): 1.x knows fewer settings and no owner-from-environment. */
export function n8nMajor(install: N8nInstallation): number {
	return Number(install.n8n.split('.')[0]);
}

export function loadInstallation(cacheDir = process.env.N8N_E2E_CACHE ?? join(REPO_ROOT, '.cache/e2e')): N8nInstallation {
	const stamp = join(cacheDir, 'stamp.json');
	if (!existsSync(stamp)) {
		throw new Error(`n8n is not installed for e2e (no ${stamp}); run: bash tools/e2e/ensure-n8n.sh`);
	}
	return JSON.parse(readFileSync(stamp, 'utf8')) as N8nInstallation;
}

/**
 * A library from n8n's own node_modules (flatted, bcryptjs, pg): the copy n8n itself uses, so
 * what the tools write or read is what n8n writes or reads.
 */
export function requireFromN8n<T>(install: N8nInstallation, id: string): T {
	return createRequire(join(install.n8nModules, 'n8n', 'package.json'))(id) as T;
}
