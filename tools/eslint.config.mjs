// Lint of the dev tooling under tools/ (generator, emulator, harnesses, e2e) and of test/: ESLint's and
// typescript-eslint's recommended rules. The root config's community-node rules are for code that
// runs inside n8n (no process, console or timers) and do not apply here. typescript-eslint is the
// copy @n8n/node-cli pins for the root lint, so tools and nodes are linted by the same version.
import { createRequire } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';

const requireFromNodeCli = createRequire(import.meta.resolve('@n8n/node-cli/eslint'));
const tseslint = requireFromNodeCli('typescript-eslint');

export default tseslint.config(
	{ ignores: ['**/*.js', '**/*.mjs'] },
	{
		files: ['**/*.ts'],
		extends: [js.configs.recommended, tseslint.configs.recommended],
		languageOptions: { globals: globals.node },
		rules: {
			// A leading underscore marks a parameter or binding kept for its position or to leave it out of a rest.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			// A `let` a closure reads before its one assignment (a signal handler set up before start) cannot be const.
			'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
			// The emulator's context object has getters that must read the emulator's current state, not their own `this`.
			'@typescript-eslint/no-this-alias': ['error', { allowedNames: ['emulator'] }],
		},
	},
	{
		files: ['test/**/*.ts'],
		rules: {
			// A parsed reply is what the test asserts on, whatever its shape: JSON.parse's own `any`.
			'@typescript-eslint/no-explicit-any': 'off',
			// jest.isolateModules/doMock and the SDK's per-version subpaths work through jest's own require.
			'@typescript-eslint/no-require-imports': 'off',
		},
	},
);
