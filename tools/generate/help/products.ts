/** Help of products and their prices: Product → Create / Update / Update Benefits, price rows, custom fields. */
import type { HelpTable } from './helpTypes';

const PRICE_ROWS: HelpTable = {
	'ProductPriceFixedCreate.price_amount': { description: 'The price in cents (1900 = 19.00); 0 makes it free', placeholder: 'e.g. 1900' },
	'ProductPriceCustomCreate.minimum_amount': 'Least the customer may pay, in cents (1900 = 19.00); 0 lets them pay nothing',
	'ProductPriceCustomCreate.maximum_amount': 'Most the customer may pay, in cents (1900 = 19.00); empty means no maximum',
	'ProductPriceCustomCreate.preset_amount': 'Amount filled in for the customer at checkout, in cents (1900 = 19.00)',
	'ProductPriceSeatBasedCreate.seat_tiers': 'The seat tiers: how much each seat costs depending on how many are bought',
	'ProductPriceSeatTiers-Input.seat_tier_type': 'Volume prices every seat at the tier the total falls in; Graduated prices each tier\'s seats at that tier\'s rate',
	'ProductPriceSeatTiers-Input.tiers': 'The tiers, from the fewest seats up; only the last may have no maximum',
	'ProductPriceSeatTier.min_seats': 'First seat count of this tier',
	'ProductPriceSeatTier.max_seats': 'Last seat count of this tier; empty on the last tier means no limit',
	'ProductPriceSeatTier.price_per_seat': 'Price of one seat in this tier, in cents (1900 = 19.00)',
	'ProductPriceUnitBasedCreate.tiers': 'How much each unit costs, depending on how many are bought or used in the period',
	'ProductPriceUnitBasedCreate.minimum_units': 'Fewest units the customer can buy; empty means 1',
	'ProductPriceUnitBasedCreate.unit_label': {
		description: 'What a unit is called at checkout and on invoices, per language, singular and plural',
		placeholder: '{"en":{"=1":"device","other":"devices"}}',
	},
	'TiersInput.type': 'Volume prices every unit at the tier the total falls in; Graduated prices each tier\'s units at that tier\'s rate',
	'TiersInput.tiers': 'The tiers, from the fewest units up; only the last may have no upper bound',
	'TierInput.bound': 'Last unit count of this tier; empty on the last tier means no limit',
	'TierInput.unit_amount': { description: 'Price of one unit in this tier, in cents (1900 = 19.00)', placeholder: 'e.g. 500' },
	'ProductPriceMeteredUnitCreate.unit_amount': {
		description: 'Price of one unit of the meter, in cents; decimals allowed (0.5 = half a cent per unit)',
		placeholder: 'e.g. 0.5',
	},
	'ProductPriceMeteredUnitCreate.cap_amount': 'Most a customer is charged for this usage in one period, in cents (1900 = 19.00); empty means no cap',
	'ProductPriceMeteredUnitCreate.meter_id': 'The meter whose usage is billed',
	'ProductPriceMeteredTiersCreate.meter_id': 'The meter whose usage is billed',
	'ProductPriceMeteredTiersCreate.tiers': 'How much each unit costs, depending on how many are bought or used in the period',
	'ProductPriceMeteredTiersCreate.cap_amount': 'Most a customer is charged for this usage in one period, in cents (1900 = 19.00); empty means no cap',
	'ExistingProductPrice.id': 'A price the product already has, to keep it; prices left out of the list are archived',
	'AttachedCustomFieldCreate.custom_field_id': 'The custom field to ask for at checkout',
	'AttachedCustomFieldCreate.required': 'Whether the customer must fill it in',
};

const PRODUCT_FIELDS: HelpTable = {
	'products:create.name': { description: 'Product name shown to customers (3 to 64 characters)', placeholder: 'e.g. Pro Plan' },
	'products:create.description': 'Longer text shown on the checkout page; Markdown allowed',
	'products:create.prices': 'What the product costs: usually one price; a fixed price may be combined with a seat-based one, plus any metered prices',
	'products:create.medias': 'Images shown on the checkout page: IDs of files uploaded for product media (File → Upload)',
	'products:create.attached_custom_fields': 'Extra questions asked at checkout, from your custom fields',
	'ProductCreateRecurring.recurring_interval': 'How often the customer is billed',
	'ProductCreateRecurring.recurring_interval_count': 'Bill every this many intervals, e.g. 3 with Month for quarterly; empty means 1',
	'ProductCreateRecurring.meter_interval': 'Bill metered usage more often than the subscription itself, e.g. monthly on a yearly plan; must divide the billing interval',
	'ProductCreateRecurring.meter_interval_count': 'Bill metered usage every this many meter intervals; empty means 1',
	'products:update.name': { description: 'New product name (3 to 64 characters)', placeholder: 'e.g. Pro Plan' },
	'products:update.description': 'New text shown on the checkout page; Markdown allowed',
	'products:update.prices': 'The complete new list of prices: keep a price by its ID, add new ones; prices left out are archived',
	'products:update.medias': 'The complete new list of images (file IDs); the old list is replaced',
	'products:update.attached_custom_fields': 'The complete new list of checkout questions; the old list is replaced',
	'products:update.is_archived': 'Whether to archive it (no new sales; existing subscriptions go on) or bring it back',
	'products:update.recurring_interval': 'Only for an older product that has no billing interval yet; once set, it stays',
	'products:update.recurring_interval_count': 'Bill every this many intervals; like Billing Interval, it stays once set',
	'ProductBenefitsUpdate.benefits': 'Every benefit the product grants from now on; benefits left out are revoked from its customers',
};

const CUSTOM_FIELDS: HelpTable = {
	'custom-fields:create.slug': { description: 'Key of the answer in checkout and order data; lowercase letters, digits, - and _ only', placeholder: 'e.g. company_size' },
	'custom-fields:create.name': { description: 'Name of the field in your dashboard', placeholder: 'e.g. Company size' },
	'custom-fields:create.properties': 'How the field looks and what it accepts',
	form_label: { description: 'Label shown above the field at checkout', placeholder: 'e.g. How big is your team?' },
	form_help_text: 'Help shown under the field at checkout; Markdown allowed',
	form_placeholder: 'Example shown inside the empty field at checkout',
	'CustomFieldTextProperties.textarea': 'Whether to show a multi-line box instead of a single line',
	'CustomFieldTextProperties.min_length': 'Fewest characters an answer may have',
	'CustomFieldTextProperties.max_length': 'Most characters an answer may have',
	'CustomFieldNumberProperties.ge': 'Smallest value accepted; for a date, a Unix timestamp in seconds',
	'CustomFieldNumberProperties.le': 'Largest value accepted; for a date, a Unix timestamp in seconds',
	'CustomFieldDateProperties.ge': 'Smallest value accepted; for a date, a Unix timestamp in seconds',
	'CustomFieldDateProperties.le': 'Largest value accepted; for a date, a Unix timestamp in seconds',
	'CustomFieldSelectProperties.options': 'The choices, one row each',
	'CustomFieldSelectOption.value': { description: 'What is stored when this choice is picked', placeholder: 'e.g. 11-50' },
	'CustomFieldSelectOption.label': { description: 'What the customer sees', placeholder: 'e.g. 11 to 50 people' },
};

export const PRODUCT_HELP: HelpTable = { ...PRICE_ROWS, ...PRODUCT_FIELDS, ...CUSTOM_FIELDS };
