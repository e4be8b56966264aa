/** Local Polar emulator: a stateful stand-in for the Polar API, served from the generated operation table. */
export { startEmulator } from './server';
export { signature as webhookSignature } from './webhooks';
export type {
	Emulator,
	EmulatorOptions,
	EmulatorStats,
	FaultKind,
	FaultOptions,
	LogEntry,
	RateLimitOptions,
	RateLimitSetting,
	StoredObject,
	StoreView,
	WebhookDeliveryOptions,
	WebhookDeliveryResult,
} from './types';
