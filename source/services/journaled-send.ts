// One mutating request of a bulk apply, write-ahead: the intent is journaled (and flushed) before the
// request may even wait for its quota; then the answer. A request stopped while it waited is
// journaled as not sent. When the intent cannot be written, nothing is sent.
import {errorCode, errorMessage} from '../domain/errors.js';
import type {JournalIntent} from '../domain/journal-records.js';
import {JournalError, type Journal} from './journal.js';

export type SendResult =
	| {readonly kind: 'ok'; readonly id: string}
	| {readonly kind: 'failed'; readonly code: string; readonly message: string}
	| {readonly kind: 'not-sent'}
	| {readonly kind: 'unjournaled'; readonly message: string};

export async function journaledSend(
	journal: Journal,
	intent: JournalIntent,
	stop: AbortSignal,
	send: () => Promise<void>,
): Promise<SendResult> {
	if (stop.aborted) return {kind: 'not-sent'};
	let id: string;
	try {
		id = journal.intent(intent);
	} catch (error) {
		return {kind: 'unjournaled', message: error instanceof JournalError ? error.message : errorMessage(error)};
	}

	try {
		await send();
		journal.outcome(id, {ok: true});
		return {kind: 'ok', id};
	} catch (error) {
		const code = errorCode(error);
		if (stop.aborted && code === 'AbortError') {
			journal.outcome(id, {ok: false, code: 'NotSent', message: 'stopped (Esc) before it was sent'});
			return {kind: 'not-sent'};
		}

		const message = errorMessage(error);
		journal.outcome(id, {ok: false, code, message});
		return {kind: 'failed', code, message};
	}
}
