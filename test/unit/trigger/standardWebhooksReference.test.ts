import { createHmac, randomBytes } from 'node:crypto';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { computeSignature, verifySignature } from '../../../nodes/Polar/trigger/verifySignature';

/**
 * Our verifier must agree with the Standard Webhooks reference library as Polar's SDKs drive it:
 * the SDKs hand it base64(UTF-8 bytes of the secret), so the HMAC key is the secret's own bytes.
 */
function referenceFor(secret: string): Webhook {
	return new Webhook(Buffer.from(secret, 'utf8').toString('base64'));
}

/** A signer written from the spec text alone (not the code under test). */
function specSigner(secret: string, id: string, timestampSeconds: number, body: string): string {
	return `v1,${createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64')}`;
}

const SECRETS = [
	'polar_whs_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK',
	'whsec_ovyN6cPrTv56AApvzCaJno08SSmGJmgbWilb33N2JuK',
	'short',
	'ünïcödé-sécret-✓',
	`polar_whs_${randomBytes(32).toString('base64url')}`,
];

const BODIES = [
	'{"type":"order.paid","timestamp":"2026-10-01T12:00:00Z","data":{"id":"o1"}}',
	'{"type":"customer.updated","timestamp":"2026-10-01T12:00:00Z","data":{"name":"Zoë 🚀","tags":[1,2,3]}}',
	'{ "spaced" :  true }\n',
];

describe('agreement with the standardwebhooks reference library', () => {
	test.each(SECRETS)('deliveries the reference signs are accepted (secret %#)', (secret) => {
		const reference = referenceFor(secret);
		for (const [i, body] of BODIES.entries()) {
			const id = `msg_${i}_${randomBytes(6).toString('hex')}`;
			const now = new Date();
			const signature = reference.sign(id, now, body);
			const headers = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': signature };
			expect(verifySignature({ secret, headers, rawBody: body, nowMs: now.getTime() })).toEqual({ valid: true, webhookId: id, timestamp: Math.floor(now.getTime() / 1000) });
			expect(verifySignature({ secret, headers, rawBody: Buffer.from(body, 'utf8'), nowMs: now.getTime() }).valid).toBe(true);
			// And a body the reference signed is refused once changed.
			expect(verifySignature({ secret, headers, rawBody: `${body} `, nowMs: now.getTime() }).valid).toBe(false);
		}
	});

	test.each(SECRETS)('the reference accepts what a spec signer and our signer produce (secret %#)', (secret) => {
		const reference = referenceFor(secret);
		for (const body of BODIES) {
			const id = `msg_${randomBytes(6).toString('hex')}`;
			const timestamp = Math.floor(Date.now() / 1000);
			const fromSpec = specSigner(secret, id, timestamp, body);
			const fromOurs = `v1,${computeSignature(secret, id, String(timestamp), body)}`;
			expect(fromOurs).toBe(fromSpec);
			for (const signature of [fromSpec, fromOurs]) {
				const headers = { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
				expect(reference.verify(body, headers)).toEqual(JSON.parse(body));
				// Sanity: the reference is not accepting anything.
				expect(() => reference.verify(`${body}x`, headers)).toThrow(WebhookVerificationError);
			}
		}
	});

	test('the reference and our verifier agree on the five-minute window', () => {
		const secret = SECRETS[0];
		const reference = referenceFor(secret);
		const body = BODIES[0];
		for (const offset of [-301, -299, 0, 299, 301]) {
			const timestamp = Math.floor(Date.now() / 1000) + offset;
			const headers = { 'webhook-id': 'msg_window', 'webhook-timestamp': String(timestamp), 'webhook-signature': specSigner(secret, 'msg_window', timestamp, body) };
			let referenceAccepts = true;
			try {
				reference.verify(body, headers);
			} catch {
				referenceAccepts = false;
			}
			expect(verifySignature({ secret, headers, rawBody: body, nowMs: Date.now() }).valid).toBe(referenceAccepts);
			expect(referenceAccepts).toBe(Math.abs(offset) < 300);
		}
	});

	test('a multi-signature header the reference accepts is accepted by ours', () => {
		const secret = SECRETS[0];
		const body = BODIES[1];
		const id = 'msg_rotation';
		const timestamp = Math.floor(Date.now() / 1000);
		const header = `${specSigner('old-secret', id, timestamp, body)} ${specSigner(secret, id, timestamp, body)}`;
		const headers = { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': header };
		expect(referenceFor(secret).verify(body, headers)).toEqual(JSON.parse(body));
		expect(verifySignature({ secret, headers, rawBody: body, nowMs: Date.now() }).valid).toBe(true);
	});
});
