import { PolarWebhookSecretApi } from '../../../credentials/PolarWebhookSecretApi.credentials';
import { PolarTrigger } from '../../../nodes/Polar/PolarTrigger.node';
import { expectedTriggerCredentials } from '../../../nodes/Polar/trigger/description';
import { checkPastedSecret } from '../../../nodes/Polar/trigger/pastedSecret';

describe("the trigger's credentials", () => {
	test('the literal in the node (which n8n\'s lint reads) is what the credential mapping says', () => {
		expect(new PolarTrigger().description.credentials).toEqual(expectedTriggerCredentials());
	});

	test('Existing Endpoint takes its secret from a password field of its own credential, not a node parameter', () => {
		const credential = new PolarWebhookSecretApi();
		expect(credential.properties).toEqual([expect.objectContaining({ name: 'secret', type: 'string', typeOptions: { password: true }, required: true })]);
		expect(new PolarTrigger().description.properties.map((p) => p.name)).not.toContain('webhookSecret');
		expect(new PolarTrigger().methods.credentialTest.polarWebhookSecretTest).toBeInstanceOf(Function);
	});

	test('testing the secret credential checks its form and names the field', () => {
		expect(checkPastedSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw5w5n+V+gOi0=')).toMatchObject({ status: 'OK' });
		expect(checkPastedSecret('')).toEqual({ status: 'Error', message: expect.stringContaining('Webhook Secret is empty') });
		expect(checkPastedSecret('whsec_ short')).toEqual({ status: 'Error', message: expect.stringContaining('Webhook Secret does not look like') });
	});
});
