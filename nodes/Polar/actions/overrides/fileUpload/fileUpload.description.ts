import type { INodeProperties } from 'n8n-workflow';
import type { OverrideDescription } from '../types';
import { DEFAULT_PART_SIZE_MIB, MIN_PART_SIZE_MIB } from './fileUpload.execute';

/** Each shows only for File → Upload (withOverrides.ts). */
const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field holding the file',
	},
	{
		displayName: 'Use For',
		name: 'fileService',
		type: 'options',
		options: [
			{ name: 'Downloadable (Benefit File)', value: 'downloadable' },
			{ name: 'Organization Avatar', value: 'organization_avatar' },
			{ name: 'Product Media', value: 'product_media' },
		],
		default: 'downloadable',
	},
	{
		displayName: 'Upload Options',
		name: 'uploadOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{ displayName: 'File Name', name: 'fileName', type: 'string', default: '', description: 'Name in Polar; default: the binary\'s file name' },
			{ displayName: 'Organization ID', name: 'organizationId', type: 'string', default: '', description: 'Needed with personal or OAuth2 tokens' },
			{
				displayName: 'Part Size (MiB)',
				name: 'partSizeMib',
				type: 'number',
				typeOptions: { minValue: MIN_PART_SIZE_MIB, maxValue: 512 },
				default: DEFAULT_PART_SIZE_MIB,
				description: 'Size of each uploaded part; storage needs at least 5 MiB for every part but the last',
			},
			{ displayName: 'Version', name: 'version', type: 'string', default: '', description: 'Version label of a downloadable file' },
		],
	},
];

/** File → Upload: Polar's three-step upload as one operation. */
export const fileUploadDescription: OverrideDescription = {
	operation: { name: 'Upload', action: 'Upload a file from binary data', description: 'Create the file, send every part to storage, mark it uploaded' },
	properties,
};
