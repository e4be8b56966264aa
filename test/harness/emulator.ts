import { TEST_TOKEN } from '../../tools/harness/tokens';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../tools/emulator';
import type { TokenSetting } from '../../tools/emulator/types';

/**
 * The emulator as the suites start it: Polar's behaviour, with the suites' own tokens registered,
 * each with every scope. Polar answers 401 to a token it did not issue, so every token a suite
 * calls with is here (or passed in `tokens`), and a test of a missing scope registers its own.
 */

/** The node's credential in engine tests (tools/harness/engine.ts, `tokenCredentials`). */
export { TEST_TOKEN };
/** The trigger's credential in trigger engine tests (test/harness/trigger.ts). */
export const TRIGGER_TEST_TOKEN = 'polar_oat_TRIGGERTOKEN0123456789abcdef';
/** What the emulator suites call with (test/conformance/emulator/http.ts). */
export const EMULATOR_TEST_TOKEN = 'polar_oat_emulator_test_token';
/** The operation sweeps (Prism, SDK) call with this one. */
export const SWEEP_TOKEN = 'polar_oat_sweep';

export const TEST_TOKENS: readonly string[] = [TEST_TOKEN, TRIGGER_TEST_TOKEN, EMULATOR_TEST_TOKEN, SWEEP_TOKEN];

/** Starts an emulator that knows the suites' tokens, plus `options.tokens`. Close it when done. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	const tokens: TokenSetting[] = [...TEST_TOKENS, ...(options.tokens ?? [])];
	return startEmulator({ ...options, tokens });
}

/**
 * Emulators a test file starts test by test: `start` (over `defaults`), and `closeAll` in its
 * afterEach.
 */
export function emulatorsPerTest(defaults: EmulatorOptions = {}): { start(options?: EmulatorOptions): Promise<Emulator>; closeAll(): Promise<void> } {
	const started: Emulator[] = [];
	return {
		async start(options = {}) {
			const e = await startTestEmulator({ ...defaults, ...options, tokens: [...(defaults.tokens ?? []), ...(options.tokens ?? [])] });
			started.push(e);
			return e;
		},
		async closeAll() {
			await Promise.all(started.splice(0).map((e) => e.close()));
		},
	};
}
