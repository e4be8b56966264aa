/**
 * Reads the schemas of the OpenAPI document: resolves references, decides how one API field is
 * edited in n8n, and keeps the compact schemas the node validates request bodies with.
 */
import type { CompactSchema, FieldKind } from '../../nodes/Polar/types';
import type { OpenApiDocument, Schema } from './openapi';

export function refName(ref: string): string {
	return ref.split('/').pop() as string;
}

/** How one API field is edited in n8n, as decided from its schema. */
export interface EditedAs {
	kind: FieldKind;
	options?: Array<string | number | boolean>;
	itemFormat?: string;
	oneOrMany?: boolean;
	fixed?: unknown;
	format?: string;
	integer?: boolean;
	/** several string shapes (e.g. a date-time or the word "now"): text validated against the schema */
	union?: boolean;
	deepObject?: boolean;
}

const COMPACT_KEYWORDS = ['type', 'format', 'const', 'enum', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum',
	'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'required'] as const;

export class SchemaReader {
	readonly schemas: Record<string, Schema>;
	/** Component schemas referenced by request bodies, in compact form (filled as they are met). */
	readonly compact: Record<string, CompactSchema | null> = {};

	constructor(spec: OpenApiDocument) {
		this.schemas = spec.components.schemas;
	}

	resolve(schema: Schema): Schema {
		let s = schema;
		while (s && s.$ref) s = this.schemas[refName(s.$ref)];
		return s;
	}

	/** The component schema a reference finally points to ("CheckoutCreate" → "CheckoutProductsCreate"), if any. */
	declaringName(schema: Schema): string | undefined {
		let name: string | undefined;
		let s: Schema | undefined = schema;
		while (s?.$ref) {
			name = refName(s.$ref);
			s = this.schemas[name];
		}
		return name;
	}

	/** anyOf/oneOf members other than `null`, and whether `null` was allowed. */
	nonNull(schema: Schema): { members: Schema[]; nullable: boolean } {
		const s = this.resolve(schema);
		const union = s.anyOf || s.oneOf;
		if (!union || s.discriminator) return { members: [schema], nullable: false };
		// A union inside a union (text or null, or null) counts as its members.
		const members: Schema[] = [];
		let nullable = false;
		for (const m of union) {
			const r = this.resolve(m);
			if (r.type === 'null') nullable = true;
			else if ((r.anyOf || r.oneOf) && !r.discriminator) {
				const inner = this.nonNull(m);
				members.push(...inner.members);
				nullable ||= inner.nullable;
			} else members.push(m);
		}
		return { members, nullable };
	}

	/** Compact JSON-schema subset kept for validation; `$ref`s point into `this.compact`. */
	toCompact(schema: Schema): CompactSchema {
		if (schema.$ref) {
			const name = refName(schema.$ref);
			if (!(name in this.compact)) {
				this.compact[name] = null; // reserve first: schemas are recursive
				this.compact[name] = this.toCompact(this.schemas[name]);
			}
			return { $ref: name };
		}
		const out: Record<string, unknown> = {};
		for (const key of COMPACT_KEYWORDS) {
			if (schema[key] !== undefined) out[key] = schema[key];
		}
		if (schema.properties) {
			const properties: Record<string, CompactSchema> = {};
			for (const [k, v] of Object.entries(schema.properties)) properties[k] = this.toCompact(v);
			out.properties = properties;
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
			const mapping: Record<string, string> = {};
			for (const [k, v] of Object.entries(schema.discriminator.mapping || {})) mapping[k] = refName(v);
			out.discriminator = { propertyName: schema.discriminator.propertyName, mapping };
		}
		return out as CompactSchema;
	}

	/**
	 * How one API field is edited in n8n: string | number | boolean | dateTime | options |
	 * multiOptions | list (comma-separated values sent as an array) | keyValue (metadata) | json
	 * (validated against its schema) | fixed (a constant, not shown).
	 */
	fieldKind(schema: Schema, name: string): EditedAs {
		const { members } = this.nonNull(schema);
		const resolvedMembers = members.map((m) => this.resolve(m));
		if (members.length === 2) {
			// "one value or a list of them": offer a list, send a single value as a one-item list.
			const [a, b] = resolvedMembers;
			if (b.type === 'array' && isScalar(a)) {
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
		if (members.length > 1 && resolvedMembers.every(isScalar)) {
			const numeric = resolvedMembers.filter((m) => m.type === 'number' || m.type === 'integer');
			// A number or the same number as decimal text (a unit amount): a number field.
			if (numeric.length && resolvedMembers.every((m) => numeric.includes(m) || (m.type === 'string' && m.pattern))) {
				return { kind: 'number', integer: numeric.every((m) => m.type === 'integer') };
			}
			// Text, a number or yes/no (a filter value): typed as text; an expression's number or boolean is kept.
			return { kind: 'string', union: true };
		}
		if (members.length !== 1) return { kind: 'json' };
		const s = resolvedMembers[0];
		// Only null is allowed (a one-time product's interval): sent as it is, never shown.
		if (s.type === 'null') return { kind: 'fixed', fixed: null };
		if (s.const !== undefined) return { kind: 'fixed', fixed: s.const };
		if (s.enum && s.enum.length === 1) return { kind: 'fixed', fixed: s.enum[0] };
		if (s.enum) return { kind: 'options', options: s.enum as EditedAs['options'] };
		if (s.type === 'string') {
			if (s.format === 'date-time') return { kind: 'dateTime' };
			return { kind: 'string', format: s.format };
		}
		if (s.type === 'integer' || s.type === 'number') return { kind: 'number', integer: s.type === 'integer' };
		if (s.type === 'boolean') return { kind: 'boolean' };
		if (s.type === 'array') {
			const item = this.resolve(s.items as Schema);
			if (item.enum) return { kind: 'multiOptions', options: item.enum as EditedAs['options'] };
			if (item.type === 'string' && !item.enum) return { kind: 'list', itemFormat: item.format || 'string' };
			return { kind: 'json' };
		}
		if (s.type === 'object' && name === 'metadata' && s.additionalProperties && !s.properties) return { kind: 'keyValue' };
		return { kind: 'json' };
	}
}

function isScalar(s: Schema): boolean {
	return ['string', 'integer', 'number', 'boolean'].includes(s.type as string);
}
