#!/usr/bin/env node
// Runs n8n's community-package scan (`@n8n/scan-community-package`, the checks n8n runs before
// verifying a package) the way its `analyzePackageByName` does, without the registry:
//   - source leg: the repository itself with SOURCE_FILE_PATTERNS (n8n lints the source commit
//     the npm provenance attestation points at, so that is what has to pass);
//   - tarball leg: what `npm pack` would publish (pack → unpack), its .js files and package.json.
// Both lint with inline config off, so an `eslint-disable` comment changes nothing here either.
// Any problem fails; each leg prints its count.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

/** The tarball patterns of the scanner's `analyzePackageByName` (it does not export them). */
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Problems in a failed result, from the stylish formatter's closing line ("✖ 3 problems (…)"). */
function problemCount(result) {
	if (result.passed) return 0;
	const match = /✖ (\d+) problems?/.exec(result.details ?? '');
	return match ? Number(match[1]) : undefined;
}

async function leg(label, dir, patterns) {
	const result = await analyzePackage(dir, patterns);
	if (result.details) console.log(result.details);
	const count = problemCount(result);
	const verdict = result.passed ? 'passed' : `FAILED (${result.message})`;
	console.log(`scan-community-package ${label}: ${count ?? 'unknown number of'} problem${count === 1 ? '' : 's'}, ${verdict}`);
	return result.passed;
}

const work = mkdtempSync(path.join(tmpdir(), 'polar-scan-'));
try {
	const sourcePassed = await leg('source leg (repository)', root, SOURCE_FILE_PATTERNS);
	execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
	execFileSync('tar', ['xzf', tarball], { cwd: work });
	const tarballPassed = await leg(`tarball leg (${tarball})`, path.join(work, 'package'), TARBALL_FILE_PATTERNS);
	process.exitCode = sourcePassed && tarballPassed ? 0 : 1;
} finally {
	rmSync(work, { recursive: true, force: true });
}
