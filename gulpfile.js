'use strict';
/**
 * Copies what n8n reads beside the compiled files into dist/: node and credential icons, and each
 * node's codex file (`X.node.json` next to `X.node.js`, which n8n's loader looks up to place the node
 * in the panel's categories and search). tsc does not emit JSON that no module imports.
 */
const { src, dest, task } = require('gulp');

function buildAssets() {
	return src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest('dist'),
	);
}

task('build:assets', buildAssets);
