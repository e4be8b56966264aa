/** CSV as Polar's exports write it: a header row, then one row per object, RFC 4180 quoting. */
export function toCsv(columns: string[], rows: Array<Record<string, unknown>>): string {
	const cell = (value: unknown): string => {
		if (value === null || value === undefined) return '';
		const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
	return `${lines.join('\r\n')}\r\n`;
}
