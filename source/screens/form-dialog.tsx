import {plannedRequests, type PlannedRequest} from '../domain/apply-plan.js';
import {reviewLines, shownValue} from '../domain/apply-text.js';
import {sanitizeLine} from '../domain/sanitize.js';
import {ConfirmDialog, type DialogSection} from '../components/confirm-dialog.js';
import type {DetailState} from '../state/app-state.js';
import {formPlan} from '../state/selectors.js';
import type {Form} from '../state/form-state.js';
import {keyHint} from '../keymap/hints.js';

export type FormDialogProps = {
	readonly form: Form;
	readonly detail: DetailState;
	readonly width: number;
	readonly height: number;
	readonly onMaxScroll?: (maxScroll: number) => void;
};

function where(detail: DetailState): string {
	return `${sanitizeLine(detail.summary.alias || detail.instanceId)} (${sanitizeLine(detail.target.profile)} · ${sanitizeLine(detail.target.region)})`;
}

/** The tag requests this review sends, and no other (short enough for 80 columns). */
function tagRequests(requests: readonly PlannedRequest[]): string {
	const parts = requests.map((request) =>
		request.operation === 'TagResource' ? 'one TagResource (+ ~)' : 'one UntagResource (-)',
	);
	return `${parts.join(', ')}; other tags are not touched`;
}

/** `1 AssociateApprovedOrigin and 2 DisassociateApprovedOrigin` (short enough for 80 columns). */
function originRequests(requests: readonly PlannedRequest[]): string {
	const count = (operation: PlannedRequest['operation']) =>
		requests.filter((request) => request.operation === operation).length;
	return [
		['AssociateApprovedOrigin', count('AssociateApprovedOrigin')] as const,
		['DisassociateApprovedOrigin', count('DisassociateApprovedOrigin')] as const,
	]
		.filter(([, n]) => n > 0)
		.map(([operation, n]) => `${n} ${operation}`)
		.join(' and ');
}

/** The form's open dialog: the review, a conflict, or leaving with pending changes. */
export function FormDialog({form, detail, width, height, onMaxScroll}: FormDialogProps) {
	const dialog = form.dialog;
	if (!dialog) return null;
	const plan = formPlan(form);
	const changes = reviewLines(plan, form.expected);
	const noun = form.kind === 'attributes' ? 'attribute' : form.kind === 'origins' ? 'approved origin' : 'tag';
	const count = `${changes.length} ${noun} change${changes.length === 1 ? '' : 's'}`;
	const requests =
		form.kind === 'attributes'
			? 'one UpdateInstanceAttribute per change, in this order'
			: form.kind === 'origins'
				? originRequests(plannedRequests(plan))
				: tagRequests(plannedRequests(plan));
	// The review has its own scope; the other dialogs are confirmations.
	const scrollHint =
		dialog.kind === 'review'
			? `${keyHint('review.down')}/${keyHint('review.up')} scroll`
			: `${keyHint('confirm.down')}/${keyHint('confirm.up')} scroll`;
	switch (dialog.kind) {
		case 'review': {
			const sections: DialogSection[] = [
				{heading: `${count} to ${where(detail)}:`, lines: changes, tone: 'pending'},
				{lines: [`Sends ${requests}.`], tone: 'muted'},
			];
			return (
				<ConfirmDialog
					title="Review"
					sections={sections}
					prompt={`${keyHint('review.apply')} apply · ${keyHint('review.cancel')} cancel (nothing is sent)`}
					status={form.busy ? 'checking what AWS holds now, then applying…' : undefined}
					width={width}
					height={height}
					scroll={dialog.scroll}
					scrollHint={scrollHint}
					onMaxScroll={onMaxScroll}
				/>
			);
		}

		case 'conflict': {
			const conflicts = dialog.conflicts.map(
				(conflict) =>
					`${sanitizeLine(conflict.key)}  ${shownValue(form.kind, conflict.expected)} → ${shownValue(form.kind, conflict.current)}`,
			);
			return (
				<ConfirmDialog
					title="Changed by someone else"
					sections={[
						{heading: 'Since the form opened, AWS changed (then → now):', lines: conflicts, tone: 'warning'},
						{heading: `Your ${count}:`, lines: changes, tone: 'pending'},
					]}
					prompt={`${keyHint('confirm.yes')} apply anyway (checks again first) · ${keyHint('confirm.no')} back to the form (nothing is sent)`}
					width={width}
					height={height}
					scroll={dialog.scroll}
					scrollHint={scrollHint}
					onMaxScroll={onMaxScroll}
				/>
			);
		}

		case 'leave':
			return (
				<ConfirmDialog
					title="Leave the form?"
					sections={[{heading: `${count} not applied:`, lines: changes, tone: 'pending'}]}
					prompt={`${keyHint('confirm.yes')} discard them (nothing is sent) · ${keyHint('confirm.no')} keep editing`}
					width={width}
					height={height}
					scroll={dialog.scroll}
					scrollHint={scrollHint}
					onMaxScroll={onMaxScroll}
				/>
			);
	}
}
