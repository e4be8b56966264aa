import type { CompactSchema } from '../../nodes/Polar/types';

/**
 * Request validation as Polar's server reports it: FastAPI validates every request against its
 * pydantic models and answers 422 `{error: "RequestValidationError", detail: [...]}` with one
 * entry per problem, each `{type, loc, msg, input, ctx?}` in pydantic's terms
 * (server/polar/exception_handlers.py, `request_validation_exception_handler`).
 *
 * What this imitates of pydantic (v2, lax mode) over the compact schemas of the table:
 * - `loc` names the union branch: a tagged union (a discriminator) adds the tag (`["body",
 *   "individual", "email"]`), a plain union tries every member and reports each member's
 *   problems under the member's name (`["body", "metadata", "plan", "str"]`, `… "int"]`);
 *   `X | None` is not a union, only nullable;
 * - `type` is pydantic's error code (`missing`, `string_type`, `less_than_equal`, `enum`,
 *   `union_tag_invalid`, …) with its `ctx` (`{le: 100}`, `{expected: "'a' or 'b'"}`, …);
 * - a model's own checks (`modelRules.ts`) run only once its fields are valid, as pydantic's
 *   `model_validator(mode="after")` does, and fail as `value_error` at the model's `loc`.
 * Extra keys are ignored (Polar's `Schema` does not forbid them) unless the schema forbids them.
 */

export type Loc = Array<string | number>;

export interface ErrorEntry {
	type: string;
	loc: Loc;
	msg: string;
	input: unknown;
	ctx?: Record<string, unknown>;
}

/** A model's own check (a pydantic model validator): the problem in words, or undefined. */
export type ModelRule = (value: Record<string, unknown>) => string | undefined;

/**
 * A union pydantic tells apart with a function (`Discriminator(callable)` and `Tag`s), which the
 * OpenAPI document cannot show: the tag a body gets, and the member each tag names.
 */
export interface CallableTags {
	tagOf: (value: Record<string, unknown>) => string;
	members: Record<string, string>;
}

export interface PydanticContext {
	registry: Record<string, CompactSchema>;
	/** model validators by schema name */
	rules: Record<string, ModelRule[]>;
	/** unions with a callable discriminator, by schema name */
	tagged: Record<string, CallableTags>;
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** pydantic's way of listing choices: `'a', 'b' or 'c'`. */
export function expectedList(values: unknown[]): string {
	const shown = values.map((v) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v)));
	return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

function entry(type: string, loc: Loc, msg: string, input: unknown, ctx?: Record<string, unknown>): ErrorEntry {
	return ctx ? { type, loc, msg, input, ctx } : { type, loc, msg, input };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** How pydantic names a union member in `loc`: the model's class name, or the type's short name. */
function memberName(schema: CompactSchema, ctx: PydanticContext): string {
	if (schema.$ref) return schema.$ref;
	if (schema.const !== undefined) return `literal[${expectedList([schema.const])}]`;
	if (schema.enum) return 'enum';
	switch (schema.type) {
		case 'string':
			if (schema.format === 'uuid' || schema.format === 'uuid4') return 'uuid';
			if (schema.format === 'date-time') return 'datetime';
			return schema.minLength !== undefined || schema.maxLength !== undefined || schema.pattern ? 'constrained-str' : 'str';
		case 'integer':
			return 'int';
		case 'number':
			return 'float';
		case 'boolean':
			return 'bool';
		case 'array':
			return `list[${schema.items ? memberName(schema.items, ctx) : 'any'}]`;
		case 'object':
			return schema.properties ? 'model' : `dict[str,${typeof schema.additionalProperties === 'object' ? memberName(schema.additionalProperties, ctx) : 'any'}]`;
		default:
			return 'any';
	}
}

function checkString(value: unknown, schema: CompactSchema, loc: Loc): ErrorEntry | undefined {
	if (typeof value !== 'string') return entry('string_type', loc, 'Input should be a valid string', value);
	if (schema.format === 'uuid' || schema.format === 'uuid4') {
		if (!UUID.test(value)) return entry('uuid_parsing', loc, 'Input should be a valid UUID, invalid character or length', value, { error: 'invalid character or length' });
		if (schema.format === 'uuid4' && value.replace(/-/g, '')[12] !== '4') return entry('uuid_version', loc, 'UUID version 4 expected', value, { expected_version: 4 });
		return undefined;
	}
	if (schema.format === 'date-time' && (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
		return entry('datetime_from_date_parsing', loc, 'Input should be a valid datetime or date, unexpected input', value, { error: 'unexpected input' });
	}
	if (schema.format === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
		return entry('value_error', loc, 'value is not a valid email address: it needs a name, an @ and a domain', value, { reason: 'it needs a name, an @ and a domain' });
	}
	if (schema.format === 'uri' && !/^https?:\/\/[^\s/]+/i.test(value)) {
		return entry('url_parsing', loc, 'Input should be a valid URL, relative URL without a base', value, { error: 'relative URL without a base' });
	}
	if (schema.minLength !== undefined && value.length < schema.minLength) {
		return entry('string_too_short', loc, `String should have at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'}`, value, { min_length: schema.minLength });
	}
	if (schema.maxLength !== undefined && value.length > schema.maxLength) {
		return entry('string_too_long', loc, `String should have at most ${schema.maxLength} characters`, value, { max_length: schema.maxLength });
	}
	if (schema.pattern !== undefined) {
		let re: RegExp | undefined;
		try {
			re = new RegExp(schema.pattern, 'u');
		} catch {
			re = undefined;
		}
		if (re && !re.test(value)) return entry('string_pattern_mismatch', loc, `String should match pattern '${schema.pattern}'`, value, { pattern: schema.pattern });
	}
	return undefined;
}

function checkNumber(value: unknown, schema: CompactSchema, loc: Loc): ErrorEntry | undefined {
	const integer = schema.type === 'integer';
	let n = value;
	// Lax mode: a numeric string is a number.
	if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) n = Number(value);
	if (typeof n !== 'number' || Number.isNaN(n) || typeof value === 'boolean') {
		if (typeof value === 'string') {
			return integer
				? entry('int_parsing', loc, 'Input should be a valid integer, unable to parse string as an integer', value)
				: entry('float_parsing', loc, 'Input should be a valid number, unable to parse string as a number', value);
		}
		return integer ? entry('int_type', loc, 'Input should be a valid integer', value) : entry('float_type', loc, 'Input should be a valid number', value);
	}
	if (integer && !Number.isInteger(n)) return entry('int_from_float', loc, 'Input should be a valid integer, got a number with a fractional part', value);
	if (schema.minimum !== undefined && n < schema.minimum) return entry('greater_than_equal', loc, `Input should be greater than or equal to ${schema.minimum}`, value, { ge: schema.minimum });
	if (schema.maximum !== undefined && n > schema.maximum) return entry('less_than_equal', loc, `Input should be less than or equal to ${schema.maximum}`, value, { le: schema.maximum });
	if (schema.exclusiveMinimum !== undefined && n <= schema.exclusiveMinimum) return entry('greater_than', loc, `Input should be greater than ${schema.exclusiveMinimum}`, value, { gt: schema.exclusiveMinimum });
	if (schema.exclusiveMaximum !== undefined && n >= schema.exclusiveMaximum) return entry('less_than', loc, `Input should be less than ${schema.exclusiveMaximum}`, value, { lt: schema.exclusiveMaximum });
	return undefined;
}

function sizeIssue(kind: 'List' | 'Dictionary', size: number, schema: CompactSchema, loc: Loc, value: unknown): ErrorEntry | undefined {
	const min = kind === 'List' ? schema.minItems : schema.minProperties;
	const max = kind === 'List' ? schema.maxItems : schema.maxProperties;
	if (min !== undefined && size < min) {
		return entry('too_short', loc, `${kind} should have at least ${min} item${min === 1 ? '' : 's'} after validation, not ${size}`, value, { field_type: kind, min_length: min, actual_length: size });
	}
	if (max !== undefined && size > max) {
		return entry('too_long', loc, `${kind} should have at most ${max} items after validation, not ${size}`, value, { field_type: kind, max_length: max, actual_length: size });
	}
	return undefined;
}

function validateObject(value: unknown, schema: CompactSchema, loc: Loc, ctx: PydanticContext, model?: string): ErrorEntry[] {
	if (!isObject(value)) {
		return schema.properties
			? [entry('model_attributes_type', loc, 'Input should be a valid dictionary or object to extract fields from', value)]
			: [entry('dict_type', loc, 'Input should be a valid dictionary', value)];
	}
	const issues: ErrorEntry[] = [];
	const size = sizeIssue('Dictionary', Object.keys(value).length, schema, loc, value);
	if (size) issues.push(size);
	for (const key of schema.required ?? []) {
		if (value[key] === undefined) issues.push(entry('missing', [...loc, key], 'Field required', value));
	}
	for (const [key, v] of Object.entries(value)) {
		if (v === undefined) continue;
		const prop = schema.properties?.[key];
		if (prop) issues.push(...validate(v, prop, [...loc, key], ctx));
		else if (schema.additionalProperties === false) issues.push(entry('extra_forbidden', [...loc, key], 'Extra inputs are not permitted', v));
		else if (typeof schema.additionalProperties === 'object' && !schema.properties) {
			if (schema.propertyNames) issues.push(...validate(key, schema.propertyNames, [...loc, key, '[key]'], ctx));
			issues.push(...validate(v, schema.additionalProperties, [...loc, key], ctx));
		}
	}
	if (issues.length || !model) return issues;
	// A model's own checks run once its fields are valid (model_validator(mode="after")).
	for (const rule of ctx.rules[model] ?? []) {
		const problem = rule(value);
		if (problem) return [entry('value_error', loc, `Value error, ${problem}`, value, { error: {} })];
	}
	return [];
}

function validateUnion(value: unknown, schema: CompactSchema, loc: Loc, ctx: PydanticContext): ErrorEntry[] {
	const members = schema.anyOf!;
	const nonNull = members.filter((m) => m.type !== 'null');
	// `X | None` is a nullable X for pydantic, not a union.
	if (nonNull.length < members.length) {
		if (value === null) return [];
		if (nonNull.length === 1) return validate(value, nonNull[0], loc, ctx);
	}
	const disc = schema.discriminator;
	if (disc) {
		if (!isObject(value)) return [entry('model_attributes_type', loc, 'Input should be a valid dictionary or object to extract fields from', value)];
		const tags = Object.keys(disc.mapping);
		let tag = value[disc.propertyName];
		if (tag === undefined) {
			// A callable discriminator with a default (customers: no `type` is an individual) picks
			// the one branch that does not require the tag; a field discriminator cannot.
			const optional = tags.filter((t) => !(ctx.registry[disc.mapping[t]]?.required ?? []).includes(disc.propertyName));
			if (optional.length !== 1) {
				return [entry('union_tag_not_found', loc, `Unable to extract tag using discriminator '${disc.propertyName}'`, value, { discriminator: `'${disc.propertyName}'` })];
			}
			tag = optional[0];
		}
		const target = typeof tag === 'string' ? disc.mapping[tag] : undefined;
		if (!target) {
			return [
				entry('union_tag_invalid', loc, `Input tag '${String(tag)}' found using '${disc.propertyName}' does not match any of the expected tags: ${expectedList(tags)}`, value, {
					discriminator: `'${disc.propertyName}'`,
					tag: String(tag),
					expected_tags: expectedList(tags),
				}),
			];
		}
		return validate(value, { $ref: target }, [...loc, tag as string], ctx);
	}
	// Smart mode: the first member that takes the value wins; otherwise every member's problems.
	const tried: ErrorEntry[] = [];
	for (const member of nonNull) {
		const issues = validate(value, member, [...loc, memberName(member, ctx)], ctx);
		if (!issues.length) return [];
		tried.push(...issues);
	}
	return tried;
}

/** pydantic's errors for `value` against a compact schema, at `loc`. */
export function validate(value: unknown, schema: CompactSchema, loc: Loc, ctx: PydanticContext): ErrorEntry[] {
	if (schema.$ref) {
		const tagged = ctx.tagged[schema.$ref];
		if (tagged) {
			if (!isObject(value)) return [entry('model_attributes_type', loc, 'Input should be a valid dictionary or object to extract fields from', value)];
			const tag = tagged.tagOf(value);
			const member = tagged.members[tag];
			const tags = Object.keys(tagged.members);
			if (!member) return [entry('union_tag_invalid', loc, `Input tag '${tag}' found using ${schema.$ref}'s discriminator does not match any of the expected tags: ${expectedList(tags)}`, value, { tag, expected_tags: expectedList(tags) })];
			return validate(value, { $ref: member }, [...loc, tag], ctx);
		}
		const target = ctx.registry[schema.$ref];
		if (!target) return [];
		if (target.type === 'object' || target.properties) return validateObject(value, target, loc, ctx, schema.$ref);
		return validate(value, target, loc, ctx);
	}
	if (schema.anyOf) return validateUnion(value, schema, loc, ctx);
	if (schema.const !== undefined) {
		return value === schema.const ? [] : [entry('literal_error', loc, `Input should be ${expectedList([schema.const])}`, value, { expected: expectedList([schema.const]) })];
	}
	if (schema.enum) {
		return schema.enum.includes(value as never) ? [] : [entry('enum', loc, `Input should be ${expectedList(schema.enum)}`, value, { expected: expectedList(schema.enum) })];
	}
	switch (schema.type) {
		case 'string': {
			const issue = checkString(value, schema, loc);
			return issue ? [issue] : [];
		}
		case 'integer':
		case 'number': {
			const issue = checkNumber(value, schema, loc);
			return issue ? [issue] : [];
		}
		case 'boolean':
			return typeof value === 'boolean' ? [] : [entry('bool_type', loc, 'Input should be a valid boolean', value)];
		case 'null':
			return value === null ? [] : [entry('none_required', loc, 'Input should be None', value)];
		case 'array': {
			if (!Array.isArray(value)) return [entry('list_type', loc, 'Input should be a valid list', value)];
			const size = sizeIssue('List', value.length, schema, loc, value);
			const items = schema.items ? value.flatMap((v, i) => validate(v, schema.items!, [...loc, i], ctx)) : [];
			return size ? [size, ...items] : items;
		}
		case 'object':
			return validateObject(value, schema, loc, ctx);
		default:
			return [];
	}
}
