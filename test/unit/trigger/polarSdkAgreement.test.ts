import { createHmac } from 'node:crypto';
import type { SigningScheme } from '../../../nodes/Polar/trigger/verifySignature';
import { signingKeys, verifySignature } from '../../../nodes/Polar/trigger/verifySignature';
import { sdkWebhooks } from '../../harness/polarSdk';
import { polarSignature, polarWebhookSecret } from '../../harness/polarSigner';

/**
 * Polar's SDK 1.0.1 `webhooks.validateEvent` is the oracle: over a generated set of deliveries our
 * verdict must be the SDK's, in both directions, for a pasted secret ("either"). Where the endpoint
 * pins its scheme we accept exactly what the SDK accepts minus what the other scheme's key signed.
 * The few deliberate differences (canonical timestamps, signatures and secrets; short ids) are
 * listed at the end and checked one by one.
 */

const sdk = sdkWebhooks('2026-10');

type KeyKind = 'standard' | 'legacy' | 'foreign';

interface Delivery {
	name: string;
	secret: string;
	body: string;
	headers: Record<string, string>;
	nowMs: number;
	/** the key of `secret` behind the signature that should match; 'foreign' when none should */
	signedWith: KeyKind;
}

const SECRETS = { standard: polarWebhookSecret(true), legacy: polarWebhookSecret(false), legacyOther: polarWebhookSecret(false) };
const FOREIGN_SECRET = polarWebhookSecret(true);
const BODY = JSON.stringify({ type: 'order.paid', timestamp: '2026-10-01T12:00:00.000000Z', data: { id: 'ord_1', amount: 1999, note: 'Grüße ✓' } });
const BASE_S = 1_790_000_000;
/** Clocks on a whole second and inside one, where rounding would show. */
const CLOCKS_MS = [BASE_S * 1000, BASE_S * 1000 + 123, BASE_S * 1000 + 999];

/** Signs with a key of `secret`; the "standard" key of a legacy secret is decoded by atob, independently of ours. */
function entry(secret: string, key: KeyKind, id: string, timestamp: number, body: string): string {
	if (key === 'foreign') return polarSignature(FOREIGN_SECRET, 'standard', id, timestamp, body);
	const isStandardSecret = secret === SECRETS.standard;
	if (key === 'legacy') return polarSignature(secret, 'legacy', id, timestamp, body);
	if (isStandardSecret) return polarSignature(secret, 'standard', id, timestamp, body);
	const decoded = Buffer.from(atob(secret.slice('whsec_'.length)), 'latin1');
	return `v1,${createHmac('sha256', decoded).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

function generate(): Delivery[] {
	const out: Delivery[] = [];
	let n = 0;
	for (const [label, secret] of Object.entries(SECRETS)) {
		for (const key of ['standard', 'legacy', 'foreign'] as const) {
			for (const nowMs of CLOCKS_MS) {
				const nowS = Math.floor(nowMs / 1000);
				for (const offset of [0, -299, -300, -301, 299, 300, 301]) {
					const id = `msg_${++n}`;
					const ts = nowS + offset;
					const headers = { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': entry(secret, key, id, ts, BODY) };
					out.push({ name: `${label}/${key}/clock+${nowMs % 1000}ms/offset ${offset}`, secret, body: BODY, headers, nowMs, signedWith: key });
				}
			}
			const nowMs = CLOCKS_MS[1];
			const ts = Math.floor(nowMs / 1000);
			const id = `msg_${++n}`;
			const good = entry(secret, key, id, ts, BODY);
			const wrong = entry(secret, 'foreign', id, ts, BODY);
			const base = { 'webhook-id': id, 'webhook-timestamp': String(ts) };
			const variants: Array<[string, Record<string, string>, string, KeyKind]> = [
				['tampered body', { ...base, 'webhook-signature': good }, BODY.replace('1999', '1'), 'foreign'],
				['other id header', { ...base, 'webhook-id': `${id}x`, 'webhook-signature': good }, BODY, 'foreign'],
				['other timestamp header', { ...base, 'webhook-timestamp': String(ts + 1), 'webhook-signature': good }, BODY, 'foreign'],
				['wrong then good entry', { ...base, 'webhook-signature': `${wrong} ${good}` }, BODY, key],
				['good then wrong entry', { ...base, 'webhook-signature': `${good} ${wrong}` }, BODY, key],
				['junk, double space, good', { ...base, 'webhook-signature': `nonsense v1,!!!  ${good}` }, BODY, key],
				['good value under v2', { ...base, 'webhook-signature': good.replace(/^v1,/, 'v2,') }, BODY, 'foreign'],
				['bare value', { ...base, 'webhook-signature': good.slice(3) }, BODY, 'foreign'],
				['empty v1 entry', { ...base, 'webhook-signature': 'v1,' }, BODY, 'foreign'],
				['no webhook-id', { 'webhook-timestamp': String(ts), 'webhook-signature': good }, BODY, 'foreign'],
				['no webhook-timestamp', { 'webhook-id': id, 'webhook-signature': good }, BODY, 'foreign'],
				['no webhook-signature', { ...base }, BODY, 'foreign'],
				['empty webhook-id', { ...base, 'webhook-id': '', 'webhook-signature': good }, BODY, 'foreign'],
				['garbled timestamp', { ...base, 'webhook-timestamp': 'yesterday', 'webhook-signature': good }, BODY, 'foreign'],
				['no headers at all', {}, BODY, 'foreign'],
			];
			for (const [what, headers, body, signedWith] of variants) {
				out.push({ name: `${label}/${key}/${what}`, secret, body, headers, nowMs, signedWith: key === 'foreign' ? 'foreign' : signedWith });
			}
		}
	}
	return out;
}

async function sdkAccepts(delivery: Delivery): Promise<boolean> {
	jest.spyOn(Date, 'now').mockReturnValue(delivery.nowMs);
	try {
		await sdk.validateEvent(delivery.body, delivery.headers, delivery.secret);
		return true;
	} catch (error) {
		if (error instanceof sdk.PolarWebhookVerificationError) return false;
		throw error;
	} finally {
		jest.restoreAllMocks();
	}
}

function oursAccepts(delivery: Delivery, scheme: SigningScheme, rawBody: string | Buffer = delivery.body): boolean {
	return verifySignature({ secret: delivery.secret, scheme, headers: delivery.headers, rawBody, nowMs: delivery.nowMs }).valid;
}

describe("agreement with Polar's SDK webhooks.validateEvent", () => {
	const deliveries = generate();

	test('the generated set has deliveries the SDK accepts and ones it refuses, for every secret and key', async () => {
		const tally: Record<string, { accepted: number; refused: number }> = {};
		for (const delivery of deliveries) {
			const [secret, key] = delivery.name.split('/');
			const bucket = (tally[`${secret}/${key}`] ??= { accepted: 0, refused: 0 });
			if (await sdkAccepts(delivery)) bucket.accepted++;
			else bucket.refused++;
		}
		console.log(`${deliveries.length} deliveries; SDK verdicts by secret/key: ${JSON.stringify(tally)}`);
		for (const [bucket, { accepted, refused }] of Object.entries(tally)) {
			expect({ bucket, refusedSome: refused > 0, acceptedSome: accepted > 0 }).toEqual({ bucket, refusedSome: true, acceptedSome: !bucket.endsWith('foreign') });
		}
	});

	test('a pasted secret ("either"): ours accepts exactly what the SDK accepts', async () => {
		const disagreements: string[] = [];
		for (const delivery of deliveries) {
			const expected = await sdkAccepts(delivery);
			for (const rawBody of [delivery.body, Buffer.from(delivery.body, 'utf8')]) {
				if (oursAccepts(delivery, 'either', rawBody) !== expected) disagreements.push(`${delivery.name}: SDK ${expected ? 'accepts' : 'refuses'}`);
			}
		}
		expect(disagreements).toEqual([]);
	});

	test('a pinned scheme: ours accepts what the SDK accepts, except what the other scheme\'s key signed', async () => {
		const disagreements: string[] = [];
		let otherKeyRefusals = 0;
		for (const delivery of deliveries) {
			const sdkVerdict = await sdkAccepts(delivery);
			for (const scheme of ['standard', 'legacy'] as const) {
				// Deliberately stricter than the SDK: an endpoint that says how Polar signs gets only that key.
				const expected = sdkVerdict && delivery.signedWith === scheme;
				if (sdkVerdict && !expected) otherKeyRefusals++;
				if (oursAccepts(delivery, scheme) !== expected) disagreements.push(`${delivery.name} (${scheme}): expected ${expected}`);
			}
		}
		expect(disagreements).toEqual([]);
		expect(otherKeyRefusals).toBeGreaterThan(0);
	});

	test('the standard key of any secret is what the SDK derives with atob (2,000 generated strings)', () => {
		// A fixed-seed generator over base64's alphabet, padding and a few characters outside it.
		let seed = 20260908;
		const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/===-_';
		const disagreements: string[] = [];
		let decodable = 0;
		for (let i = 0; i < 2000; i++) {
			const text = Array.from({ length: next(13) }, () => alphabet[next(alphabet.length)]).join('');
			let sdkKey: Buffer | undefined;
			try {
				sdkKey = Buffer.from(atob(text), 'latin1');
			} catch {
				sdkKey = undefined;
			}
			if (sdkKey && sdkKey.length === 0) sdkKey = undefined; // the SDK drops an empty key too
			const ours = signingKeys(`whsec_${text}`, 'standard')[0]?.key;
			if (sdkKey) decodable++;
			if (!(sdkKey === undefined ? ours === undefined : ours !== undefined && ours.equals(sdkKey))) disagreements.push(JSON.stringify(text));
		}
		console.log(`standard keys: ${decodable} of 2000 generated strings decode`);
		expect(disagreements).toEqual([]);
		expect(decodable).toBeGreaterThan(100);
	});

	describe('deliberately stricter than the SDK: only the canonical form Polar sends', () => {
		const secret = SECRETS.standard;
		const nowMs = CLOCKS_MS[1];
		const ts = Math.floor(nowMs / 1000);
		const id = 'msg_strict';
		const good = polarSignature(secret, 'standard', id, ts, BODY);

		test.each([
			// The SDK reads the header with Number() and signs over its floor; we take the digits as sent.
			['a fractional timestamp', { 'webhook-timestamp': `${ts}.4` }],
			['a timestamp with a leading zero', { 'webhook-timestamp': `0${ts}` }],
			['a timestamp with a plus sign', { 'webhook-timestamp': `+${ts}` }],
			['a timestamp in exponent notation', { 'webhook-timestamp': `${ts / 1e9}e9` }],
			// The SDK compares decoded bytes; we compare the base64 text Polar sends.
			['a signature without base64 padding', { 'webhook-signature': good.replace(/=+$/, '') }],
			['a signature with text after a second comma', { 'webhook-signature': `${good},extra` }],
			// Ids are remembered against replays, so they are kept small.
			['a webhook-id of 257 characters', { 'webhook-id': 'm'.repeat(257), 'webhook-signature': polarSignature(secret, 'standard', 'm'.repeat(257), ts, BODY) }],
		])('%s: the SDK accepts it, we refuse it', async (what, overrides: Record<string, string>) => {
			const delivery: Delivery = { name: what, secret, body: BODY, nowMs, signedWith: 'standard', headers: { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': good, ...overrides } };
			expect(await sdkAccepts(delivery)).toBe(true);
			for (const scheme of ['standard', 'either'] as const) expect(oursAccepts(delivery, scheme)).toBe(false);
		});

		test('a secret with whitespace inside: the SDK\'s atob skips it for the standard key, we do not', async () => {
			const key = Buffer.from(SECRETS.standard.slice('whsec_'.length), 'base64');
			const spaced = `whsec_${key.toString('base64').replace(/(.{8})/g, '$1 ').trim()}`;
			const signature = `v1,${createHmac('sha256', key).update(`${id}.${ts}.${BODY}`).digest('base64')}`;
			const delivery: Delivery = { name: 'spaced secret', secret: spaced, body: BODY, nowMs, signedWith: 'standard', headers: { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signature } };
			expect(await sdkAccepts(delivery)).toBe(true);
			for (const scheme of ['standard', 'either'] as const) expect(oursAccepts(delivery, scheme)).toBe(false);
		});
	});
});
