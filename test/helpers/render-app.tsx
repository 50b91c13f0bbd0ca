// Renders the whole app with ink-testing-library around a gateway (in-memory or real).
import {render} from 'ink-testing-library';
import {App} from '../../source/app.js';
import type {ConnectGateway} from '../../source/domain/gateway.js';
import {initialState, type InitialOptions} from '../../source/state/app-state.js';
import {memoryJournal} from '../../source/services/journal-reader.js';
import type {JournalRecord} from '../../source/services/journal.js';
import {ServicesProvider} from '../../source/state/services.js';
import {colorTheme, ThemeProvider} from '../../source/theme/theme.js';
import {moveTo} from './move-to.js';

export type RenderedApp = ReturnType<typeof render> & {
	/** Polls the last frame until it contains the text (or matches); throws with the frame on timeout. */
	waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
	/** Types keys as a terminal would send them (one read). */
	press(keys: string): void;
	/** Moves the cursor (`›`) to the row that names `name`; resolves with the frame showing it there. */
	moveTo(name: string | RegExp): Promise<string>;
	/** Resolves when the app asks to quit. */
	readonly quit: Promise<void>;
	/** What the app journaled, paired (in memory: tests never write the real journal). */
	journal(): readonly JournalRecord[];
};

export const KEY = {
	up: '\u001B[A',
	down: '\u001B[B',
	enter: '\r',
	esc: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	space: ' ',
	pageDown: '\u001B[6~',
	ctrlA: '\u0001',
	ctrlR: '\u0012',
} as const;

export function renderApp(
	gateway: ConnectGateway,
	options: Partial<InitialOptions> = {},
	size: {columns: number; rows: number} = {columns: 100, rows: 30},
): RenderedApp {
	const initial = initialState({
		profiles: ['prod'],
		regions: ['us-east-1'],
		availableProfiles: ['prod', 'dev'],
		availableRegions: ['us-east-1', 'us-west-2', 'eu-central-1'],
		...options,
	});
	const journal = memoryJournal();
	let quitted!: () => void;
	const quit = new Promise<void>((resolve) => (quitted = resolve));
	const rendered = render(
		<ThemeProvider theme={colorTheme}>
			<ServicesProvider
				services={{
					gateway: Promise.resolve(gateway),
					journal,
				}}
			>
				<App initial={initial} size={size} onQuit={() => quitted()} />
			</ServicesProvider>
		</ThemeProvider>,
	);
	return {
		...rendered,
		quit,
		journal: () => journal.records(),
		press(keys) {
			rendered.stdin.write(keys);
		},
		async moveTo(name) {
			return moveTo({frame: () => rendered.lastFrame() ?? '', press: (keys) => rendered.stdin.write(keys)}, name);
		},
		async waitFor(text, timeoutMs = 5000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const frame = rendered.lastFrame() ?? '';
				if (typeof text === 'string' ? frame.includes(text) : text.test(frame)) return frame;
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; last frame:\n${frame}`);
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		},
	};
}
