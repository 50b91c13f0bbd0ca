// Connects the AWS layer's "I need an MFA code" to the screen: ask() returns a promise that the
// prompt on screen settles. Plain TypeScript: the app subscribes, the gateway asks.
import {AwsError} from '../domain/errors.js';

export type MfaRequest = {
	readonly id: number;
	readonly profile: string;
	readonly serial: string;
};

type Pending = MfaRequest & {
	resolve(code: string): void;
	reject(error: Error): void;
};

export class MfaPrompter {
	#nextId = 1;
	readonly #pending = new Map<number, Pending>();
	readonly #listeners = new Set<(request: MfaRequest) => void>();

	/** Called by the credential chain; settles when the person answers or cancels. */
	async ask(profile: string, serial: string): Promise<string> {
		return new Promise<string>((resolve, reject) => {
			const request: Pending = {id: this.#nextId++, profile, serial, resolve, reject};
			this.#pending.set(request.id, request);
			const {id} = request;
			for (const listener of this.#listeners) listener({id, profile, serial});
		});
	}

	/** Requests asked before the listener subscribed are replayed to it. */
	subscribe(listener: (request: MfaRequest) => void): () => void {
		this.#listeners.add(listener);
		for (const {id, profile, serial} of this.#pending.values()) listener({id, profile, serial});
		return () => this.#listeners.delete(listener);
	}

	answer(id: number, code: string | undefined): void {
		const request = this.#pending.get(id);
		if (!request) return;
		this.#pending.delete(id);
		if (code === undefined) {
			request.reject(new AwsError('CredentialsError', `MFA code not entered for profile ${request.profile}`));
		} else {
			request.resolve(code);
		}
	}
}
