import { assertNamesCldr, codeListNames, NAMES_CLDR } from '../../../tools/generate/codeNames';
import { sortedOptions } from '../../../tools/generate/text';

const COUNTRIES = ['US', 'FR', 'DE', 'JP', 'BR', 'IN', 'CA', 'GB', 'ES', 'IT', 'TR'];
const CURRENCIES = ['usd', 'eur', 'gbp', 'jpy', 'brl', 'inr', 'cad', 'chf', 'all', 'aud'];

describe('names of code lists (Node\'s ICU at generation time)', () => {
	test('countries and currencies show their names with the code', () => {
		const countries = codeListNames(COUNTRIES)!;
		expect(countries.get('US')).toBe('United States (US)');
		expect(countries.get('TR')).toBe('Türkiye (TR)');
		const currencies = codeListNames(CURRENCIES)!;
		expect(currencies.get('usd')).toBe('US Dollar (USD)');
		expect(currencies.get('all')).toBe('Albanian Lek (ALL)');
	});

	test('time zones keep their ID, with the zone\'s name where ICU knows it', () => {
		const zones = codeListNames(['Europe/Paris', 'America/New_York', 'Etc/GMT+1', 'UTC', 'PRC', 'Asia/Tokyo', 'Europe/London', 'Australia/Sydney', 'Africa/Lagos', 'Factory'])!;
		expect(zones.get('Europe/Paris')).toBe('Europe/Paris (Central European Time)');
		expect(zones.get('America/New_York')).toBe('America/New York (Eastern Time)');
		expect(zones.get('Etc/GMT+1')).toBe('Etc/GMT+1 (GMT-01:00)');
		expect(zones.get('PRC')).toBe('PRC (China Standard Time)');
		expect(zones.get('Factory')).toBe('Factory');
	});

	test('other lists are left to the option namer: words, short lists, mixed lists', () => {
		expect(codeListNames(['day', 'week', 'month', 'year', 'sum', 'max', 'min', 'avg', 'count', 'unique'])).toBeUndefined();
		expect(codeListNames(['US', 'FR'])).toBeUndefined();
		expect(codeListNames([...COUNTRIES, 'not-a-country'])).toBeUndefined();
		expect(sortedOptions(['avg', 'sum', 'max']).map((o) => o.name)).toEqual(['Average', 'Maximum', 'Sum']);
	});

	test('the same run gives the same names; another CLDR version is refused, saying why', () => {
		expect(sortedOptions(CURRENCIES)).toEqual(sortedOptions([...CURRENCIES].reverse()));
		expect(() => assertNamesCldr(NAMES_CLDR)).not.toThrow();
		expect(() => assertNamesCldr('47.0')).toThrow(/CLDR 48\.0.*CLDR 47\.0.*Node 20\.20/);
	});
});
