/**
 * Compatibility suite: the packed package in each supported n8n line (the pinned 2.x and the last
 * 1.x, installed by tools/e2e/ensure-n8n.sh) against the local Polar emulator. Run it with
 * `npm run test:compat`. Same set-up as the e2e suite (its globalSetup builds and packs once).
 */
const e2e = require('./jest.e2e.config.js');

module.exports = { ...e2e, roots: ['<rootDir>/test/compat'] };
