import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { operations } from '../../nodes/Polar/generated/operations';
import { schemas } from '../../nodes/Polar/generated/schemas';

/**
 * What the operation table has that Polar's August document lacks: the operations and body
 * variants tools/generate/supplement/2026-10.json adds for live 2026-10. Prism, serving that
 * document, cannot answer them; suites that go through Prism leave them to the SDK sweep
 * (test/conformance/emulator/sdkSweep.test.ts), which calls each through Polar's SDK.
 */

const REPO_ROOT = resolve(__dirname, '..', '..');

/** The August document, where the generator reads it unless POLAR_OPENAPI points elsewhere. */
export function augustDocumentPath(): string {
	return resolve(REPO_ROOT, process.env.POLAR_OPENAPI ?? resolve(REPO_ROOT, '..', 'shared', 'polar-openapi', '2026-10.openapi.json'));
}

interface Document {
	paths: Record<string, Record<string, { operationId?: string }>>;
	components: { schemas: Record<string, unknown> };
}

export interface SupplementOnly {
	/** table keys ("resource:operation") of operations the document lacks */
	operations: string[];
	/** "resource:operation [variant]" of body variants whose schema the document lacks */
	variants: string[];
}

let cached: SupplementOnly | undefined;
let cachedSchemas: Set<string> | undefined;

/** Names of the request schemas the table has and the document lacks (new union branches among them). */
export function supplementOnlySchemas(): ReadonlySet<string> {
	if (cachedSchemas) return cachedSchemas;
	const doc = JSON.parse(readFileSync(augustDocumentPath(), 'utf8')) as Document;
	cachedSchemas = new Set(Object.keys(schemas).filter((name) => !(name in doc.components.schemas)));
	return cachedSchemas;
}

export function supplementOnly(): SupplementOnly {
	if (cached) return cached;
	const doc = JSON.parse(readFileSync(augustDocumentPath(), 'utf8')) as Document;
	const ids = new Set(Object.values(doc.paths).flatMap((item) => Object.values(item).map((o) => o.operationId)));
	const entries = Object.entries(operations);
	cached = {
		operations: entries.filter(([, op]) => !ids.has(op.id)).map(([key]) => key).sort(),
		variants: entries
			.filter(([, op]) => ids.has(op.id))
			.flatMap(([key, op]) => (op.body?.variants ?? []).filter((v) => v.schema?.$ref && !(v.schema.$ref in doc.components.schemas)).map((v) => `${key} [${v.value}]`))
			.sort(),
	};
	return cached;
}
