/** Help of Checkout → Create, Checkout Link → Create and billing addresses. */
import type { HelpTable } from './helpTypes';

const CHECKOUT: HelpTable = {
	'CheckoutProductsCreate.products': 'Products the customer can choose from; the first is selected to start with',
	'CheckoutProductsCreate.prices': 'Prices made for this checkout only, per product ID, used instead of the product\'s own prices',
	'CheckoutProductsCreate.amount': 'What the customer pays when the price lets them choose, in cents (1900 = 19.00)',
	'CheckoutProductsCreate.currency': 'Currency the customer pays in; empty lets Polar pick one from their location',
	'CheckoutProductsCreate.custom_field_data': 'Answers to the product\'s custom fields, filled in ahead, keyed by each field\'s slug',
	'CheckoutProductsCreate.customer_id': 'An existing customer who is checking out',
	'CheckoutProductsCreate.external_customer_id': { description: 'Your own ID for the customer; the customer Polar creates gets it as external ID', placeholder: 'e.g. user_42' },
	'CheckoutProductsCreate.customer_name': 'Name filled in for the customer',
	'CheckoutProductsCreate.customer_email': 'Email filled in for the customer',
	'CheckoutProductsCreate.customer_billing_name': 'Name on invoices, filled in for the customer, e.g. a company name',
	'CheckoutProductsCreate.customer_billing_address': 'Billing address filled in for the customer',
	'CheckoutProductsCreate.customer_tax_id': { description: 'Tax ID filled in for a business customer, e.g. an EU VAT number', placeholder: 'e.g. FR12345678901' },
	'CheckoutProductsCreate.customer_ip_address': { description: 'The customer\'s IP address, to work out their country and tax', placeholder: 'e.g. 203.0.113.7' },
	'CheckoutProductsCreate.customer_metadata': 'Your own key/value data, copied onto the customer when the checkout succeeds',
	'CheckoutProductsCreate.is_business_customer': 'Whether the customer buys as a business, so the form asks for a billing name and tax ID',
	'CheckoutProductsCreate.subscription_id': 'A subscription of this customer that the checkout replaces, e.g. to move from a free plan to a paid one',
	'CheckoutProductsCreate.embed_origin': { description: 'Origin of your page when the checkout is embedded in it', placeholder: 'e.g. https://example.com' },
	'CheckoutProductsCreate.allow_trial': 'Whether the product\'s free trial applies to this checkout',
	'CheckoutProductsCreate.metadata': 'Your own key/value data, kept on the checkout and copied to the order and subscription it creates',
};

const CHECKOUT_LINK: HelpTable = {
	'checkout-links:create.product_price_id': 'The one price the link sells',
	'checkout-links:create.product_id': 'The product the link sells, at the prices it has when a customer opens the link',
	'checkout-links:create.products': 'The products the customer can choose from on the link\'s page',
	'checkout-links:create.label': { description: 'Your name for the link, shown only in your dashboard', placeholder: 'e.g. Newsletter offer' },
	'checkout-links:create.metadata': 'Your own key/value data, copied to every checkout the link opens',
	'checkout-links:create.discount_id': 'A discount applied to every checkout the link opens',
};

const ADDRESS: HelpTable = {
	'AddressInput.line1': { description: 'Street and number', placeholder: 'e.g. 1 Main Street' },
	'AddressInput.line2': 'Apartment, suite or floor',
	'AddressInput.postal_code': { description: 'Postal or ZIP code', placeholder: 'e.g. 94105' },
	'AddressInput.city': { description: 'City or town', placeholder: 'e.g. San Francisco' },
	'AddressInput.state': { description: 'State or province; needed for the US and Canada', placeholder: 'e.g. CA' },
	'AddressInput.country': 'It decides which taxes apply',
};

export const CHECKOUT_HELP: HelpTable = { ...CHECKOUT, ...CHECKOUT_LINK, ...ADDRESS };
