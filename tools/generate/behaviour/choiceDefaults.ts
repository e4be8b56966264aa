import type { ModelField } from '../modelTypes';

/**
 * Every required choice whose schema has no default, and what the editor starts it at. The rule:
 * nothing is preselected that decides something Polar would not decide itself, so such a choice
 * starts empty and a run that leaves it empty fails before sending ("choose a Refund Reason").
 * Where Polar does assume a value when none is sent, the choice starts there, with the reason.
 *
 * Keyed "<operationId> <API path>"; "(shape)" is the choice between the body's shapes, "(type)" the
 * type choice inside a group or row. The generator refuses a required choice missing here, so a
 * new one in Polar's document is decided before it ships (tools/generate/model.ts).
 */
export interface ChoiceStart {
	/** the value the choice starts at; '' = empty, the user chooses */
	starts: string;
	/** for a preselected choice: the schema property ("Component.property") whose default Polar applies */
	schemaDefault?: string;
	why: string;
}

const EMPTY: ChoiceStart = { starts: '', why: 'Polar has no default: the user chooses' };

export const CHOICE_STARTS: Record<string, ChoiceStart> = {
	'organizations:create legal_entity.(type)': EMPTY,
	'organizations:create socials.platform': EMPTY,
	'organizations:update socials.platform': EMPTY,
	'subscriptions:create (shape)': EMPTY,
	'subscriptions:update (shape)': EMPTY,
	'oauth2:request_token (shape)': EMPTY,
	'benefits:create (shape)': EMPTY,
	'benefits:create properties.permission': EMPTY,
	'benefits:create properties.expires.timeframe': EMPTY,
	'benefits:update (shape)': EMPTY,
	'benefits:update properties.permission': EMPTY,
	'benefits:update properties.expires.timeframe': EMPTY,
	'webhooks:create_webhook_endpoint format': EMPTY,
	'products:create (shape)': EMPTY,
	'products:create prices.(type)': EMPTY,
	'products:create prices.tiers.type': EMPTY,
	'products:create recurring_interval': EMPTY,
	'products:update prices.(type)': EMPTY,
	'products:update prices.tiers.type': EMPTY,
	'orders:update billing_address.country': EMPTY,
	'refunds:create reason': EMPTY,
	'checkouts:create customer_billing_address.country': EMPTY,
	'checkouts:update customer_billing_address.country': EMPTY,
	'checkouts:client_update customer_billing_address.country': EMPTY,
	'checkouts:client_confirm customer_billing_address.country': EMPTY,
	'files:create (shape)': EMPTY,
	'metrics:get interval': EMPTY,
	'metrics:export interval': EMPTY,
	'checkout-links:create (shape)': EMPTY,
	'custom-fields:create (shape)': EMPTY,
	'custom-fields:update (shape)': EMPTY,
	'discounts:create (shape)': EMPTY,
	'discounts:create duration': EMPTY,
	'discounts:create amounts.key': EMPTY,
	'discounts:update amounts.key': EMPTY,
	'customers:create (shape)': { starts: 'individualCreate', schemaDefault: 'CustomerIndividualCreate.type', why: 'Polar takes an individual customer when no type is sent' },
	'customers:create billing_address.country': EMPTY,
	'customers:update billing_address.country': EMPTY,
	'customers:update_external billing_address.country': EMPTY,
	'customer_portal:benefit-grants:update (shape)': EMPTY,
	'customer_portal:customers:update billing_address.country': EMPTY,
	'customer_portal:orders:update billing_address.country': EMPTY,
	'customer_portal:subscriptions:update (shape)': EMPTY,
	'customer-sessions:create (shape)': EMPTY,
	'events:ingest events.(type)': EMPTY,
	'meters:create filter.conjunction': EMPTY,
	'meters:create filter.clauses.operator': EMPTY,
	'meters:create aggregation.(type)': EMPTY,
	'meters:update filter.conjunction': EMPTY,
	'meters:update filter.clauses.operator': EMPTY,
	'meters:update aggregation.(type)': EMPTY,
	'meters:quantities interval': EMPTY,
};

/** How a required choice without a schema default starts; throws for one nobody decided yet. */
export function choiceStart(operationId: string, path: string): string {
	const decided = CHOICE_STARTS[`${operationId} ${path}`];
	if (!decided) throw new Error(`${operationId}: the required choice "${path}" has no schema default: decide how it starts in tools/generate/behaviour/choiceDefaults.ts`);
	return decided.starts;
}

/** Required choices without a schema default start as behaviour/choiceDefaults.ts decided (empty, mostly). */
export function startChoices(operationId: string, fields: ModelField[], prefix = ''): void {
	for (const f of fields) {
		if (f.kind === 'options' && f.required && f.default === undefined) {
			const start = choiceStart(operationId, `${prefix}${f.api}`);
			if (start) f.default = start;
		}
		if (!f.form) continue;
		if (f.form.choice) {
			const start = choiceStart(operationId, `${prefix}${f.api}.(type)`);
			if (start) f.form.choice.default = start;
		}
		startChoices(operationId, f.form.fields, `${prefix}${f.api}.`);
	}
}
