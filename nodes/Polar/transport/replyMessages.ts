import { schemas } from '../generated/schemas';
import { bodyFieldLabel, editorLabelOf } from './fieldLabels';
import { headerOf, type HttpHeaders } from './headers';

/**
 * What Polar's refusals mean for the person at the editor, in our words: a 422's problems by the
 * field as the editor names it, a 401's unknown token, a 403's missing scope and where to add it.
 * Polar's bodies, as its server writes them:
 * - 422 `{error: "RequestValidationError" | "PolarRequestValidationError", detail: [{type, loc,
 *   msg, input, ctx?}]}`: pydantic's error codes, `loc` through the union branch tried, one entry
 *   per branch of a plain union;
 * - 401 `{error: "invalid_token", error_description}` for a token Polar does not know, or
 *   `{error: "Unauthorized", detail}` when the operation takes no such credential;
 * - 403 `{error: "insufficient_scope", error_description}`, the scopes it needs in
 *   `WWW-Authenticate: Bearer …, scope="a b", …`.
 */

interface Detail {
	loc?: Array<string | number>;
	msg?: string;
	type?: string;
	ctx?: Record<string, unknown>;
}

/** Problems that only say "not of this type": for a plain union, each member that did not fit says one. */
const TYPE_MISMATCH = /(_type|_parsing|^literal_error|^enum|^int_from_float|^none_required)$/;

const plural = (n: unknown, word: string, words = `${word}s`) => `${String(n)} ${n === 1 ? word : words}`;

/** "must be …" for one 422 entry, in our words; Polar's own rules keep Polar's message. */
function problemOf(d: Detail): string {
	const c = d.ctx ?? {};
	switch (d.type) {
		case 'missing':
		case 'union_tag_not_found':
			return 'is required';
		case 'string_type':
			return 'must be text';
		case 'int_type':
		case 'int_parsing':
		case 'int_from_float':
			return 'must be a whole number';
		case 'float_type':
		case 'float_parsing':
			return 'must be a number';
		case 'bool_type':
		case 'bool_parsing':
			return 'must be true or false';
		case 'enum':
		case 'literal_error':
			return `must be ${String(c.expected ?? 'one of the values Polar offers')}`;
		case 'union_tag_invalid':
			return `must be ${String(c.expected_tags ?? 'one of the values Polar offers')}`;
		case 'greater_than_equal':
			return `must be at least ${String(c.ge)}`;
		case 'less_than_equal':
			return `must be at most ${String(c.le)}`;
		case 'greater_than':
			return `must be more than ${String(c.gt)}`;
		case 'less_than':
			return `must be less than ${String(c.lt)}`;
		case 'string_too_short':
			return `needs at least ${plural(c.min_length, 'character')}`;
		case 'string_too_long':
			return `takes at most ${plural(c.max_length, 'character')}`;
		case 'too_short':
			return `needs at least ${plural(c.min_length, 'entry', 'entries')}`;
		case 'too_long':
			return `takes at most ${plural(c.max_length, 'entry', 'entries')}`;
		case 'string_pattern_mismatch':
			return `must match the pattern ${String(c.pattern)}`;
		case 'uuid_parsing':
		case 'uuid_type':
		case 'uuid_version':
			return 'must be a Polar ID (a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6)';
		case 'datetime_type':
		case 'datetime_parsing':
		case 'datetime_from_date_parsing':
			return 'must be a date and time such as 2026-01-31T12:00:00Z';
		case 'date_type':
		case 'date_parsing':
		case 'date_from_datetime_parsing':
			return 'must be a date such as 2026-01-31';
		case 'url_type':
		case 'url_parsing':
		case 'url_scheme':
			return 'must be a full URL such as https://example.com/done';
		case 'model_type':
		case 'model_attributes_type':
		case 'dict_type':
			return 'must be an object of named values';
		case 'list_type':
			return 'must be a list';
		case 'extra_forbidden':
			return 'is not accepted here';
		case 'json_invalid':
			return 'is not valid JSON';
		default:
			// an email Polar's address check refused (its EmailStr raises a value_error)
			if (d.type === 'value_error' && /not a valid email address/i.test(String(d.msg))) return 'must be an email address';
			// Polar's own rules (duplicates, an unknown customer, …): its words are the only account.
			return String(d.msg ?? d.type ?? 'was refused').replace(/^Value error, /, '');
	}
}

/** Polar's words name fields by their API name in backticks: say them as the editor does. */
function inEditorWords(text: string, operationId: string): string {
	return text.replace(/`([a-z][a-z0-9_]*)`/g, (quoted, api: string) => {
		const label = bodyFieldLabel(operationId, api);
		return label ? `"${label}"` : quoted;
	});
}

/** "must be text", "must be a whole number" → "must be text or a whole number". */
function eitherOf(problems: string[]): string {
	const kinds = [...new Set(problems.map((p) => p.replace(/^must be /, '')))];
	return `must be ${kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}` : kinds[0]}`;
}

/**
 * A plain union of request models (a checkout link's three shapes, a subscription update's) makes
 * Polar report every shape it tried, each with its class name in `loc`. The shape meant is the one
 * with the fewest problems: only its entries are kept.
 */
function closestShape(details: Detail[]): Detail[] {
	const memberOf = (d: Detail) => {
		const loc = d.loc ?? [];
		const at = loc.findIndex((s) => typeof s === 'string' && s in schemas);
		return at < 0 ? undefined : { union: JSON.stringify(loc.slice(0, at)), member: String(loc[at]) };
	};
	const counts = new Map<string, Map<string, number>>();
	for (const d of details) {
		const m = memberOf(d);
		if (!m) continue;
		const members = counts.get(m.union) ?? new Map<string, number>();
		members.set(m.member, (members.get(m.member) ?? 0) + 1);
		counts.set(m.union, members);
	}
	const chosen = new Map([...counts].map(([union, members]) => [union, [...members].sort((a, b) => a[1] - b[1])[0][0]]));
	return details.filter((d) => {
		const m = memberOf(d);
		return !m || chosen.get(m.union) === m.member;
	});
}

/**
 * One line per problem of a 422 reply, `Label: what Polar wants`. Entries for one place (a plain
 * union reports each member it tried) make one line: the problem of the member the value fitted
 * in kind, or else every kind the place accepts.
 */
export function validationProblems(detail: unknown[], operationId: string): string[] {
	const byPlace = new Map<string, Detail[]>();
	const details = detail.map((raw) => (raw && typeof raw === 'object' ? raw : {}) as Detail);
	for (const d of closestShape(details)) {
		const loc = [...(d.loc ?? [])];
		// a tag problem is the tag's field's (`type` of a price, say)
		if ((d.type === 'union_tag_invalid' || d.type === 'union_tag_not_found') && typeof d.ctx?.discriminator === 'string') loc.push(d.ctx.discriminator.replace(/'/g, ''));
		const place = editorLabelOf(operationId, loc) ?? '';
		byPlace.set(place, [...(byPlace.get(place) ?? []), d]);
	}
	return [...byPlace].map(([place, entries]) => {
		const fitting = entries.filter((d) => !TYPE_MISMATCH.test(String(d.type)));
		const problems = [...new Set((fitting.length ? fitting : entries).map((d) => inEditorWords(problemOf(d), operationId)))];
		const problem = fitting.length || problems.length === 1 ? problems.join('; ') : eitherOf(problems);
		return place ? `${place}: ${problem}` : problem;
	});
}

/** The scopes named in a `WWW-Authenticate: Bearer … scope="a b"` challenge. */
export function challengedScopes(headers: HttpHeaders | undefined): string[] {
	const challenge = headerOf(headers, 'www-authenticate') ?? '';
	const scope = /(?:^|[\s,])scope="([^"]*)"/.exec(challenge)?.[1];
	return scope ? scope.split(/\s+/).filter(Boolean) : [];
}

const orList = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : items[0] ?? '');
/** "the scope a" / "one of the scopes a or b". */
const scopePhrase = (scopes: string[]) => (scopes.length === 1 ? `the scope ${scopes[0]}` : `one of the scopes ${orList(scopes)}`);

/**
 * The message of a refused credential: an unknown, expired or revoked token (401 invalid_token),
 * a credential the operation does not take (another 401), or a missing scope (403
 * insufficient_scope, the scope from the challenge, else the operation's). Undefined for other
 * replies.
 */
export function credentialMessage(status: number, body: unknown, headers: HttpHeaders | undefined, operationScopes: string[]): { message: string; description: string } | undefined {
	const error = body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
	const challenge = headerOf(headers, 'www-authenticate') ?? '';
	const needs = operationScopes.length ? ` with ${scopePhrase(operationScopes)}` : '';
	if (status === 401) {
		const unknown = error === 'invalid_token' || /error="invalid_token"/.test(challenge);
		return {
			message: unknown
				? 'Polar did not accept the credential: its access token is unknown, expired or revoked'
				: 'Polar did not accept the credential for this operation',
			description: unknown
				? `Make a new token in Polar${needs} (organization Settings → Developers → New Token), paste it into the Polar credential and test the credential; with OAuth2, reconnect the credential. A sandbox token only works with the Sandbox environment, a production one with Production.`
				: `This operation needs an access token${needs}: check that the Polar credential holds one (organization Settings → Developers → New Token) and that its environment is the one the token comes from.`,
		};
	}
	if (status === 403 && (error === 'insufficient_scope' || /error="insufficient_scope"/.test(challenge))) {
		const scopes = challengedScopes(headers);
		const wanted = scopes.length ? scopes : operationScopes;
		return {
			message: `The Polar token lacks ${scopePhrase(wanted)}`,
			description: `Add ${wanted.length === 1 ? wanted[0] : `one of ${orList(wanted)}`} to the token's scopes in Polar: organization Settings → Developers → the token (a new token if it cannot be edited), then paste it into the Polar credential. With OAuth2, add it to the OAuth2 application's scopes (Settings → Developers → OAuth applications) and to the credential's Scope, then reconnect.`,
		};
	}
	return undefined;
}
