// Writes each copy to the terminal as OSC 52, through Ink (so its frame is kept), wrapped for tmux inside tmux.
import {useEffect} from 'react';
import {useStdout} from 'ink';
import {osc52} from '../domain/clipboard.js';
import type {AppState} from './app-state.js';

export function useClipboard(clipboard: AppState['clipboard'], env: NodeJS.ProcessEnv = process.env): void {
	const {write} = useStdout();
	const tmux = Boolean(env['TMUX']);
	useEffect(() => {
		if (clipboard) write(osc52(clipboard.text, {tmux}));
	}, [clipboard, write, tmux]);
}
