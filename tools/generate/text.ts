/**
 * Word helpers of the generator: how spec names become parameter names, display names and
 * sentences. Pure functions of their input and the naming tables.
 */
import { codeListNames } from './codeNames';
import { ACRONYMS, OPTION_NAMES } from './naming';

export const camelCase = (s: string): string =>
	s.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^[A-Z]/, (c) => c.toLowerCase());

export const words = (s: string): string[] => s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/).filter(Boolean);

/** "api_version" → "API Version": each word capitalised, acronyms as naming.ts writes them. */
export const titleCase = (s: string): string =>
	words(s).map((w) => ACRONYMS[w.toLowerCase()] ?? w[0].toUpperCase() + w.slice(1)).join(' ');

export const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

export const article = (noun: string): string => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

export function plural(noun: string): string {
	if (noun.endsWith('metrics')) return noun;
	const parts = noun.split(' of ');
	const head = parts[0];
	const p = head.endsWith('y') && !/[aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : head.endsWith('s') ? `${head}es` : `${head}s`;
	return [p, ...parts.slice(1)].join(' of ');
}

/** The words (capitalised runs) every name starts with, when each name has more after them. */
export function commonWordPrefix(names: string[]): string {
	if (names.length < 2) return '';
	const split = names.map((n) => n.match(/[A-Z][a-z0-9]*|[a-z0-9]+/g) || [n]);
	const out: string[] = [];
	for (let i = 0; ; i++) {
		const w = split[0][i];
		if (!w || !split.every((s) => s[i] === w && s.length > i + 1)) break;
		out.push(w);
	}
	return out.join('');
}

/** The editor name of an enum value: named in naming.ts, else title-cased; dates and version numbers ("2026-10") read best as they are. */
export function optionName(value: unknown): string {
	if (typeof value === 'string' && OPTION_NAMES[value]) return OPTION_NAMES[value];
	if (typeof value !== 'string' || /^\d/.test(value)) return String(value);
	const desc = value.startsWith('-');
	const base = titleCase(desc ? value.slice(1) : value) || value;
	return desc ? `${base} (Descending)` : base;
}

/** Enum values as editor options, sorted by name; countries, currencies and time zones by their names (codeNames.ts). */
export function sortedOptions<T>(values: T[]): Array<{ name: string; value: T }> {
	const named = codeListNames(values);
	return values.map((v) => ({ name: named?.get(v) ?? optionName(v), value: v })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
