import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as ts from 'typescript';
import { SDK_API_VERSIONS, type SdkApiVersion } from './polarSdk';
import { fail, readSent, type SdkReplyKind } from './sdkSource';

export type { SdkReplyKind } from './sdkSource';

/**
 * The API contract as Polar's SDK (`@polar-sh/sdk`) ships it, read with the TypeScript compiler
 * API, never copied: per version, every operation's service function, method, path, arguments,
 * query and body property names and reply kind, plus the webhook event types.
 *
 * Two sources per service: the `.mjs` says what is sent (method, path, which argument fills which
 * path parameter, query key or the body, and how the reply is parsed); the `.d.mts` says the
 * argument types, resolved with the type checker (named types, unions, intersections). The
 * `.mjs` reading is in sdkSource.ts.
 */

/** One argument of an SDK operation function, in call order (request options excluded). */
export type SdkArgument =
	| { kind: 'path'; name: string; param: string }
	| { kind: 'query'; name: string; required: boolean }
	| { kind: 'body'; name: string };

export interface SdkOperation {
	version: SdkApiVersion;
	/** service module below `dist/<version>/services/`, e.g. `customer_portal/license_keys` */
	service: string;
	/** the exported per-operation function, e.g. `rotateLicenseKeys` (called as `fn(core)(...args)`) */
	functionName: string;
	method: string;
	/** path template, e.g. `/v1/license-keys/{id}/rotate` */
	path: string;
	/** path template parameter names, in argument order */
	pathParams: string[];
	/** query keys the function sends; undefined when it takes no query */
	query?: string[];
	/** property names of the body type (all members of a union); undefined when it sends no body */
	body?: string[];
	/** the body type as the SDK declares it, e.g. `ProductCreate` */
	bodyType?: string;
	/**
	 * every property path of the body, nested ones dotted (`prices.tiers.bound`): unions contribute
	 * all members, arrays are looked through, maps (`Record<string, …>`) are not entered
	 */
	bodyPaths?: string[];
	reply: SdkReplyKind;
	/** the reply type as declared, e.g. `Promise<Product>` */
	replyType: string;
	/**
	 * the top-level properties a JSON reply must have, one list per member of the reply type (a
	 * reply must have all of some member's); undefined when the type names no object
	 */
	replyRequired?: string[][];
	args: SdkArgument[];
}

export interface SdkContract {
	version: SdkApiVersion;
	operations: SdkOperation[];
	/** members of the version's `WebhookEventType` union, sorted */
	webhookEventTypes: string[];
}

/** `dist/` of the installed SDK (its main entry lives there). */
export const SDK_DIST = path.dirname(require.resolve('@polar-sh/sdk'));
export const SDK_PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(SDK_DIST, '..', 'package.json'), 'utf8')) as { version: string }).version;

function serviceModules(version: SdkApiVersion): string[] {
	const root = path.join(SDK_DIST, version, 'services');
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.mjs')) out.push(path.relative(root, full).replace(/\\/g, '/').replace(/\.mjs$/, ''));
		}
	};
	walk(root);
	return out.sort();
}

/** Property names of an object type; a union contributes every member's, `null`/`undefined` none. */
function propertyNames(checker: ts.TypeChecker, type: ts.Type): string[] {
	const names = new Set<string>();
	const visit = (t: ts.Type) => {
		if (t.isUnion()) return t.types.forEach(visit);
		if (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return;
		if (!(t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection))) throw new Error(`sdkContract: not an object type: ${checker.typeToString(t)}`);
		for (const p of checker.getPropertiesOfType(t)) names.add(p.name);
	};
	visit(type);
	return [...names].sort();
}

/** Property paths of an object type at every depth (see SdkOperation.bodyPaths). */
function propertyPaths(checker: ts.TypeChecker, type: ts.Type): string[] {
	const out = new Set<string>();
	const walk = (t: ts.Type, prefix: string, seen: Set<ts.Type>) => {
		if (t.isUnion()) return t.types.forEach((m) => walk(m, prefix, seen));
		if (checker.isArrayType(t)) return walk(checker.getTypeArguments(t as ts.TypeReference)[0], prefix, seen);
		if (!(t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) || seen.has(t)) return;
		const inner = new Set(seen).add(t);
		for (const p of checker.getPropertiesOfType(t)) {
			const name = prefix ? `${prefix}.${p.name}` : p.name;
			out.add(name);
			walk(checker.getTypeOfSymbol(p), name, inner);
		}
	};
	walk(type, '', new Set());
	return [...out].sort();
}

/** Required property names of each object member of a type (see SdkOperation.replyRequired). */
function requiredByMember(checker: ts.TypeChecker, type: ts.Type): string[][] | undefined {
	const members = (type.isUnion() ? type.types : [type]).filter((t) => t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection) && !checker.isArrayType(t));
	if (!members.length) return undefined;
	return members.map((t) =>
		checker
			.getPropertiesOfType(t)
			.filter((p) => !(p.flags & ts.SymbolFlags.Optional))
			.map((p) => p.name)
			.sort(),
	);
}

/** `declare const fn: (client) => (args…) => R` → the inner function type node, by name. */
function declaredFunctions(source: ts.SourceFile): Map<string, ts.FunctionTypeNode> {
	const out = new Map<string, ts.FunctionTypeNode>();
	for (const statement of source.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		for (const decl of statement.declarationList.declarations) {
			if (ts.isIdentifier(decl.name) && decl.type && ts.isFunctionTypeNode(decl.type) && ts.isFunctionTypeNode(decl.type.type)) out.set(decl.name.text, decl.type.type);
		}
	}
	return out;
}

let program: ts.Program | undefined;

/** One compiler program over every service declaration of the supported versions (built once). */
function sdkProgram(): ts.Program {
	if (!program) {
		const roots = SDK_API_VERSIONS.flatMap((v) => [path.join(SDK_DIST, v, 'index.d.mts'), ...serviceModules(v).map((m) => path.join(SDK_DIST, v, 'services', `${m}.d.mts`))]);
		program = ts.createProgram(roots, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, types: [] });
	}
	return program;
}

function sourceOf(file: string): ts.SourceFile {
	const source = sdkProgram().getSourceFile(file);
	if (!source) throw new Error(`sdkContract: ${file} is not in the program`);
	return source;
}

function webhookEventTypes(version: SdkApiVersion): string[] {
	const checker = sdkProgram().getTypeChecker();
	const moduleSymbol = checker.getSymbolAtLocation(sourceOf(path.join(SDK_DIST, version, 'index.d.mts')));
	const models = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'models');
	const namespace = models && checker.getAliasedSymbol(models);
	const eventType = namespace && checker.getExportsOfModule(namespace).find((s) => s.name === 'WebhookEventType');
	if (!eventType) throw new Error(`sdkContract: ${version} exports no models.WebhookEventType`);
	const type = checker.getDeclaredTypeOfSymbol(eventType.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(eventType) : eventType);
	const members = type.isUnion() ? type.types : [type];
	return members.map((t) => (t.isStringLiteral() ? t.value : fail(version, 'WebhookEventType has a non-literal member'))).sort();
}

const contracts = new Map<SdkApiVersion, SdkContract>();

/** The SDK's contract of one API version (read once per process). */
export function sdkContract(version: SdkApiVersion): SdkContract {
	const cached = contracts.get(version);
	if (cached) return cached;
	const checker = sdkProgram().getTypeChecker();
	const operations: SdkOperation[] = [];
	for (const service of serviceModules(version)) {
		const base = path.join(SDK_DIST, version, 'services', service);
		const declared = declaredFunctions(sourceOf(`${base}.d.mts`));
		for (const sent of readSent(`${base}.mjs`, `${version}/${service}`)) {
			const where = `${version}/${service}.${sent.functionName}`;
			const fnType = declared.get(sent.functionName) ?? fail(where, 'no declaration');
			const declaredParams = fnType.parameters.map((p) => p.name.getText()).filter((p) => p !== 'requestOptions');
			if (declaredParams.join() !== sent.params.join()) fail(where, `declared arguments (${declaredParams}) differ from the code's (${sent.params})`);
			const paramNode = (name: string) => fnType.parameters.find((p) => p.name.getText() === name)!;
			const args: SdkArgument[] = sent.params.map((name): SdkArgument => {
				if (sent.pathParamOf.has(name)) return { kind: 'path', name, param: sent.pathParamOf.get(name)! };
				if (name === sent.queryArg) return { kind: 'query', name, required: !paramNode(name).questionToken };
				if (name === sent.bodyArg) return { kind: 'body', name };
				return fail(where, `argument ${name} is neither path, query nor body`);
			});
			let query: string[] | undefined;
			if (sent.queryArg) {
				const typeNode = paramNode(sent.queryArg).type ?? fail(where, 'untyped query');
				query = propertyNames(checker, checker.getTypeFromTypeNode(typeNode));
				const sentKeys = [...(sent.queryKeys ?? [])].sort();
				if (sentKeys.join() !== query.join()) fail(where, `query type (${query}) and sent keys (${sentKeys}) differ`);
			}
			let body: string[] | undefined;
			let bodyType: string | undefined;
			let bodyPaths: string[] | undefined;
			if (sent.bodyArg) {
				const typeNode = paramNode(sent.bodyArg).type ?? fail(where, 'untyped body');
				bodyType = typeNode.getText();
				body = propertyNames(checker, checker.getTypeFromTypeNode(typeNode));
				bodyPaths = propertyPaths(checker, checker.getTypeFromTypeNode(typeNode));
			}
			const promised = ts.isTypeReferenceNode(fnType.type) ? fnType.type.typeArguments?.[0] : undefined;
			const replyRequired = sent.reply === 'json' && promised ? requiredByMember(checker, checker.getTypeFromTypeNode(promised)) : undefined;
			operations.push({
				version,
				service,
				functionName: sent.functionName,
				method: sent.method,
				path: sent.path,
				pathParams: args.flatMap((a) => (a.kind === 'path' ? [a.param] : [])),
				...(query ? { query } : {}),
				...(body ? { body, bodyType, bodyPaths } : {}),
				reply: sent.reply,
				replyType: fnType.type.getText(),
				...(replyRequired ? { replyRequired } : {}),
				args,
			});
		}
	}
	operations.sort((a, b) => (a.path === b.path ? a.method.localeCompare(b.method) : a.path.localeCompare(b.path)));
	const contract: SdkContract = { version, operations, webhookEventTypes: webhookEventTypes(version) };
	contracts.set(version, contract);
	return contract;
}

/** "METHOD /path", the key both the SDK and the operation table are compared by. */
export function routeKey(op: { method: string; path: string }): string {
	return `${op.method.toUpperCase()} ${op.path}`;
}
