// The AWS files parsed once per content, not once per setting (the build puts this into the SDK's
// loadSharedConfigFiles, see scripts/build/sdk-config-files.mjs). Every Connect client looks up each
// of its settings (max attempts, FIPS and dual-stack endpoints, app id, defaults mode, …) in the
// config and credentials files, and the SDK parses both files again for every one of them: with an
// organization's 1,500-profile config file, ten regions' first requests waited about 0.8 s on it.
// The text is still read as the SDK reads it; only parsing the same text again is skipped. Callers
// share the result, frozen: the one place the SDK changed it (mergeConfigFiles, which merged the
// credentials file's sections into the config file's) makes new sections instead (the same plugin).

type Sections = Record<string, Record<string, string>>;

/** The last text seen per file (and kind of parse), and what it parsed to. */
const lastParsed = new Map<string, {readonly text: string; readonly sections: Sections}>();

/** The file's sections and each section frozen, once, as they are remembered. */
function frozen(sections: Sections): Sections {
	for (const name of Object.keys(sections)) Object.freeze(sections[name]);
	return Object.freeze(sections);
}

/**
 * `parse` for the file named by `key`, remembering its result for the same text. A parse that throws
 * (a profile named `__proto__`) is not remembered: it throws again for every caller, as before.
 */
export function parsedOnce(key: string, parse: (text: string) => Sections): (text: string) => Sections {
	return (text) => {
		const last = lastParsed.get(key);
		if (last?.text === text) return last.sections;
		const sections = frozen(parse(text));
		lastParsed.set(key, {text, sections});
		return sections;
	};
}
