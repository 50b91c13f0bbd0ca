// The one keymap table. Input matching, footer hints, the `?` overlay and --help all derive from it.

export type Scope =
	| 'global'
	| 'list'
	| 'filter'
	| 'detail'
	| 'picker'
	| 'attributes'
	| 'tags'
	| 'tag-input'
	| 'origins'
	| 'origin-input'
	| 'review'
	| 'confirm'
	| 'help'
	| 'errors'
	| 'mfa'
	| 'text-field'
	| 'matrix'
	| 'bulk-review'
	| 'bulk-running'
	| 'bulk-report'
	| 'bulk-confirm'
	| 'bulk-tags'
	| 'bulk-tag-input';

export type Binding = {
	/** The command this key runs; `BindingId` is the union of every id in KEYMAP. */
	readonly id: string;
	readonly keys: readonly string[];
	/** What the footer and the help overlay say. */
	readonly label: string;
	readonly scope: Scope;
	/** Leads to a change of AWS: not bound in read-only mode, always goes through the review dialog. */
	readonly mutating?: boolean;
	/** Sends the reviewed change to AWS (the help says so); the other mutating keys only make it pending. */
	readonly sends?: boolean;
	/** Left out of the footer (still in the help overlay). */
	readonly secondary?: boolean;
};

export const SCOPE_TITLES: Readonly<Record<Scope, string>> = {
	global: 'Everywhere',
	list: 'Instance list',
	filter: 'Filter',
	detail: 'Instance detail',
	picker: 'Profile and region pickers',
	attributes: 'Attributes form',
	tags: 'Tags form',
	'tag-input': 'Tag key and value fields',
	origins: 'Approved origins form',
	'origin-input': 'Origin field',
	review: 'Review dialog',
	confirm: 'Confirmation',
	help: 'Help overlay',
	mfa: 'MFA code prompt',
	errors: 'Errors in full',
	'text-field': 'Text fields (filter, pickers, tag key and value, MFA code)',
	matrix: 'Fleet matrix',
	'bulk-review': 'Bulk review',
	'bulk-running': 'While a bulk apply runs',
	'bulk-report': 'Bulk apply report',
	'bulk-confirm': 'Leaving the matrix or the bulk tags form with pending changes',
	'bulk-tags': 'Bulk tags form',
	'bulk-tag-input': 'Bulk tag key and value fields',
};

const DECLARED = [
	// Global keys work in every scope that does not bind the key itself and where no text field takes it as text.
	{id: 'help', keys: ['?'], label: 'help', scope: 'global'},
	{id: 'quit-now', keys: ['ctrl+c'], label: 'quit at once', scope: 'global', secondary: true},
	{id: 'suspend', keys: ['ctrl+z'], label: 'suspend (fg resumes)', scope: 'global', secondary: true},
	{id: 'redraw', keys: ['ctrl+l'], label: 'redraw the screen', scope: 'global', secondary: true},

	{id: 'list.down', keys: ['down', 'j'], label: 'move', scope: 'list', secondary: true},
	{id: 'list.up', keys: ['up', 'k'], label: 'move', scope: 'list', secondary: true},
	{id: 'list.page-down', keys: ['pagedown'], label: 'page down', scope: 'list', secondary: true},
	{id: 'list.page-up', keys: ['pageup'], label: 'page up', scope: 'list', secondary: true},
	{id: 'list.top', keys: ['g', 'home'], label: 'first row', scope: 'list', secondary: true},
	{id: 'list.bottom', keys: ['G', 'end'], label: 'last row', scope: 'list', secondary: true},
	{id: 'list.open', keys: ['enter'], label: 'open', scope: 'list'},
	{id: 'list.filter', keys: ['/'], label: 'filter', scope: 'list'},
	{id: 'list.clear-filter', keys: ['esc'], label: 'clear filter', scope: 'list', secondary: true},
	{id: 'list.mark', keys: ['space'], label: 'mark', scope: 'list'},
	{id: 'list.mark-all', keys: ['*'], label: 'mark all / none', scope: 'list', secondary: true},
	{id: 'list.matrix', keys: ['m'], label: 'matrix', scope: 'list'},
	{id: 'list.bulk-tags', keys: ['T'], label: 'bulk tags', scope: 'list', mutating: true, secondary: true},
	{id: 'list.profiles', keys: ['p'], label: 'profiles', scope: 'list'},
	{id: 'list.regions', keys: ['r'], label: 'regions', scope: 'list'},
	{id: 'list.refresh', keys: ['R'], label: 'refresh', scope: 'list'},
	{id: 'list.sort', keys: ['o'], label: 'sort', scope: 'list', secondary: true},
	{id: 'list.reverse', keys: ['O'], label: 'reverse the order', scope: 'list', secondary: true},
	{id: 'list.errors', keys: ['e'], label: 'errors in full', scope: 'list', secondary: true},
	{id: 'list.copy-arn', keys: ['c'], label: 'copy the ARN', scope: 'list', secondary: true},
	{id: 'list.copy-url', keys: ['C'], label: 'copy the access URL', scope: 'list', secondary: true},
	{id: 'list.quit', keys: ['q'], label: 'quit', scope: 'list'},

	{id: 'filter.keep', keys: ['enter'], label: 'keep filter', scope: 'filter'},
	{id: 'filter.clear', keys: ['esc'], label: 'clear filter', scope: 'filter'},

	{id: 'detail.down', keys: ['down', 'j'], label: 'scroll', scope: 'detail', secondary: true},
	{id: 'detail.up', keys: ['up', 'k'], label: 'scroll', scope: 'detail', secondary: true},
	{id: 'detail.page-down', keys: ['pagedown', 'space'], label: 'page down', scope: 'detail', secondary: true},
	{id: 'detail.page-up', keys: ['pageup'], label: 'page up', scope: 'detail', secondary: true},
	{id: 'detail.top', keys: ['g', 'home'], label: 'top', scope: 'detail', secondary: true},
	{id: 'detail.bottom', keys: ['G', 'end'], label: 'bottom', scope: 'detail', secondary: true},
	{id: 'detail.attributes', keys: ['a'], label: 'attributes', scope: 'detail'},
	{id: 'detail.tags', keys: ['t'], label: 'tags', scope: 'detail'},
	{id: 'detail.origins', keys: ['o'], label: 'approved origins', scope: 'detail'},
	{id: 'detail.reload', keys: ['R'], label: 'reload', scope: 'detail'},
	{id: 'detail.copy-arn', keys: ['c'], label: 'copy the ARN', scope: 'detail', secondary: true},
	{id: 'detail.copy-url', keys: ['C'], label: 'copy the access URL', scope: 'detail', secondary: true},
	{id: 'detail.back', keys: ['esc', 'q'], label: 'back', scope: 'detail'},

	{id: 'picker.down', keys: ['down', 'ctrl+n'], label: 'move', scope: 'picker', secondary: true},
	{id: 'picker.up', keys: ['up', 'ctrl+p'], label: 'move', scope: 'picker', secondary: true},
	// g and G type into the picker's filter: pages and ends go by PgUp PgDn.
	{id: 'picker.page-down', keys: ['pagedown'], label: 'page down', scope: 'picker', secondary: true},
	{id: 'picker.page-up', keys: ['pageup'], label: 'page up', scope: 'picker', secondary: true},
	{id: 'picker.toggle', keys: ['space'], label: 'toggle', scope: 'picker'},
	{id: 'picker.apply', keys: ['enter'], label: 'apply', scope: 'picker'},
	{id: 'picker.cancel', keys: ['esc'], label: 'cancel', scope: 'picker'},
	{id: 'picker.all', keys: ['ctrl+t'], label: 'all / none', scope: 'picker', secondary: true},
	{id: 'picker.read-only', keys: ['ctrl+r'], label: 'read-only on/off', scope: 'picker', secondary: true},

	{id: 'attributes.down', keys: ['down', 'j'], label: 'move', scope: 'attributes', secondary: true},
	{id: 'attributes.up', keys: ['up', 'k'], label: 'move', scope: 'attributes', secondary: true},
	{id: 'attributes.page-down', keys: ['pagedown'], label: 'page down', scope: 'attributes', secondary: true},
	{id: 'attributes.page-up', keys: ['pageup'], label: 'page up', scope: 'attributes', secondary: true},
	{id: 'attributes.top', keys: ['g', 'home'], label: 'first row', scope: 'attributes', secondary: true},
	{id: 'attributes.bottom', keys: ['G', 'end'], label: 'last row', scope: 'attributes', secondary: true},
	{id: 'attributes.toggle', keys: ['space'], label: 'toggle the pending value', scope: 'attributes', mutating: true},
	{id: 'attributes.review', keys: ['s'], label: 'review', scope: 'attributes', mutating: true},
	{id: 'attributes.back', keys: ['esc'], label: 'back', scope: 'attributes'},

	{id: 'tags.down', keys: ['down', 'j'], label: 'move', scope: 'tags', secondary: true},
	{id: 'tags.up', keys: ['up', 'k'], label: 'move', scope: 'tags', secondary: true},
	{id: 'tags.page-down', keys: ['pagedown'], label: 'page down', scope: 'tags', secondary: true},
	{id: 'tags.page-up', keys: ['pageup'], label: 'page up', scope: 'tags', secondary: true},
	{id: 'tags.top', keys: ['g', 'home'], label: 'first row', scope: 'tags', secondary: true},
	{id: 'tags.bottom', keys: ['G', 'end'], label: 'last row', scope: 'tags', secondary: true},
	{id: 'tags.add', keys: ['a'], label: 'add', scope: 'tags', mutating: true},
	{id: 'tags.edit', keys: ['e', 'enter'], label: 'edit value', scope: 'tags', mutating: true},
	{id: 'tags.remove', keys: ['d'], label: 'remove', scope: 'tags', mutating: true},
	{id: 'tags.review', keys: ['s'], label: 'review', scope: 'tags', mutating: true},
	{id: 'tags.back', keys: ['esc'], label: 'back', scope: 'tags'},

	{id: 'origins.down', keys: ['down', 'j'], label: 'move', scope: 'origins', secondary: true},
	{id: 'origins.up', keys: ['up', 'k'], label: 'move', scope: 'origins', secondary: true},
	{id: 'origins.page-down', keys: ['pagedown'], label: 'page down', scope: 'origins', secondary: true},
	{id: 'origins.page-up', keys: ['pageup'], label: 'page up', scope: 'origins', secondary: true},
	{id: 'origins.top', keys: ['g', 'home'], label: 'first row', scope: 'origins', secondary: true},
	{id: 'origins.bottom', keys: ['G', 'end'], label: 'last row', scope: 'origins', secondary: true},
	{id: 'origins.add', keys: ['a'], label: 'add', scope: 'origins', mutating: true},
	{id: 'origins.remove', keys: ['d'], label: 'remove', scope: 'origins', mutating: true},
	{id: 'origins.review', keys: ['s'], label: 'review', scope: 'origins', mutating: true},
	{id: 'origins.back', keys: ['esc'], label: 'back', scope: 'origins'},

	{id: 'origin-input.done', keys: ['enter'], label: 'add', scope: 'origin-input'},
	{id: 'origin-input.cancel', keys: ['esc'], label: 'cancel', scope: 'origin-input'},

	{id: 'tag-input.next', keys: ['tab'], label: 'key ⇄ value', scope: 'tag-input'},
	{id: 'tag-input.done', keys: ['enter'], label: 'done', scope: 'tag-input'},
	{id: 'tag-input.cancel', keys: ['esc'], label: 'cancel', scope: 'tag-input'},

	{id: 'review.apply', keys: ['y'], label: 'apply', scope: 'review', mutating: true, sends: true},
	{id: 'review.cancel', keys: ['n', 'esc'], label: 'cancel', scope: 'review'},
	// j/k first: the dialogs name them (keyHint) under a review too long for the screen.
	{id: 'review.down', keys: ['j', 'down'], label: 'scroll', scope: 'review', secondary: true},
	{id: 'review.up', keys: ['k', 'up'], label: 'scroll', scope: 'review', secondary: true},
	{id: 'review.page-down', keys: ['pagedown'], label: 'page down', scope: 'review', secondary: true},
	{id: 'review.page-up', keys: ['pageup'], label: 'page up', scope: 'review', secondary: true},
	{id: 'review.top', keys: ['g', 'home'], label: 'top', scope: 'review', secondary: true},
	{id: 'review.bottom', keys: ['G', 'end'], label: 'bottom', scope: 'review', secondary: true},

	{id: 'confirm.yes', keys: ['y'], label: 'yes', scope: 'confirm'},
	{id: 'confirm.no', keys: ['n', 'esc'], label: 'no', scope: 'confirm'},
	{id: 'confirm.down', keys: ['j', 'down'], label: 'scroll', scope: 'confirm', secondary: true},
	{id: 'confirm.up', keys: ['k', 'up'], label: 'scroll', scope: 'confirm', secondary: true},
	{id: 'confirm.page-down', keys: ['pagedown'], label: 'page down', scope: 'confirm', secondary: true},
	{id: 'confirm.page-up', keys: ['pageup'], label: 'page up', scope: 'confirm', secondary: true},
	{id: 'confirm.top', keys: ['g', 'home'], label: 'top', scope: 'confirm', secondary: true},
	{id: 'confirm.bottom', keys: ['G', 'end'], label: 'bottom', scope: 'confirm', secondary: true},

	{id: 'mfa.submit', keys: ['enter'], label: 'use the code', scope: 'mfa'},
	{id: 'mfa.cancel', keys: ['esc'], label: 'skip this profile', scope: 'mfa'},

	{id: 'text.left', keys: ['left', 'ctrl+b'], label: 'cursor left', scope: 'text-field', secondary: true},
	{id: 'text.right', keys: ['right', 'ctrl+f'], label: 'cursor right', scope: 'text-field', secondary: true},
	{id: 'text.home', keys: ['home', 'ctrl+a'], label: 'start of the line', scope: 'text-field', secondary: true},
	{id: 'text.end', keys: ['end', 'ctrl+e'], label: 'end of the line', scope: 'text-field', secondary: true},
	{id: 'text.backspace', keys: ['backspace'], label: 'delete before the cursor', scope: 'text-field', secondary: true},
	{
		id: 'text.delete',
		keys: ['delete', 'ctrl+d'],
		label: 'delete under the cursor',
		scope: 'text-field',
		secondary: true,
	},
	{id: 'text.kill-before', keys: ['ctrl+u'], label: 'delete to the start', scope: 'text-field', secondary: true},
	{id: 'text.kill-after', keys: ['ctrl+k'], label: 'delete to the end', scope: 'text-field', secondary: true},
	{id: 'text.kill-word', keys: ['ctrl+w'], label: 'delete the word before', scope: 'text-field', secondary: true},

	{id: 'errors.close', keys: ['esc', 'e', 'q'], label: 'close', scope: 'errors'},
	{id: 'errors.down', keys: ['down', 'j'], label: 'scroll', scope: 'errors', secondary: true},
	{id: 'errors.up', keys: ['up', 'k'], label: 'scroll', scope: 'errors', secondary: true},
	{id: 'errors.page-down', keys: ['pagedown', 'space'], label: 'page down', scope: 'errors', secondary: true},
	{id: 'errors.page-up', keys: ['pageup'], label: 'page up', scope: 'errors', secondary: true},
	{id: 'errors.top', keys: ['g', 'home'], label: 'top', scope: 'errors', secondary: true},
	{id: 'errors.bottom', keys: ['G', 'end'], label: 'bottom', scope: 'errors', secondary: true},

	{id: 'matrix.down', keys: ['down', 'j'], label: 'move', scope: 'matrix', secondary: true},
	{id: 'matrix.up', keys: ['up', 'k'], label: 'move', scope: 'matrix', secondary: true},
	{id: 'matrix.left', keys: ['left', 'h'], label: 'move', scope: 'matrix', secondary: true},
	{id: 'matrix.right', keys: ['right', 'l'], label: 'move', scope: 'matrix', secondary: true},
	{id: 'matrix.page-down', keys: ['pagedown'], label: 'page down', scope: 'matrix', secondary: true},
	{id: 'matrix.page-up', keys: ['pageup'], label: 'page up', scope: 'matrix', secondary: true},
	{id: 'matrix.top', keys: ['g', 'home'], label: 'first row', scope: 'matrix', secondary: true},
	{id: 'matrix.bottom', keys: ['G', 'end'], label: 'last row', scope: 'matrix', secondary: true},
	{id: 'matrix.toggle', keys: ['space'], label: 'toggle the wanted value', scope: 'matrix', mutating: true},
	{id: 'matrix.want-on', keys: ['+'], label: 'column on', scope: 'matrix', mutating: true},
	{id: 'matrix.want-off', keys: ['-'], label: 'column off', scope: 'matrix', mutating: true},
	{id: 'matrix.fix-drift', keys: ['F'], label: 'fix drift', scope: 'matrix', mutating: true, secondary: true},
	{id: 'matrix.review', keys: ['s'], label: 'review', scope: 'matrix', mutating: true},
	{id: 'matrix.next-group', keys: ['tab'], label: 'columns', scope: 'matrix'},
	{id: 'matrix.refresh', keys: ['R'], label: 'reload', scope: 'matrix', secondary: true},
	{id: 'matrix.filter', keys: ['/'], label: 'filter', scope: 'matrix', secondary: true},
	{id: 'matrix.back', keys: ['esc', 'm'], label: 'back', scope: 'matrix'},

	{id: 'bulk-review.apply', keys: ['y'], label: 'apply', scope: 'bulk-review', mutating: true, sends: true},
	{id: 'bulk-review.cancel', keys: ['n', 'esc'], label: 'cancel', scope: 'bulk-review'},
	{id: 'bulk-review.down', keys: ['down', 'j'], label: 'scroll', scope: 'bulk-review', secondary: true},
	{id: 'bulk-review.up', keys: ['up', 'k'], label: 'scroll', scope: 'bulk-review', secondary: true},
	{id: 'bulk-review.page-down', keys: ['pagedown', 'space'], label: 'page', scope: 'bulk-review', secondary: true},
	{id: 'bulk-review.page-up', keys: ['pageup'], label: 'page', scope: 'bulk-review', secondary: true},

	{id: 'bulk-running.stop', keys: ['esc'], label: 'stop sending', scope: 'bulk-running'},
	{id: 'bulk-running.down', keys: ['down', 'j'], label: 'scroll', scope: 'bulk-running', secondary: true},
	{id: 'bulk-running.up', keys: ['up', 'k'], label: 'scroll', scope: 'bulk-running', secondary: true},

	{id: 'bulk-report.close', keys: ['esc', 'enter', 'q'], label: 'close', scope: 'bulk-report'},
	{id: 'bulk-report.down', keys: ['down', 'j'], label: 'scroll', scope: 'bulk-report', secondary: true},
	{id: 'bulk-report.up', keys: ['up', 'k'], label: 'scroll', scope: 'bulk-report', secondary: true},

	{id: 'bulk-tags.set', keys: ['a'], label: 'set a tag', scope: 'bulk-tags', mutating: true},
	{id: 'bulk-tags.remove', keys: ['d'], label: 'remove a tag', scope: 'bulk-tags', mutating: true},
	{id: 'bulk-tags.review', keys: ['s'], label: 'review', scope: 'bulk-tags', mutating: true},
	{id: 'bulk-tags.back', keys: ['esc'], label: 'back', scope: 'bulk-tags'},

	{id: 'bulk-tag-input.next', keys: ['tab'], label: 'key ⇄ value', scope: 'bulk-tag-input'},
	{id: 'bulk-tag-input.done', keys: ['enter'], label: 'done', scope: 'bulk-tag-input'},
	{id: 'bulk-tag-input.cancel', keys: ['esc'], label: 'cancel', scope: 'bulk-tag-input'},

	{id: 'bulk-confirm.yes', keys: ['y'], label: 'leave, drop the changes', scope: 'bulk-confirm'},
	{id: 'bulk-confirm.no', keys: ['n', 'esc'], label: 'stay', scope: 'bulk-confirm'},

	{id: 'help.close', keys: ['esc', '?', 'q'], label: 'close', scope: 'help'},
	{id: 'help.down', keys: ['down', 'j'], label: 'scroll', scope: 'help', secondary: true},
	{id: 'help.up', keys: ['up', 'k'], label: 'scroll', scope: 'help', secondary: true},
	{id: 'help.page-down', keys: ['pagedown', 'space'], label: 'page down', scope: 'help', secondary: true},
	{id: 'help.page-up', keys: ['pageup'], label: 'page up', scope: 'help', secondary: true},
	{id: 'help.top', keys: ['g', 'home'], label: 'top', scope: 'help', secondary: true},
	{id: 'help.bottom', keys: ['G', 'end'], label: 'bottom', scope: 'help', secondary: true},
] as const satisfies readonly Binding[];

/** Every command a key can run: a typo in a reducer's `case` is a compile error. */
export type BindingId = (typeof DECLARED)[number]['id'];

/** A binding as declared in KEYMAP, with its id typed. */
export type KeyBinding = Binding & {readonly id: BindingId};

export const KEYMAP: readonly KeyBinding[] = DECLARED;

/** Scopes that take free text: single-letter bindings of other scopes are off while they have focus. */
export const TEXT_SCOPES: ReadonlySet<Scope> = new Set([
	'filter',
	'picker',
	'tag-input',
	'origin-input',
	'bulk-tag-input',
	'mfa',
]);
