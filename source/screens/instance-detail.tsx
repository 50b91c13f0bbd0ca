import {useEffect, useMemo} from 'react';
import {Box, Text} from 'ink';
import type {Baseline} from '../domain/baseline.js';
import {detailLines} from '../domain/detail-lines.js';
import {detailBodyHeight} from '../domain/layout.js';
import {sanitize} from '../domain/sanitize.js';
import type {DetailState} from '../state/app-state.js';
import {toneColor, useTheme} from '../theme/theme.js';

export type InstanceDetailProps = {
	readonly detail: DetailState;
	readonly width: number;
	readonly height: number;
	readonly onMaxScroll?: (max: number) => void;
	/** --baseline: what differs from it is marked. */
	readonly baseline?: Baseline;
};

/** What DescribeInstance, ListInstanceAttributes and ListTagsForResource say, one scrollable page. */
export function InstanceDetail({detail, width, height, onMaxScroll, baseline}: InstanceDetailProps) {
	const theme = useTheme();
	const lines = useMemo(() => detailLines({...detail, baseline}, width), [detail, width, baseline]);
	const bodyHeight = detailBodyHeight(height);
	const maxScroll = Math.max(0, lines.length - bodyHeight);
	const scroll = Math.min(detail.scroll, maxScroll);
	useEffect(() => {
		onMaxScroll?.(maxScroll);
	}, [maxScroll, onMaxScroll]);
	const title = sanitize(detail.summary.alias || detail.summary.id);
	return (
		<Box flexDirection="column" height={height} width={width}>
			<Text bold wrap="truncate">
				{title}
				<Text color={theme.muted}>
					{'  '}
					{sanitize(detail.target.profile)} · {sanitize(detail.target.region)}
					{maxScroll > 0 ? `  ${scroll + 1}-${Math.min(lines.length, scroll + bodyHeight)}/${lines.length}` : ''}
				</Text>
			</Text>
			{lines.slice(scroll, scroll + bodyHeight).map((line, index) => (
				<Text key={index} wrap="truncate" bold={line.tone === 'heading'} color={toneColor(theme, line.tone)}>
					{line.label ? <Text color={theme.muted}>{line.label}</Text> : null}
					{line.text}
				</Text>
			))}
		</Box>
	);
}
