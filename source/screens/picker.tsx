import {PickerView} from '../components/picker-view.js';
import type {PickerState} from '../state/app-state.js';
import {visibleItems} from '../state/selectors.js';
import {keyHint} from '../keymap/hints.js';

export type ProfilePickerProps = {
	readonly picker: PickerState;
	readonly height: number;
	readonly width: number;
};

/** The profile or region picker: multi-select, type to filter. */
export function ProfilePicker({picker, height, width}: ProfilePickerProps) {
	const items = visibleItems(picker).map((item) => ({
		...item,
		selected: picker.selected.has(item.value),
		readOnly: picker.which === 'profiles' && picker.readOnly.has(item.value),
	}));
	const count = picker.selected.size;
	return (
		<PickerView
			title={`${picker.which === 'profiles' ? 'Profiles' : 'Regions'} (${count} chosen)`}
			items={items}
			cursor={picker.cursor}
			query={picker.query}
			height={height}
			width={width}
			error={picker.error}
			footnote={
				`${keyHint('picker.toggle')} toggle · ${keyHint('picker.apply')} apply · ${keyHint('picker.cancel')} cancel · ${keyHint('picker.all')} all` +
				(picker.which === 'profiles' ? ` · ${keyHint('picker.read-only')} read-only` : '')
			}
		/>
	);
}
