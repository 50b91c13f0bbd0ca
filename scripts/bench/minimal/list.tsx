// Baseline for a cursor move: the smallest Ink list of 2,000 rows with a cursor (j/k), memoised rows
// and only the visible rows rendered, bundled like connectui and rendered with the same options.
import {memo, useState} from 'react';
import {Box, Text, render, useInput} from 'ink';

const total = Number(process.env['MINIMAL_ROWS'] ?? 2000);
const names = Array.from({length: total}, (_, index) => `minimal-${String(index).padStart(4, '0')}`);

const Row = memo(function Row({name, selected}: {readonly name: string; readonly selected: boolean}) {
	return (
		<Text inverse={selected}>
			{selected ? '› ' : '  '}
			{name}
			{'  us-east-1  ACTIVE  SAML  in/out  2026-01-01'}
		</Text>
	);
});

function List() {
	const height = Math.max(1, (process.stdout.rows ?? 24) - 2);
	const [cursor, setCursor] = useState(0);
	useInput((input) => {
		if (input === 'j') setCursor((value) => Math.min(total - 1, value + 1));
		if (input === 'k') setCursor((value) => Math.max(0, value - 1));
		if (input === 'q') process.exit(0);
	});
	const top = Math.max(0, Math.min(cursor - height + 1, total - height));
	return (
		<Box flexDirection="column">
			<Text bold>
				minimal list · {cursor + 1}/{total}
			</Text>
			{names.slice(top, top + height).map((name, index) => (
				<Row key={name} name={name} selected={top + index === cursor} />
			))}
		</Box>
	);
}

render(<List />, {
	alternateScreen: true,
	incrementalRendering: true,
	exitOnCtrlC: true,
	patchConsole: true,
	maxFps: 60,
});
