// The list's `/` filter through the whole app with the real Connect client against the emulator: an
// attr: term loads the attributes it needs (paced, with progress) and narrows the list to the instances
// that hold the value; a term that cannot be understood is shown as such.
import assert from 'node:assert/strict';
import {afterEach, describe, it} from 'node:test';
import {cleanup} from 'ink-testing-library';
import type {InstanceSummary} from '../../source/domain/types.js';
import {syntheticProfiles} from '../../source/emulator/index.js';
import {syntheticFixture} from '../helpers/gateway-fixture.js';
import {KEY, renderApp} from '../helpers/render-app.js';

const shape = {accounts: 1, regionsPerAccount: 1, instancesPerRegion: 6};
const [profile] = syntheticProfiles(shape);
const region = 'us-east-1';
let rows: readonly InstanceSummary[];
const fixture = syntheticFixture(shape, (listed) => (rows = listed));

afterEach(() => cleanup());

function app() {
	return renderApp(fixture.gateway, {
		profiles: [profile!.profile],
		regions: [region],
		availableProfiles: [profile!.profile],
	});
}

/** The aliases of the table's rows in a frame. */
function shownAliases(frame: string): string[] {
	return rows.filter((row) => frame.includes(row.alias)).map((row) => row.alias);
}

describe("the list's filter", () => {
	it('attr: loads each instance’s attributes with progress and keeps the instances that hold the value', async () => {
		const holding = rows.filter(
			(row) => fixture.emulator.attributesOf(profile!.accountId, region, row.id)?.['CONTACT_LENS'] === 'true',
		);
		assert.ok(holding.length > 0 && holding.length < rows.length, 'the seed has CONTACT_LENS on and off');
		const rendered = app();
		await rendered.waitFor(rows.at(-1)!.alias);
		const mark = fixture.emulator.requests.length;
		rendered.press('/attr:contact_lens=on');
		await rendered.waitFor(new RegExp(`loading attributes \\d/${rows.length}`), 10_000);
		const done = await rendered.waitFor(new RegExp(`${holding.length} of ${rows.length}(?![\\s\\S]*loading)`), 20_000);
		assert.deepEqual(
			shownAliases(done),
			holding.map((row) => row.alias),
		);
		// Every instance's attributes were read, through the real API.
		const read = new Set(
			fixture.emulator.requests
				.slice(mark)
				.filter((request) => request.operation === 'ListInstanceAttributes')
				.map((request) => request.path),
		);
		assert.deepEqual([...read].sort(), rows.map((row) => `/instance/${row.id}/attributes`).sort());
		// -attr: keeps the others, from what is already known (nothing read again).
		const again = fixture.emulator.requests.length;
		rendered.press(`${KEY.ctrlA}-${KEY.enter}`);
		const others = await rendered.waitFor(`${rows.length - holding.length} of ${rows.length}`);
		assert.deepEqual(
			shownAliases(others),
			rows.filter((row) => !holding.includes(row)).map((row) => row.alias),
		);
		assert.equal(
			fixture.emulator.requests.slice(again).filter((r) => r.operation === 'ListInstanceAttributes').length,
			0,
		);
	});

	it('shows a term it cannot understand under the filter line, with the reason', async () => {
		const rendered = app();
		await rendered.waitFor(rows.at(-1)!.alias);
		rendered.press('/atr:lens=on');
		const frame = await rendered.waitFor("not understood: 'atr:lens=on': unknown filter 'atr:'");
		assert.match(frame, /\/atr:lens=on/);
		rendered.press(KEY.esc);
		rendered.press('/attr:LENZ=on');
		await rendered.waitFor("not understood: 'attr:LENZ=on': unknown attribute type 'LENZ'");
	});
});
