import { createHash } from 'node:crypto';
import type { PolarApi } from './api';
import type { EmulatorOptions, Reply, Session, TokenSetting } from './types';
import type { PolarOperation } from '../../nodes/Polar/types';

/**
 * Who a request acts as, and whether it may run the operation, as Polar's server decides:
 * - server/polar/auth/middlewares.py (`get_auth_subject`): a Bearer token must be one Polar
 *   issued and still valid, whatever the route; otherwise 401 `{error: "invalid_token",
 *   error_description}` with `WWW-Authenticate: Bearer realm="polar", error="invalid_token", …`
 *   (an OAuth2 error, server/polar/oauth2/exceptions.py). `polar_cst_`/`polar_mst_` tokens are
 *   customer and member sessions, anything else an access token.
 * - server/polar/auth/dependencies.py (`_Authenticator`): a subject the operation does not take
 *   (no token, a session on an organization operation, an access token on a portal one) is
 *   anonymous, and anonymous gets 401 `{error: "Unauthorized", detail: "Unauthorized"}`
 *   (server/polar/exceptions.py `Unauthorized`); a token with none of the operation's scopes gets
 *   403 `{error: "insufficient_scope", error_description}`, the scopes it needs in
 *   `WWW-Authenticate: Bearer realm="polar", scope="…", error="insufficient_scope", …`.
 * The tokens Polar issued are the ones registered (`tokens`, each with its scopes, none given =
 * all), the OAuth2 tokens the emulator minted, and its customer sessions. The `acceptAnyToken`
 * switch makes any token a known one with every scope.
 */

const REALM = 'polar';
/** What a customer or member session may do (Scope.customer_portal_write). */
const SESSION_SCOPES = new Set(['customer_portal:write']);
const SESSION_PREFIXES = ['polar_cst_', 'polar_mst_'];

/** A registered token's scopes; `all` for a token registered without any. */
export type Grants = Map<string, Set<string> | 'all'>;

/** The `tokens` option as a lookup: a plain string, or `{token}` without scopes, has every scope. */
export function grantsOf(tokens: TokenSetting[] | undefined): Grants {
	const grants: Grants = new Map();
	for (const t of tokens ?? []) {
		if (typeof t === 'string') grants.set(t, 'all');
		else grants.set(t.token, t.scopes?.length ? new Set(t.scopes) : 'all');
	}
	return grants;
}

/** The token of an `Authorization: Bearer …` header, or undefined. */
export function bearerOf(header: string | undefined): string | undefined {
	const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
	return m?.[1];
}

/** What logs and rate-limit windows key on instead of the token itself. */
export function tokenHash(token: string): string {
	return `sha256:${createHash('sha256').update(token).digest('hex').slice(0, 12)}`;
}

/** An OAuth2 error reply as authlib writes it: JSON body, no caching, the challenge in WWW-Authenticate. */
function oauth2Error(status: number, error: string, description: string, attributes: Record<string, string> = {}): Reply {
	const challenge = [`realm="${REALM}"`, ...Object.entries(attributes).map(([k, v]) => `${k}="${v}"`), `error="${error}"`, `error_description="${description}"`];
	return {
		status,
		body: { error, error_description: description },
		headers: { 'WWW-Authenticate': `Bearer ${challenge.join(', ')}`, 'Cache-Control': 'no-store', Pragma: 'no-cache' },
	};
}

const INVALID_TOKEN = () => oauth2Error(401, 'invalid_token', 'This token is unknown, expired or revoked.');
const UNAUTHORIZED: Reply = { status: 401, body: { error: 'Unauthorized', detail: 'Unauthorized' }, headers: { 'WWW-Authenticate': `Bearer realm="${REALM}"` } };

export interface AuthOptions {
	grants: Grants;
	acceptAnyToken: boolean;
}

/** What authentication reads of the emulator's options (`tokens` and the `acceptAnyToken` switch). */
export function authOptionsOf(options: EmulatorOptions): AuthOptions {
	return { grants: grantsOf(options.tokens), acceptAnyToken: options.acceptAnyToken === true };
}

type Subject = { kind: 'anonymous' } | { kind: 'session'; session: Session; scopes: Set<string> } | { kind: 'token'; scopes: Set<string> | 'all' };

/** The subject a Bearer token stands for, or Polar's 401 for a token it does not know. */
function subjectOf(bearer: string | undefined, options: AuthOptions, api: PolarApi, now: number): Subject | Reply {
	if (!bearer) return { kind: 'anonymous' };
	if (SESSION_PREFIXES.some((p) => bearer.startsWith(p))) {
		const session = api.sessions.get(bearer);
		// An expired session is no longer found (customer_session/service.py, get_by_token).
		if (!session || session.expiresAt <= now) return INVALID_TOKEN();
		return { kind: 'session', session, scopes: SESSION_SCOPES };
	}
	const scopes = options.grants.get(bearer) ?? (api.mintedTokens.has(bearer) || options.acceptAnyToken ? 'all' : undefined);
	return scopes ? { kind: 'token', scopes } : INVALID_TOKEN();
}

/** Lets the request through (with its customer session, if any) or answers Polar's 401 or 403. */
export function authenticate(op: PolarOperation, bearer: string | undefined, options: AuthOptions, api: PolarApi, now: number): { session?: Session } | Reply {
	const subject = subjectOf(bearer, options, api, now);
	if ('status' in subject) return subject;
	if (op.auth === 'public') return {};
	const allowed = op.auth === 'session' ? 'session' : 'token';
	if (subject.kind !== allowed) return UNAUTHORIZED;
	const held = subject.scopes;
	if (op.scopes.length && held !== 'all' && !op.scopes.some((s) => held.has(s))) {
		return oauth2Error(403, 'insufficient_scope', 'This token lacks the scope the request needs.', { scope: op.scopes.join(' ') });
	}
	return subject.kind === 'session' ? { session: subject.session } : {};
}
