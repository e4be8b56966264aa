import { editorPath, rowName } from '../actions/inputError';
import { operations } from '../generated/operations';
import { schemas } from '../generated/schemas';
import { SORT_LABEL } from '../params';
import type { CompactSchema, PolarOperation } from '../types';

/**
 * Where a problem Polar reports (`loc` of a 422 entry) sits in the editor: the field's label as
 * the editor shows it, then the path inside it. One resolver for every message that names a
 * field, so the words come from the node's own description, never typed twice:
 * - the union branch Polar names (`["body", "individual", "email"]`, a model's class name, a
 *   pydantic type such as `str`) is not a field and is left out;
 * - the names are the table's editor labels (`label` of a field and of the fields of its groups
 *   and rows), joined as before-send errors join them (actions/inputError.ts `editorPath`).
 */

type Loc = Array<string | number>;

/** pydantic's names for the members of a plain union (`str`, `list[int]`, `literal['x']`, …). */
const TYPE_LABEL = /^(str|int|float|bool|uuid|datetime|date|any|model|enum|constrained-str|(list|dict|literal|function-after|function-before)\[.*\])$/;

/** The table entry of an operation, by its operationId (what error contexts carry). */
let byId: Map<string, { op: PolarOperation }> | undefined;
function entryOf(operationId: string): { op: PolarOperation } | undefined {
	byId ??= new Map(Object.values(operations).map((op) => [op.id, { op }]));
	return byId.get(operationId);
}

/** The API name as words, as the generator names fields it has no better name for. */
export function derivedLabel(api: string): string {
	return api
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((w) => (/^(id|url|ip)$/i.test(w) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)))
		.join(' ');
}

function resolve(schema: CompactSchema | undefined): CompactSchema | undefined {
	return schema?.$ref ? schemas[schema.$ref] : schema;
}

/** The member of a union a `loc` segment names: by tag, class name, a `type` constant or the editor's variant value. */
function memberNamed(union: CompactSchema, segment: string, op: PolarOperation): CompactSchema | undefined {
	const members = union.anyOf ?? [];
	const tagged = union.discriminator?.mapping[segment];
	if (tagged) return { $ref: tagged };
	const byRef = members.find((m) => m.$ref === segment);
	if (byRef) return byRef;
	const byType = members.find((m) => {
		const type = resolve(m)?.properties?.type;
		return type?.const === segment || (type?.enum?.length === 1 && type.enum[0] === segment);
	});
	if (byType) return byType;
	const camel = segment.replace(/_(.)/g, (_m, c: string) => c.toUpperCase());
	const variant = op.body?.variants.find((v) => v.value === camel || v.value === `${camel}Create`);
	return variant?.schema && members.some((m) => m.$ref === variant.schema!.$ref) ? variant.schema : undefined;
}

/** Walks a body `loc` through the schema: the real field path (branches left out) and the top branch taken. */
function bodyPath(op: PolarOperation, loc: Loc): { path: Loc; branch?: string } {
	const path: Loc = [];
	let branch: string | undefined;
	let current = op.body?.schema;
	for (const segment of loc) {
		let schema = resolve(current);
		if (schema?.anyOf && typeof segment === 'string') {
			const member = memberNamed(schema, segment, op);
			if (member || TYPE_LABEL.test(segment)) {
				if (member && path.length === 0) branch ??= member.$ref;
				current = member ?? schema.anyOf.find((m) => m.type !== 'null');
				continue;
			}
			// A field of one of the members: go on in the member that has it.
			const holder = schema.anyOf.find((m) => resolve(m)?.properties?.[segment]);
			schema = resolve(holder ?? current);
		}
		path.push(segment);
		if (typeof segment === 'number') current = schema?.items;
		else if (schema?.properties?.[segment]) current = schema.properties[segment];
		// a key of a map (metadata): editorPath keeps the user's own word
		else current = typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined;
	}
	return { path, branch };
}

/**
 * The editor's name for a `loc` of operation `operationId`: `Email`, `Prices → item 1 → Price
 * Amount`, `Metadata → plan`. Undefined when the problem is the whole request (`["body"]`, a
 * branch as a whole).
 */
export function editorLabelOf(operationId: string, loc: Loc): string | undefined {
	const [where, ...rest] = loc;
	const entry = entryOf(operationId);
	if (where !== 'body' && where !== 'query' && where !== 'path') return loc.length ? loc.map(String).join('.') : undefined;
	if (where !== 'body') {
		const name = String(rest[0] ?? '');
		if (!name) return undefined;
		if (name === 'sorting') return SORT_LABEL;
		const field = entry?.op.fields.find((f) => f.in === where && f.api === name);
		return field?.label ?? derivedLabel(name);
	}
	if (!entry) return rest.length ? rest.map((s) => (typeof s === 'number' ? rowName(s) : derivedLabel(s))).join(' → ') : undefined;
	const { path, branch } = bodyPath(entry.op, rest);
	if (typeof path[0] !== 'string') return undefined;
	const variant = entry.op.body?.variants.find((v) => v.schema?.$ref === branch)?.value;
	const fields = entry.op.fields.filter((f) => f.in === 'body' && (!variant || !f.variants || f.variants.includes(variant)));
	return editorPath(fields, path).join(' → ');
}

/** The label of a body field named in words Polar wrote (`duration_in_months`), or undefined when the operation has none. */
export function bodyFieldLabel(operationId: string, api: string): string | undefined {
	const entry = entryOf(operationId);
	return entry?.op.fields.find((f) => f.in === 'body' && f.api === api)?.label;
}
