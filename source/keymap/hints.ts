import {KEYMAP, SCOPE_TITLES, type Binding, type BindingId, type Scope} from './keymap.js';
import {bindingsFor, globalBindingsIn, type MatchOptions} from './match.js';

const keyLabels: Readonly<Record<string, string>> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	enter: 'Enter',
	esc: 'Esc',
	space: 'Space',
	tab: 'Tab',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	backspace: 'Backspace',
	delete: 'Del',
};

export function keyLabel(key: string): string {
	if (key.startsWith('ctrl+')) return `Ctrl-${key.slice(5).toUpperCase()}`;
	return keyLabels[key] ?? key;
}

/**
 * How a prompt, hint or message names the key of a command: its first key, as the footer shows it
 * (`y`, `Esc`, `Space`, `Ctrl-C`). Text never spells a key itself, so it follows the table.
 */
export function keyHint(id: BindingId): string {
	return keyLabel(KEYMAP.find((binding) => binding.id === id)?.keys[0] ?? '');
}

export type Hint = {readonly keys: string; readonly label: string};

/** Footer hints for a scope: the primary bindings, in table order. */
export function footerHints(scope: Scope, options: MatchOptions = {}): Hint[] {
	return primaryHints(bindingsFor(scope, options));
}

/** Footer hints for the global keys that work in a scope (`?` help, unless a text field takes it). */
export function globalHints(scope: Scope): Hint[] {
	return primaryHints(globalBindingsIn(scope));
}

function primaryHints(bindings: readonly Binding[]): Hint[] {
	const hints: Hint[] = [];
	const seen = new Set<string>();
	for (const binding of bindings) {
		if (binding.secondary || seen.has(binding.label)) continue;
		seen.add(binding.label);
		hints.push({keys: keyLabel(binding.keys[0] ?? ''), label: binding.label});
	}

	return hints;
}

/** Columns a hint takes in the footer, with the two spaces before it. */
function hintWidth(hint: Hint): number {
	return hint.keys.length + 1 + hint.label.length + 2;
}

/**
 * The footer's hints in `width` columns (less `reserved`): the pinned ones (`? help`) always keep their
 * room and come last; the screen's hints fill what is left, in order, the last ones cut first.
 */
export function fitHints(hints: readonly Hint[], pinned: readonly Hint[], width: number, reserved = 0): Hint[] {
	let used = reserved + pinned.reduce((sum, hint) => sum + hintWidth(hint), 0);
	const shown: Hint[] = [];
	for (const hint of hints) {
		if (used + hintWidth(hint) > width) break;
		if (shown.some((part) => part.keys === hint.keys) || pinned.some((part) => part.keys === hint.keys)) continue;
		shown.push(hint);
		used += hintWidth(hint);
	}

	return [...shown, ...pinned];
}

export type HelpSection = {
	readonly title: string;
	/** `sends`: the key sends a reviewed change to AWS (the other mutating keys only make changes pending). */
	readonly rows: ReadonlyArray<{readonly keys: string; readonly label: string; readonly sends: boolean}>;
};

function mergeRows(bindings: readonly Binding[]): HelpSection['rows'] {
	const rows: Array<{keys: string; label: string; sends: boolean}> = [];
	for (const binding of bindings) {
		const keys = binding.keys.map((key) => keyLabel(key)).join(' ');
		const existing = rows.find((row) => row.label === binding.label);
		if (existing) {
			existing.keys = `${existing.keys} ${keys}`;
		} else {
			rows.push({keys, label: binding.label, sends: Boolean(binding.sends)});
		}
	}

	return rows;
}

/** The help overlay's content, generated from the keymap table. */
export function helpSections(options: MatchOptions = {}): HelpSection[] {
	const scopes = [...new Set(KEYMAP.map((binding) => binding.scope))];
	return scopes
		.map((scope) => ({title: SCOPE_TITLES[scope], rows: mergeRows(bindingsFor(scope, options))}))
		.filter((section) => section.rows.length > 0);
}

/** Lines the help overlay shows: a title per section, a line per row. */
export function helpLineCount(sections: readonly HelpSection[]): number {
	return sections.reduce((sum, section) => sum + 1 + section.rows.length, 0);
}

/** Plain-text keymap for --help. */
export function helpText(options: MatchOptions = {}): string {
	const lines: string[] = [];
	for (const section of helpSections(options)) {
		lines.push(`${section.title}:`);
		const width = Math.max(...section.rows.map((row) => row.keys.length));
		for (const row of section.rows) {
			lines.push(`  ${row.keys.padEnd(width)}  ${row.label}${row.sends ? ' (changes AWS)' : ''}`);
		}
	}

	return lines.join('\n');
}
