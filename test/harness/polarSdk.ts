/**
 * Polar's official SDK (`@polar-sh/sdk`, a dev dependency): the oracle the emulator and the trigger
 * are checked against. It publishes each API version as a package subpath (`@polar-sh/sdk/2026-10`),
 * which this project's TypeScript module resolution cannot type, so the few parts the tests use are
 * typed here and loaded with require.
 */

/** API versions the SDK ships clients for, and the package supports. */
export const SDK_API_VERSIONS = ['2026-10', '2027-01'] as const;
export type SdkApiVersion = (typeof SDK_API_VERSIONS)[number];

export interface SdkWebhooks {
	/** resolves the parsed event, or rejects with PolarWebhookVerificationError / PolarWebhookError */
	validateEvent(body: string | Uint8Array, headers: Record<string, string>, secret: string): Promise<{ type: string; data: unknown }>;
	PolarWebhookError: new (...args: never[]) => Error;
	PolarWebhookVerificationError: new (...args: never[]) => Error;
	PolarWebhookUnknownTypeError: new (...args: never[]) => Error;
}

interface SdkVersionModule {
	webhooks: SdkWebhooks;
	createPolar(options: { accessToken: string; baseUrl?: string; timeout?: number; organizationId?: string }): Record<string, unknown>;
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
