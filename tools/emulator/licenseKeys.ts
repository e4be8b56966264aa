import type { ApiRequest, PolarApi } from './api';
import { isReply, NOT_FOUND, ok, type Reply } from './replies';
import type { StoredObject } from './types';

/**
 * License-key rotation (live 2026-10, `POST /v1/license-keys/{id}/rotate` and its customer-portal
 * twin), as Polar's server does it (server/polar/license_key/service.py, `rotate`): a new key
 * string for the same license key, so the old one stops validating; status, usage, limits, expiry
 * and activations stay. Only granted or disabled keys rotate, others get a 400.
 */

const ROTATABLE_STATUSES = new Set(['granted', 'disabled']);

/** A key string in the emulator's format (the benefit's prefix, when it sets one). */
function newKeyString(api: PolarApi, key: StoredObject): string {
	const benefit = typeof key.benefit_id === 'string' ? api.store.collection('benefits').get(key.benefit_id) : undefined;
	const prefix = (benefit?.properties as { prefix?: unknown } | undefined)?.prefix;
	const body = `${api.ctx.random.token(8)}-${api.ctx.random.token(8)}-${api.ctx.random.token(8)}`.toUpperCase();
	return `${typeof prefix === 'string' && prefix ? prefix : 'POLAR'}-${body}`;
}

function rotate(req: ApiRequest, api: PolarApi): Reply {
	const plan = req.match.route.plan;
	if (plan.kind !== 'action' || !plan.owner) return NOT_FOUND;
	const found = api.target(req, plan.owner, plan.parents);
	if (isReply(found)) return found;
	if (!ROTATABLE_STATUSES.has(String(found.status))) {
		return { status: 400, body: { error: 'RotateNotPermitted', detail: `Only granted or disabled license keys can be rotated; this one is ${String(found.status)}.` } };
	}
	const key = newKeyString(api, found);
	const display_key = `****-${key.slice(-6)}`;
	const rotated = api.update('license_keys', found, { key, display_key });
	// The grant that holds the key shows its display key too.
	const grant = api.store.collection('benefit_grants').items.find((g) => (g.properties as { license_key_id?: unknown } | undefined)?.license_key_id === found.id);
	if (grant) api.update('benefit_grants', grant, { properties: { ...(grant.properties as object), display_key } });
	const { activations: _activations, ...read } = rotated;
	return ok(read);
}

export const LICENSE_KEY_SPECIALS: Record<string, (req: ApiRequest, api: PolarApi) => Reply> = {
	'licenseKey:rotate': rotate,
	'portalLicenseKey:rotate': rotate,
};
