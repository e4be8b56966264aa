import type { HttpHeaders } from './headers';
import { normalizeHeaders } from './headers';

/**
 * What a failed exchange with Polar was: Polar's reply outside 2xx, a network failure (no usable
 * reply; which ones may have reached Polar decides retry.ts), or neither: a failure inside n8n
 * itself, which is shown with its own message and never retried as if the network had failed.
 */

/** A reply outside 2xx, or no reply at all (`statusCode` 0 and a network `code`). */
export class PolarHttpError extends Error {
	/** the Polar-Version the request asked for (set by sendOnce), for errors that concern the version */
	apiVersion?: string;

	constructor(
		readonly statusCode: number,
		readonly headers: HttpHeaders,
		readonly body: unknown,
		readonly code?: string,
		/** the system call that failed without a reply ('connect', 'write', 'read', …), when Node says */
		readonly syscall?: string,
	) {
		super(statusCode ? `HTTP ${statusCode}` : `network error ${code ?? ''}`.trim());
		this.name = 'PolarHttpError';
	}
}

/**
 * A request that failed in n8n, not at Polar nor on the way: n8n's expression engine ("No bridge
 * acquired for this context" when two polls of one workflow overlap), a credential n8n could not
 * read, a cancelled execution. It keeps only the message (n8n's error holds the request headers,
 * Authorization included), is never retried, and is shown as it is.
 */
export class LocalFailure extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'LocalFailure';
	}
}

/*
 * The network failures n8n's HTTP helper (axios on Node's http/https) reports, by the Node error
 * code; test/engine/transport/networkCodes.test.ts causes each on loopback through n8n's engine:
 * - connection refused → ECONNREFUSED (syscall connect): nothing was sent;
 * - plain HTTP answering a TLS handshake → EPROTO: the handshake failed, so the request (written only
 *   after it) was not sent; DNS failures (ENOTFOUND, EAI_AGAIN from getaddrinfo) and unreachable
 *   networks fail before connecting, as does a connect that times out (ETIMEDOUT with syscall connect);
 * - a connection closed or reset by the server → ECONNRESET ("socket hang up" or "read ECONNRESET"),
 *   the same whether the server closed it before or after reading the request, so it may have been
 *   applied; likewise EPIPE;
 * - the Request Timeout option → ECONNABORTED ("timeout of … ms exceeded"): sent, no reply in time;
 * - a reply that cannot be read → HPE_* (HTTP parse errors) or ERR_BAD_RESPONSE with a 2xx status
 *   (body cut off): sent, and for a 2xx certainly applied;
 * - a certificate or TLS refusal (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_…): not
 *   sent, and retrying cannot fix it.
 * Any other code (ERR_CANCELED when the execution is stopped, ERR_INVALID_URL, …) and an error with
 * none is not a network failure.
 */

/** Failed before anything reached Polar. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'EPROTO', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EADDRNOTAVAIL', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);
/** Sent, or possibly sent, and no usable reply came back. */
export const LOST_REPLY_CODES: ReadonlySet<string> = new Set([
	'ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ERR_BAD_RESPONSE', 'ERR_NETWORK', 'UND_ERR_SOCKET',
	'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT',
]);
/** A reply that was not HTTP (llhttp's parse errors). */
export const isUnreadableReplyCode = (code: string): boolean => code.startsWith('HPE_');
/** TLS refused the connection: an expired, self-signed or mismatched certificate, a broken handshake. */
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_(GET|VERIFY|DECRYPT)|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|ERR_OSSL_)/;

/** Whether a Node or HTTP-client error code says the network failed (the request or its reply never made it). */
export function isNetworkFailureCode(code: string | undefined): code is string {
	return !!code && (NOT_SENT_CODES.has(code) || LOST_REPLY_CODES.has(code) || isUnreadableReplyCode(code) || TLS_CODE.test(code));
}

/** A Node or HTTP-client error code inside a text ("connect ECONNREFUSED 127.0.0.1:1" → ECONNREFUSED). */
const ERROR_CODE_IN_TEXT = /\b(E[A-Z][A-Z_]{2,}|ERR_[A-Z_]+|HPE_[A-Z_]+|UND_ERR_[A-Z_]+|CERT_[A-Z_]+)\b/;
/** Node's words for a connection closed under a request, which name no code (it is ECONNRESET). */
const RESET_IN_WORDS = /^(socket hang up|aborted|Client network socket disconnected before secure TLS connection was established)$/;

type ThrownShape = {
	httpCode?: unknown;
	context?: { data?: unknown };
	messages?: unknown;
	message?: unknown;
	cause?: unknown;
	response?: unknown;
	code?: unknown;
};

/**
 * What n8n-workflow up to 2.33 leaves of a failed exchange once `cause` is wiped: the status as
 * `httpCode`, a JSON object body as `context.data`, and for a failure without a reply the client's
 * message among `messages` (its code then names the failure, e.g. "connect ECONNREFUSED …").
 */
function fromWipedCause(e: ThrownShape): PolarHttpError | undefined {
	const status = Number(e.httpCode ?? 0);
	if (Number.isInteger(status) && status >= 300 && status <= 599) return new PolarHttpError(status, {}, e.context?.data ?? null);
	const texts = [...(Array.isArray(e.messages) ? e.messages : []), e.message].filter((t): t is string => typeof t === 'string');
	for (const text of texts) {
		const code = ERROR_CODE_IN_TEXT.exec(text)?.[1];
		if (isNetworkFailureCode(code)) return new PolarHttpError(0, {}, null, code, /^(connect|read|write|getaddrinfo) E/.exec(text)?.[1]);
		// axios's own words for its timeout, and Node's for a reset, which carry no code
		if (/^timeout of \d+ms exceeded/.test(text)) return new PolarHttpError(0, {}, null, 'ECONNABORTED');
		if (RESET_IN_WORDS.test(text)) return new PolarHttpError(0, {}, null, 'ECONNRESET');
	}
	return undefined;
}

/** The words of a failure that is not an exchange's: the error n8n wrapped, else n8n's own. */
function localMessage(e: ThrownShape): string {
	const inner = e.cause instanceof Error && e.cause.message ? e.cause.message : undefined;
	const own = typeof e.message === 'string' && e.message ? e.message : undefined;
	return inner ?? own ?? 'The request to Polar failed inside n8n';
}

/**
 * Reduces whatever n8n's helper threw to what it was: Polar's reply (status, headers, body), a
 * network failure (its code), or a LocalFailure with the error's own message.
 */
export function toRequestFailure(error: unknown): PolarHttpError | LocalFailure {
	if (error instanceof PolarHttpError || error instanceof LocalFailure) return error;
	const e = (error ?? {}) as ThrownShape;
	const wiped = !(e.cause && typeof e.cause === 'object') && !e.response && typeof e.code !== 'string';
	if (wiped) {
		const rebuilt = fromWipedCause(e);
		if (rebuilt) return rebuilt;
	}
	const source = (e.cause && typeof e.cause === 'object' ? e.cause : e) as {
		response?: { status?: number; statusCode?: number; headers?: Record<string, string>; data?: unknown; body?: unknown };
		code?: string;
		syscall?: string;
		cause?: { code?: string; syscall?: string };
	};
	const response = source.response ?? (e.response as typeof source.response);
	const code = source.code ?? source.cause?.code ?? (typeof e.code === 'string' ? e.code : undefined);
	const status = Number(response?.status ?? response?.statusCode ?? 0);
	// A 2xx that still failed: the reply was cut off or unreadable (axios ERR_BAD_RESPONSE); for a write, it was applied.
	if (status >= 200 && status < 300) return new PolarHttpError(0, normalizeHeaders(response?.headers), null, isNetworkFailureCode(code) ? code : 'ERR_BAD_RESPONSE');
	if (response && status) {
		let body = response.data ?? response.body;
		if (Buffer.isBuffer(body)) body = body.toString('utf8');
		if (typeof body === 'string') {
			try {
				body = JSON.parse(body);
			} catch {
				// keep text
			}
		}
		return new PolarHttpError(status, normalizeHeaders(response.headers), body);
	}
	if (isNetworkFailureCode(code)) return new PolarHttpError(0, {}, null, code, source.syscall ?? source.cause?.syscall);
	return new LocalFailure(localMessage(e));
}
