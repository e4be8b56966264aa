import { createHash } from 'node:crypto';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { z } from 'zod';
import { operations } from '../../../generated/operations';
import type { PolarClient } from '../../../transport/client';
import { toNodeError } from '../../../transport/errors';
import type { HttpHeaders } from '../../../transport/headers';
import { headerOf } from '../../../transport/headers';
import { inputMessage } from '../../inputError';
import { tableRequest } from '../../requestBuilder';

export const MIN_PART_SIZE_MIB = 5;
export const DEFAULT_PART_SIZE_MIB = 16;
const MIB = 1024 * 1024;
/** Storage accepts at most this many parts per upload. */
const MAX_PARTS = 10_000;

/** The part of Polar's files:create reply the upload depends on; checked before use. */
const createdFile = z.object({
	id: z.string().min(1),
	upload: z.object({
		id: z.string().min(1),
		path: z.string().min(1),
		parts: z.array(z.object({ number: z.number().int(), chunk_start: z.number().int(), chunk_end: z.number().int(), url: z.string().url(), headers: z.record(z.string()).optional() })),
	}),
});

interface Part {
	number: number;
	chunk_start: number;
	chunk_end: number;
}

/** Splits `size` bytes into numbered parts with inclusive byte ranges, as Polar's upload expects. */
export function planParts(size: number, partSize: number): Part[] {
	const parts: Part[] = [];
	for (let start = 0, n = 1; start < size || (size === 0 && n === 1); start += partSize, n++) {
		parts.push({ number: n, chunk_start: start, chunk_end: Math.min(size, start + partSize) - 1 });
		if (size === 0) break;
	}
	return parts;
}

/**
 * File → Upload: create the file on Polar with its part plan, PUT every part to its presigned
 * storage URL (without Polar's Authorization header: the URL carries its own signature), then
 * complete it with the parts' ETags. Parts are cut from the binary without copying (subarray),
 * or read from n8n's binary store as a stream when the binary lives there.
 */
export async function uploadFile(ctx: IExecuteFunctions, client: PolarClient, itemIndex: number): Promise<INodeExecutionData[]> {
	const get = (name: string, fallback: unknown) => ctx.getNodeParameter(name, itemIndex, fallback as never) as unknown;
	const property = String(get('binaryPropertyName', 'data'));
	const service = String(get('fileService', 'downloadable'));
	const options = (get('uploadOptions', {}) ?? {}) as IDataObject;
	const partSizeMib = Number(options.partSizeMib ?? DEFAULT_PART_SIZE_MIB);
	if (!Number.isFinite(partSizeMib) || partSizeMib < MIN_PART_SIZE_MIB) {
		throw new NodeOperationError(ctx.getNode(), inputMessage(['Upload Options', 'Part Size (MiB)'], `expected at least ${MIN_PART_SIZE_MIB}, got ${options.partSizeMib}`), { itemIndex });
	}
	const binary = ctx.helpers.assertBinaryData(itemIndex, property);
	// Binary kept in n8n's store (filesystem/S3 mode) is streamed part by part; in-memory binary
	// is cut into parts without copying.
	const stored = binary.id ? await ctx.helpers.getBinaryMetadata(binary.id) : undefined;
	const inMemory = stored ? undefined : await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	const size = stored ? Number(stored.fileSize) : inMemory!.length;
	const partSize = Math.max(Math.ceil(size / MAX_PARTS), Math.floor(partSizeMib * MIB));
	const name = String(options.fileName || binary.fileName || 'upload.bin');
	const body: IDataObject = {
		name,
		mime_type: binary.mimeType || 'application/octet-stream',
		size,
		upload: { parts: planParts(size, partSize) },
		service,
	};
	if (inMemory) body.checksum_sha256_base64 = createHash('sha256').update(inMemory).digest('base64');
	if (options.organizationId) body.organization_id = String(options.organizationId);
	if (options.version && service === 'downloadable') body.version = String(options.version);

	const [create, complete] = [operations['file:create'], operations['file:uploaded']];
	try {
		const created = await client.send(tableRequest(create, { body }));
		const parsed = createdFile.safeParse(created.body);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			throw new NodeOperationError(ctx.getNode(), `Polar's reply to the file creation is not usable: ${issue.path.join('.')} ${issue.message}`, { itemIndex });
		}
		const { id, upload } = parsed.data;
		const chunks = inMemory ? undefined : partsOf(await ctx.helpers.getBinaryStream(binary.id!, partSize), partSize);
		const completed: Array<{ number: number; checksum_etag: string; checksum_sha256_base64: string | null }> = [];
		for (const part of [...upload.parts].sort((a, b) => a.number - b.number)) {
			const chunk = inMemory ? inMemory.subarray(part.chunk_start, part.chunk_end + 1) : (await chunks!.next()).value;
			if (!chunk || chunk.length !== part.chunk_end - part.chunk_start + 1) {
				throw new NodeOperationError(ctx.getNode(), `Part ${part.number} does not match the file's bytes`, { itemIndex });
			}
			const etag = await putPart(ctx, part.url, part.headers ?? {}, chunk, `${part.number} of ${upload.parts.length}`, itemIndex);
			completed.push({ number: part.number, checksum_etag: etag, checksum_sha256_base64: null });
		}
		const done = await client.send(tableRequest(complete, { path: { id }, body: { id: upload.id, path: upload.path, parts: completed } }));
		return [{ json: done.body as IDataObject }];
	} catch (error) {
		throw toNodeError(ctx.getNode(), error, { operationId: create.id, scopes: create.scopes, secrets: client.connection.secrets, itemIndex });
	}
}

/** Sends one part to its presigned URL and answers the ETag storage gave it. */
async function putPart(ctx: IExecuteFunctions, url: string, headers: Record<string, string>, chunk: Buffer, label: string, itemIndex: number): Promise<string> {
	let res;
	try {
		res = await ctx.helpers.httpRequest({ method: 'PUT', url, body: chunk, headers: { ...headers, 'Content-Length': String(chunk.length) }, returnFullResponse: true, json: false });
	} catch (error) {
		const status = (error as { cause?: { response?: { status?: number } } }).cause?.response?.status;
		throw new NodeOperationError(ctx.getNode(), `Uploading part ${label} failed${status ? ` (HTTP ${status})` : ''}`, { itemIndex });
	}
	const etag = headerOf(res.headers as HttpHeaders, 'etag') ?? '';
	if (!etag) throw new NodeOperationError(ctx.getNode(), `Storage gave no ETag for part ${label}`, { itemIndex });
	return etag;
}

/** Re-cuts a readable stream into buffers of exactly `partSize` bytes (the last one shorter). */
async function* partsOf(stream: AsyncIterable<Buffer | string>, partSize: number): AsyncGenerator<Buffer> {
	let pending: Buffer[] = [];
	let length = 0;
	for await (const piece of stream) {
		let buf = typeof piece === 'string' ? Buffer.from(piece) : piece;
		while (length + buf.length >= partSize) {
			const take = partSize - length;
			pending.push(buf.subarray(0, take));
			yield Buffer.concat(pending);
			buf = buf.subarray(take);
			pending = [];
			length = 0;
		}
		if (buf.length) {
			pending.push(buf);
			length += buf.length;
		}
	}
	if (length) yield Buffer.concat(pending);
}
