import { claimPoll } from '../../../nodes/Polar/poll/inFlight';

test('one poll per workflow node at a time; the release lets the next one run', () => {
	const release = claimPoll('wf1', 'node1');
	expect(release).toBeInstanceOf(Function);
	expect(claimPoll('wf1', 'node1')).toBeUndefined();
	// Other nodes and other workflows are not held up.
	const otherNode = claimPoll('wf1', 'node2');
	const otherWorkflow = claimPoll('wf2', 'node1');
	expect(otherNode).toBeInstanceOf(Function);
	expect(otherWorkflow).toBeInstanceOf(Function);
	release!();
	const again = claimPoll('wf1', 'node1');
	expect(again).toBeInstanceOf(Function);
	for (const r of [again, otherNode, otherWorkflow]) r!();
});

test('ids that would run together in a key stay apart', () => {
	const release = claimPoll('a', 'bc');
	const other = claimPoll('ab', 'c');
	expect(other).toBeInstanceOf(Function);
	release!();
	other!();
});
