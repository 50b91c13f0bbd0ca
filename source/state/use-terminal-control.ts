import {useEffect} from 'react';
import type {AppState} from './app-state.js';
import {useServices} from './services.js';

/** Performs the terminal requests the reducer records (Ctrl-Z suspends, Ctrl-L redraws), once each. */
export function useTerminalControl(request: AppState['terminal']): void {
	const services = useServices();
	const seq = request?.seq;
	useEffect(() => {
		if (!request) return;
		if (request.request === 'suspend') services.terminal?.suspend();
		else services.terminal?.redraw();
		// Once per request (seq), not on every render.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [seq]);
}
