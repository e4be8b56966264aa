/**
 * Joins parts of a description the way n8n writes them: one sentence has no final period; several
 * are separated and closed by periods.
 */
export function join(parts: Array<string | undefined>): string | undefined {
	const kept = parts.filter((p): p is string => !!p && p.trim() !== '').map((p) => p.trim().replace(/\.$/, ''));
	if (kept.length === 0) return undefined;
	// One part may hold two sentences of its own: then it ends with a period too (n8n's convention).
	if (kept.length === 1) return kept[0].replace('e.g.', '').includes('. ') ? `${kept[0]}.` : kept[0];
	return `${kept.map((p) => p[0].toUpperCase() + p.slice(1)).join('. ')}.`;
}
