import { ExecuteContext, RoutingNode } from 'n8n-core';
import type { ICredentialDataDecryptedObject, ICredentialTestRequest, INode, INodeType, INodeTypes } from 'n8n-workflow';
import { createEmptyRunExecutionData, Workflow } from 'n8n-workflow';
import { PolarApi } from '../../credentials/PolarApi.credentials';
import { TestCredentialsHelper } from '../../tools/harness/credentialsHelper';
import { testAdditionalData } from '../../tools/harness/engine';

/**
 * Sends a credential's test request the way n8n's credentials tester does (n8n CLI
 * `CredentialsTester.testCredentials`): a stand-in node whose one property routes the test request,
 * run by n8n-core's RoutingNode with the credential's data. Resolves when the request got a 2xx,
 * rejects with n8n's error otherwise. (The tester's own reading of `rules` is not reproduced here.)
 */
export async function sendCredentialTest(credentials: ICredentialDataDecryptedObject, testRequest: ICredentialTestRequest = new PolarApi().test): Promise<void> {
	const credentialType = 'polarApi';
	const nodeType: INodeType = {
		description: {
			displayName: 'Credential Test',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: [{ name: credentialType, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', routing: { request: testRequest.request }, default: '' }],
		},
	};
	const nodeTypes: INodeTypes = { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) };
	const node: INode = {
		id: 'credential-test',
		name: 'Temp-Node',
		type: 'n8n-nodes-polar.credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [credentialType]: { id: 'cred-test', name: 'Test' } },
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = testAdditionalData(new TestCredentialsHelper({ [credentialType]: credentials }));
	const context = new ExecuteContext(workflow, node, additionalData, 'internal', createEmptyRunExecutionData(), 0, [], { main: [[{ json: {} }]] }, { node, data: {}, source: null }, []);
	const decrypted = { id: 'cred-test', name: 'Test', type: credentialType, data: credentials };
	await workflow.expression.acquireIsolate?.();
	try {
		await new RoutingNode(context, nodeType, decrypted).runNode();
	} finally {
		await workflow.expression.releaseIsolate?.();
	}
}
