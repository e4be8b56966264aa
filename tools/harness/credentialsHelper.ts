import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';
import { PolarApi } from '../../credentials/PolarApi.credentials';
import { PolarOAuth2Api } from '../../credentials/PolarOAuth2Api.credentials';

const TYPES: Record<string, ICredentialType> = {
	polarApi: new PolarApi(),
	polarOAuth2Api: new PolarOAuth2Api(),
};

/** Resolves `{{$credentials.x}}` / `{{$credentials["x"]}}` the way n8n does for generic auth. */
function resolve(template: string, credentials: ICredentialDataDecryptedObject): string {
	const body = template.startsWith('=') ? template.slice(1) : template;
	return body.replace(/\{\{\s*\$credentials(?:\.(\w+)|\["(\w+)"\])\s*\}\}/g, (_, a, b) => String(credentials[a ?? b] ?? ''));
}

/**
 * Test stand-in for n8n's CredentialsHelper (the real one lives in n8n's CLI package): serves the
 * credentials a test gives, applies a credential type's `authenticate` (a function, or a generic
 * block), and records OAuth2 token updates so refresh can be asserted.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	readonly updates: Array<{ type: string; data: ICredentialDataDecryptedObject }> = [];

	constructor(private readonly store: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(name: string): string[] {
		return name === 'polarOAuth2Api' ? ['oAuth2Api'] : [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
	): Promise<IHttpRequestOptions> {
		const type = TYPES[typeName];
		const auth = type?.authenticate;
		const options = requestOptions as IHttpRequestOptions;
		// As n8n's: a function sets what it sets; a generic block is resolved template by template.
		if (typeof auth === 'function') return await auth.call(type, credentials, options);
		if (auth && typeof auth === 'object' && auth.type === 'generic') {
			const headers = (auth.properties.headers ?? {}) as Record<string, string>;
			options.headers = { ...(options.headers ?? {}) };
			for (const [k, v] of Object.entries(headers)) options.headers[k] = resolve(v, credentials);
		}
		return options;
	}

	async preAuthentication(_helpers: IHttpRequestHelper, _credentials: ICredentialDataDecryptedObject) {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(_details: INodeCredentialsDetails, _type: string): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(_additionalData: unknown, _details: INodeCredentialsDetails, type: string): Promise<ICredentialDataDecryptedObject> {
		const data = this.store[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		return structuredClone(data);
	}

	async updateCredentials(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject) {
		this.store[type] = structuredClone(data);
		this.updates.push({ type, data: structuredClone(data) });
	}

	async updateCredentialsOauthTokenData(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject) {
		await this.updateCredentials(_details, type, data);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return TYPES[type]?.properties ?? [];
	}
}
