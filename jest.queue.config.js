/**
 * Queue-mode suite: the pinned n8n as main + 2 workers + a webhook processor on Redis and
 * PostgreSQL (tools/queue/), this package installed from its packed tarball. Run it with
 * `npm run test:queue`. Same set-up as the e2e suite (its globalSetup builds and packs once);
 * one cluster of four n8n processes on 2 cores, so one test file at a time.
 */
const e2e = require('./jest.e2e.config.js');

module.exports = { ...e2e, roots: ['<rootDir>/test/queue'] };
