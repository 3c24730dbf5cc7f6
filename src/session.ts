/**
 * Everything one run needs, built once by cli.tsx from the process (argv, environment, home directory, clock, terminal).
 * Nothing else in the product reads `process.env`, `os.homedir()` or `Date.now()`: they come from here, so tests can
 * build a session with any clock, directory or language.
 */
import path from 'node:path';
import type {CommandName} from './cli/spec.js';
import {EXIT, UserError} from './errors.js';
import {createTranslator, detectLang, type Lang, type Translator} from './i18n/index.js';
import {CLOUD_ENDPOINTS, type CloudName} from './knowledge/clouds.js';

export type Mode = 'live' | 'demo';
export type AuthMode = 'device-code' | 'browser' | 'certificate' | 'token';

export interface Clock {
	now(): Date;
	/** Now as RFC 3339 UTC, second precision (`2026-11-26T10:00:00Z`). */
	nowIso(): string;
	/** Waits; rejects early when `signal` aborts (so a closed Graph handle leaves no timer keeping the process alive). */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface Cloud {
	/** `custom` when --graph-endpoint replaced the cloud's Graph root (REPORT.md `tenant.cloud`). */
	readonly name: CloudName | 'custom';
	readonly authorityHost: string;
	/** The Graph root URLs are written with (the cloud's real one). */
	readonly graphRoot: string;
	/** Where requests actually go, when it differs from graphRoot (--graph-endpoint, the demo simulator). */
	readonly graphOrigin?: string;
	readonly portal: string;
}

export interface Paths {
	/** Per-user configuration folder (0700). */
	readonly configDir: string;
	/** Progress files, one per tenant, and their locks; the demo tenant's state sits beside them. */
	readonly progressDir: string;
	/** MSAL token cache: its own file, never inside a progress file. */
	readonly tokenCache: string;
	/** Settings saved by `setup` (client id per tenant). */
	readonly settings: string;
	/** Where reports and exports go by default: the directory the command was run from. */
	readonly workDir: string;
}

export interface Terminal {
	readonly stdinIsTTY: boolean;
	readonly stdoutIsTTY: boolean;
	readonly stderrIsTTY: boolean;
	readonly columns: number;
	readonly rows: number;
	/** Running under CI (Ink then renders only the final frame, so the wizard refuses to start). */
	readonly ci: boolean;
}

export interface Flags {
	readonly demo: boolean;
	readonly dryRun: boolean;
	readonly yes: boolean;
	readonly json: boolean;
	readonly resume: boolean;
	readonly fresh: boolean;
	readonly tenant?: string;
	readonly clientId?: string;
	readonly cloud: CloudName;
	readonly auth?: AuthMode;
	readonly certificate?: string;
	readonly graphEndpoint?: string;
	readonly signOut: boolean;
	readonly output?: string;
	readonly breakGlass: readonly string[];
	readonly days?: number;
	readonly format?: 'json' | 'md' | 'html' | 'csv';
	readonly all: boolean;
	readonly force: boolean;
	readonly iUnderstandLockoutRisk: boolean;
	readonly scenario?: 'contoso' | 'large';
	readonly users?: number;
	readonly signIns?: number;
	readonly seed?: number;
	readonly port?: number;
	readonly faultRate?: number;
	readonly throttle?: 'real' | 'off';
	readonly lang?: Lang;
	readonly color: boolean;
	readonly verbose: boolean;
}

export interface Session {
	readonly command: CommandName;
	readonly args: readonly string[];
	readonly flags: Flags;
	readonly mode: Mode;
	readonly dryRun: boolean;
	readonly cloud: Cloud;
	readonly lang: Lang;
	readonly t: Translator;
	readonly color: boolean;
	readonly verbose: boolean;
	readonly paths: Paths;
	readonly clock: Clock;
	readonly terminal: Terminal;
	readonly version: string;
	readonly process: {readonly pid: number; readonly hostname: string; readonly commandLine: string};
	/** `MFA_ONBOARD_ACCESS_TOKEN`, for --auth token. Held in memory only. */
	readonly suppliedToken?: string;
}

export interface ProcessFacts {
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly homedir: string;
	readonly platform: NodeJS.Platform;
	readonly cwd: string;
	readonly pid: number;
	readonly hostname: string;
	readonly argv: readonly string[];
	readonly terminal: Omit<Terminal, 'ci'>;
	readonly now: () => number;
	readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
	readonly version: string;
}

export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
	// Ink's own rule (is-in-ci): any CI or CONTINUOUS_INTEGRATION value other than '0' or 'false' counts, even empty.
	const truthy = (value: string | undefined) => value !== undefined && value !== '0' && value !== 'false';
	return truthy(env.CI) || truthy(env.CONTINUOUS_INTEGRATION);
}

export function configDirFor(facts: Pick<ProcessFacts, 'env' | 'homedir' | 'platform'>): string {
	const {env, homedir, platform} = facts;
	if (env.MFA_ONBOARD_HOME) return path.resolve(env.MFA_ONBOARD_HOME);
	if (platform === 'win32') return path.join(env.APPDATA || path.join(homedir, 'AppData', 'Roaming'), 'mfa-onboard');
	if (platform === 'darwin') return path.join(homedir, 'Library', 'Preferences', 'mfa-onboard');
	return path.join(env.XDG_CONFIG_HOME || path.join(homedir, '.config'), 'mfa-onboard');
}

export function createClock(now: () => number, sleep: Clock['sleep']): Clock {
	return {
		now: () => new Date(now()),
		nowIso: () => `${new Date(now()).toISOString().slice(0, 19)}Z`,
		sleep,
	};
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
	return LOOPBACK_HOSTS.has(hostname.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Checks --graph-endpoint: https anywhere, plain http only on loopback, a bare origin (the tool adds the version). */
export function parseGraphEndpoint(value: string, t: Translator): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new UserError(t('cli.graphEndpointInvalid', {url: value}), {exitCode: EXIT.usage, code: 'usage'});
	}
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
		throw new UserError(t('cli.graphEndpointInsecure', {url: value}), {exitCode: EXIT.usage, code: 'usage'});
	}
	if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
		throw new UserError(t('cli.graphEndpointPath', {url: value}), {exitCode: EXIT.usage, code: 'usage'});
	}
	return url.origin;
}

export function buildSession(
	command: CommandName,
	args: readonly string[],
	flags: Flags,
	facts: ProcessFacts,
): Session {
	const lang = flags.lang ?? detectLang(facts.env);
	const t = createTranslator(lang, facts.env.TZ || undefined);
	const configDir = configDirFor(facts);
	const endpoints = CLOUD_ENDPOINTS[flags.cloud];
	const graphOrigin = flags.graphEndpoint ? parseGraphEndpoint(flags.graphEndpoint, t) : undefined;
	const cloud: Cloud = {
		name: graphOrigin ? 'custom' : endpoints.name,
		authorityHost: endpoints.authorityHost,
		graphRoot: endpoints.graphRoot,
		graphOrigin,
		portal: endpoints.portal,
	};
	const noColorEnv = facts.env.NO_COLOR !== undefined && facts.env.NO_COLOR !== '';
	return {
		command,
		args,
		flags,
		mode: flags.demo ? 'demo' : 'live',
		dryRun: flags.dryRun,
		cloud,
		lang,
		t,
		color: flags.color && !noColorEnv,
		verbose: flags.verbose,
		paths: {
			configDir,
			progressDir: path.join(configDir, 'progress'),
			tokenCache: path.join(configDir, 'msal-cache.json'),
			settings: path.join(configDir, 'settings.json'),
			workDir: facts.cwd,
		},
		clock: createClock(facts.now, facts.sleep),
		terminal: {...facts.terminal, ci: isCi(facts.env)},
		version: facts.version,
		process: {pid: facts.pid, hostname: facts.hostname, commandLine: ['mfa-onboard', ...facts.argv].join(' ')},
		suppliedToken: facts.env.MFA_ONBOARD_ACCESS_TOKEN || undefined,
	};
}
