import { parseArgs } from 'node:util';
import { startEmulator } from './server';
import { SCOPES } from '../../nodes/Polar/generated/meta';
import type { EmulatorOptions, FaultKind, TokenSetting } from './types';

const USAGE = `Local Polar emulator (dev tool)

Usage: node build/tools/emulator/cli.js [options]

  --port N              port on 127.0.0.1 (default 4100; 0 = any free port)
  --latency MS          delay added to every API reply
  --rate-limit LIMIT    production (500/min per token, the default) | sandbox (100/min) | N/MS | off
  --rate-limit-headers  add X-RateLimit-* headers to every reply (Polar sends none)
  --honour-idempotency-key  replay writes repeated with the same Idempotency-Key (Polar ignores it)
  --legacy-webhook-secrets  new webhook endpoints sign the pre-2026-09-08 way (UTF-8 key)
  --allow-loopback-webhooks accept http and loopback/private webhook URLs (Polar answers 422)
  --webhook-backoff-scale X multiply Polar's delays between webhook deliveries (default 1; 0.001 = seconds)
  --webhooks-unreachable  every webhook delivery fails as if the receiver were down (POST /__emulator/config to end it)
  --faults RATE         share of requests that fail, 0..1
  --fault-kinds LIST    comma-separated: 429,500,502,503,504,reset,timeout (default 429,500,502,503,reset)
  --fault-phase PHASE   before | after | mixed (default mixed)
  --seed N              deterministic ids, secrets and faults
  --seed-data           start with a demo dataset (products, 250 customers, orders, subscriptions, …)
  --token T[=S1,S2…]    an access token Polar issued, with its scopes (none given: every scope);
                        repeat it for more tokens. Any other token gets Polar's 401, a token
                        without an operation's scope its 403
  --any-token           accept any non-empty token, with every scope (Polar does not)
  --help

Control API: GET /__emulator/stats, GET /__emulator/log, POST /__emulator/config,
POST /__emulator/seed, POST /__emulator/reset, GET /__emulator/collections/:name,
POST /__emulator/webhooks/deliver.`;

const FAULT_KINDS: FaultKind[] = ['429', '500', '502', '503', '504', 'reset', 'timeout'];

function fail(message: string): never {
	process.stderr.write(`${message}\n\n${USAGE}\n`);
	process.exit(2);
}

function number(name: string, value: string | undefined, min: number, max: number): number | undefined {
	if (value === undefined) return undefined;
	const n = Number(value);
	if (!Number.isFinite(n) || n < min || n > max) fail(`--${name} must be a number from ${min} to ${max}, got "${value}"`);
	return n;
}

/** `--token polar_oat_x=products:read,products:write` → the token and its scopes. */
function tokenSetting(arg: string): TokenSetting {
	const at = arg.indexOf('=');
	const token = (at < 0 ? arg : arg.slice(0, at)).trim();
	if (!token) fail(`--token needs a token, got "${arg}"`);
	if (at < 0) return token;
	const scopes = arg.slice(at + 1).split(',').map((s) => s.trim()).filter(Boolean);
	const unknown = scopes.filter((s) => !SCOPES.includes(s));
	if (unknown.length) fail(`--token ${token}: unknown scope(s) ${unknown.join(', ')}; Polar's scopes are ${SCOPES.join(', ')}`);
	return { token, scopes };
}

function parseOptions(argv: string[]): { options: EmulatorOptions; seedData: boolean } {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			options: {
				port: { type: 'string' },
				latency: { type: 'string' },
				'rate-limit': { type: 'string' },
				faults: { type: 'string' },
				'fault-kinds': { type: 'string' },
				'fault-phase': { type: 'string' },
				seed: { type: 'string' },
				'seed-data': { type: 'boolean' },
				token: { type: 'string', multiple: true },
				'any-token': { type: 'boolean' },
				'rate-limit-headers': { type: 'boolean' },
				'honour-idempotency-key': { type: 'boolean' },
				'legacy-webhook-secrets': { type: 'boolean' },
				'allow-loopback-webhooks': { type: 'boolean' },
				'webhook-backoff-scale': { type: 'string' },
				'webhooks-unreachable': { type: 'boolean' },
				help: { type: 'boolean' },
			},
		}).values;
	} catch (error) {
		fail((error as Error).message);
	}
	if (parsed.help) {
		process.stdout.write(`${USAGE}\n`);
		process.exit(0);
	}
	const options: EmulatorOptions = {
		port: number('port', parsed.port, 0, 65535) ?? 4100,
		latencyMs: number('latency', parsed.latency, 0, 600_000),
		seed: number('seed', parsed.seed, 0, 2 ** 32 - 1),
	};
	const limit = parsed['rate-limit'];
	if (limit === 'production' || limit === 'sandbox') options.rateLimit = limit;
	else if (limit === 'off') options.rateLimit = null;
	else if (limit !== undefined) {
		const m = /^(\d+)\/(\d+)$/.exec(limit);
		if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) fail(`--rate-limit must be production, sandbox, off or N/MS such as 100/60000 (requests/milliseconds), got "${limit}"`);
		options.rateLimit = { limit: Number(m[1]), windowMs: Number(m[2]) };
	}
	if (parsed['rate-limit-headers']) options.rateLimitHeaders = true;
	if (parsed['honour-idempotency-key']) options.honourIdempotencyKey = true;
	if (parsed['legacy-webhook-secrets']) options.legacyWebhookSecrets = true;
	if (parsed['allow-loopback-webhooks']) options.allowLoopbackWebhooks = true;
	if (parsed['webhooks-unreachable']) options.webhooksUnreachable = true;
	const backoffScale = number('webhook-backoff-scale', parsed['webhook-backoff-scale'], 0, 1000);
	if (backoffScale !== undefined) options.webhookBackoffScale = backoffScale;
	const rate = number('faults', parsed.faults, 0, 1);
	if (rate !== undefined) {
		const kinds = (parsed['fault-kinds'] ?? '429,500,502,503,reset').split(',').map((k) => k.trim()) as FaultKind[];
		const unknown = kinds.filter((k) => !FAULT_KINDS.includes(k));
		if (unknown.length) fail(`--fault-kinds: unknown kind(s) ${unknown.join(', ')}`);
		const phase = parsed['fault-phase'] ?? 'mixed';
		if (!['before', 'after', 'mixed'].includes(phase)) fail(`--fault-phase must be before, after or mixed, got "${phase}"`);
		options.faults = { rate, kinds, phase: phase as 'before' | 'after' | 'mixed' };
	}
	if (parsed.token?.length) options.tokens = parsed.token.map(tokenSetting);
	if (parsed['any-token']) options.acceptAnyToken = true;
	return { options, seedData: parsed['seed-data'] === true };
}

async function main(): Promise<void> {
	const { options, seedData } = parseOptions(process.argv.slice(2));
	const emulator = await startEmulator(options);
	if (seedData) {
		const counts = emulator.seedDemo();
		process.stdout.write(`Seeded demo data: ${Object.entries(counts).map(([c, n]) => `${n} ${c}`).join(', ')}\n`);
	}
	process.stdout.write(`Polar emulator listening on ${emulator.url}\n`);
	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		process.stdout.write(`\n${signal}: stopping the Polar emulator (${emulator.stats().requests} requests served)\n`);
		emulator.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
