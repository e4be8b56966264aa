import { randomBytes } from 'node:crypto';
import { WebhookVerificationError } from 'standardwebhooks';
import { computeSignature, signingKeys, verifySignature } from '../../../nodes/Polar/trigger/verifySignature';
import type { PolarSigningScheme } from '../../harness/polarSigner';
import { polarSigner, polarWebhookSecret } from '../../harness/polarSigner';

/**
 * Our verifier against the Standard Webhooks reference library, driven the way Polar's server
 * drives it (test/harness/polarSigner.ts): `new Webhook(secret)` for standard endpoints,
 * `new Webhook(base64(utf8(secret)))` for legacy ones.
 */

const CASES: Array<{ scheme: PolarSigningScheme; secret: string }> = [
	{ scheme: 'standard', secret: polarWebhookSecret(true) },
	{ scheme: 'standard', secret: `whsec_${randomBytes(32).toString('base64')}` },
	{ scheme: 'legacy', secret: polarWebhookSecret(false) },
	{ scheme: 'legacy', secret: 'whsec_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N' },
	// Not what Polar generates, but a legacy key is any string's bytes.
	{ scheme: 'legacy', secret: 'ünïcödé-sécret-✓' },
];

const BODIES = [
	'{"type":"order.paid","timestamp":"2026-10-01T12:00:00Z","data":{"id":"o1"}}',
	'{"type":"customer.updated","timestamp":"2026-10-01T12:00:00Z","data":{"name":"Zoë 🚀","tags":[1,2,3]}}',
	'{ "spaced" :  true }\n',
];

describe('agreement with the standardwebhooks reference library, as Polar signs', () => {
	test.each(CASES)('deliveries the reference signs are accepted under the endpoint\'s scheme and "either" ($scheme #%#)', ({ scheme, secret }) => {
		const reference = polarSigner(secret, scheme);
		for (const [i, body] of BODIES.entries()) {
			const id = `msg_${i}_${randomBytes(6).toString('hex')}`;
			const now = new Date();
			const timestamp = Math.floor(now.getTime() / 1000);
			const headers = { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': reference.sign(id, now, body) };
			for (const allowed of [scheme, 'either'] as const) {
				expect(verifySignature({ secret, scheme: allowed, headers, rawBody: body, nowMs: now.getTime() })).toEqual({ valid: true, webhookId: id, timestamp, key: scheme });
				expect(verifySignature({ secret, scheme: allowed, headers, rawBody: Buffer.from(body, 'utf8'), nowMs: now.getTime() }).valid).toBe(true);
				// And a body the reference signed is refused once changed.
				expect(verifySignature({ secret, scheme: allowed, headers, rawBody: `${body} `, nowMs: now.getTime() }).valid).toBe(false);
			}
			const other = scheme === 'standard' ? 'legacy' : 'standard';
			expect(verifySignature({ secret, scheme: other, headers, rawBody: body, nowMs: now.getTime() }).valid).toBe(false);
		}
	});

	test.each(CASES)('the reference accepts what our signer produces with the scheme\'s key ($scheme #%#)', ({ scheme, secret }) => {
		const reference = polarSigner(secret, scheme);
		const [{ key }] = signingKeys(secret, scheme);
		for (const body of BODIES) {
			const id = `msg_${randomBytes(6).toString('hex')}`;
			const timestamp = Math.floor(Date.now() / 1000);
			const ours = `v1,${computeSignature(key, id, String(timestamp), body)}`;
			expect(ours).toBe(reference.sign(id, new Date(timestamp * 1000), body));
			const headers = { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': ours };
			expect(reference.verify(body, headers)).toEqual(JSON.parse(body));
			// Sanity: the reference is not accepting anything.
			expect(() => reference.verify(`${body}x`, headers)).toThrow(WebhookVerificationError);
		}
	});

	test('a multi-signature header the reference accepts is accepted by ours', () => {
		const { secret, scheme } = CASES[0];
		const body = BODIES[1];
		const id = 'msg_rotation';
		const now = new Date();
		const header = `${polarSigner(polarWebhookSecret(true), 'standard').sign(id, now, body)} ${polarSigner(secret, scheme).sign(id, now, body)}`;
		const headers = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': header };
		expect(polarSigner(secret, scheme).verify(body, headers)).toEqual(JSON.parse(body));
		expect(verifySignature({ secret, scheme, headers, rawBody: body, nowMs: now.getTime() }).valid).toBe(true);
	});
});
