/**
 * Compatibility suite: the packed package in each supported n8n line (the pinned 2.x and the last
 * 1.x, installed by tools/e2e/ensure-n8n.sh) against the local Polar emulator. Run it with
 * `npm run test:compat`.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/compat'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
	maxWorkers: 1,
	testTimeout: 300000,
};
