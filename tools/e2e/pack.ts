/** This package as users get it: built and packed the way it is published. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './installation';
import { describeFailure, runCommand } from './process';

/**
 * Builds the package and packs it as published (`npm run build`, `npm pack`). Returns the
 * tarball's path. `build: false` packs whatever `dist/` holds.
 */
export async function packPackage(destination: string, { build = true }: { build?: boolean } = {}): Promise<string> {
	const env = { ...process.env };
	await mkdir(destination, { recursive: true });
	if (build) {
		const built = await runCommand('npm', ['run', 'build', '--silent'], { env, cwd: REPO_ROOT, timeoutMs: 300_000 });
		if (built.code !== 0) throw describeFailure('npm run build', built);
	}
	const packed = await runCommand('npm', ['pack', '--json', '--pack-destination', destination], { env, cwd: REPO_ROOT, timeoutMs: 120_000 });
	if (packed.code !== 0) throw describeFailure('npm pack', packed);
	const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string }>;
	return join(destination, info.filename);
}

/**
 * The tarball a suite's globalSetup packed (test/e2e/globalSetup.ts sets POLAR_E2E_TARBALL), for
 * the test files to install; a file run outside its jest config fails here, saying why.
 */
export function packedTarball(): string {
	const tarball = process.env.POLAR_E2E_TARBALL;
	if (!tarball) throw new Error('POLAR_E2E_TARBALL is not set: run the file through its jest config (jest.e2e/queue/compat.config.js), whose globalSetup packs the package');
	return tarball;
}
