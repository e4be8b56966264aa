import path from 'node:path';

/** The project root, whether this runs from the sources (tools/generate) or their compiled copy (build/tools/generate). */
export const ROOT = ((): string => {
	const dir = path.resolve(__dirname, '..', '..');
	return path.basename(dir) === 'build' ? path.dirname(dir) : dir;
})();
