// Steps the editing tests share: open an instance from the list, open its attributes or tags form.
import type {RenderedApp} from './render-app.js';
import {KEY} from './render-app.js';

/** Filters the list by alias, keeps the filter and opens the first row. */
export async function openInstance(app: RenderedApp, alias: string): Promise<void> {
	await app.waitFor(alias);
	app.press(`/${alias}`);
	app.press(KEY.enter);
	app.press(KEY.enter);
	await app.waitFor('Overview');
}

/**
 * From the detail view: presses `a` or `t` once. While the detail is still loading, the form opens when
 * its section arrives (a key typed ahead counts), so one press is all it takes.
 */
export async function openForm(app: RenderedApp, key: 'a' | 't'): Promise<string> {
	app.press(key);
	return app.waitFor(key === 'a' ? 'Attributes ·' : 'Tags ·', 8000);
}

/** In the attributes form: moves to each type by name and toggles it with Space. */
export async function toggle(app: RenderedApp, ...types: string[]): Promise<void> {
	for (const type of types) {
		await app.moveTo(type);
		app.press(' ');
	}
}
