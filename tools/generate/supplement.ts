/**
 * The OpenAPI supplement: what live Polar serves for an API version beyond the committed snapshot
 * of its document, hand-written from Polar's SDK into `supplement/<version>.json` and merged into
 * the document before the model is built.
 *
 * A supplement is a JSON Merge Patch (RFC 7386) over the document: objects merge key by key,
 * `null` removes a key (an operation, a property), anything else (arrays included) replaces. Its
 * top-level `$comment` and `x-supplement` (source, SDK version, date) describe it and are not merged.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApiDocument } from './openapi';
import { HTTP_METHODS } from './openapi';
import { ROOT } from './paths';

const SUPPLEMENT_DIR = path.join(ROOT, 'tools', 'generate', 'supplement');

/** What a supplement says about itself. */
export interface SupplementAbout {
	apiVersion: string;
	source: string;
	sdkVersion: string;
	written: string;
}

export function supplementPath(apiVersion: string): string {
	return path.join(SUPPLEMENT_DIR, `${apiVersion}.json`);
}

/** The supplement of an API version, or undefined when there is none. */
export function loadSupplement(apiVersion: string): Record<string, unknown> | undefined {
	const file = supplementPath(apiVersion);
	if (!fs.existsSync(file)) return undefined;
	const supplement = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
	const about = supplement['x-supplement'] as Partial<SupplementAbout> | undefined;
	if (!about || about.apiVersion !== apiVersion || !about.source || !about.sdkVersion || !about.written) {
		throw new Error(`${path.relative(process.cwd(), file)}: "x-supplement" must name apiVersion "${apiVersion}", source, sdkVersion and written`);
	}
	return supplement;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** RFC 7386: a new value, `target` left untouched. */
export function mergePatch(target: unknown, patch: unknown): unknown {
	if (!isObject(patch)) return patch;
	const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
	for (const [key, value] of Object.entries(patch)) {
		if (value === null) delete out[key];
		else out[key] = mergePatch(out[key], value);
	}
	return out;
}

/** Every `#/components/schemas/…` reference that names no schema (a typo in a supplement). */
function danglingRefs(spec: OpenApiDocument): string[] {
	const missing = new Set<string>();
	const visit = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (!isObject(node)) return;
		for (const [key, value] of Object.entries(node)) {
			if (key === '$ref' && typeof value === 'string') {
				const name = value.replace('#/components/schemas/', '');
				if (!spec.components.schemas[name]) missing.add(value);
			} else visit(value);
		}
	};
	visit(spec.paths);
	visit(spec.webhooks);
	visit(spec.components.schemas);
	return [...missing].sort();
}

/**
 * The document with its version's supplement merged in, and what the supplement said about itself.
 * Paths left without operations disappear, so the merged document stays a valid document.
 */
export function supplemented(spec: OpenApiDocument): { spec: OpenApiDocument; about?: SupplementAbout } {
	const supplement = loadSupplement(spec.info.version);
	if (!supplement) return { spec, about: undefined };
	const { $comment: _comment, 'x-supplement': about, ...patch } = supplement;
	const merged = mergePatch(spec, patch) as OpenApiDocument;
	for (const [p, item] of Object.entries(merged.paths)) {
		if (!HTTP_METHODS.some((m) => item[m])) delete merged.paths[p];
	}
	const missing = danglingRefs(merged);
	if (missing.length) throw new Error(`supplement ${spec.info.version}: references to schemas that do not exist: ${missing.join(', ')}`);
	return { spec: merged, about: about as SupplementAbout };
}
