import { webhookUrlProblem } from '../../../nodes/Polar/trigger/webhookUrl';

/** Polar's rule (server/polar/webhook/schemas.py): public https only; names are not resolved. */
describe('webhookUrlProblem', () => {
	test.each([
		'https://n8n.example.com/webhook/1b2c/webhook',
		'https://8.8.8.8/hook',
		'https://[2606:4700:4700::1111]/hook',
		'https://[::ffff:8.8.8.8]/hook',
		'https://n8n.lan/hook', // Polar does not resolve names
	])('accepts %s', (url) => {
		expect(webhookUrlProblem(url)).toBeUndefined();
	});

	test.each([
		['http://n8n.example.com/hook', 'notHttps'],
		['ftp://n8n.example.com/hook', 'notHttps'],
		['not a url', 'notAUrl'],
		['https://localhost:5678/webhook', 'privateAddress'],
		['https://LOCALHOST/webhook', 'privateAddress'],
		['https://127.0.0.1/hook', 'privateAddress'],
		['https://127.8.9.10/hook', 'privateAddress'],
		['https://0.0.0.0/hook', 'privateAddress'],
		['https://10.0.0.5/hook', 'privateAddress'],
		['https://172.16.0.1/hook', 'privateAddress'],
		['https://172.31.255.255/hook', 'privateAddress'],
		['https://192.168.178.20/hook', 'privateAddress'],
		['https://169.254.169.254/hook', 'privateAddress'],
		['https://100.100.1.1/hook', 'privateAddress'],
		['https://198.18.0.1/hook', 'privateAddress'],
		['https://[::1]/hook', 'privateAddress'],
		['https://[::]/hook', 'privateAddress'],
		['https://[fd12:3456::1]/hook', 'privateAddress'],
		['https://[fe80::1]/hook', 'privateAddress'],
		['https://[::ffff:192.168.0.1]/hook', 'privateAddress'],
		['https://[2001:db8::1]/hook', 'privateAddress'],
	])('refuses %s (%s)', (url, problem) => {
		expect(webhookUrlProblem(url)).toBe(problem);
	});

	test('172.32.x and 100.128.x are public', () => {
		expect(webhookUrlProblem('https://172.32.0.1/')).toBeUndefined();
		expect(webhookUrlProblem('https://100.128.0.1/')).toBeUndefined();
	});
});
