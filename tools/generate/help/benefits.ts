/** Help of Benefit → Create (each type's settings) and of checking license keys. */
import type { HelpTable } from './helpTypes';

const BENEFIT: HelpTable = {
	'benefits:create.description': { description: 'What the customer sees, e.g. on the checkout page (3 to 42 characters)', placeholder: 'e.g. Lifetime license key' },
	'benefits:create.visibility': 'Public lists it on product pages; Private grants it without listing it; Draft keeps it unused',
	'benefits:create.properties': 'Settings of this type of benefit',
	'benefits:update.visibility': 'Public lists it on product pages; Private grants it without listing it; Draft keeps it unused',
	'BenefitCustomCreateProperties.note': 'Private text shown only to customers who have the benefit, e.g. how to claim it; Markdown allowed',
	'BenefitDiscordCreateProperties.guild_token': 'Token of your Discord server, from connecting Polar to it in the dashboard',
	'BenefitDiscordCreateProperties.role_id': { description: 'The Discord role members get', placeholder: 'e.g. 1098765432109876543' },
	'BenefitDiscordCreateProperties.kick_member': 'Whether to remove the member from the server when the benefit is revoked',
	'BenefitGitHubRepositoryCreateProperties.repository_owner': { description: 'The GitHub user or organization that owns the repository', placeholder: 'e.g. my-org' },
	'BenefitGitHubRepositoryCreateProperties.repository_name': { description: 'The repository customers are invited to', placeholder: 'e.g. pro-templates' },
	'BenefitGitHubRepositoryCreateProperties.permission': 'What invited customers may do in the repository, from read-only (Pull) to Admin',
	'BenefitDownloadablesCreateProperties.files': 'The files customers can download: IDs of files uploaded for downloads (File → Upload)',
	'BenefitDownloadablesCreateProperties.archived': 'Files hidden from new customers, by file ID; customers who have them keep them',
	'archived.key': 'A file of the benefit',
	'archived.value': 'Whether the file is hidden from new customers',
	'BenefitLicenseKeysCreateProperties.prefix': { description: 'Text every key starts with, so customers recognize it', placeholder: 'e.g. MYAPP' },
	'BenefitLicenseKeysCreateProperties.expires': 'How long a key stays valid after it is granted; empty means it never expires',
	'BenefitLicenseKeyExpirationProperties.ttl': 'Number of days, months or years a key stays valid',
	'BenefitLicenseKeyExpirationProperties.timeframe': 'Unit of Expires After',
	'BenefitLicenseKeysCreateProperties.activations': 'Limit how many devices or installs a key can be activated on; empty means no activation needed',
	'BenefitLicenseKeyActivationCreateProperties.limit': 'Most activations one key can have at a time',
	'BenefitLicenseKeyActivationCreateProperties.enable_customer_admin': 'Whether customers can remove activations themselves in the customer portal',
	'BenefitLicenseKeysCreateProperties.limit_usage': 'Most uses a key allows, counted by License Key → Validate with Increment Usage By; empty means no limit',
	'BenefitMeterCreditCreateProperties.meter_id': 'The meter the credits count against',
	'BenefitMeterCreditCreateProperties.units': 'Units credited each billing period',
	'BenefitMeterCreditCreateProperties.rollover': 'Whether unused credits carry over to the next period',
	'BenefitSlackSharedChannelCreateProperties.slack_integration_id': 'The Slack workspace connected to Polar that holds the channels',
	'BenefitSlackSharedChannelCreateProperties.channel_name_template': {
		description: 'Name of each customer\'s channel, with placeholders such as {customer_name}, {metadata.KEY} or {customer_email_local}',
		placeholder: 'e.g. support-{customer_name}',
	},
	'BenefitSlackSharedChannelCreateProperties.private': 'Whether the channels are private',
	'BenefitSlackSharedChannelCreateProperties.welcome_message': 'Message posted in each new channel; Markdown allowed',
	'BenefitSlackSharedChannelCreateProperties.archive_on_revoke': 'Whether to archive the channel once the benefit is revoked',
	'BenefitSlackSharedChannelCreateProperties.team_invitees': 'Slack user IDs of your team to invite to every channel',
};

const LICENSE_KEYS: HelpTable = {
	'LicenseKeyValidate.organization_id': 'The organization that issued the key',
	'LicenseKeyValidate.activation_id': 'Check the key for this activation (device or install) only',
	'LicenseKeyValidate.benefit_id': 'Accept the key only if it comes from this benefit',
	'LicenseKeyValidate.customer_id': 'Accept the key only if it belongs to this customer',
	'LicenseKeyValidate.increment_usage': 'Add this much to the key\'s usage count while checking it (for keys with a usage limit)',
	'LicenseKeyActivate.organization_id': 'The organization that issued the key',
	'LicenseKeyActivate.label': { description: 'Name of this activation, e.g. the device or install it is for', placeholder: 'e.g. Jane\'s MacBook' },
	'LicenseKeyActivate.conditions': 'Key/value pairs the activation is bound to, e.g. a hardware ID; later checks must give the same',
	'LicenseKeyActivate.meta': 'Your own key/value data stored with the activation',
};

export const BENEFIT_HELP: HelpTable = { ...BENEFIT, ...LICENSE_KEYS };
