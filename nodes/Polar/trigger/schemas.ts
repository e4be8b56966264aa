import { z } from 'zod';

/**
 * The parts of Polar's replies and deliveries the trigger relies on, checked before they are
 * trusted. Messages name fields only, never values: a value may be a signing secret.
 */

/** What the trigger needs from a WebhookEndpoint reply (create, get, update). */
export const webhookEndpointSchema = z
	.object({
		id: z.string().min(1),
		url: z.string().min(1),
		secret: z.string().min(1),
		enabled: z.boolean(),
		events: z.array(z.string()),
		// Both are in every reply of today's Polar; a reply without them is read as "unknown"
		// (verification then accepts either key, and the version is set again).
		api_version: z.string().optional(),
		uses_standard_webhook_signature: z.boolean().optional(),
	})
	.passthrough();

export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** The body of a delivery in format "raw": `{ type, timestamp, data }`. */
export const deliveryEnvelopeSchema = z
	.object({
		type: z.string().min(1),
		timestamp: z.string().min(1),
		data: z.record(z.unknown()),
	})
	.passthrough();

export type DeliveryEnvelope = z.infer<typeof deliveryEnvelopeSchema>;

/** "id, secret" for the fields that failed, without the values. */
export function failedFields(error: z.ZodError): string {
	const paths = new Set(error.issues.map((issue) => issue.path.join('.') || '(whole body)'));
	return [...paths].join(', ');
}
