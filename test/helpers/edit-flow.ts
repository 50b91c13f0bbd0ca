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

/** From the detail view: presses `a` or `t` until the form is open (the detail may still be loading). */
export async function openForm(app: RenderedApp, key: 'a' | 't'): Promise<string> {
	const title = key === 'a' ? 'Attributes ·' : 'Tags ·';
	const deadline = Date.now() + 8000;
	for (;;) {
		const frame = app.lastFrame() ?? '';
		if (frame.includes(title)) return frame;
		if (Date.now() > deadline) throw new Error(`the form did not open; the screen shows:\n${frame}`);
		app.press(key);
		try {
			return await app.waitFor(title, 250);
		} catch {
			// The detail is still loading: press again.
		}
	}
}
