import type { ItemOverride } from '../types';
import { fileUploadDescription } from './fileUpload.description';
import { uploadFile } from './fileUpload.execute';

/** File → Upload: not one API call but three (create, PUT each part to storage, complete), per item. */
export const fileUpload: ItemOverride = {
	scope: 'item',
	description: fileUploadDescription,
	execute: uploadFile,
};
