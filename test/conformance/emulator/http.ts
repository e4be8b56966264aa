import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'undici';
import type { Emulator } from '../../../tools/emulator';

/** The token the emulator suites call with (any non-empty Bearer is accepted unless tokens are set). */
export const EMULATOR_TEST_TOKEN = 'polar_oat_emulator_test_token';

export interface CallOptions {
	body?: unknown;
	/** null: no Authorization header */
	token?: string | null;
	headers?: Record<string, string>;
}

export interface CallResult {
	status: number;
	headers: IncomingHttpHeaders;
	json: any;
	text: string;
}

/**
 * A plain HTTP client for the emulator suites: one request, the reply's status, headers and body
 * (parsed when it is JSON). Close `emulatorClient` in afterAll.
 */
export const emulatorClient = new Agent({ keepAliveTimeout: 1_000 });

export async function call(emu: Emulator, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
	const token = options.token === undefined ? EMULATOR_TEST_TOKEN : options.token;
	const headers: Record<string, string> = { ...(options.headers ?? {}) };
	if (token) headers.authorization = `Bearer ${token}`;
	let body: string | undefined;
	if (options.body !== undefined) {
		body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
		headers['content-type'] ??= 'application/json';
	}
	const res = await request(`${emu.url}${path}`, { method: method as 'GET', headers, body, dispatcher: emulatorClient });
	const text = await res.body.text();
	let json: unknown;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return { status: res.statusCode, headers: res.headers, json, text };
}
