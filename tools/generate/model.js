'use strict';
/**
 * Reads the Polar OpenAPI document and builds the generator's model: one plain record per
 * operation with only the facts the node needs (method, path, fields, body variants, pagination,
 * auth, scopes) plus the compact schemas used to validate request bodies before sending.
 *
 * Nothing here knows about n8n's property format; `properties.js` turns the model into that.
 * Spec prose (summaries, descriptions) is deliberately never read.
 */
const { RESOURCES, OPERATIONS, ARTICLE_VERBS, VARIANT_NAMES, LOCATORS, PDF_DOWNLOADS, SIMPLIFIED_FIELDS } = require('./naming');

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** n8n parameter names the node itself uses; an API field with the same name gets a suffix. */
const RESERVED_PARAMS = new Set([
	'resource', 'operation', 'authentication', 'returnAll', 'limit', 'filters', 'additionalFields',
	'options', 'sessionToken', 'bodyVariant', 'sort', 'retry', 'portalAuth', 'portalCustomerId',
	'portalExternalCustomerId', 'portalMemberId', 'simplify', 'download',
]);

const camelCase = (s) =>
	s.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : '')).replace(/^[A-Z]/, (c) => c.toLowerCase());
const words = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/).filter(Boolean);
const titleCase = (s) =>
	words(s)
		.map((w) => (/^(id|url|csv|pdf|oauth2|ip)$/i.test(w) ? (w.toLowerCase() === 'oauth2' ? 'OAuth2' : w.toUpperCase()) : w[0].toUpperCase() + w.slice(1)))
		.join(' ');

function refName(ref) {
	return ref.split('/').pop();
}

class SpecModel {
	constructor(spec) {
		this.spec = spec;
		this.schemas = spec.components.schemas;
		/** Component schemas referenced by request bodies, in compact form (filled lazily). */
		this.compact = {};
	}

	resolve(schema) {
		let s = schema;
		while (s && s.$ref) s = this.schemas[refName(s.$ref)];
		return s;
	}

	/** anyOf/oneOf members other than `null`, and whether `null` was allowed. */
	nonNull(schema) {
		const s = this.resolve(schema);
		const union = s.anyOf || s.oneOf;
		if (!union || s.discriminator) return { members: [schema], nullable: false };
		const members = union.filter((m) => this.resolve(m).type !== 'null');
		return { members, nullable: members.length !== union.length };
	}

	/** Compact JSON-schema subset kept for validation; `$ref`s point into `this.compact`. */
	toCompact(schema) {
		if (schema.$ref) {
			const name = refName(schema.$ref);
			if (!(name in this.compact)) {
				this.compact[name] = null; // reserve first: schemas are recursive
				this.compact[name] = this.toCompact(this.schemas[name]);
			}
			return { $ref: name };
		}
		const out = {};
		for (const key of ['type', 'format', 'const', 'enum', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum',
			'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'required']) {
			if (schema[key] !== undefined) out[key] = schema[key];
		}
		if (schema.properties) {
			out.properties = {};
			for (const [k, v] of Object.entries(schema.properties)) out.properties[k] = this.toCompact(v);
		}
		if (schema.additionalProperties !== undefined) {
			out.additionalProperties = typeof schema.additionalProperties === 'object'
				? this.toCompact(schema.additionalProperties) : schema.additionalProperties;
		}
		if (schema.propertyNames) out.propertyNames = this.toCompact(schema.propertyNames);
		if (schema.items) out.items = this.toCompact(schema.items);
		const union = schema.anyOf || schema.oneOf;
		if (union) out.anyOf = union.map((m) => this.toCompact(m));
		if (schema.discriminator) {
			const mapping = {};
			for (const [k, v] of Object.entries(schema.discriminator.mapping || {})) mapping[k] = refName(v);
			out.discriminator = { propertyName: schema.discriminator.propertyName, mapping };
		}
		return out;
	}

	/**
	 * How one API field is edited in n8n. Returns { kind, options?, itemFormat?, fixed? }:
	 * string | number | boolean | dateTime | options | multiOptions | list (comma-separated
	 * values sent as an array) | keyValue (metadata) | json (validated against `schema`).
	 */
	fieldKind(schema, name) {
		const { members } = this.nonNull(schema);
		const resolvedMembers = members.map((m) => this.resolve(m));
		if (members.length === 2) {
			// "one value or a list of them": offer a list, send a single value as a one-item list.
			const [a, b] = resolvedMembers;
			if (b.type === 'array' && this.isScalar(a)) {
				const scalar = this.fieldKind(members[0], name);
				return scalar.kind === 'options'
					? { kind: 'multiOptions', options: scalar.options, oneOrMany: true }
					: { kind: 'list', itemFormat: a.format || a.type, oneOrMany: true };
			}
		}
		if (members.length > 1 && resolvedMembers.every((m) => m.type === 'string')) {
			// e.g. a date-time or the word "now": a text field, validated against the schema.
			return { kind: 'string', union: true };
		}
		if (members.length !== 1) return { kind: 'json' };
		const s = resolvedMembers[0];
		if (s.const !== undefined) return { kind: 'fixed', fixed: s.const };
		if (s.enum && s.enum.length === 1) return { kind: 'fixed', fixed: s.enum[0] };
		if (s.enum) return { kind: 'options', options: s.enum };
		if (s.type === 'string') {
			if (s.format === 'date-time') return { kind: 'dateTime' };
			return { kind: 'string', format: s.format };
		}
		if (s.type === 'integer' || s.type === 'number') return { kind: 'number', integer: s.type === 'integer' };
		if (s.type === 'boolean') return { kind: 'boolean' };
		if (s.type === 'array') {
			const item = this.resolve(s.items);
			if (item.enum) return { kind: 'multiOptions', options: item.enum };
			if (item.type === 'string' && !item.enum) return { kind: 'list', itemFormat: item.format || 'string' };
			return { kind: 'json' };
		}
		if (s.type === 'object' && name === 'metadata' && s.additionalProperties && !s.properties) return { kind: 'keyValue' };
		return { kind: 'json' };
	}

	isScalar(s) {
		return ['string', 'integer', 'number', 'boolean'].includes(s.type);
	}

	operations() {
		const ops = [];
		for (const [path, item] of Object.entries(this.spec.paths)) {
			for (const method of METHODS) {
				if (item[method]) ops.push(this.operation(path, method, item[method]));
			}
		}
		return ops;
	}

	operation(path, method, op) {
		const group = op['x-speakeasy-group'];
		const resource = RESOURCES[group];
		if (!resource) throw new Error(`${op.operationId}: no resource naming for group "${group}" in naming.js`);
		const override = OPERATIONS[op.operationId] || {};
		const nameOverride = op['x-speakeasy-name-override'];
		const value = override.value || (nameOverride === 'list' ? 'getAll' : camelCase(nameOverride));
		const displayName = value === 'getAll' ? 'Get Many' : titleCase(override.value || nameOverride);

		const security = op.security || [];
		const schemes = security.flatMap((s) => Object.keys(s));
		const scopes = [...new Set(security.flatMap((s) => Object.values(s).flat()))].sort();
		let auth = 'token';
		if (!op.security) auth = 'public';
		else if (schemes.length > 0 && schemes.every((s) => s === 'customer_session' || s === 'member_session')) auth = 'session';

		const params = (op.parameters || []).map((p) => (p.$ref ? this.spec.components.parameters[refName(p.$ref)] : p));
		const pagination = this.pagination(op, params);
		const fields = [];
		const used = new Set();
		const paramName = (apiName, prefix, variant) => {
			const candidates = [apiName, `${prefix}_${apiName}`, `${prefix}_${apiName}_${variant || ''}`];
			for (let i = 2; ; i++) {
				const n = camelCase(candidates.shift() || `${prefix}_${apiName}_${i}`);
				if (!RESERVED_PARAMS.has(n) && !used.has(n)) {
					used.add(n);
					return n;
				}
			}
		};
		let sort;
		for (const p of params) {
			if (pagination !== 'none' && (p.name === 'page' || p.name === 'limit')) continue;
			if (pagination === 'cursor' && p.name === 'cursor') continue;
			if (p.name === 'sorting') {
				const { members } = this.nonNull(p.schema);
				const items = this.resolve(this.resolve(members[0]).items);
				sort = items.enum;
				continue;
			}
			const kind = p.style === 'deepObject' ? { kind: 'keyValue', deepObject: true } : this.fieldKind(p.schema, p.name);
			const resolved = this.resolve(p.schema);
			const field = {
				api: p.name,
				param: paramName(p.name, p.in),
				in: p.in,
				required: !!p.required || p.in === 'path',
				...kind,
			};
			if (resolved.default !== undefined && resolved.default !== null) field.default = resolved.default;
			if (p.deprecated || p.schema.deprecated || resolved.deprecated) field.deprecated = true;
			if (kind.kind === 'json' || kind.union) field.schema = this.toCompact(p.schema);
			if (p.in === 'path' && field.kind !== 'string') Object.assign(field, { kind: 'string' });
			fields.push(field);
		}

		let body;
		if (op.requestBody) {
			const contentType = Object.keys(op.requestBody.content)[0];
			const bodySchema = op.requestBody.content[contentType].schema;
			const resolved = this.resolve(bodySchema);
			const union = resolved.anyOf || resolved.oneOf;
			const branches = union ? union.filter((m) => this.resolve(m).type !== 'null') : [bodySchema];
			const names = branches.map((b, i) => (b.$ref ? refName(b.$ref) : `Variant${i + 1}`));
			const prefix = commonWordPrefix(names);
			body = {
				contentType,
				required: !!op.requestBody.required,
				schema: this.toCompact(bodySchema),
				variants: branches.map((branch, i) => {
					const short = names[i].slice(prefix.length) || names[i];
					return {
						value: branches.length > 1 ? camelCase(short) : '',
						name: VARIANT_NAMES[names[i]] || titleCase(short),
						schema: branches.length > 1 ? this.toCompact(branch) : undefined,
					};
				}),
			};
			branches.forEach((branch, i) => {
				const variant = body.variants[i].value;
				const s = this.resolve(branch);
				const required = new Set(s.required || []);
				for (const [apiName, propSchema] of Object.entries(s.properties || {})) {
					if (propSchema.readOnly) continue;
					const kind = this.fieldKind(propSchema, apiName);
					const existing = fields.find((f) => f.in === 'body' && f.api === apiName && f.variants
						&& !f.variants.includes(variant) && sameShape(f, kind, required.has(apiName)));
					if (existing) {
						existing.variants.push(variant);
						// Branches can give one field different schemas (benefit `properties` differ per type); one
						// branch's schema would then reject another's valid value, so keep none: the body is validated per branch.
						if (existing.schema && JSON.stringify(existing.schema) !== JSON.stringify(this.toCompact(propSchema))) delete existing.schema;
						continue;
					}
					const resolvedProp = this.resolve(propSchema);
					const field = {
						api: apiName,
						param: paramName(apiName, 'body', variant),
						in: 'body',
						required: required.has(apiName),
						...kind,
						variants: [variant],
					};
					if (propSchema.deprecated || resolvedProp.deprecated) field.deprecated = true;
					const def = propSchema.default !== undefined ? propSchema.default : resolvedProp.default;
					if (def !== undefined && def !== null) field.default = def;
					if (kind.kind === 'json' || kind.union) field.schema = this.toCompact(propSchema);
					fields.push(field);
				}
			});
			for (const f of fields) {
				if (f.variants && f.variants.length === body.variants.length) delete f.variants;
			}
		}

		for (const f of fields) {
			const locator = locatorOf(f, resource.value, value);
			if (locator) f.locator = locator;
		}

		const responses = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
		const [code, success] = responses[0];
		const contentTypes = Object.keys(success.content || {});
		let response = 'json';
		if (code === '204' || contentTypes.length === 0) response = 'empty';
		else if (contentTypes[0] === 'text/csv') response = 'csv';

		const noun = resource.noun;
		const verb = words(nameOverride)[0].toLowerCase();
		let description = override.description;
		if (!description) {
			if (value === 'getAll') description = `List ${plural(noun)}`;
			else if (ARTICLE_VERBS.has(verb) && words(nameOverride).length === 1) description = `${cap(verb)} ${article(noun)} ${noun}`;
			else description = `${cap(words(nameOverride).join(' ').toLowerCase())} (${noun})`;
		}

		return {
			id: op.operationId,
			resource: resource.value,
			operation: value,
			name: override.name || displayName,
			action: description,
			method: method.toUpperCase(),
			path,
			auth,
			...(auth === 'session' ? { sessionKinds: schemes.map((s) => s.replace('_session', '')).sort() } : {}),
			scopes,
			pagination,
			...(sort ? { sort } : {}),
			response,
			...(PDF_DOWNLOADS[op.operationId] ? { download: PDF_DOWNLOADS[op.operationId] } : {}),
			// Only plain reads of the resource itself: other reads (state, metrics…) are their detail.
			...(['get', 'getAll', 'getExternal'].includes(value) && SIMPLIFIED_FIELDS[resource.value]
				? { simplify: SIMPLIFIED_FIELDS[resource.value] } : {}),
			...(op.deprecated ? { deprecated: true } : {}),
			fields,
			...(body ? { body } : {}),
		};
	}

	pagination(op, params) {
		const names = params.map((p) => p.name);
		if (op['x-polar-pagination'] || op['x-speakeasy-pagination']) return 'page';
		const ok = op.responses['200'] && op.responses['200'].content && op.responses['200'].content['application/json'];
		const schema = ok && this.resolve(ok.schema);
		const union = schema && (schema.anyOf || schema.oneOf);
		if (names.includes('page') && names.includes('limit') && union) {
			// events:list answers either the page envelope or the cursor envelope.
			return 'pageOrCursor';
		}
		if (names.includes('page') && names.includes('limit')) return 'page';
		return 'none';
	}

	webhookEvents() {
		return Object.keys(this.spec.webhooks || {}).sort();
	}

	/** Every OAuth2 scope named by any operation, sorted. */
	scopes() {
		const all = new Set();
		for (const item of Object.values(this.spec.paths)) {
			for (const m of METHODS) {
				for (const s of (item[m] && item[m].security) || []) for (const v of Object.values(s)) v.forEach((x) => all.add(x));
			}
		}
		return [...all].sort();
	}
}

/** The resource picker a single-ID field gets, if any (see LOCATORS in naming.js). */
function locatorOf(field, resource, operation) {
	if (field.kind !== 'string' || field.union) return undefined;
	for (const [name, l] of Object.entries(LOCATORS)) {
		if (field.in === 'path' && field.api === 'id' && (l.pathOf || []).includes(resource)
			&& (!l.pathOps || l.pathOps.includes(operation))) return name;
		if (field.in !== 'path' && l.fields.includes(field.api)) return name;
	}
	return undefined;
}

function sameShape(field, kind, required) {
	return field.kind === kind.kind && field.required === required
		&& JSON.stringify(field.options || null) === JSON.stringify(kind.options || null)
		&& JSON.stringify(field.fixed === undefined ? null : field.fixed) === JSON.stringify(kind.fixed === undefined ? null : kind.fixed);
}

function commonWordPrefix(names) {
	if (names.length < 2) return '';
	const split = names.map((n) => n.match(/[A-Z][a-z0-9]*|[a-z0-9]+/g) || [n]);
	const out = [];
	for (let i = 0; ; i++) {
		const w = split[0][i];
		if (!w || !split.every((s) => s[i] === w && s.length > i + 1)) break;
		out.push(w);
	}
	return out.join('');
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const article = (noun) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
function plural(noun) {
	if (noun.endsWith('metrics')) return noun;
	const parts = noun.split(' of ');
	const head = parts[0];
	const p = head.endsWith('y') && !/[aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : head.endsWith('s') ? `${head}es` : `${head}s`;
	return [p, ...parts.slice(1)].join(' of ');
}

module.exports = { SpecModel, camelCase, titleCase, words };
