import { readFileSync } from 'node:fs';
import * as ts from 'typescript';

/**
 * What one SDK service module's operation functions send, read from its `.mjs` with the
 * TypeScript parser: method and path of the `buildRequest` call, which argument fills which path
 * parameter, the query keys and the argument they read, the body argument, and how
 * `parseResponse` reads the reply. sdkContract.ts attaches the declared types.
 */

export type SdkReplyKind = 'json' | 'text' | 'none';

/** What a `.mjs` operation function sends, before types are attached. */
export interface Sent {
	functionName: string;
	method: string;
	path: string;
	params: string[];
	/** argument name → path template parameter */
	pathParamOf: Map<string, string>;
	queryArg?: string;
	queryKeys?: string[];
	bodyArg?: string;
	reply: SdkReplyKind;
}

export function fail(where: string, what: string): never {
	throw new Error(`sdkContract: ${where}: ${what} (has the SDK's code shape changed?)`);
}

function findCalls(node: ts.Node, method: string): ts.CallExpression[] {
	const out: ts.CallExpression[] = [];
	const visit = (n: ts.Node) => {
		if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === method) out.push(n);
		ts.forEachChild(n, visit);
	};
	visit(node);
	return out;
}

function objectLiteralOf(fn: ts.Node, variable: string): ts.ObjectLiteralExpression | undefined {
	let found: ts.ObjectLiteralExpression | undefined;
	const visit = (n: ts.Node) => {
		if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === variable && n.initializer && ts.isObjectLiteralExpression(n.initializer)) found = n.initializer;
		ts.forEachChild(n, visit);
	};
	visit(fn);
	return found;
}

/** The argument an expression such as `query?.page ?? 1` reads from (`query`). */
function rootIdentifier(expr: ts.Expression): string | undefined {
	let e: ts.Expression = expr;
	while (true) {
		if (ts.isBinaryExpression(e)) e = e.left;
		else if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = e.expression;
		else if (ts.isParenthesizedExpression(e)) e = e.expression;
		else break;
	}
	return ts.isIdentifier(e) ? e.text : undefined;
}

export function readSent(file: string, where: string): Sent[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
	const out: Sent[] = [];
	for (const statement of source.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		for (const decl of statement.declarationList.declarations) {
			if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
			const builds = findCalls(decl.initializer, 'buildRequest');
			if (builds.length === 0) continue; // iterators, service factories
			const name = `${where}.${decl.name.text}`;
			if (builds.length !== 1) fail(name, 'more than one buildRequest call');
			const [methodArg, pathArg, pathParamsArg, queryArg, bodyArg] = builds[0].arguments;
			if (!methodArg || !ts.isStringLiteral(methodArg) || !pathArg || !ts.isStringLiteral(pathArg)) fail(name, 'method or path is not a string literal');
			let inner: ts.Node = builds[0];
			while (!ts.isArrowFunction(inner) && !ts.isFunctionExpression(inner)) inner = inner.parent;
			const params = (inner as ts.ArrowFunction).parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : fail(name, 'destructured parameter'))).filter((p) => p !== 'requestOptions');

			const pathParamOf = new Map<string, string>();
			const pathLiteral = pathParamsArg && ts.isIdentifier(pathParamsArg) ? objectLiteralOf(inner, pathParamsArg.text) : pathParamsArg;
			for (const prop of pathLiteral && ts.isObjectLiteralExpression(pathLiteral) ? pathLiteral.properties : []) {
				if (ts.isShorthandPropertyAssignment(prop)) pathParamOf.set(prop.name.text, prop.name.text);
				else if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.initializer)) pathParamOf.set(prop.initializer.text, prop.name.getText());
				else fail(name, 'unreadable path parameter');
			}

			let queryArgName: string | undefined;
			let queryKeys: string[] | undefined;
			const queryLiteral = queryArg && ts.isIdentifier(queryArg) ? objectLiteralOf(inner, queryArg.text) : queryArg;
			if (queryLiteral && ts.isObjectLiteralExpression(queryLiteral) && queryLiteral.properties.length) {
				queryKeys = [];
				for (const prop of queryLiteral.properties) {
					if (!ts.isPropertyAssignment(prop)) fail(name, 'unreadable query key');
					const key = ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText();
					queryKeys.push(key);
					const root = rootIdentifier(prop.initializer);
					if (!root || (queryArgName && root !== queryArgName)) fail(name, `query key ${key} does not read one query argument`);
					queryArgName = root;
				}
			}

			let bodyArgName: string | undefined;
			if (bodyArg && ts.isIdentifier(bodyArg)) bodyArgName = bodyArg.text;
			else if (bodyArg && !ts.isVoidExpression(bodyArg)) fail(name, 'body is neither an argument nor void 0');

			const parses = findCalls(inner, 'parseResponse');
			const kind = parses[0]?.arguments[1];
			if (parses.length !== 1 || !kind || !ts.isStringLiteral(kind) || !['json', 'text', 'none'].includes(kind.text)) fail(name, 'reply kind not found');
			out.push({
				functionName: decl.name.text,
				method: methodArg.text,
				path: pathArg.text,
				params,
				pathParamOf,
				queryArg: queryArgName,
				queryKeys,
				bodyArg: bodyArgName,
				reply: kind.text as SdkReplyKind,
			});
		}
	}
	return out;
}
