import {useCallback, useEffect, useReducer, useRef} from 'react';
import {Box, Text, useApp, useInput, usePaste, useWindowSize} from 'ink';
import {contentHeight, MIN_COLUMNS, MIN_ROWS} from './domain/layout.js';
import {globalHints, helpSections, keyHint} from './keymap/hints.js';
import {screenHints} from './state/screen-hints.js';
import {toKeyPresses} from './keymap/keys.js';
import {HelpOverlay} from './components/help-overlay.js';
import {Footer} from './components/footer.js';
import {Header} from './components/header.js';
import {MessageLine} from './components/message-line.js';
import {ProfilePicker} from './screens/picker.js';
import {InstanceList} from './screens/instance-list.js';
import {InstanceDetail} from './screens/instance-detail.js';
import {AttributeForm} from './screens/attribute-form.js';
import {TagEditor} from './screens/tag-editor.js';
import {OriginsForm} from './screens/origins-form.js';
import type {AppState} from './state/app-state.js';
import {reducer} from './state/reducer.js';
import {activeScope, readOnlyHere, visibleRows, withView} from './state/selectors.js';
import {isLoading} from './state/inventory-reducer.js';
import {useServices} from './state/services.js';
import {useTerminalControl} from './state/use-terminal-control.js';
import {useInventory} from './state/use-inventory.js';
import {useDetail} from './state/use-detail.js';
import {useInstanceSettings} from './state/use-instance-settings.js';
import {useMfa} from './state/use-mfa.js';
import {MfaDialog} from './components/mfa-dialog.js';
import {useApply} from './state/use-apply.js';
import {useClipboard} from './state/use-clipboard.js';
import {ErrorsOverlay} from './components/errors-overlay.js';
import {errorsLines} from './state/errors-reducer.js';
import {sortLabel} from './domain/sort.js';
import {useFleet} from './state/use-fleet.js';
import {useReplication} from './state/use-replication.js';
import {useFleetCache} from './state/use-fleet-cache.js';
import {useBulk} from './state/use-bulk.js';
import {useClock} from './state/use-clock.js';
import {MatrixView} from './screens/matrix.js';
import {BulkTagsView} from './screens/bulk-tags-form.js';
import {useTheme} from './theme/theme.js';

export type AppProps = {
	readonly initial: AppState;
	readonly demo?: boolean;
	readonly onQuit?: () => void;
	/** Fixed size instead of the terminal's (component tests). */
	readonly size?: {readonly columns: number; readonly rows: number};
};

export function App({initial, demo, onQuit, size}: AppProps) {
	const {exit} = useApp();
	const windowSize = useWindowSize();
	const {columns, rows} = size ?? windowSize;
	const [state, dispatch] = useReducer(reducer, initial, (first) => withView({...first, size: {columns, rows}}));
	const services = useServices();
	const theme = useTheme();

	// When the last key came: background answers wait for a pause in the typing (use-replication.ts).
	const lastKeyAt = useRef(Number.NEGATIVE_INFINITY);
	useInput((input, key) => {
		lastKeyAt.current = performance.now();
		for (const press of toKeyPresses(input, key)) dispatch({type: 'key', press});
	});
	// Bracketed paste: a paste reaches the focused field whole, never as keys (a pasted `q` does not quit).
	usePaste((text) => dispatch({type: 'paste', text}));

	useEffect(() => {
		dispatch({type: 'resize', size: {columns, rows}});
	}, [columns, rows]);

	useEffect(() => {
		if (state.quit) {
			onQuit?.();
			exit();
		}
	}, [state.quit, exit, onQuit]);

	useInventory(state.inventory, dispatch);
	useDetail(state.detail, dispatch);
	useInstanceSettings(state.detail, dispatch);
	useMfa(state.mfa, dispatch);
	useEffect(() => {
		void services.availableProfiles?.then((profiles) => {
			if (profiles) dispatch({type: 'profiles/available', profiles});
		});
	}, [services.availableProfiles]);
	useClipboard(state.clipboard);
	const shownRows = visibleRows(state).length;
	const listPosition = shownRows === 0 ? '0/0' : `${state.list.cursor + 1}/${shownRows}`;
	useApply(state.apply, dispatch);
	useTerminalControl(state.terminal);
	useFleet(state.fleet, dispatch);
	useReplication(state.replication, dispatch, lastKeyAt);
	useFleetCache(state.fleet);
	useBulk(state.bulk, dispatch);
	const now = useClock(state.screen === 'matrix');

	const firstChoice = useRef(true);
	useEffect(() => {
		if (firstChoice.current) {
			firstChoice.current = false;
			return;
		}

		services.settings?.saveChoice({
			profiles: state.profiles,
			regions: state.regions,
			readOnlyProfiles: [...state.readOnlyProfiles],
		});
	}, [state.profiles, state.regions, state.readOnlyProfiles, services.settings]);

	const settled = !isLoading(state.inventory);
	useEffect(() => {
		if (!settled) return;
		if (state.inventory.staleSince === undefined) services.settings?.saveInventory(state.inventory.rows);
		services.onSettled?.();
		// Saved once per load, when every pair has answered.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [settled, state.inventory.generation]);

	const onMaxScroll = useCallback((maxScroll: number) => dispatch({type: 'detail/max-scroll', maxScroll}), []);
	const onDialogMaxScroll = useCallback(
		(maxScroll: number) => dispatch({type: 'form/dialog-max-scroll', maxScroll}),
		[],
	);

	if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
		return (
			// Wrapped, not cut: the way out is at the end and must show at any size.
			<Box width={columns}>
				<Text color={theme.warning} wrap="wrap">
					terminal too small ({columns}×{rows}); connectui needs {MIN_COLUMNS}×{MIN_ROWS} · {keyHint('quit-now')} quits
				</Text>
			</Box>
		);
	}

	const scope = activeScope(state);
	const readOnly = readOnlyHere(state);
	const mfaPrompt = state.mfa[0];
	// An MFA prompt sits above the content, which keeps updating underneath.
	const height = contentHeight(rows, state.mfa.length);
	const title = {
		list: 'instances',
		detail: 'instance',
		attributes: 'attributes',
		tags: 'tags',
		origins: 'approved origins',
		matrix: 'fleet matrix',
		'bulk-tags': 'bulk tags',
	}[state.screen];
	const readOnlyProfiles = state.profiles.filter((profile) => state.readOnlyProfiles.has(profile));

	// What every form over the detail view is drawn with, besides its own form state.
	const formProps = (detail: NonNullable<AppState['detail']>) => ({
		detail,
		readOnly,
		width: columns,
		height,
		onDialogMaxScroll,
	});
	let content;
	if (state.overlay?.kind === 'help') {
		content = (
			<HelpOverlay
				sections={helpSections({readOnly})}
				scroll={state.overlay.scroll}
				height={height}
				width={columns}
				readOnly={readOnly}
			/>
		);
	} else if (state.overlay?.kind === 'errors') {
		content = (
			<ErrorsOverlay lines={errorsLines(state)} scroll={state.overlay.scroll} height={height} width={columns} />
		);
	} else if (state.overlay?.kind === 'picker') {
		content = <ProfilePicker picker={state.overlay} height={height} width={columns} />;
	} else if (state.screen === 'attributes' && state.form?.kind === 'attributes' && state.detail) {
		content = <AttributeForm form={state.form} {...formProps(state.detail)} />;
	} else if (state.screen === 'tags' && state.form?.kind === 'tags' && state.detail) {
		content = <TagEditor form={state.form} {...formProps(state.detail)} />;
	} else if (state.screen === 'matrix' && state.matrix) {
		content = <MatrixView state={state} matrix={state.matrix} width={columns} height={height} now={now} />;
	} else if (state.screen === 'bulk-tags' && state.bulkTags) {
		content = <BulkTagsView state={state} form={state.bulkTags} width={columns} height={height} />;
	} else if (state.screen === 'origins' && state.form?.kind === 'origins' && state.detail) {
		content = <OriginsForm form={state.form} {...formProps(state.detail)} />;
	} else if (state.screen === 'detail' && state.detail) {
		content = (
			<InstanceDetail
				detail={state.detail}
				width={columns}
				height={height}
				onMaxScroll={onMaxScroll}
				baseline={state.baseline}
			/>
		);
	} else {
		content = <InstanceList state={state} width={columns} height={height} />;
	}

	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Header
				title={title}
				profiles={state.profiles}
				accounts={state.accounts.size > 0}
				regions={state.regions}
				readOnly={readOnly}
				readOnlyProfiles={state.screen === 'list' && !state.readOnly ? readOnlyProfiles : undefined}
				demo={demo}
				position={state.screen === 'list' && !state.overlay ? listPosition : undefined}
				sort={state.screen === 'list' && !state.overlay ? sortLabel(state.list.sort) : undefined}
			/>
			{mfaPrompt ? (
				<MfaDialog
					profile={mfaPrompt.profile}
					serial={mfaPrompt.serial}
					code={mfaPrompt.code}
					error={mfaPrompt.error}
					waiting={state.mfa.length - 1}
					width={columns}
				/>
			) : null}
			<Box height={height} flexDirection="column" overflow="hidden">
				{content}
			</Box>
			<MessageLine
				text={state.message?.text}
				tone={state.message?.tone}
				width={columns}
				fullKey={state.message?.inFull && scope === 'list' ? keyHint('list.errors') : undefined}
			/>
			<Footer
				hints={state.form?.busy ? [] : screenHints(state, scope, readOnly)}
				pinned={state.form?.busy ? [] : globalHints(scope)}
				width={columns}
				note={
					state.list.marks.size > 0 && (scope === 'list' || scope === 'matrix' || scope === 'bulk-tags')
						? `${state.list.marks.size} marked`
						: undefined
				}
			/>
		</Box>
	);
}
