import {KEYMAP, type KeyBinding, type Scope} from './keymap.js';

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
