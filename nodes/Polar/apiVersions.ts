/**
 * The Polar API versions this package supports: the ones its operation table is checked against
 * (test/conformance/sdkDrift.test.ts holds the table against Polar's SDK for each). Every request sends
 * one of them as `Polar-Version`, because a request without the header gets whatever Polar calls
 * Current that day, and Polar changes that every quarter.
 */
export const SUPPORTED_API_VERSIONS = ['2026-10', '2027-01'] as const;

export type ApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];

/** What a credential uses unless it picks another: the version the operation table was generated from. */
export const DEFAULT_API_VERSION: ApiVersion = '2026-10';

export function isSupportedApiVersion(value: unknown): value is ApiVersion {
	return (SUPPORTED_API_VERSIONS as readonly unknown[]).includes(value);
}

/** The credential's "API Version" field: its default when unset, otherwise it must be a supported version. */
export function apiVersionOf(credentialValue: unknown): ApiVersion {
	if (credentialValue === undefined || credentialValue === null || credentialValue === '') return DEFAULT_API_VERSION;
	if (isSupportedApiVersion(credentialValue)) return credentialValue;
	throw new Error(
		`The credential's "API Version" must be one of ${SUPPORTED_API_VERSIONS.join(', ')}, got "${String(credentialValue)}". ` +
			'Pick one of them in the Polar credential.',
	);
}
