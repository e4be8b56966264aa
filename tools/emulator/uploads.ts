import { createHash } from 'node:crypto';

/**
 * Bytes sent to the stand-in presigned part URLs, by file id and part number, so that
 * files:uploaded can check the parts' ETags and record what the whole file hashes to, which is
 * how tests prove an upload arrived byte-identical. File ids are UUIDs, so one map serves every
 * emulator in the process.
 */
const parts = new Map<string, Map<number, Buffer>>();

export function partEtag(bytes: Buffer): string {
	return `"${createHash('md5').update(bytes).digest('hex')}"`;
}

export function storePart(fileId: string, number: number, bytes: Buffer): string {
	if (!parts.has(fileId)) parts.set(fileId, new Map());
	parts.get(fileId)!.set(number, Buffer.from(bytes));
	return partEtag(bytes);
}

/**
 * Joins the parts a completion names, in order, after checking each one's ETag. Answers the
 * problem (for a 422) or the file's size and SHA-256; the stored bytes are released either way
 * on success.
 */
export function completeUpload(fileId: string, completed: Array<{ number?: unknown; checksum_etag?: unknown }>): { error: string } | { size: number; sha256Hex: string } {
	const stored = parts.get(fileId) ?? new Map<number, Buffer>();
	const ordered = [...completed].sort((a, b) => Number(a.number) - Number(b.number));
	const chunks: Buffer[] = [];
	for (const part of ordered) {
		const bytes = stored.get(Number(part.number));
		if (!bytes) return { error: `part ${String(part.number)} was never uploaded` };
		if (part.checksum_etag !== partEtag(bytes)) return { error: `part ${String(part.number)} has another ETag` };
		chunks.push(bytes);
	}
	const whole = Buffer.concat(chunks);
	parts.delete(fileId);
	return { size: whole.length, sha256Hex: createHash('sha256').update(whole).digest('hex') };
}
