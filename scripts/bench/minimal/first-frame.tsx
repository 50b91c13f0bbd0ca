// Baseline for the first frame: the smallest Ink app that draws what connectui's first frame draws
// (a header and a 30-row list), bundled like connectui and rendered with the same options.
import {Box, Text, render} from 'ink';

const rows = Number(process.env['MINIMAL_ROWS'] ?? 28);

function Minimal() {
	return (
		<Box flexDirection="column">
			<Text bold>minimal · {rows} rows</Text>
			{Array.from({length: rows}, (_, index) => (
				<Text key={index}>
					{`minimal-${String(index).padStart(4, '0')}  us-east-1  ACTIVE  SAML  in/out  2026-01-01`}
				</Text>
			))}
		</Box>
	);
}

render(<Minimal />, {
	alternateScreen: true,
	incrementalRendering: true,
	exitOnCtrlC: true,
	patchConsole: true,
	maxFps: 60,
});
