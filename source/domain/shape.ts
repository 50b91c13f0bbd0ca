// A small declarative schema for the local files read before the first frame (settings, the
// inventory cache). A schema library (zod: ~400 KB, ~100 ms to load on a shared 2-core host) would
// cost more than the whole first frame; these shapes need only strings, booleans, arrays, objects.
export type Shape =
	| 'string'
	| 'boolean'
	| 'date'
	| {readonly optional: Shape}
	| {readonly array: Shape}
	/** A map with any keys, each value of the shape (attribute types, tag keys). */
	| {readonly record: Shape}
	/** Known fields; `loose`: other fields are allowed (and ignored). */
	| {readonly object: Readonly<Record<string, Shape>>; readonly loose?: boolean};

function kind(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function placeOf(path: readonly (string | number)[]): string {
	return path.length > 0 ? `${path.join('.')}: ` : '';
}

/** Whether a value holds a plain shape (checked in place: no path is built for the many values that do). */
function holds(value: unknown, shape: Shape): boolean {
	if (shape === 'string') return typeof value === 'string';
	if (shape === 'boolean') return typeof value === 'boolean';
	if (shape === 'date') return typeof value === 'string' && !Number.isNaN(Date.parse(value));
	return false;
}

/** The first place where `value` does not have the shape, as `rows.0.alias: expected string, got number`. */
export function shapeProblem(
	value: unknown,
	shape: Shape,
	path: readonly (string | number)[] = [],
): string | undefined {
	// The place is written only when something is wrong: files of thousands of values are checked before the first frame.
	const expected = (what: string) => `${placeOf(path)}expected ${what}, got ${kind(value)}`;
	if (shape === 'string') return typeof value === 'string' ? undefined : expected('string');
	if (shape === 'boolean') return typeof value === 'boolean' ? undefined : expected('boolean');
	if (shape === 'date') {
		if (typeof value !== 'string') return expected('a date');
		return Number.isNaN(Date.parse(value))
			? `${placeOf(path)}expected a date, got ${JSON.stringify(value.slice(0, 40))}`
			: undefined;
	}

	if ('optional' in shape) return value === undefined ? undefined : shapeProblem(value, shape.optional, path);
	if ('array' in shape) {
		if (!Array.isArray(value)) return expected('array');
		for (const [index, item] of value.entries()) {
			if (holds(item, shape.array)) continue;
			const problem = shapeProblem(item, shape.array, [...path, index]);
			if (problem) return problem;
		}

		return undefined;
	}

	if (typeof value !== 'object' || value === null || Array.isArray(value)) return expected('object');
	const record = value as Record<string, unknown>;
	if ('record' in shape) {
		for (const field in record) {
			if (!Object.hasOwn(record, field)) continue;
			const item = record[field];
			if (holds(item, shape.record)) continue;
			const problem = shapeProblem(item, shape.record, [...path, field]);
			if (problem) return problem;
		}

		return undefined;
	}

	for (const [field, fieldShape] of Object.entries(shape.object)) {
		if (holds(record[field], fieldShape)) continue;
		const problem = shapeProblem(record[field], fieldShape, [...path, field]);
		if (problem) return problem;
	}

	if (!shape.loose) {
		const extra = Object.keys(record).find((field) => !Object.hasOwn(shape.object, field));
		if (extra !== undefined) return `${placeOf(path)}unexpected field ${JSON.stringify(extra)}`;
	}

	return undefined;
}
