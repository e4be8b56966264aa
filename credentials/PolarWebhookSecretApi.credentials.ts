import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The signing secret of a webhook endpoint made in Polar's dashboard, for the Polar Trigger's
 * Existing Endpoint mode. A credential rather than a node parameter, so that n8n keeps it
 * encrypted and it never appears in the workflow's JSON (API, export, shared copies). It signs
 * nothing that is sent, so it has no request to test; the trigger checks its form
 * (`testedBy` on the node).
 */
export class PolarWebhookSecretApi implements ICredentialType {
	name = 'polarWebhookSecretApi';

	displayName = 'Polar Webhook Secret API';

	icon = { light: 'file:../nodes/Polar/polar.svg', dark: 'file:../nodes/Polar/polar.dark.svg' } as const;

	documentationUrl = 'https://polar.sh/docs/integrate/webhooks/endpoints';

	properties: INodeProperties[] = [
		{
			displayName: 'Webhook Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The signing secret Polar shows for the endpoint (starts with whsec_); every delivery is checked against it',
		},
	];
}
