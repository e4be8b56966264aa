import path from 'node:path';
import * as ts from 'typescript';
import type { SdkApiVersion } from './polarSdk';
import { SDK_DIST } from './sdkContract';

/**
 * The system events of Polar's SDK (`SystemEvent` in `@polar-sh/sdk/<version>`), read with the
 * TypeScript type checker: for each member, its `name` literal, the properties the event requires
 * and the properties its `metadata` requires. Never copied; read where the SDK ships them.
 */
export interface SdkSystemEvent {
	name: string;
	required: string[];
	metadataRequired: string[];
}

function requiredOf(checker: ts.TypeChecker, type: ts.Type): string[] {
	return checker
		.getPropertiesOfType(type)
		.filter((p) => (p.flags & ts.SymbolFlags.Optional) === 0)
		.map((p) => p.name);
}

export function sdkSystemEvents(version: SdkApiVersion = '2026-10'): SdkSystemEvent[] {
	const entry = path.join(SDK_DIST, version, 'index.d.mts');
	const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true });
	const checker = program.getTypeChecker();
	const source = program.getSourceFile(entry);
	if (!source) throw new Error(`cannot read ${entry}`);
	const moduleSymbol = checker.getSymbolAtLocation(source);
	const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
	const models = exported.find((s) => s.name === 'models');
	const holder = models ? checker.getExportsOfModule(checker.getAliasedSymbol(models)) : exported;
	const symbol = holder.find((s) => s.name === 'SystemEvent');
	if (!symbol) throw new Error(`@polar-sh/sdk/${version} exports no SystemEvent type`);
	const declared = checker.getDeclaredTypeOfSymbol(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
	const members = declared.isUnion() ? declared.types : [declared];
	return members.map((member) => {
		const nameType = checker.getTypeOfSymbol(checker.getPropertyOfType(member, 'name')!);
		const metadataType = checker.getNonNullableType(checker.getTypeOfSymbol(checker.getPropertyOfType(member, 'metadata')!));
		return {
			name: nameType.isStringLiteral() ? nameType.value : checker.typeToString(nameType),
			required: requiredOf(checker, member),
			metadataRequired: requiredOf(checker, metadataType),
		};
	});
}
