import type { PolarField, PolarOperation } from '../types';

/**
 * Bad input found before sending. It names the field as the editor shows it, from the outermost
 * field in: `Prices → item 2 → Amount: expected a whole number`.
 */
export class InputError extends Error {
	constructor(
		/** the editor's names of the field and of the groups and rows around it, outermost first */
		readonly where: string[],
		readonly problem: string,
	) {
		super(inputMessage(where, problem));
		this.name = 'InputError';
	}
}

/** "Prices → item 2 → Amount: expected…"; a problem that names the field itself ("choose a Price Type") stands alone after its container. */
export function inputMessage(where: string[], problem: string): string {
	const last = where.at(-1);
	const path = last && problem.includes(last) ? where.slice(0, -1) : where;
	if (!path.length) return problem[0].toUpperCase() + problem.slice(1);
	return problem.startsWith('is ') ? `${path.join(' → ')} ${problem}` : `${path.join(' → ')}: ${problem}`;
}

/** "choose a Price Type": what a required choice left empty says. */
export const chooseProblem = (label: string): string => `choose ${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;

/** The n-th row as the editor counts it. */
export const rowName = (index: number): string => `item ${index + 1}`;

/**
 * The editor's names along an API path inside a field's value (`prices[1].price_amount` →
 * Prices, item 2, Amount), through the labels of the fields in its groups and rows. Parts the
 * editor does not show (a key of a JSON value the form has no field for) keep their API name.
 * Polar's own 422s point at the same paths (`loc`), so transport/errors.ts can name fields alike.
 */
export function editorPath(fields: PolarField[], apiPath: Array<string | number>): string[] {
	const out: string[] = [];
	let current: PolarField[] | undefined = fields;
	let field: PolarField | undefined;
	for (const part of apiPath) {
		if (typeof part === 'number') {
			out.push(rowName(part));
			continue;
		}
		if (field?.kind === 'keyValue') {
			out.push(part); // a map's key is the user's own word
			current = undefined;
			continue;
		}
		field = current?.find((f) => f.api === part);
		out.push(field?.label ?? part);
		current = field?.form?.fields;
	}
	return out;
}

/** `prices[1].price_amount` → ['prices', 1, 'price_amount'] */
export function splitApiPath(path: string): Array<string | number> {
	return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** The editor's names of a body path, from the operation's top-level fields. */
export function bodyEditorPath(op: PolarOperation, apiPath: string): string[] {
	return editorPath(op.fields.filter((f) => f.in === 'body'), splitApiPath(apiPath));
}
