/**
 * Optional nested inputs that stay JSON (inside Additional Fields) although the generator could
 * make them a form, keyed by the component schema of the object: settings an organization's admin
 * sets once (in Polar's dashboard, more likely), each a long list of yes/no switches. As forms they
 * would add about 15 KB to the node's description, which n8n loads with the editor; as JSON they
 * cost a few hundred bytes and stay checked against Polar's schema before sending.
 */
export const JSON_ONLY: Record<string, string> = {
	OrganizationDetails: 'onboarding answers about the business, set once',
	OrganizationCustomerEmailSettings: 'fourteen yes/no switches for customer emails, set once',
	OrganizationCustomerPortalSettings: 'switches of the customer portal, set once',
	OrganizationSubscriptionSettings: 'subscription policy switches, set once',
	OrganizationFeatureSettingsUpdate: 'feature switches, set once',
	OrganizationDisputeSettingsUpdate: 'one threshold, set once',
};
