import { rmSync } from 'node:fs';

/** Removes the folder globalSetup packed the tarball into (a given tarball is left alone). */
export default async function globalTeardown(): Promise<void> {
	if (process.env.POLAR_E2E_PACK_DIR) rmSync(process.env.POLAR_E2E_PACK_DIR, { recursive: true, force: true });
}
