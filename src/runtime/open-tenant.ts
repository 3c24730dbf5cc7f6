/**
 * Opens the tenant a command works on: sign-in and the Graph handle, live or demo, through the same code.
 *
 * Demo mode starts the built-in simulator in this process on a random loopback port, restores the demo tenant's saved
 * state (kept beside the progress files, so a resumed demo continues on the tenant it changed and `undo` works), and
 * points both MSAL (its network client rewrites login.microsoftonline.com) and the Graph layer (the origin rewrite)
 * at it. Everything after that — the device-code flow, the token cache, every Graph call — is the live path.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Auth, SignedInAccount, SignInUi} from '../auth/auth.js';
import {connect} from '../auth/connect.js';
import type {Graph} from '../graph/client.js';
import type {Session} from '../session.js';
import {DEMO_TENANT} from '../simulator/demo-tenant.js';
import type {Simulator} from '../simulator/index.js';

export interface HostFacts {
	/** A local browser can be opened (a desktop session, not SSH). */
	readonly browserAvailable: boolean;
	readonly certificatePassword?: string;
}

export interface OpenTenantOptions {
	readonly ui: SignInUi;
	readonly host: HostFacts;
	/** Where --verbose lines go. */
	readonly log?: (line: string) => void;
}

export interface OpenedTenant {
	/** The session as this tenant is reached (demo: Graph and sign-in pointed at the simulator). */
	readonly session: Session;
	readonly auth: Auth;
	readonly graph: Graph;
	readonly simulator?: Simulator;
	/** Signs in (from the cache when possible). */
	signIn(): Promise<SignedInAccount>;
	close(): Promise<void>;
}

/** The demo tenant's saved state, beside its progress file. */
export function demoStateFile(session: Pick<Session, 'paths'>): string {
	return path.join(session.paths.progressDir, `${DEMO_TENANT.id}.demo-tenant.json`);
}

function stamp(iso: string): string {
	return iso.replace(/[:.]/g, '-');
}

/** Writes the simulator's state synchronously and atomically: it runs before the simulator answers the request. */
function persist(simulator: Simulator, file: string): void {
	fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
	const tmp = `${file}.${process.pid}.tmp`;
	fs.writeFileSync(tmp, JSON.stringify(simulator.snapshot()), {mode: 0o600});
	fs.renameSync(tmp, file);
}

async function startDemo(session: Session): Promise<{simulator: Simulator; session: Session}> {
	const {createSimulator} = await import('../simulator/index.js');
	const file = demoStateFile(session);
	if (session.flags.fresh && fs.existsSync(file)) {
		fs.renameSync(file, file.replace(/\.json$/, `.backup-${stamp(session.clock.nowIso())}.json`));
	}
	const simulator = createSimulator({
		scenario: 'contoso',
		clock: {now: () => session.clock.now().getTime(), sleep: ms => session.clock.sleep(ms)},
		// A visible "waiting for approval" moment, then the simulated admin approves on their phone.
		identity: {interval: 1, pendingPolls: 1},
	});
	if (fs.existsSync(file)) await simulator.loadFrom(file);
	simulator.onChange = sim => persist(sim, file);
	const url = await simulator.start();
	const demoSession: Session = {
		...session,
		cloud: {...session.cloud, graphOrigin: url},
		// Demo sign-ins are kept apart from real ones, so --sign-out of a real tenant and the demo never mix.
		paths: {...session.paths, tokenCache: path.join(session.paths.configDir, 'msal-cache.demo.json')},
	};
	return {simulator, session: demoSession};
}

/**
 * Starts the demo tenant over (the wizard's "start fresh" on the demo): the saved state is kept as a backup and the
 * running simulator goes back to the scenario's first state.
 */
export async function resetDemoTenant(opened: OpenedTenant): Promise<void> {
	const simulator = opened.simulator;
	if (!simulator) return;
	const {createSimulator} = await import('../simulator/index.js');
	const file = demoStateFile(opened.session);
	if (fs.existsSync(file)) {
		fs.renameSync(file, file.replace(/\.json$/, `.backup-${stamp(opened.session.clock.nowIso())}.json`));
	}
	const pristine = createSimulator({
		scenario: 'contoso',
		clock: {now: () => opened.session.clock.now().getTime()},
	});
	simulator.restore(pristine.snapshot());
	persist(simulator, file);
}

export async function openTenant(session: Session, options: OpenTenantOptions): Promise<OpenedTenant> {
	let simulator: Simulator | undefined;
	let effective = session;
	if (session.mode === 'demo') ({simulator, session: effective} = await startDemo(session));
	const {auth, graph} = connect(effective, {
		ui: options.ui,
		log: options.log,
		loginOrigin: simulator?.url,
		browserAvailable: simulator ? false : options.host.browserAvailable,
		certificatePassword: options.host.certificatePassword,
		// The demo simulator does not throttle; real Graph is paced to its published limits.
		pacing: simulator ? false : undefined,
	});
	return {
		session: effective,
		auth,
		graph,
		simulator,
		signIn: () => auth.signIn(),
		async close() {
			graph.close();
			if (simulator) {
				persist(simulator, demoStateFile(session));
				await simulator.stop();
			}
		},
	};
}
