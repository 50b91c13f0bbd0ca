import {KEYMAP, TEXT_SCOPES, type KeyBinding, type Scope} from './keymap.js';

export type MatchOptions = {
	readonly readOnly?: boolean;
};

/** The binding a key press triggers in a scope, if any. Mutating bindings are not bound in read-only mode. */
export function matchBinding(scope: Scope, keyName: string, options: MatchOptions = {}): KeyBinding | undefined {
	return KEYMAP.find(
		(binding) => binding.scope === scope && binding.keys.includes(keyName) && !(options.readOnly && binding.mutating),
	);
}

/** Whether the key is bound in the scope only as a mutating action (so read-only mode can say so). */
export function isMutatingKey(scope: Scope, keyName: string): boolean {
	return KEYMAP.some((binding) => binding.scope === scope && binding.mutating && binding.keys.includes(keyName));
}

export function bindingsFor(scope: Scope, options: MatchOptions = {}): KeyBinding[] {
	return KEYMAP.filter((binding) => binding.scope === scope && !(options.readOnly && binding.mutating));
}

/** A key a text field inserts as text: one character (`?`, `q`) or Space. */
function isTextKey(keyName: string): boolean {
	return keyName === 'space' || [...keyName].length === 1;
}

/**
 * The global binding (`?`, Ctrl-C) a key press triggers in a scope: only where the scope does not bind the
 * key itself and no text field takes it as text.
 */
export function matchGlobal(scope: Scope, keyName: string): KeyBinding | undefined {
	if (KEYMAP.some((binding) => binding.scope === scope && binding.keys.includes(keyName))) return undefined;
	if (TEXT_SCOPES.has(scope) && isTextKey(keyName)) return undefined;
	return matchBinding('global', keyName);
}

/** The global bindings that work in a scope (for the footer). */
export function globalBindingsIn(scope: Scope): KeyBinding[] {
	return bindingsFor('global').filter((binding) => binding.keys.some((key) => matchGlobal(scope, key) === binding));
}
