import type { INodePropertyOptions } from 'n8n-workflow';
import { PolarApi } from '../../../credentials/PolarApi.credentials';
import { PolarOAuth2Api } from '../../../credentials/PolarOAuth2Api.credentials';
import { apiVersionOf, DEFAULT_API_VERSION, SUPPORTED_API_VERSIONS } from '../../../nodes/Polar/apiVersions';
import { API_VERSION } from '../../../nodes/Polar/generated/meta';
import { retiredVersionMessage } from '../../../nodes/Polar/transport/errors';
import { PolarHttpError } from '../../../nodes/Polar/transport/request';

describe('supported API versions', () => {
	test('2026-10 (the version the table was generated from) is the default; 2027-01 is supported too', () => {
		expect(SUPPORTED_API_VERSIONS).toEqual(['2026-10', '2027-01']);
		expect(DEFAULT_API_VERSION).toBe(API_VERSION);
	});

	test.each([
		['PolarApi', new PolarApi()],
		['PolarOAuth2Api', new PolarOAuth2Api()],
	])('the %s credential offers exactly the supported versions, default 2026-10', (_name, credential) => {
		const field = credential.properties.find((p) => p.name === 'apiVersion')!;
		expect((field.options as INodePropertyOptions[]).map((o) => o.value)).toEqual([...SUPPORTED_API_VERSIONS]);
		expect(field.default).toBe(DEFAULT_API_VERSION);
	});

	test('the credential test sends the version, and says what a refused version means', () => {
		const { request, rules } = new PolarApi().test;
		expect(request.headers).toEqual({ 'Polar-Version': '={{$credentials.apiVersion || "2026-10"}}' });
		expect(rules).toEqual([{ type: 'responseCode', properties: { value: 404, message: expect.stringMatching(/chosen API version/) } }]);
	});

	test('a credential value is the default when unset, kept when supported, refused otherwise', () => {
		expect(apiVersionOf(undefined)).toBe('2026-10');
		expect(apiVersionOf('')).toBe('2026-10');
		expect(apiVersionOf('2027-01')).toBe('2027-01');
		expect(() => apiVersionOf('2026-04')).toThrow('The credential\'s "API Version" must be one of 2026-10, 2027-01, got "2026-04".');
	});
});

describe('retiredVersionMessage', () => {
	const failure = (status: number, headers: Record<string, string> = {}, apiVersion?: string) => {
		const error = new PolarHttpError(status, headers, { detail: 'Not Found' });
		error.apiVersion = apiVersion;
		return error;
	};

	test('a 404 without Polar-Version (the version middleware) names the version and the newer one', () => {
		expect(retiredVersionMessage(failure(404, {}, '2026-10'))).toEqual({
			message: 'Polar no longer serves API version 2026-10',
			description: expect.stringMatching(/^Pick a newer API version \(2027-01\) in the Polar credential/),
		});
		expect(retiredVersionMessage(failure(404, {}, '2027-01'))?.description).toMatch(/update n8n-nodes-polar/);
		expect(retiredVersionMessage(failure(404))?.message).toBe('Polar no longer serves the API version chosen in the credential');
	});

	test('a 404 from a route (with Polar-Version) or any other status is not about the version', () => {
		expect(retiredVersionMessage(failure(404, { 'polar-version': '2026-10' }, '2026-10'))).toBeUndefined();
		expect(retiredVersionMessage(failure(400, {}, '2026-10'))).toBeUndefined();
		expect(retiredVersionMessage(failure(0, {}, '2026-10'))).toBeUndefined();
	});
});
