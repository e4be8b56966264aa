/**
 * What a model reads about a Polar Tool. A Polar Tool left on "Set Automatically" is described to
 * the model as its operation's `action` plus " in Polar" (n8n-workflow `makeDescription`), e.g.
 * "Create a customer in Polar"; that line is all the model has to pick the tool by. So every
 * operation's action must read well in that sentence:
 *  - it starts with an imperative verb;
 *  - it is one plain clause: no parentheses, semicolons, colons or closing full stop, which " in
 *    Polar" would land after;
 *  - it does not name Polar itself (" in Polar" does);
 *  - it is in sentence case (acronyms and product names aside) and holds no HTTP method or path;
 *  - it is unique in the node, so a model offered several tools can tell them apart.
 *
 * The words live in tools/generate/operationNaming.ts (and the overrides' descriptions).
 */
import type { INodePropertyOptions } from 'n8n-workflow';
import { Polar } from '../../nodes/Polar/Polar.node';

/** Verbs an action may start with. A new verb is welcome here when it is one. */
const IMPERATIVE_VERBS = new Set(
	(
		'Accept Activate Add Apply Approve Archive Ask Assign Attach Cancel Change Check Claim Close Complete Confirm Connect Count Create ' +
		'Deactivate Delete Describe Detach Disable Download Enable End Exchange Export Find Finalize Generate Get Grant Import Ingest ' +
		'Introspect Invite Issue List Look Mark Mint Move Open Pause Read Record Redeliver Refund Register Reject Remove Rename Replace ' +
		'Report Request Resend Reset Resume Retry Revoke Rotate Search Send Set Start Submit Update Upload Validate Verify'
	).split(' '),
);
/** Words that keep their capitals mid-sentence besides all-capital acronyms (ID, IDs, URL, CSV, PDF). */
const PROPER_WORDS = new Set(['OAuth2', 'OpenID']);

/** Why an action does not read well as "<action> in Polar"; empty when it does. */
function problemsOf(action: string): string[] {
	const problems: string[] = [];
	const words = action.split(/\s+/);
	const verb = words[0].replace(/[^A-Za-z]/g, '');
	if (!IMPERATIVE_VERBS.has(verb)) problems.push(`starts with "${verb}", not an imperative verb`);
	if (/[();:]|\.$/.test(action)) problems.push('is not one plain clause (parentheses, semicolon, colon or full stop)');
	if (/\bPolar\b/.test(action)) problems.push('names Polar, which " in Polar" already says');
	if (/\b(GET|POST|PUT|PATCH|DELETE)\b|\/v1\//.test(action)) problems.push('holds an HTTP method or path');
	const capitalised = action.replace(/OpenID Connect/g, 'OpenID').split(/\s+/).slice(1).map((w) => w.replace(/[^A-Za-z0-9-]/g, '')).filter((w) => /^[A-Z]/.test(w) && !/^[A-Z][A-Z0-9]+s?$/.test(w) && !PROPER_WORDS.has(w) && w !== 'Polar');
	if (capitalised.length) problems.push(`is not in sentence case (${capitalised.join(', ')})`);
	return problems;
}

interface ToolAction {
	key: string;
	action: string;
}

const description = new Polar().description;
const actions: ToolAction[] = description.properties
	.filter((p) => p.name === 'operation')
	.flatMap((p) => {
		const resource = (p.displayOptions?.show?.resource as string[] | undefined)?.[0] ?? '';
		return (p.options as INodePropertyOptions[]).map((o) => ({ key: `${resource}:${String(o.value)}`, action: o.action ?? '' }));
	});

/** Every problem of every action, duplicates across the node included. */
function allProblems(): Map<string, string[]> {
	const byAction = new Map<string, string[]>();
	for (const { key, action } of actions) byAction.set(action, [...(byAction.get(action) ?? []), key]);
	const out = new Map<string, string[]>();
	for (const { key, action } of actions) {
		const problems = action ? problemsOf(action) : ['has no action'];
		const twins = (byAction.get(action) ?? []).filter((k) => k !== key);
		if (twins.length) problems.push(`is also the action of ${twins.join(', ')}`);
		if (problems.length) out.set(key, problems);
	}
	return out;
}

test('the node names Polar as the tool description\'s suffix ("<action> in Polar")', () => {
	expect(description.defaults.name).toBe('Polar');
	expect(description.usableAsTool).toBe(true);
	expect(actions.length).toBeGreaterThan(150);
});

test('the rule itself: what reads well and what does not', () => {
	expect(problemsOf('Create a customer')).toEqual([]);
	expect(problemsOf('Get the invoice URL of an order by external ID')).toEqual([]);
	expect(problemsOf('Start an OAuth2 authorization')).toEqual([]);
	expect(problemsOf('Customer create')).toEqual(['starts with "Customer", not an imperative verb']);
	expect(problemsOf('Send usage events (metered billing)')).toEqual(['is not one plain clause (parentheses, semicolon, colon or full stop)']);
	expect(problemsOf('Ask Polar to refund an order')).toEqual(['names Polar, which " in Polar" already says']);
	expect(problemsOf('List Benefit Grants')).toEqual(['is not in sentence case (Benefit, Grants)']);
	expect(problemsOf('Get POST /v1/orders/')).toEqual(expect.arrayContaining(['holds an HTTP method or path']));
});

test('every operation\'s action reads well as "<action> in Polar"', () => {
	const failing = [...allProblems()].map(([key, problems]) => `${key} "${actions.find((a) => a.key === key)?.action}": ${problems.join('; ')}`);
	expect(failing).toEqual([]);
});
