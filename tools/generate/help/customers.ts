/** Help of customers, their portal sessions and meters. */
import type { HelpTable } from './helpTypes';

const CUSTOMER_CREATE: HelpTable = {
	'customers:create.email': 'The customer\'s email address; no two customers of an organization share one. A team may leave it empty if it has an owner',
	'customers:create.name': { description: 'Full name of the person, or the team\'s name', placeholder: 'e.g. Jane Doe' },
	'customers:create.external_id': { description: 'Your own ID for the customer, e.g. the user ID in your app. Unique, and fixed once set', placeholder: 'e.g. user_42' },
	'customers:create.billing_address': 'Address printed on invoices; its country decides the tax',
	'customers:create.tax_id': { description: 'Tax ID of a business customer, e.g. an EU VAT number', placeholder: 'e.g. FR12345678901' },
	'customers:create.owner': 'The member who manages the customer; empty uses the customer\'s own email and name for it',
	'customers:create.metadata': 'Your own key/value data about the customer, e.g. your plan name or CRM ID (up to 50 pairs)',
	'MemberOwnerCreate.email': 'Email address of the owner',
	'MemberOwnerCreate.name': { description: 'Full name of the owner', placeholder: 'e.g. Jane Doe' },
	'MemberOwnerCreate.external_id': { description: 'The owner\'s ID in your own system', placeholder: 'e.g. user_42' },
};

const CUSTOMER_UPDATE: HelpTable = {
	'customers:update.email': 'New email address; no two customers of an organization share one',
	'customers:update.name': { description: 'New full name, or team name', placeholder: 'e.g. Jane Doe' },
	'customers:update.external_id': { description: 'Your own ID for the customer; only if it has none yet (it is fixed once set)', placeholder: 'e.g. user_42' },
	'customers:update.billing_address': 'New address printed on invoices; its country decides the tax',
	'customers:update.tax_id': { description: 'New tax ID of a business customer, e.g. an EU VAT number', placeholder: 'e.g. FR12345678901' },
	'customers:update.type': 'Turn an individual into a team customer (a team cannot go back)',
	'customers:update.metadata': 'New key/value data; it replaces all of the customer\'s metadata',
};

const CUSTOMER_READS: HelpTable = {
	'customers:list.email': { description: 'Only the customer with exactly this email address', placeholder: 'name@email.com' },
	'customers:list.query': { description: 'Text searched in names, emails and external IDs', placeholder: 'e.g. jane' },
	'customers:list.active': 'Whether to return only customers with a live subscription (trialing, active or past due), or only those without',
	'customers:list.metadata': 'Only customers whose metadata has all of these key/value pairs',
	'customers:list.organization_id': 'Only customers of these organizations; needed only with a personal or OAuth2 token',
	'customers:get_state_external.external_id': { description: 'Your own ID of the customer (its external ID)', placeholder: 'e.g. user_42' },
};

const SESSIONS: HelpTable = {
	'customer-sessions:create.customer_id': 'The customer who gets into the customer portal',
	'customer-sessions:create.external_customer_id': { description: 'Your own ID of the customer who gets into the customer portal', placeholder: 'e.g. user_42' },
	'customer-sessions:create.member_id': 'For a team customer: the member who signs in; empty signs in the owner',
	'customer-sessions:create.external_member_id': { description: 'For a team customer: your own ID of the member who signs in', placeholder: 'e.g. user_42' },
	'customer-sessions:create.return_url': { description: 'Where the portal\'s back link leads, e.g. your app', placeholder: 'e.g. https://example.com/account' },
};

const CUSTOMER_METERS: HelpTable = {
	'customer_meters:list.customer_id': 'Only meters of these customers',
	'customer_meters:list.external_customer_id': 'Only meters of the customers with these external IDs',
	'customer_meters:list.meter_id': 'Only these meters',
	'customer_meters:list.organization_id': 'Only meters of these organizations; needed only with a personal or OAuth2 token',
};

export const CUSTOMER_HELP: HelpTable = { ...CUSTOMER_CREATE, ...CUSTOMER_UPDATE, ...CUSTOMER_READS, ...SESSIONS, ...CUSTOMER_METERS };
