import type { Handler, PolarApi } from '../api';
import { createObject } from '../objects';
import { NOT_FOUND, ok } from '../replies';
import type { ApiRequest, Reply, StoredObject } from '../types';
import { nowIso } from './shared';

/**
 * License keys, for the organization and in the customer portal alike: validation (counting
 * validations and usage), activations up to the key's limit, and rotation.
 *
 * Rotation (live 2026-10, `POST /v1/license-keys/{id}/rotate` and its customer-portal twin), as
 * Polar's server does it (server/polar/license_key/service.py, `rotate`): a new key string for the
 * same license key, so the old one stops validating; status, usage, limits, expiry and activations
 * stay. Only granted or disabled keys rotate, others get a 400.
 */

const ROTATABLE_STATUSES = new Set(['granted', 'disabled']);

function keyByBody(api: PolarApi, body: Record<string, unknown>): StoredObject | undefined {
	return api.store.collection('license_keys').find('key', String(body.key ?? ''));
}

function activationsOf(api: PolarApi, key: StoredObject): StoredObject[] {
	return api.store.collection('license_key_activations').items.filter((a) => a.license_key_id === key.id);
}

function validate(req: ApiRequest, api: PolarApi): Reply {
	const key = keyByBody(api, req.body);
	if (!key) return NOT_FOUND;
	const changes: Record<string, unknown> = { validations: Number(key.validations ?? 0) + 1, last_validated_at: nowIso(api) };
	if (typeof req.body.increment_usage === 'number') changes.usage = Number(key.usage ?? 0) + req.body.increment_usage;
	const updated = api.update('license_keys', key, changes);
	const activation =
		typeof req.body.activation_id === 'string' ? api.store.collection('license_key_activations').get(req.body.activation_id) ?? null : null;
	return ok({ ...updated, activation });
}

function activate(req: ApiRequest, api: PolarApi): Reply {
	const key = keyByBody(api, req.body);
	if (!key) return NOT_FOUND;
	if (typeof key.limit_activations === 'number' && activationsOf(api, key).length >= key.limit_activations) {
		return { status: 403, body: { error: 'NotPermitted', detail: 'License key activation limit already reached' } };
	}
	const activation = createObject(api.ctx, 'license_key_activations', {
		license_key_id: key.id,
		label: req.body.label,
		meta: req.body.meta ?? {},
		license_key: { ...key },
	});
	return ok(activation);
}

function deactivate(req: ApiRequest, api: PolarApi): Reply {
	const key = keyByBody(api, req.body);
	const activations = api.store.collection('license_key_activations');
	const activation = activations.get(String(req.body.activation_id ?? ''));
	if (!key || !activation || activation.license_key_id !== key.id) return NOT_FOUND;
	activations.remove(activation.id);
	return { status: 204 };
}

function withActivations(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (key) => ok({ ...key, activations: activationsOf(api, key) }));
}

/** A key string in the emulator's format (the benefit's prefix, when it sets one). */
function newKeyString(api: PolarApi, key: StoredObject): string {
	const benefit = typeof key.benefit_id === 'string' ? api.store.collection('benefits').get(key.benefit_id) : undefined;
	const prefix = (benefit?.properties as { prefix?: unknown } | undefined)?.prefix;
	const body = `${api.ctx.random.token(8)}-${api.ctx.random.token(8)}-${api.ctx.random.token(8)}`.toUpperCase();
	return `${typeof prefix === 'string' && prefix ? prefix : 'POLAR'}-${body}`;
}

function rotate(req: ApiRequest, api: PolarApi): Reply {
	return api.withTarget(req, (found) => {
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
	});
}

export const LICENSE_KEY_HANDLERS: Record<string, Handler> = {
	'licenseKey:validate': validate,
	'licenseKey:activate': activate,
	'licenseKey:deactivate': deactivate,
	'licenseKey:get': withActivations,
	'licenseKey:rotate': rotate,
	'portalLicenseKey:get': withActivations,
	'portalLicenseKey:validate': validate,
	'portalLicenseKey:activate': activate,
	'portalLicenseKey:deactivate': deactivate,
	'portalLicenseKey:rotate': rotate,
};
