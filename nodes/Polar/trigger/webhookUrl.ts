/**
 * Which webhook endpoint URLs Polar accepts (server/polar/webhook/schemas.py: `EndpointURL`): https
 * only, with a host that is not `localhost`, `127.0.0.1`, `0.0.0.0`, `[::1]` or any IP address that
 * is not globally routable. Host names are not resolved: Polar refuses by what the URL says.
 *
 * The trigger checks this before calling Polar, so a refusal can say what to do; the local emulator
 * applies the same rule (unless told to allow loopback), so tests see Polar's 422.
 */

export type WebhookUrlProblem = 'notHttps' | 'notAUrl' | 'privateAddress';

const LOCALHOST_NAMES = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);

/** The reason Polar would refuse `url` as a webhook endpoint, or undefined when it accepts it. */
export function webhookUrlProblem(url: string): WebhookUrlProblem | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return 'notAUrl';
	}
	if (parsed.protocol !== 'https:') return 'notHttps';
	const host = parsed.hostname.toLowerCase();
	if (!host) return 'notAUrl';
	if (LOCALHOST_NAMES.has(host)) return 'privateAddress';
	const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
	const v4 = parseIPv4(bare);
	if (v4) return isGlobalIPv4(v4) ? undefined : 'privateAddress';
	const v6 = bare.includes(':') ? parseIPv6(bare) : undefined;
	if (v6) return isGlobalIPv6(v6) ? undefined : 'privateAddress';
	return undefined;
}

/** Polar's wording for each refusal (its 422 `msg`), so the emulator answers what Polar answers. */
export const POLAR_URL_MESSAGES: Record<WebhookUrlProblem, { type: string; msg: string }> = {
	notHttps: { type: 'url_scheme', msg: "URL scheme should be 'https'" },
	notAUrl: { type: 'url_parsing', msg: 'Input should be a valid URL' },
	privateAddress: { type: 'value_error', msg: 'Value error, Webhook URLs cannot point to localhost or private IP addresses.' },
};

function parseIPv4(host: string): number[] | undefined {
	const parts = host.split('.');
	if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
	const bytes = parts.map(Number);
	return bytes.every((b) => b <= 255) ? bytes : undefined;
}

/** Not private, loopback, link-local, shared (CGNAT), documentation, benchmarking, reserved or broadcast. */
function isGlobalIPv4([a, b, c]: number[]): boolean {
	if (a === 0 || a === 10 || a === 127 || a >= 240) return false;
	if (a === 100 && b >= 64 && b <= 127) return false;
	if (a === 169 && b === 254) return false;
	if (a === 172 && b >= 16 && b <= 31) return false;
	if (a === 192 && b === 168) return false;
	if (a === 192 && b === 0 && (c === 0 || c === 2)) return false;
	if (a === 198 && (b === 18 || b === 19)) return false;
	if (a === 198 && b === 51 && c === 100) return false;
	if (a === 203 && b === 0 && c === 113) return false;
	return true;
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function parseIPv6(host: string): number[] | undefined {
	let text = host;
	const lastColon = text.lastIndexOf(':');
	const v4 = parseIPv4(text.slice(lastColon + 1));
	if (v4) text = `${text.slice(0, lastColon + 1)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
	const halves = text.split('::');
	if (halves.length > 2) return undefined;
	const groups = (s: string) => (s === '' ? [] : s.split(':'));
	const head = groups(halves[0]);
	const rest = halves.length === 2 ? groups(halves[1]) : [];
	if (![...head, ...rest].every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
	const missing = 8 - head.length - rest.length;
	if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
	return [...head, ...Array<string>(missing).fill('0'), ...rest].map((g) => parseInt(g, 16));
}

function isGlobalIPv6(g: number[]): boolean {
	if (g.every((x) => x === 0)) return false; // unspecified
	if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return false; // loopback
	if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return isGlobalIPv4([g[6] >> 8, g[6] & 0xff, g[7] >> 8]); // IPv4-mapped
	if ((g[0] & 0xfe00) === 0xfc00) return false; // unique local
	if ((g[0] & 0xffc0) === 0xfe80) return false; // link-local
	if (g[0] === 0x2001 && g[1] === 0x0db8) return false; // documentation
	if (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return false; // discard-only
	return true;
}
