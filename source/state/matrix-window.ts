// The part of the fleet matrix on screen: its layout on this terminal (the same numbers the view draws
// with) and the window of rows and columns, which follows the cursor after every action. Pure.
import {matrixLayout, type MatrixLayout} from '../domain/layout.js';
import {windowStart} from '../domain/list-window.js';
import {
	ATTRIBUTE_CELL_WIDTH,
	CELL_GAP,
	matrixLabelWidth,
	TAG_CELL_WIDTH,
	visibleColumns,
} from '../domain/matrix-layout.js';
import type {AppState} from './app-state.js';
import {matrixColumns} from './matrix-view.js';
import type {MatrixState} from './matrix-state.js';
import {contentHeightOf, visibleRows} from './selectors.js';

export type MatrixScreen = MatrixLayout & {readonly labelWidth: number; readonly cellWidth: number};

/** The matrix as it is laid out on this terminal now. */
export function matrixLayoutOf(state: AppState, matrix: MatrixState): MatrixScreen {
	const labelWidth = matrixLabelWidth(visibleRows(state).map((row) => row.alias));
	const cellWidth = matrix.group === 'tags' ? TAG_CELL_WIDTH : ATTRIBUTE_CELL_WIDTH;
	const bulkLine = state.bulk !== undefined && !state.bulk.finished;
	return {
		...matrixLayout(contentHeightOf(state), state.size.columns, {bulkLine, labelWidth, cellWidth, cellGap: CELL_GAP}),
		labelWidth,
		cellWidth,
	};
}

/**
 * The window of rows and columns follows the cursor (and the terminal's size): it moves only when the
 * cursor leaves it, its rows by one when the cursor stepped one row from where it was `before` the action
 * (domain/list-window.ts). Run after every action while the matrix is on screen.
 */
export function withMatrixWindow(state: AppState, before?: AppState): AppState {
	const matrix = state.matrix;
	if (state.screen !== 'matrix' || !matrix) return state;
	const layout = matrixLayoutOf(state, matrix);
	const count = visibleRows(state).length;
	// A filter typed in the matrix can leave fewer rows than the cursor's.
	const row = Math.max(0, Math.min(matrix.row, count - 1));
	const scroll = windowStart(matrix.scroll, row, layout.bodyHeight, count, before?.matrix?.row);
	const {first} = visibleColumns(
		matrixColumns(state, matrix).length,
		matrix.column,
		matrix.firstColumn,
		layout.cellColumns,
	);
	if (row === matrix.row && scroll === matrix.scroll && first === matrix.firstColumn) return state;
	return {...state, matrix: {...matrix, row, scroll, firstColumn: first}};
}
