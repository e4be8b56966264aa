import type { Random } from '../random';
import type { Store } from '../store';
import type { EmulatorOptions, StoredObject } from '../types';

/**
 * What the per-kind defaults (the other files of this folder) work with. Each kind answers the
 * fields Polar's reply for that kind requires (the 2026-10 document's response schema, and
 * Polar's SDK 1.0.1 where it requires more), given the request body that creates the object.
 */

export interface ObjectContext {
	store: Store;
	random: Random;
	organizationId: string;
	/** the emulator's own URL (checkout and upload URLs point back at it) */
	url: string;
	now(): Date;
	/** the emulator's options, for the switches that change how objects are made */
	readonly options: EmulatorOptions;
}

export type Body = Record<string, unknown>;
/** The defaults of one kind for a new object; the body's own fields are laid over them. */
export type Defaults = (body: Body, id: string, ctx: ObjectContext, createdAt: string) => Body;
/** Fields a kind completes when an update sets them (they replace the patch's own values). */
export type Refresh = (obj: StoredObject, patch: Body, ctx: ObjectContext, now: string) => Body;

const DAY_MS = 86_400_000;

export function plusDays(iso: string, days: number): string {
	return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

/** A copy of a referenced object for embedding (Polar nests customer, product, … in replies). */
export function embed(ctx: ObjectContext, collection: string, id: unknown): StoredObject | null {
	if (typeof id !== 'string') return null;
	const obj = ctx.store.collection(collection).get(id);
	return obj ? { ...obj } : null;
}

/** Only the listed fields of an object (Polar's smaller views of an object, e.g. a checkout's organization). */
export function pick(obj: Body | undefined, fields: readonly string[]): Body {
	return Object.fromEntries(fields.filter((f) => obj && f in obj).map((f) => [f, obj![f]]));
}

/** A plain object from the body, or {} (for nested settings and properties). */
export function objectOf(value: unknown): Body {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Body) : {};
}
