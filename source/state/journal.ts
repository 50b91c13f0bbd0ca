/** Prints the journal of applied changes (filled in by the editing features). */
export function printJournal(out: NodeJS.WritableStream): number {
	out.write('No changes have been applied from this machine yet.\n');
	return 0;
}
