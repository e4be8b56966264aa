// Sums the Jest JSON reports of every suite `npm test` ran and ends with the one line CI reads:
// "N passed, N failed". Failures are repeated just above that line, each with the head of its
// message, because CI shows only part of a long log and a suite's own report sits far above.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const MESSAGE_LINES = 25;
const dir = process.argv[2];
let passed = 0;
let failed = 0;
const failures = [];

const headOf = (message) =>
	message
		// Jest's reports carry terminal colours.
		.replace(/\u001b\[[0-9;]*m/g, '')
		.split('\n')
		.slice(0, MESSAGE_LINES)
		.map((line) => `    ${line}`)
		.join('\n');

for (const file of readdirSync(dir).sort()) {
	const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	passed += report.numPassedTests;
	failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
	const pending = report.numPendingTests + (report.numTodoTests ?? 0);
	if (pending) {
		failures.push(`${file}: ${pending} skipped or todo tests are not allowed`);
		failed += pending;
	}
	for (const suite of report.testResults) {
		const where = relative(process.cwd(), suite.name);
		const failedTests = suite.assertionResults.filter((test) => test.status === 'failed');
		for (const test of failedTests) failures.push(`${where} › ${test.fullName}\n${headOf(test.failureMessages.join('\n'))}`);
		// A suite that could not run (a throw in beforeAll, a compile error) has no failed test to show.
		if (failedTests.length === 0 && suite.status === 'failed' && suite.message) failures.push(`${where} (the suite failed to run)\n${headOf(suite.message)}`);
	}
}

if (failures.length > 0) console.log(`\n== what failed\n${failures.join('\n\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
