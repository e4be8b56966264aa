/**
 * Names of code lists, from Node's ICU at generation time: countries ("United States (US)"),
 * currencies ("US Dollar (USD)") and time zones ("Europe/Paris (Central European Time)").
 *
 * ICU's data (CLDR) changes names between releases ("Turkey" became "Türkiye"), so the names depend
 * on the Node that runs the generator. To keep `npm run generate:check` stable, the generator runs
 * only with the CLDR version the committed names came from, and says so otherwise.
 */

/** The CLDR version of Node 20.20's ICU, which the committed names come from. */
export const NAMES_CLDR = '48.0';

/** Fails unless this Node's ICU carries the CLDR version the committed names come from. */
export function assertNamesCldr(cldr: string | undefined = process.versions.cldr): void {
	if (cldr !== NAMES_CLDR) {
		throw new Error(`generate: country, currency and time-zone names come from Node's ICU (CLDR ${NAMES_CLDR}, Node 20.20); `
			+ `this Node (${process.version}) has CLDR ${cldr ?? 'none'}, so the names would differ. Run the generator with Node 20.20.`);
	}
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const CURRENCIES = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' });
/** A fixed day, so that a zone's name never depends on the date the generator runs. */
const NAME_DAY = new Date(Date.UTC(2026, 0, 15, 12));

/** A code list is long: short lists of two- or three-letter values are words ("day", "sum"), not codes. */
const MIN_CODE_LIST = 10;

function regionName(code: string): string | undefined {
	if (!/^[A-Z]{2}$/.test(code)) return undefined;
	const name = REGIONS.of(code);
	return name && name !== code ? `${name} (${code})` : undefined;
}

function currencyName(code: string): string | undefined {
	if (!/^[a-zA-Z]{3}$/.test(code)) return undefined;
	const upper = code.toUpperCase();
	const name = CURRENCIES.of(upper);
	return name && name !== upper ? `${name} (${upper})` : undefined;
}

function zoneName(zone: string): string | undefined {
	if (!/^[A-Za-z][\w+\-/]*$/.test(zone)) return undefined;
	try {
		const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(NAME_DAY).find((p) => p.type === 'timeZoneName');
		const shown = zone.replace(/_/g, ' ');
		return part && part.value !== zone ? `${shown} (${part.value})` : shown;
	} catch {
		return undefined;
	}
}

/**
 * The names of a list of country, currency or time-zone codes, or undefined for any other list.
 * Countries and currencies must all be known to ICU; a time-zone list may hold a few IDs ICU does
 * not know ("Factory"), which keep their ID as their name.
 */
export function codeListNames<T>(values: T[]): Map<T, string> | undefined {
	if (values.length < MIN_CODE_LIST || !values.every((v) => typeof v === 'string')) return undefined;
	const codes = values as unknown as string[];
	for (const namer of [regionName, currencyName]) {
		const names = codes.map(namer);
		if (names.every((n) => n !== undefined)) return new Map(values.map((v, i) => [v, names[i] as string]));
	}
	const zones = codes.map(zoneName);
	if (codes.some((c) => c.includes('/')) && zones.filter((n) => n !== undefined).length >= codes.length * 0.9) {
		return new Map(values.map((v, i) => [v, zones[i] ?? codes[i]]));
	}
	return undefined;
}
