// The words that start a command for scripts (`connectui list|describe|check|journal|policy`). Kept
// apart, with no imports, for the executable's first module: everything it imports statically is
// compiled before Node's compile cache is on (see bin.ts).
export const SCRIPT_COMMANDS = ['list', 'describe', 'check', 'journal', 'policy'] as const;
export type ScriptCommand = (typeof SCRIPT_COMMANDS)[number];

export function isScriptCommand(word: string | undefined): word is ScriptCommand {
	return (SCRIPT_COMMANDS as readonly string[]).includes(word ?? '');
}
