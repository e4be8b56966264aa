import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Invoices and receipts come back as a link to a PDF on Polar's storage. The link is presigned,
 * so it is fetched without Polar's Authorization header (sending the token elsewhere would leak
 * it), and the PDF becomes the item's binary `data`.
 */
export async function downloadPdf(
	ctx: IExecuteFunctions,
	reply: { url?: unknown },
	kind: 'invoice' | 'receipt',
	orderId: string,
	itemIndex: number,
): Promise<INodeExecutionData> {
	const url = typeof reply?.url === 'string' ? reply.url : '';
	if (!/^https?:\/\//.test(url)) {
		throw new NodeOperationError(ctx.getNode(), `Polar did not return a link to the ${kind} PDF`, { itemIndex });
	}
	const res = await ctx.helpers.httpRequest({ method: 'GET', url, encoding: 'arraybuffer', returnFullResponse: true, json: false });
	const bytes = Buffer.from(res.body as ArrayBuffer);
	const fileName = `polar-${kind}-${orderId || 'order'}.pdf`;
	const binary = await ctx.helpers.prepareBinaryData(bytes, fileName, 'application/pdf');
	return { json: { url, fileName, size: bytes.length }, binary: { data: binary } };
}
