import type { CallableTags, ModelRule } from './pydantic';

/**
 * The checks Polar's request models make beyond their fields (pydantic `model_validator`s): a body
 * that breaks one is refused with 422 before any service runs, as a `value_error` at the model's
 * `loc` (for a tagged union, the branch: `["body", "percentage"]`). Keyed by the schema names of
 * the generated table; each rule says where in Polar's server it comes from. The words are ours.
 */

type Body = Record<string, unknown>;

const given = (body: Body, key: string) => body[key] !== undefined && body[key] !== null;

/** server/polar/discount/schemas.py, `_starts_at_ends_at_validator` (DiscountCreateBase). */
const startsBeforeEnds: ModelRule = (body) => {
	if (!given(body, 'starts_at') || !given(body, 'ends_at')) return undefined;
	return Date.parse(String(body.starts_at)) >= Date.parse(String(body.ends_at)) ? 'starts_at must come before ends_at' : undefined;
};

/** server/polar/discount/schemas.py, `_validate_duration_in_months`: months only, and always, for `repeating`. */
const monthsOnlyWhenRepeating: ModelRule = (body) => {
	const repeating = body.duration === 'repeating';
	if (repeating && !given(body, 'duration_in_months')) return 'a repeating discount needs duration_in_months';
	if (!repeating && given(body, 'duration_in_months')) return 'duration_in_months is only for a repeating discount';
	return undefined;
};

/** server/polar/discount/schemas.py, DiscountFixedCreate `validate_either_amount_or_amounts`. */
const oneWayToGiveTheAmount: ModelRule = (body) => {
	if (given(body, 'amount') && given(body, 'amounts')) return 'give amount or amounts, not both';
	if (!given(body, 'amount') && !given(body, 'amounts')) return 'a fixed discount needs amount or amounts';
	return undefined;
};

/** server/polar/customer/schemas/customer.py, CustomerTeamCreate `_require_owner_when_no_email`. */
const teamNeedsAnEmail: ModelRule = (body) => (!given(body, 'email') && !given(body, 'owner') ? 'a team customer without an email needs an owner with one' : undefined);

export const MODEL_RULES: Record<string, ModelRule[]> = {
	DiscountFixedCreate: [startsBeforeEnds, oneWayToGiveTheAmount, monthsOnlyWhenRepeating],
	DiscountPercentageCreate: [startsBeforeEnds, monthsOnlyWhenRepeating],
	CustomerTeamCreate: [teamNeedsAnEmail],
};

/**
 * Unions Polar tells apart with a function, so `loc` carries its tag: a customer is `individual`
 * unless `type` says `team` (server/polar/customer/schemas/customer.py, `_customer_create_type`);
 * a product is `recurring` when it has a `recurring_interval`, else `one_time`
 * (server/polar/product/schemas.py, `_product_create_discriminator`).
 */
export const CALLABLE_TAGS: Record<string, CallableTags> = {
	CustomerCreate: {
		tagOf: (body) => String(body.type ?? 'individual'),
		members: { individual: 'CustomerIndividualCreate', team: 'CustomerTeamCreate' },
	},
	ProductCreate: {
		tagOf: (body) => (body.recurring_interval !== undefined && body.recurring_interval !== null ? 'recurring' : 'one_time'),
		members: { recurring: 'ProductCreateRecurring', one_time: 'ProductCreateOneTime' },
	},
};
