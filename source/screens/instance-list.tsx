import {useCallback, useMemo} from 'react';
import {Box, Text} from 'ink';
import {layoutColumns, REPLICA_WIDTH} from '../domain/columns.js';
import {listLayout} from '../domain/layout.js';
import {relativeAge} from '../domain/format.js';
import {hasSeveralProfiles, instanceKey} from '../domain/instances.js';
import {replicaMark} from '../domain/replica-mark.js';
import type {InstanceSummary} from '../domain/types.js';
import type {AppState} from '../state/app-state.js';
import {malformedText} from '../domain/filter.js';
import {sanitizeLine} from '../domain/sanitize.js';
import {filterProgress, listFacts, listFilterOf, visibleRows} from '../state/selectors.js';
import {isLoading} from '../state/inventory-reducer.js';
import {InstanceTable} from '../components/instance-table.js';
import {StatusStrip} from '../components/status-strip.js';
import {FieldText} from '../components/text-field.js';
import {useTheme} from '../theme/theme.js';
import {keyHint} from '../keymap/hints.js';

export type InstanceListProps = {
	readonly state: AppState;
	readonly width: number;
	readonly height: number;
};

/** The instance list: status strip, filter line, the table. */
export function InstanceList({state, width, height}: InstanceListProps) {
	const theme = useTheme();
	const {filter, filterEditing} = state.list;
	const rows = visibleRows(state);
	const parsed = listFilterOf(state);
	const progress = filterProgress(state);
	const pairs = [...state.inventory.pairs.values()];
	const showProfile = state.profiles.length > 1 || hasSeveralProfiles(state.inventory.rows);
	const facts = listFacts(state);
	const {errors, filterLine, filterNote, stale} = facts;
	const loadingText = progress.map(({fact, done, total}) => `loading ${fact} ${done}/${total}`).join(' · ');
	// The same layout the reducer pages and scrolls with.
	const {chipLines, errorLines, tableHeight} = listLayout(height, facts);
	const loading = isLoading(state.inventory);
	const {entries} = state.replication;
	const replicaOf = useCallback(
		(row: InstanceSummary) => replicaMark(row.region, entries.get(instanceKey(row))?.value, REPLICA_WIDTH),
		[entries],
	);
	// One array while the layout stays: the table's rows are memoised on it, so a cursor move redraws two rows.
	const accounts = state.accounts.size > 0;
	const columns = useMemo(
		() => layoutColumns(width, showProfile, accounts, state.replication.any),
		[width, showProfile, accounts, state.replication.any],
	);
	const choose = `${keyHint('list.profiles')} profiles, ${keyHint('list.regions')} regions`;

	return (
		<Box flexDirection="column" height={height}>
			<StatusStrip
				pairs={pairs}
				instances={state.inventory.rows.length}
				showProfile={showProfile}
				width={width}
				chipLines={chipLines}
				errorLines={errorLines}
			/>
			{stale ? (
				<Text color={theme.warning} wrap="truncate">
					stale: last known list from {relativeAge(state.inventory.staleSince ?? '')}, refreshing…
				</Text>
			) : null}
			{filterLine ? (
				<Text wrap="truncate">
					<Text color={theme.accent}>/</Text>
					<FieldText field={filter} focused={filterEditing} width={Math.max(10, width - 40)} />
					<Text color={theme.muted}>
						{'  '}
						{rows.length} of {state.inventory.rows.length}
						{filterEditing
							? ` · ${keyHint('filter.keep')} keep · ${keyHint('filter.clear')} clear`
							: ` · ${keyHint('list.clear-filter')} clear`}
					</Text>
				</Text>
			) : null}
			{filterNote ? (
				<Text wrap="truncate">
					{parsed.malformed.length > 0 ? (
						<Text color={theme.error}>{sanitizeLine(`not understood: ${malformedText(parsed)}`)}</Text>
					) : null}
					{parsed.malformed.length > 0 && loadingText !== '' ? '  ' : ''}
					{loadingText === '' ? null : <Text color={theme.muted}>{`${loadingText}…`}</Text>}
				</Text>
			) : null}
			{rows.length === 0 ? (
				<Box height={tableHeight}>
					<Text color={theme.muted}>
						{filter.text !== ''
							? loadingText === ''
								? 'No instance matches the filter.'
								: 'No instance matches the filter yet.'
							: loading
								? 'Loading instances…'
								: errors === pairs.length && errors > 0
									? 'Nothing could be listed: every profile and region failed (the errors are above).'
									: errors > 0
										? `No Amazon Connect instances where the listing worked (${choose}).`
										: `No Amazon Connect instances in the chosen profiles and regions (${choose}).`}
					</Text>
				</Box>
			) : (
				<InstanceTable
					rows={rows}
					cursor={state.list.cursor}
					scroll={state.list.scroll}
					height={tableHeight}
					columns={columns}
					stale={stale}
					marks={state.list.marks}
					replicaOf={replicaOf}
				/>
			)}
		</Box>
	);
}
