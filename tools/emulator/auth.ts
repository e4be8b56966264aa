import { createHash } from 'node:crypto';
import type { PolarApi } from './api';
import type { Reply, Session } from './types';
import type { PolarOperation } from '../../nodes/Polar/types';

/** The token of an `Authorization: Bearer …` header, or undefined. */
export function bearerOf(header: string | undefined): string | undefined {
	const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
	return m?.[1];
}

/** What logs and rate-limit windows key on instead of the token itself. */
export function tokenHash(token: string): string {
	return `sha256:${createHash('sha256').update(token).digest('hex').slice(0, 12)}`;
}

function unauthorized(detail: string): Reply {
	return { status: 401, body: { error: 'Unauthorized', detail }, headers: { 'WWW-Authenticate': 'Bearer' } };
}

/**
 * Checks the credential an operation needs: an organization or OAuth2 token (any non-empty one
 * unless a list is configured), a customer session token minted by the emulator, or nothing.
 */
export function authenticate(
	op: PolarOperation,
	bearer: string | undefined,
	acceptedTokens: string[] | undefined,
	api: PolarApi,
	now: number,
): { session?: Session } | Reply {
	if (op.auth === 'public') return {};
	if (!bearer) return unauthorized('Missing bearer token');
	const session = api.sessions.get(bearer);
	if (op.auth === 'session') {
		if (!session) return unauthorized('Invalid or unknown customer session token');
		if (session.expiresAt <= now) return unauthorized('The customer session has expired');
		return { session };
	}
	if (session) return unauthorized('A customer session token cannot call this endpoint');
	if (acceptedTokens && !acceptedTokens.includes(bearer) && !api.mintedTokens.has(bearer)) return unauthorized('Invalid access token');
	return {};
}
