// The frame drawn from the cache before Ink loads is the app's own first frame, line for line: the same
// strip (laid out by the same function), stale line, table header and rows, at the same places.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {sortInstances} from '../../source/domain/instances.js';
import {preframeLines} from '../../source/domain/preframe.js';
import {createFakeGateway} from '../helpers/fake-gateway.js';
import {renderApp} from '../helpers/render-app.js';
import {summaryRow} from '../helpers/state.js';

const plain = (line: string) => line.replaceAll(/\u001B\[[0-9;]*m/g, '').trimEnd();

const cases = [
	{name: 'two regions at 100×30', profiles: ['prod'], regions: ['us-east-1', 'eu-west-2'], columns: 100, rows: 30},
	{
		name: 'two profiles and five regions at 80×24',
		profiles: ['prod', 'dev'],
		regions: ['us-east-1', 'us-west-2', 'eu-central-1', 'eu-west-2', 'ap-southeast-2'],
		columns: 80,
		rows: 24,
	},
];

describe('the first frame from the cache and the app’s first frame', () => {
	for (const {name, profiles, regions, columns, rows: lines} of cases) {
		it(`match line for line while every region loads: ${name}`, async () => {
			// As the cache keeps them: in the list's order.
			const rows = sortInstances(
				['zeta', 'alpha', 'mid'].map((alias, index) => summaryRow(alias, regions[index % regions.length])),
			);
			const savedAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
			const gateway = createFakeGateway([]);
			const releases = regions.map((region) => gateway.hold(region));
			const app = renderApp(gateway, {profiles, regions, cachedRows: rows, cachedAt: savedAt}, {columns, rows: lines});
			try {
				const frame = (await app.waitFor('stale: last known list')).split('\n').map(plain);
				const before = preframeLines({rows, profiles, regions, savedAt, now: Date.now(), columns, lines})!.map(plain);
				// The content between the header and the message line.
				const content = (screen: string[]) => screen.slice(1, -2);
				assert.deepEqual(content(before), content(frame));
				assert.match(before[1]!, /us-east-1 …/);
			} finally {
				for (const release of releases) release();
				app.unmount();
			}
		});
	}
});
