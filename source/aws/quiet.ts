// Keeps the SDK and Node from writing to the terminal while Ink renders.
// Warnings are collected instead, so the app can show them in-app or print them after exit.

export type WarningCapture = {
	/** Warnings collected so far, oldest first, each once. */
	readonly warnings: string[];
	/** Puts process.emitWarning and the 'warning' listeners back as they were. */
	restore(): void;
};

const activeCaptures = new Set<(text: string) => void>();

/** Passes a message to every active capture (used by the SDK logger below). */
function collect(text: string): void {
	for (const push of activeCaptures) push(text);
}

function warningText(warning: unknown, typeOrOptions?: unknown): string {
	const message = warning instanceof Error ? warning.message : String(warning);
	let type = warning instanceof Error ? warning.name : 'Warning';
	if (typeof typeOrOptions === 'string') type = typeOrOptions;
	else if (typeOrOptions && typeof typeOrOptions === 'object' && 'type' in typeOrOptions) {
		const t = (typeOrOptions as {type?: unknown}).type;
		if (typeof t === 'string') type = t;
	}

	// The SDK's NodeVersionSupportWarning already names itself at the start of the message.
	return type === 'Warning' || message.startsWith(`${type}:`) ? message : `${type}: ${message}`;
}

/**
 * Intercepts process.emitWarning (how the SDK emits NodeVersionSupportWarning, at client creation)
 * and the 'warning' event (Node's own default printer is detached meanwhile).
 */
export function captureProcessWarnings(): WarningCapture {
	const warnings: string[] = [];
	const push = (text: string) => {
		if (!warnings.includes(text)) warnings.push(text);
	};

	const originalEmitWarning = process.emitWarning;
	const previousListeners = process.listeners('warning');
	process.removeAllListeners('warning');
	const onWarning = (warning: Error) => {
		push(warningText(warning));
	};

	process.on('warning', onWarning);
	const emitWarning = (warning: string | Error, typeOrOptions?: unknown) => {
		push(warningText(warning, typeOrOptions));
	};

	process.emitWarning = emitWarning as typeof process.emitWarning;
	activeCaptures.add(push);

	let restored = false;
	return {
		warnings,
		restore() {
			if (restored) return;
			restored = true;
			activeCaptures.delete(push);
			if (process.emitWarning === (emitWarning as typeof process.emitWarning))
				process.emitWarning = originalEmitWarning;
			process.off('warning', onWarning);
			for (const listener of previousListeners) process.on('warning', listener);
		},
	};
}

/**
 * A logger for SDK clients, credential providers and the HTTP handler.
 * Not the SDK's NoOpLogger on purpose: where the SDK finds a NoOpLogger it falls back to console.warn.
 * Warnings go to active captures; everything else is dropped.
 */
class QuietLogger {
	trace(): void {}
	debug(): void {}
	info(): void {}
	warn(...content: unknown[]): void {
		collect(content.map(String).join(' '));
	}

	/** The SDK logs every failed request here; the failure itself reaches the caller as an AwsError. */
	error(): void {}
}

export const quietLogger = new QuietLogger();
