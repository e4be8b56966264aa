import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeCredentialDescription,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { apiVersionOf } from '../apiVersions';
import { SERVERS } from '../generated/meta';
import type { HttpHeaders } from './headers';
import { normalizeHeaders } from './headers';
import { PolarHttpError, toRequestFailure } from './failures';
import type { RateWindow } from './rateLimits';
import { KNOWN_LIMITS } from './rateLimits';

export { LocalFailure, PolarHttpError } from './failures';

export type PolarContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions | IPollFunctions;

/**
 * The credential each value of the "Authentication" parameter (the node's and the trigger's)
 * selects: the one place that maps the two, and besides the credential classes the only one that
 * names the credential types.
 */
const CREDENTIAL_TYPE_BY_AUTHENTICATION = { accessToken: 'polarApi', oAuth2: 'polarOAuth2Api' } as const;

export type CredentialType = (typeof CREDENTIAL_TYPE_BY_AUTHENTICATION)[keyof typeof CREDENTIAL_TYPE_BY_AUTHENTICATION];

/** The credential an "Authentication" parameter value selects; anything unknown is the access token. */
export function credentialTypeOf(authentication: unknown): CredentialType {
	return authentication === 'oAuth2' ? CREDENTIAL_TYPE_BY_AUTHENTICATION.oAuth2 : CREDENTIAL_TYPE_BY_AUTHENTICATION.accessToken;
}

/** Whether the credential is an OAuth2 connection (which acts for a user, so it may reach several organizations). */
export function isOAuth2(credentialType: CredentialType): boolean {
	return credentialType === CREDENTIAL_TYPE_BY_AUTHENTICATION.oAuth2;
}

/**
 * A node description's `credentials`: each credential required and shown when "Authentication"
 * selects it, and when `show` holds too (the trigger's automatic registration).
 */
export function credentialDescriptions(show: Record<string, Array<string | number | boolean>> = {}): INodeCredentialDescription[] {
	return Object.entries(CREDENTIAL_TYPE_BY_AUTHENTICATION).map(([authentication, name]) => ({
		name,
		required: true,
		displayOptions: { show: { authentication: [authentication], ...show } },
	}));
}

/** One HTTP exchange as the transport sees it. */
export interface PolarRequest {
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** path with parameters filled in, e.g. /v1/products/abc */
	path: string;
	query?: Array<[string, string]>;
	body?: unknown;
	contentType?: string;
	/** token: the credential signs; public: nothing; session: `sessionToken` as Bearer */
	auth: 'token' | 'public' | 'session';
	sessionToken?: string;
	headers?: Record<string, string>;
	/** read the reply as text (CSV) instead of JSON */
	text?: boolean;
	/** abandon the attempt after this long */
	timeoutMs?: number;
	/**
	 * Polar itself refuses or skips a repeat of this POST (events that all carry an `external_id`, a
	 * customer with an email or external ID), so sending it again after a lost reply cannot apply it twice.
	 */
	repeatSafe?: boolean;
}

export interface PolarResponse {
	statusCode: number;
	/** lower-case names; read them with headerOf (headers.ts) */
	headers: HttpHeaders;
	body: unknown;
}

/** Where and how to reach Polar, read once per execution from the chosen credential. */
export interface PolarConnection {
	credentialType: CredentialType;
	baseUrl: string;
	/** sent as Polar-Version on every request: never left out, so the version never floats */
	apiVersion: string;
	/** values that must never appear in an error or output */
	secrets: string[];
	/** Polar's API-wide budget per subject for this environment; undefined when not known (custom, no field set) */
	rateLimit?: RateWindow;
}

export function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const env = String(credentials.environment ?? 'production');
	if (env === 'custom') return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	return env === 'sandbox' ? SERVERS.sandbox : SERVERS.production;
}

/**
 * The API-wide budget to pace to: Polar's for production and sandbox; for a custom URL the
 * credential's Requests per Minute, or none (0 or empty).
 */
export function rateLimitOf(credentials: ICredentialDataDecryptedObject): RateWindow | undefined {
	const env = String(credentials.environment ?? 'production');
	if (env === 'production' || env === 'sandbox') return KNOWN_LIMITS[env];
	const perMinute = Number(credentials.requestsPerMinute ?? 0);
	return Number.isFinite(perMinute) && perMinute >= 1 ? { limit: Math.floor(perMinute), windowMs: 60_000 } : undefined;
}

export function secretsOf(credentials: ICredentialDataDecryptedObject): string[] {
	const token = credentials.oauthTokenData as IDataObject | undefined;
	return [credentials.accessToken, credentials.clientSecret, token?.access_token, token?.refresh_token]
		.filter((s): s is string => typeof s === 'string' && s.length >= 4);
}

export async function connect(ctx: PolarContext, credentialType: CredentialType): Promise<PolarConnection> {
	const credentials = await ctx.getCredentials(credentialType);
	const baseUrl = baseUrlOf(credentials);
	if (!/^https?:\/\/[^/]/.test(baseUrl)) {
		throw new NodeOperationError(ctx.getNode(), `The credential's Base URL must start with http:// or https://, got "${baseUrl}"`);
	}
	return {
		credentialType,
		baseUrl,
		apiVersion: apiVersionOf(credentials.apiVersion),
		secrets: secretsOf(credentials),
		rateLimit: rateLimitOf(credentials),
	};
}

export function buildUrl(baseUrl: string, path: string, query: Array<[string, string]> = []): string {
	const qs = new URLSearchParams(query as Array<[string, string]>).toString();
	return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
}

/**
 * Sends one request through n8n's helpers (so proxies, logging and OAuth2 refresh behave as in
 * any n8n node) and answers the full response. Every failure becomes a PolarHttpError carrying
 * status, headers and body (or the network code), or a LocalFailure with its message when neither
 * Polar nor the network failed (failures.ts), and nothing else: the original error holds the
 * request headers, Authorization included, so it is never passed on.
 *
 * Replies outside 2xx come back as responses (`ignoreHttpStatusErrors`) and are read here, because
 * the error n8n's authenticated helper throws loses them on n8n-workflow up to 2.33 (its
 * ExecutionBaseError declares `cause` as a class field, which wipes the wrapped reply: status and
 * body survive only as `httpCode` and `context.data`, headers not at all). The one exception is
 * OAuth2: its helper refreshes the token only when it sees a 401 thrown, and no n8n before 2.x knows
 * `ignoreHttpStatusErrors: { except: [401] }`, so OAuth2 requests let n8n throw and
 * toRequestFailure reads what is left.
 */
export async function sendOnce(ctx: PolarContext, conn: PolarConnection, req: PolarRequest): Promise<PolarResponse> {
	const headers: Record<string, string> = { 'Polar-Version': conn.apiVersion, Accept: req.text ? 'text/csv, */*' : 'application/json', ...req.headers };
	let body: IHttpRequestOptions['body'];
	if (req.body !== undefined) {
		if (req.contentType === 'application/x-www-form-urlencoded') {
			const pairs: Array<[string, string]> = Object.entries(req.body as Record<string, unknown>).map(([k, v]) => [k, String(v)]);
			body = new URLSearchParams(pairs).toString();
		} else if (req.body && typeof req.body === 'object' && !Array.isArray(req.body) && Object.keys(req.body).length === 0) {
			// n8n's HTTP helper drops an empty object body, but Polar requires a body (e.g. a PATCH that only sets what was chosen): send it as text.
			body = '{}';
		} else {
			body = req.body as IDataObject;
		}
		headers['Content-Type'] = req.contentType ?? 'application/json';
	}
	if (req.auth === 'session') headers.Authorization = `Bearer ${req.sessionToken ?? ''}`;
	const options: IHttpRequestOptions = {
		method: req.method,
		url: buildUrl(conn.baseUrl, req.path, req.query),
		headers,
		body,
		json: !req.text && req.contentType !== 'application/x-www-form-urlencoded',
		returnFullResponse: true,
		ignoreHttpStatusErrors: !(req.auth === 'token' && isOAuth2(conn.credentialType)),
		...(req.timeoutMs ? { timeout: req.timeoutMs } : {}),
		...(req.text ? { encoding: 'text' as const, json: false } : {}),
	};
	try {
		const response = req.auth === 'token'
			? await ctx.helpers.httpRequestWithAuthentication.call(ctx, conn.credentialType, options)
			: await ctx.helpers.httpRequest(options);
		let parsed = response.body;
		if (!req.text && typeof parsed === 'string' && parsed.length > 0) {
			try {
				parsed = JSON.parse(parsed);
			} catch {
				// not JSON: keep the text
			}
		}
		const statusCode = Number(response.statusCode ?? 200);
		const replyHeaders = normalizeHeaders(response.headers);
		if (statusCode < 200 || statusCode >= 300) throw new PolarHttpError(statusCode, replyHeaders, parsed ?? null);
		return { statusCode, headers: replyHeaders, body: parsed ?? null };
	} catch (error) {
		const failure = toRequestFailure(error);
		if (failure instanceof PolarHttpError) failure.apiVersion = conn.apiVersion;
		throw failure;
	}
}
