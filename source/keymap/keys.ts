// Turns what the terminal sent into key names the keymap speaks, one per key press.

export type KeyFlags = {
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageDown?: boolean;
	readonly pageUp?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly ctrl?: boolean;
	readonly shift?: boolean;
	readonly tab?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
	readonly meta?: boolean;
};

/** One key press: `name` is what bindings match (`j`, `G`, `enter`, `ctrl+c`); `text` is what a text field inserts. */
export type KeyPress = {
	readonly name: string;
	readonly text?: string;
};

const special: ReadonlyArray<[keyof KeyFlags, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageDown', 'pagedown'],
	['pageUp', 'pageup'],
	['home', 'home'],
	['end', 'end'],
	['return', 'enter'],
	['escape', 'esc'],
	['tab', 'tab'],
	['backspace', 'backspace'],
	['delete', 'delete'],
];

function charName(char: string): KeyPress {
	if (char === ' ') return {name: 'space', text: ' '};
	if (char === '\r' || char === '\n') return {name: 'enter'};
	if (char === '\t') return {name: 'tab'};
	if (char === '\u007F' || char === '\b') return {name: 'backspace'};
	if (char === '\u001B') return {name: 'esc'};
	const code = char.codePointAt(0) ?? 0;
	if (code > 0 && code < 27) return {name: `ctrl+${String.fromCodePoint(code + 96)}`};
	if (code < 32) return {name: 'unknown'};
	return {name: char, text: char};
}

/**
 * Splits one input event into key presses. Over a slow link, keys typed ahead arrive in one read
 * (`jjj`, `/jade`): each character counts, in order.
 */
export function toKeyPresses(input: string, flags: KeyFlags): KeyPress[] {
	for (const [flag, name] of special) {
		if (flags[flag]) {
			if (name === 'tab' && flags.shift) return [{name: 'shift+tab'}];
			return [{name}];
		}
	}

	if (flags.ctrl && input.length > 0) {
		return [{name: `ctrl+${input.toLowerCase()}`}];
	}

	if (flags.meta && input.length > 0) {
		// Esc typed ahead of a key arrives as one Alt/Meta sequence: both keys count, in order.
		return [{name: 'esc'}, ...[...input].map((char) => charName(char))];
	}

	const presses: KeyPress[] = [];
	for (const char of input) {
		presses.push(charName(char));
	}

	return presses;
}
