/**
 * Polar's official SDK (`@polar-sh/sdk`, a dev dependency): the oracle the emulator and the trigger
 * are checked against. It publishes each API version as a package subpath (`@polar-sh/sdk/2026-10`),
 * which this project's TypeScript module resolution cannot type, so the few parts the tests use are
 * typed here and loaded with require.
 */

import { SUPPORTED_API_VERSIONS } from '../../nodes/Polar/apiVersions';

/** API versions the package supports, each of which the SDK ships a client for. */
export const SDK_API_VERSIONS = SUPPORTED_API_VERSIONS;
export type SdkApiVersion = (typeof SDK_API_VERSIONS)[number];

export interface SdkWebhooks {
	/** resolves the parsed event, or rejects with PolarWebhookVerificationError / PolarWebhookError */
	validateEvent(body: string | Uint8Array, headers: Record<string, string>, secret: string): Promise<{ type: string; data: unknown }>;
	PolarWebhookError: new (...args: never[]) => Error;
	PolarWebhookVerificationError: new (...args: never[]) => Error;
	PolarWebhookUnknownTypeError: new (...args: never[]) => Error;
}

interface SdkClientOptions {
	accessToken: string;
	baseUrl?: string;
	/** seconds */
	timeout?: number;
	organizationId?: string;
}

/** The SDK's request core: what its per-operation functions take (`fn(core)(...args)`). */
export type SdkCore = object;

/** Per-call options of every SDK operation function (its last argument). */
export interface SdkRequestOptions {
	timeout?: number;
	/** replaces the client's token for this call (a customer session token, say) */
	accessToken?: string;
}

/** One SDK operation function, as a service module exports it. */
export type SdkOperationFunction = (core: SdkCore) => (...args: unknown[]) => Promise<unknown>;

interface SdkVersionModule {
	webhooks: SdkWebhooks;
	createPolar(options: SdkClientOptions): Record<string, unknown>;
	createPolarCore(options: SdkClientOptions): SdkCore;
}

function sdkVersion(version: SdkApiVersion): SdkVersionModule {
	return require(`@polar-sh/sdk/${version}`) as SdkVersionModule;
}

export function sdkWebhooks(version: SdkApiVersion = '2026-10'): SdkWebhooks {
	return sdkVersion(version).webhooks;
}

/** The SDK's client for one API version, pointed at a base URL (the emulator). */
export function sdkClient(version: SdkApiVersion, baseUrl: string, accessToken: string): Record<string, unknown> {
	return sdkVersion(version).createPolar({ accessToken, baseUrl, timeout: 30 });
}

/** The SDK's request core for one API version, pointed at a base URL. */
export function sdkCore(version: SdkApiVersion, baseUrl: string, accessToken: string): SdkCore {
	return sdkVersion(version).createPolarCore({ accessToken, baseUrl, timeout: 30 });
}

/** An SDK operation function by service module (`customer_portal/license_keys`) and name. */
export function sdkOperationFunction(version: SdkApiVersion, service: string, functionName: string): SdkOperationFunction {
	const module = require(`@polar-sh/sdk/${version}/services/${service}`) as Record<string, SdkOperationFunction | undefined>;
	const fn = module[functionName];
	if (typeof fn !== 'function') throw new Error(`@polar-sh/sdk/${version}/services/${service} exports no function ${functionName}`);
	return fn;
}
