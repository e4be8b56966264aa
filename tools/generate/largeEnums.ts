/**
 * Enums too long to inline in the node description (countries, currencies, time zones, webhook
 * events): each distinct list is served by one loadOptions method (generated/enums.ts), and the
 * fields that have it name the method in the table (`optionsRef`).
 */
import { eachField } from './forms';
import type { ModelField, ModelOperation } from './modelTypes';
import { sortedOptions } from './text';

/** Enums longer than this are served by a loadOptions method instead of inline options. */
export const LARGE_ENUM = 30;

/**
 * Whether the editor shows the field as a plain dropdown (not the organization dropdown or a
 * resource picker, which have their own sources) with a list too long to inline.
 */
function servedByMethod(field: ModelField): boolean {
	if (field.api === 'organization_id' && field.in !== 'path') return false;
	if (field.locator) return false;
	return (field.kind === 'options' || field.kind === 'multiOptions') && (field.options?.length ?? 0) > LARGE_ENUM;
}

export class LargeEnums {
	private readonly byContent = new Map<string, { name: string; values: NonNullable<ModelField['options']> }>();

	/**
	 * Names the method of every long enum of the operation. Fields are visited in the order the
	 * editor shows them (required, filters, then additional fields variant by variant), so a list
	 * is named after the first field that shows it.
	 */
	assign(op: ModelOperation): void {
		const shown = op.fields.filter((f) => f.kind !== 'fixed');
		const variants = op.body && op.body.variants.length > 1 ? op.body.variants.map((v) => v.value) : undefined;
		const additional = shown.filter((f) => f.slot === 'additionalFields');
		const inOrder = [
			...shown.filter((f) => f.slot === 'top'),
			...shown.filter((f) => f.slot === 'filters'),
			...(variants ? variants.flatMap((v) => additional.filter((f) => !f.variants || f.variants.includes(v))) : additional),
		];
		eachField(inOrder, (field) => {
			if (servedByMethod(field)) field.optionsRef = this.methodFor(field);
		});
	}

	private methodFor(field: ModelField): string {
		const key = JSON.stringify(field.options);
		let entry = this.byContent.get(key);
		if (!entry) {
			let name = `${field.param}Options`;
			const taken = new Set([...this.byContent.values()].map((v) => v.name));
			for (let i = 2; taken.has(name); i++) name = `${field.param}Options${i}`;
			entry = { name, values: field.options! };
			this.byContent.set(key, entry);
		}
		return entry.name;
	}

	/** method name → options as the editor shows them (validation reads their values) */
	toObject(): Record<string, Array<{ name: string; value: string | number | boolean }>> {
		return Object.fromEntries([...this.byContent.values()]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((v) => [v.name, sortedOptions(v.values)]));
	}
}
