// Lint for connectui. Every rule turned off or down is listed here with the reason.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
	{ignores: ['dist/**', 'node_modules/**', 'media/**', 'test/fixtures/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.{ts,tsx}'],
		plugins: {'react-hooks': reactHooks},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
			// Sequential awaits are usually a missed Promise.all; each deliberate one says why it waits.
			'no-await-in-loop': 'error',
			// Terminal escape sequences and the sanitizer's control-character classes are the point of this app.
			'no-control-regex': 'off',
			// Unused names are already refused by tsc (noUnusedLocals, noUnusedParameters).
			'@typescript-eslint/no-unused-vars': 'off',
			// Tests and the emulator's wire handling assert on shapes; `!` is used where a previous check holds.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// TypeScript checks names; ESLint's no-undef does not know its globals and types.
			'no-undef': 'off',
			// An empty catch is how the terminal guard says "the terminal may already be gone".
			'no-empty': ['error', {allowEmptyCatch: true}],
		},
	},
	{
		// Tests, the bench and scripts step through a terminal or a server one action at a time on purpose.
		files: ['test/**', 'scripts/**'],
		rules: {'no-await-in-loop': 'off'},
	},
	{
		files: ['**/*.mjs'],
		languageOptions: {globals: {URL: 'readonly', process: 'readonly', console: 'readonly'}},
	},
	{
		// The single executable's main script: Node's single executable applications run a CommonJS main only.
		files: ['**/*.cjs'],
		languageOptions: {sourceType: 'commonjs', globals: {require: 'readonly', process: 'readonly'}},
		rules: {'@typescript-eslint/no-require-imports': 'off'},
	},
);
