/**
 * The access token of the test credential (tokenCredentials, engine.ts). Its own file, so that
 * what only needs the token (the emulator suites registering it) does not load n8n's engine.
 */
export const TEST_TOKEN = 'polar_oat_TESTTOKEN0123456789abcdef';
