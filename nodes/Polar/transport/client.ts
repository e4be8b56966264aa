import type { PolarConnection, PolarContext, PolarRequest, PolarResponse } from './request';
import { sendOnce } from './request';

/**
 * The one object operations talk to. It owns everything that spans requests within one execution
 * (the connection now; retries, pacing and idempotency keys as the transport grows), so items and
 * pages share it.
 */
export class PolarClient {
	constructor(
		readonly ctx: PolarContext,
		readonly connection: PolarConnection,
	) {}

	async send(req: PolarRequest): Promise<PolarResponse> {
		return await sendOnce(this.ctx, this.connection, req);
	}
}
