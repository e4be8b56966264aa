/**
 * Queue-mode suite: the pinned n8n as main + 2 workers + a webhook processor on Redis and
 * PostgreSQL (tools/queue/), this package installed from its packed tarball. Run it with
 * `npm run test:queue`. The e2e suite's globalSetup builds and packs the package once.
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/queue'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
	// One cluster of four n8n processes on 2 cores: nothing else at the same time.
	maxWorkers: 1,
	testTimeout: 300000,
};
