import type { Handler } from '../api';
import { ok, unprocessable } from '../replies';
import { completeUpload } from '../uploads';

/** The last step of a file upload (the parts themselves go to the emulator's part URLs: uploads.ts). */

export const FILE_HANDLERS: Record<string, Handler> = {
	/** The parts sent must make up the whole file, each with the ETag its upload was answered. */
	'file:uploaded': (req, api) =>
		api.withTarget(req, (file, collection) => {
			const done = completeUpload(file.id, (req.body.parts as Array<{ number?: unknown; checksum_etag?: unknown }>) ?? []);
			if ('error' in done) return unprocessable(['body', 'parts'], done.error);
			if (done.size !== file.size) return unprocessable(['body', 'parts'], `the parts hold ${done.size} bytes, the file was declared with ${String(file.size)}`);
			return ok(api.update(collection, file, { is_uploaded: true, checksum_sha256_hex: done.sha256Hex }));
		}),
};
