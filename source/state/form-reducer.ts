// A key press while the attributes, tags or origins form is the screen goes to what has focus: the open dialog,
// the tag field being typed, or the form itself. Pure.
import type {BindingId} from '../keymap/keymap.js';
import type {AppState} from './app-state.js';
import {handleAttributes} from './attributes-form-reducer.js';
import {handleDialog} from './form-dialogs.js';
import type {Form} from './form-state.js';
import {handleOriginInput, handleOrigins} from './origins-form-reducer.js';
import {handleTagInput, handleTags} from './tags-form-reducer.js';

export function handleFormKey(state: AppState, form: Form, id: BindingId | undefined, readOnly: boolean): AppState {
	if (form.busy) return state;
	if (form.dialog) return handleDialog(state, form, id, readOnly);
	if (!id) return state;
	if (form.kind === 'tags' && form.input) return handleTagInput(state, form, form.input, id);
	if (form.kind === 'origins' && form.input) return handleOriginInput(state, form, form.input, id);
	if (form.kind === 'origins') return handleOrigins(state, form, id);
	return form.kind === 'attributes' ? handleAttributes(state, form, id) : handleTags(state, form, id);
}
