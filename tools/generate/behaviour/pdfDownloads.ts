/** Operations whose reply is a link to a PDF; the node offers "Download PDF" and downloads it as a binary file. Keyed by operationId. */
export const PDF_DOWNLOADS: Record<string, 'invoice' | 'receipt'> = {
	'orders:invoice': 'invoice',
	'orders:receipt': 'receipt',
	'customer_portal:orders:invoice': 'invoice',
	'customer_portal:orders:receipt': 'receipt',
};
