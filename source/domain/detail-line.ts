// One line of the detail view: an optional label column, the text, its tone.

export type Tone = 'normal' | 'muted' | 'ok' | 'warning' | 'error' | 'heading';

export type DetailLine = {
	readonly label?: string;
	readonly text: string;
	readonly tone?: Tone;
	/** An ARN, URL, endpoint or key: never broken across lines; cut with … when it does not fit (c/C copy it whole). */
	readonly identifier?: boolean;
};
