#!/usr/bin/env node
// Runs n8n's community-package scan (the checks n8n runs before verifying a package) on what
// `npm pack` would publish, so it needs no registry: pack → unpack → analyzePackage.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePackage } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'polar-scan-'));
try {
	execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
	execFileSync('tar', ['xzf', tarball], { cwd: work });
	const result = await analyzePackage(path.join(work, 'package'));
	if (result.details) console.log(result.details);
	console.log(result.passed ? `scan-community-package: passed (${tarball})` : `scan-community-package: FAILED — ${result.message}`);
	process.exitCode = result.passed ? 0 : 1;
} finally {
	rmSync(work, { recursive: true, force: true });
}
