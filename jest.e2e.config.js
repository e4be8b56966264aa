/**
 * End-to-end suite: a real n8n (installed by tools/e2e/ensure-n8n.sh) running this package from
 * its packed tarball against the local Polar emulator. Run it with `npm run test:e2e`.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
	// Each file starts n8n processes of its own; one at a time keeps 2 cores from thrashing.
	maxWorkers: 1,
	testTimeout: 300000,
};
