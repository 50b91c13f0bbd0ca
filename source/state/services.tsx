import {createContext, useContext, type ReactNode} from 'react';
import type {ConnectGateway} from '../domain/gateway.js';
import type {MfaPrompter} from '../services/mfa-prompter.js';
import type {InstanceSummary} from '../domain/types.js';
import type {CachedFleet} from '../domain/local-state.js';
import type {Journal} from '../services/journal.js';

/** What the app remembers between runs (profiles, regions, read-only profiles, last inventory). */
export type SettingsStore = {
	saveChoice(choice: {
		profiles: readonly string[];
		regions: readonly string[];
		readOnlyProfiles: readonly string[];
	}): void;
	saveInventory(rows: readonly InstanceSummary[]): void;
	/** Last known attributes and tags per instance, for the next run. */
	saveFleet?(fleet: CachedFleet): void;
};

export type Services = {
	/** Where the credential chain asks for MFA codes (assume-role profiles with mfa_serial). */
	readonly mfa?: MfaPrompter;
	/** Resolves once the AWS layer is loaded (it loads after the first frame). */
	readonly gateway: Promise<ConnectGateway>;
	readonly settings?: SettingsStore;
	/** Where every change is recorded before it is sent; default the journal file in the data directory. */
	readonly journal?: Journal;
	/** The profiles the AWS files name, when they are read after the first frame. */
	readonly availableProfiles?: Promise<readonly string[] | undefined>;
	/** Called each time every (profile, region) pair of a load has answered. */
	readonly onSettled?: () => void;
	/** Suspends the app like vim (Ctrl-Z) and redraws the whole screen (Ctrl-L). */
	readonly terminal?: {suspend(): void; redraw(): void};
	/** Bounded fan-out of ListInstances over (profile, region) pairs. */
	readonly concurrency?: number;
};

const ServicesContext = createContext<Services | undefined>(undefined);

export function ServicesProvider({services, children}: {readonly services: Services; readonly children: ReactNode}) {
	return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
	const services = useContext(ServicesContext);
	if (!services) throw new Error('useServices needs a ServicesProvider');
	return services;
}
