import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {render} from 'ink-testing-library';
import {StatusStrip, type StripPair} from '../../source/components/status-strip.js';
import {displayWidth} from '../../source/domain/sanitize.js';

const regions = ['us-east-1', 'us-west-2', 'eu-central-1', 'eu-west-2', 'ap-southeast-2'];

function pairs(): StripPair[] {
	return ['contact-prod', 'contact-dev'].flatMap((profile) =>
		regions.map((region) => ({target: {profile, region}, status: {kind: 'ok' as const, count: 2}})),
	);
}

function lines(frame: string | undefined): string[] {
	return (frame ?? '').split('\n');
}

describe('status strip', () => {
	it('fills its lines with pairs and keeps the summary at the end of the last one', () => {
		const strip = render(
			<StatusStrip pairs={pairs()} instances={20} showProfile width={80} chipLines={2} errorLines={0} />,
		);
		const [first, second, ...rest] = lines(strip.lastFrame());
		assert.deepEqual(rest, []);
		assert.match(first!, /^contact-prod\/us-east-1 2 · us-west-2 2 · eu-central-1 2 · eu-west-2 2/);
		assert.match(second!, /20 instances$/);
		assert.match(second!, /\+\d+ more/);
		for (const line of [first!, second!]) assert.ok(displayWidth(line) <= 80, line);
		strip.unmount();
	});

	it('puts the summary on a line of its own when the pairs end a line and there is room below', () => {
		const two = pairs().slice(0, 3);
		const strip = render(<StatusStrip pairs={two} instances={6} showProfile width={80} chipLines={3} errorLines={0} />);
		const frame = lines(strip.lastFrame());
		assert.match(frame[0]!, /^contact-prod\/us-east-1 2 · us-west-2 2 · eu-central-1 2/);
		assert.match(frame.join('\n'), /6 instances/);
		assert.doesNotMatch(frame.join('\n'), /more/);
		for (const line of frame) assert.ok(displayWidth(line) <= 80, line);
		strip.unmount();
	});
});
