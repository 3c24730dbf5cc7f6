/**
 * One call that gives a command its sign-in and its Graph handle, wired together: the Graph layer asks the auth layer
 * for tokens, both share one redactor (every token issued is hidden from logs and errors), and --verbose gets a
 * redacted log line per HTTP attempt.
 */
import {createGraph, type Graph, type GraphLogEntry} from '../graph/client.js';
import type {Family, PaceLimit} from '../graph/families.js';
import {Redactor} from '../graph/redact.js';
import {READ_SCOPES} from '../knowledge/graph-permissions.js';
import type {Session} from '../session.js';
import {type Auth, type AuthOptions, createAuth, type SignInUi} from './auth.js';

export interface ConnectOptions {
	readonly ui: SignInUi;
	/** Where --verbose lines go (stderr); unset: no log. */
	readonly log?: (line: string) => void;
	readonly loginOrigin?: string;
	readonly browserAvailable?: boolean;
	readonly certificatePassword?: string;
	readonly openBrowser?: AuthOptions['openBrowser'];
	readonly networkClient?: AuthOptions['networkClient'];
	readonly pacing?: Readonly<Partial<Record<Family, PaceLimit>>> | false;
	readonly readScopes?: readonly string[];
}

export interface Connection {
	readonly auth: Auth;
	readonly graph: Graph;
	readonly redactor: Redactor;
}

/** A --verbose line for one HTTP attempt (already redacted by the Graph layer). */
export function formatLogEntry(entry: GraphLogEntry): string {
	if (entry.retryInMs !== undefined) {
		return `[graph] ${entry.method} ${entry.url} attempt ${entry.attempt}: retry in ${entry.retryInMs} ms`;
	}
	const outcome = entry.status !== undefined ? String(entry.status) : (entry.error ?? 'error');
	return `[graph] ${entry.method} ${entry.url} → ${outcome} (${entry.durationMs} ms, ${entry.family}, attempt ${entry.attempt})`;
}

export function connect(session: Session, options: ConnectOptions): Connection {
	const redactor = new Redactor();
	redactor.add(session.suppliedToken);
	const readScopes = options.readScopes ?? READ_SCOPES;
	const auth = createAuth({
		session,
		ui: options.ui,
		redactor,
		loginOrigin: options.loginOrigin,
		browserAvailable: options.browserAvailable,
		certificatePassword: options.certificatePassword,
		openBrowser: options.openBrowser,
		networkClient: options.networkClient,
		readScopes,
	});
	const log = options.log;
	const graph = createGraph({
		session,
		tokens: auth,
		redactor,
		defaultScopes: readScopes,
		pacing: options.pacing,
		onLog: session.verbose && log ? entry => log(formatLogEntry(entry)) : undefined,
	});
	return {auth, graph, redactor};
}
