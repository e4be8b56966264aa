'use strict';
/**
 * The OpenAPI supplement: what live Polar serves for an API version beyond the committed snapshot
 * of its document, hand-written from Polar's SDK into `supplement/<version>.json` and merged into
 * the document before the model is built.
 *
 * A supplement is a JSON Merge Patch (RFC 7386) over the document: objects merge key by key,
 * `null` removes a key (an operation, a property), anything else (arrays included) replaces. Its
 * top-level `$comment` and `x-supplement` (source, SDK version, date) describe it and are not merged.
 */
const fs = require('node:fs');
const path = require('node:path');

const SUPPLEMENT_DIR = path.join(__dirname, 'supplement');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function supplementPath(apiVersion) {
	return path.join(SUPPLEMENT_DIR, `${apiVersion}.json`);
}

/** The supplement of an API version, or undefined when there is none. */
function loadSupplement(apiVersion) {
	const file = supplementPath(apiVersion);
	if (!fs.existsSync(file)) return undefined;
	const supplement = JSON.parse(fs.readFileSync(file, 'utf8'));
	const about = supplement['x-supplement'];
	if (!about || about.apiVersion !== apiVersion || !about.source || !about.sdkVersion || !about.written) {
		throw new Error(`${path.relative(process.cwd(), file)}: "x-supplement" must name apiVersion "${apiVersion}", source, sdkVersion and written`);
	}
	return supplement;
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** RFC 7386: a new value, `target` left untouched. */
function mergePatch(target, patch) {
	if (!isObject(patch)) return patch;
	const out = isObject(target) ? { ...target } : {};
	for (const [key, value] of Object.entries(patch)) {
		if (value === null) delete out[key];
		else out[key] = mergePatch(out[key], value);
	}
	return out;
}

/** Every `#/components/schemas/…` reference that names no schema (a typo in a supplement). */
function danglingRefs(spec) {
	const missing = new Set();
	const visit = (node) => {
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
function supplemented(spec) {
	const supplement = loadSupplement(spec.info.version);
	if (!supplement) return { spec, about: undefined };
	const { $comment: _comment, 'x-supplement': about, ...patch } = supplement;
	const merged = mergePatch(spec, patch);
	for (const [p, item] of Object.entries(merged.paths)) {
		if (!METHODS.some((m) => item[m])) delete merged.paths[p];
	}
	const missing = danglingRefs(merged);
	if (missing.length) throw new Error(`supplement ${spec.info.version}: references to schemas that do not exist: ${missing.join(', ')}`);
	return { spec: merged, about };
}

module.exports = { supplemented, mergePatch, loadSupplement, supplementPath };
