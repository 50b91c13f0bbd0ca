import {createContext, useContext, type ReactNode} from 'react';

/** Semantic colour tokens. Components ask for a meaning, never a literal colour. */
export type Theme = {
	readonly accent?: string;
	readonly muted?: string;
	readonly ok?: string;
	readonly warning?: string;
	readonly error?: string;
	readonly info?: string;
	readonly selectionInverse: boolean;
	readonly border?: string;
	readonly pendingChange?: string;
};

export const colorTheme: Theme = {
	accent: 'cyan',
	muted: 'gray',
	ok: 'green',
	warning: 'yellow',
	error: 'red',
	info: 'blue',
	selectionInverse: true,
	border: 'gray',
	pendingChange: 'magenta',
};

/** NO_COLOR / --no-color: no colour at all; selection still shows (inverse video is not a colour). */
export const monochromeTheme: Theme = {selectionInverse: true};

const ThemeContext = createContext<Theme>(colorTheme);

export function ThemeProvider({theme, children}: {readonly theme: Theme; readonly children: ReactNode}) {
	return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
	return useContext(ThemeContext);
}

/** Meanings a piece of text can carry; each maps to a token of the theme (or to none). */
export type ToneName = 'normal' | 'muted' | 'ok' | 'warning' | 'error' | 'heading' | 'pending' | 'info';

export function toneColor(theme: Theme, tone: ToneName | undefined): string | undefined {
	switch (tone) {
		case 'muted':
			return theme.muted;
		case 'ok':
			return theme.ok;
		case 'warning':
			return theme.warning;
		case 'error':
			return theme.error;
		case 'heading':
			return theme.accent;
		case 'pending':
			return theme.pendingChange;
		case 'info':
			return theme.info;
		default:
			return undefined;
	}
}
