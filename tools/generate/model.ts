/**
 * Reads the Polar OpenAPI document and builds the generator's model: one plain record per
 * operation with only the facts the node needs (method, path, fields and the editor slot of each,
 * body variants, pagination, auth, scopes) plus the compact schemas used to validate request
 * bodies before sending. Every decision about a field is made here, once, before anything is
 * written; the writers (properties.ts, files.ts) only read the model.
 *
 * Nothing here knows about n8n's property format. Spec prose (summaries, descriptions) is
 * deliberately never read.
 */
import type { EditorSlot, PaginationKind, PolarField, PolarOperation } from '../../nodes/Polar/types';
import { PARAM } from '../../nodes/Polar/params';
import { choiceStart, startChoices } from './behaviour/choiceDefaults';
import { PDF_DOWNLOADS } from './behaviour/pdfDownloads';
import { SIMPLIFIED_FIELDS } from './behaviour/simplifiedFields';
import { factsOf, FieldMaker, mergeWords } from './forms';
import { fieldWords } from './help';
import { LargeEnums } from './largeEnums';
import type { ModelField, ModelOperation } from './modelTypes';
import { CHOICE_NAMES, RESOURCES, VARIANT_NAMES } from './naming';
import { ARTICLE_VERBS, OPERATIONS } from './operationNaming';
import type { OpenApiDocument, Operation, Parameter } from './openapi';
import { HTTP_METHODS } from './openapi';
import type { EditedAs } from './schemaReader';
import { refName, SchemaReader } from './schemaReader';
import { article, camelCase, cap, commonWordPrefix, plural, titleCase, words } from './text';

/** n8n parameter names the node itself uses; an API field with the same name gets a prefix. */
const RESERVED_PARAMS = new Set<string>(Object.values(PARAM));

/** Where the editor shows a field: required ones up front, optional query filters of a read under Filters, the rest under Additional Fields. */
function slotOf(required: boolean, where: PolarField['in'], method: string): EditorSlot {
	if (required) return 'top';
	return where === 'query' && method === 'GET' ? 'filters' : 'additionalFields';
}

export class SpecModel {
	readonly schemas: SchemaReader;
	/** Enums too long to inline, named once for every field that has them. */
	readonly largeEnums = new LargeEnums();
	private readonly maker: FieldMaker;

	constructor(readonly spec: OpenApiDocument) {
		this.schemas = new SchemaReader(spec);
		this.maker = new FieldMaker(this.schemas);
	}

	/** Component schemas referenced by request bodies, in compact form. */
	get compact(): SchemaReader['compact'] {
		return this.schemas.compact;
	}

	operations(): ModelOperation[] {
		const ops: ModelOperation[] = [];
		for (const [path, item] of Object.entries(this.spec.paths)) {
			for (const method of HTTP_METHODS) {
				const op = item[method];
				if (op) ops.push(this.operation(path, method, op));
			}
		}
		for (const op of ops) this.largeEnums.assign(op);
		return ops;
	}

	operation(path: string, httpMethod: string, op: Operation): ModelOperation {
		const group = op['x-speakeasy-group'];
		const resource = RESOURCES[group];
		if (!resource) throw new Error(`${op.operationId}: no resource naming for group "${group}" in naming.ts`);
		const override = OPERATIONS[op.operationId] || {};
		const nameOverride = op['x-speakeasy-name-override'];
		const value = override.value || (nameOverride === 'list' ? 'getAll' : camelCase(nameOverride));
		const displayName = value === 'getAll' ? 'Get Many' : titleCase(override.value || nameOverride);
		const method = httpMethod.toUpperCase() as PolarOperation['method'];

		const security = op.security || [];
		const schemes = security.flatMap((s) => Object.keys(s));
		const scopes = [...new Set(security.flatMap((s) => Object.values(s).flat()))].sort();
		let auth: PolarOperation['auth'] = 'token';
		if (!op.security) auth = 'public';
		else if (schemes.length > 0 && schemes.every((s) => s === 'customer_session' || s === 'member_session')) auth = 'session';

		const params = (op.parameters || []).map((p) => (p.$ref ? (this.spec.components.parameters as Record<string, Parameter>)[refName(p.$ref)] : p));
		const pagination = this.pagination(op, params);
		const fields: ModelField[] = [];
		const used = new Set<string>();
		const paramName = (apiName: string, prefix: string, variant?: string, nested?: boolean): string => {
			// A group or rows of one shape only is named after it ("licenseKeysCreateProperties").
			const candidates = nested && variant ? [apiName, `${variant}_${apiName}`] : [apiName, `${prefix}_${apiName}`, `${prefix}_${apiName}_${variant || ''}`];
			for (let i = 2; ; i++) {
				const n = camelCase(candidates.shift() || `${prefix}_${apiName}_${i}`);
				if (!RESERVED_PARAMS.has(n) && !used.has(n)) {
					used.add(n);
					return n;
				}
			}
		};
		let sort: string[] | undefined;
		for (const p of params) {
			if (pagination !== 'none' && (p.name === 'page' || p.name === 'limit')) continue;
			if (p.name === 'sorting') {
				const { members } = this.schemas.nonNull(p.schema);
				const items = this.schemas.resolve(this.schemas.resolve(members[0]).items!);
				sort = items.enum as string[];
				continue;
			}
			const kind: EditedAs = p.style === 'deepObject' ? { kind: 'keyValue', deepObject: true } : this.schemas.fieldKind(p.schema, p.name);
			const resolved = this.schemas.resolve(p.schema);
			const required = !!p.required || p.in === 'path';
			const field: ModelField = {
				api: p.name,
				param: paramName(p.name, p.in),
				label: p.name,
				in: p.in as PolarField['in'],
				required,
				slot: slotOf(required, p.in as PolarField['in'], method),
				...kind,
			};
			if (resolved.default !== undefined && resolved.default !== null) field.default = resolved.default;
			if (p.deprecated || p.schema.deprecated || resolved.deprecated) field.deprecated = true;
			if (kind.kind === 'json' || kind.union) field.schema = this.schemas.toCompact(p.schema);
			if (p.in === 'path' && field.kind !== 'string') Object.assign(field, { kind: 'string' });
			this.maker.describe(field, { operationId: op.operationId, in: field.in, api: p.name, schema: p.schema, required }, { resource: resource.value, operation: value });
			fields.push(field);
		}

		const body = op.requestBody ? this.body(op, method, fields, paramName, { resource: resource.value, operation: value }) : undefined;
		startChoices(op.operationId, fields);

		const responses = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
		const [code, success] = responses[0];
		const contentTypes = Object.keys(success.content || {});
		let response: PolarOperation['response'] = 'json';
		if (code === '204' || contentTypes.length === 0) response = 'empty';
		else if (contentTypes[0] === 'text/csv') response = 'csv';

		const noun = resource.noun;
		const verb = words(nameOverride)[0].toLowerCase();
		let description = override.description;
		if (!description) {
			if (value === 'getAll') description = `Get many ${plural(noun)}`;
			else if (ARTICLE_VERBS.has(verb) && words(nameOverride).length === 1) description = `${cap(verb)} ${article(noun)} ${noun}`;
			else description = `${cap(words(nameOverride).join(' ').toLowerCase())} (${noun})`;
		}

		return {
			id: op.operationId,
			resource: resource.value,
			operation: value,
			name: override.name || displayName,
			action: description,
			method,
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

	/** The request body: its variants (union branches) and one field per branch property, shared by the branches that agree on it. */
	private body(op: Operation, method: string, fields: ModelField[], paramName: (api: string, prefix: string, variant?: string, nested?: boolean) => string,
		at: { resource: string; operation: string }): ModelOperation['body'] {
		const requestBody = op.requestBody!;
		const contentType = Object.keys(requestBody.content)[0];
		const bodySchema = requestBody.content[contentType].schema;
		const resolved = this.schemas.resolve(bodySchema);
		const union = resolved.anyOf || resolved.oneOf;
		const branches = union ? union.filter((m) => this.schemas.resolve(m).type !== 'null') : [bodySchema];
		const names = branches.map((b, i) => (b.$ref ? refName(b.$ref) : `Variant${i + 1}`));
		const prefix = commonWordPrefix(names);
		const body: NonNullable<ModelOperation['body']> = {
			contentType,
			required: !!requestBody.required,
			schema: this.schemas.toCompact(bodySchema),
			variants: branches.map((branch, i) => {
				const short = names[i].slice(prefix.length) || names[i];
				if (branches.length > 1 && !VARIANT_NAMES[names[i]]) throw new Error(`${op.operationId}: no option name for the body shape "${names[i]}" in naming.ts VARIANT_NAMES`);
				return {
					value: branches.length > 1 ? camelCase(short) : '',
					name: VARIANT_NAMES[names[i]] || titleCase(short),
					schema: branches.length > 1 ? this.schemas.toCompact(branch) : undefined,
				};
			}),
		};
		if (branches.length > 1) {
			const named = bodySchema.$ref ? refName(bodySchema.$ref) : undefined;
			const union = named && CHOICE_NAMES[named] ? named : op.operationId;
			if (!CHOICE_NAMES[union]) throw new Error(`${op.operationId}: no name for the choice of body shapes "${named ?? op.operationId}" in naming.ts CHOICE_NAMES`);
			const words = fieldWords({ operationId: op.operationId, in: 'body', api: PARAM.bodyVariant, union, required: true });
			body.label = words.displayName;
			if (words.description) body.description = words.description;
			body.default = choiceStart(op.operationId, '(shape)') || undefined;
		}
		branches.forEach((branch, i) => {
			const variant = body.variants[i].value;
			const s = this.schemas.resolve(branch);
			const required = new Set(s.required || []);
			const owner = this.schemas.declaringName(branch);
			for (const [apiName, propSchema] of Object.entries(s.properties || {})) {
				if (propSchema.readOnly) continue;
				const place = { operationId: op.operationId, ...at, in: 'body' as const, path: [], owner, depth: 0, within: [] };
				const field = this.maker.field(apiName, propSchema, required.has(apiName), '', place);
				const existing = fields.find((f) => f.in === 'body' && f.api === apiName && f.variants
					&& !f.variants.includes(variant) && sameShape(f, field));
				if (existing) {
					mergeWords(existing, field, op.operationId);
					existing.variants!.push(variant);
					// Branches can give one field different schemas (descriptions differ); one branch's schema would then
					// reject another's valid value, so keep none: the body is validated per branch.
					if (existing.schema && JSON.stringify(existing.schema) !== JSON.stringify(field.schema)) delete existing.schema;
					continue;
				}
				field.param = paramName(apiName, 'body', variant, !!field.form);
				field.slot = slotOf(field.required, 'body', method);
				field.variants = [variant];
				fields.push(field);
			}
		});
		for (const f of fields) {
			if (f.variants && f.variants.length === body.variants.length) delete f.variants;
		}
		return body;
	}

	pagination(op: Operation, params: Parameter[]): PaginationKind {
		const names = params.map((p) => p.name);
		if (op['x-polar-pagination'] || op['x-speakeasy-pagination']) return 'page';
		const ok = op.responses['200']?.content?.['application/json'];
		const schema = ok && this.schemas.resolve(ok.schema);
		const union = schema && (schema.anyOf || schema.oneOf);
		if (names.includes('page') && names.includes('limit') && union) {
			// events:list answers either the page envelope or the cursor envelope.
			return 'pageOrCursor';
		}
		if (names.includes('page') && names.includes('limit')) return 'page';
		return 'none';
	}

	webhookEvents(): string[] {
		return Object.keys(this.spec.webhooks || {}).sort();
	}

	/** Every OAuth2 scope named by any operation, sorted. */
	scopes(): string[] {
		const all = new Set<string>();
		for (const item of Object.values(this.spec.paths)) {
			for (const m of HTTP_METHODS) {
				for (const s of item[m]?.security || []) for (const v of Object.values(s)) v.forEach((x) => all.add(x));
			}
		}
		return [...all].sort();
	}
}

function sameShape(field: ModelField, other: ModelField): boolean {
	return field.kind === other.kind && field.required === other.required
		&& JSON.stringify(field.options || null) === JSON.stringify(other.options || null)
		&& JSON.stringify(field.fixed === undefined ? null : field.fixed) === JSON.stringify(other.fixed === undefined ? null : other.fixed)
		&& factsOf(field.form || null) === factsOf(other.form || null);
}
