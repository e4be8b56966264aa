import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInstallation } from '../../tools/e2e/installation';
import { packPackage } from '../../tools/e2e/pack';

/**
 * Runs once before the e2e files: checks that ensure-n8n.sh has run, then builds and packs the
 * package (as published) so every file installs the same tarball. The tarball path travels to
 * the test files through the environment. POLAR_E2E_TARBALL=<file> tests that tarball instead;
 * POLAR_E2E_SKIP_BUILD=1 packs the current dist/ without building.
 */
export default async function globalSetup(): Promise<void> {
	loadInstallation(); // throws with the command to run when n8n is not installed
	if (process.env.POLAR_E2E_TARBALL) {
		// A given tarball (a release candidate, or a deliberately broken build) is tested as is.
		process.stdout.write(`\n[e2e] testing the given tarball ${process.env.POLAR_E2E_TARBALL}\n`);
		return;
	}
	const started = Date.now();
	const destination = mkdtempSync(join(tmpdir(), 'polar-e2e-pack-'));
	const build = process.env.POLAR_E2E_SKIP_BUILD !== '1';
	const tarball = await packPackage(destination, { build });
	process.env.POLAR_E2E_TARBALL = tarball;
	process.env.POLAR_E2E_PACK_DIR = destination;
	process.stdout.write(`\n[e2e] ${build ? 'built and ' : ''}packed ${tarball} in ${Date.now() - started} ms\n`);
}
