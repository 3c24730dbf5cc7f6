import type {CommandName} from '../../src/cli/spec.js';
import {buildSession, type Flags, type Session} from '../../src/session.js';

export const DEFAULT_FLAGS: Flags = {
	demo: false,
	dryRun: false,
	yes: false,
	json: false,
	resume: false,
	fresh: false,
	cloud: 'global',
	signOut: false,
	breakGlass: [],
	all: false,
	force: false,
	iUnderstandLockoutRisk: false,
	color: false,
	verbose: false,
};

/** A session for tests: its own home folder, a fixed or given clock, no terminal, English unless asked. */
export function testSession(options: {
	home: string;
	command?: CommandName;
	args?: readonly string[];
	flags?: Partial<Flags>;
	now?: () => number;
	sleep?: (ms: number) => Promise<void>;
	env?: Record<string, string>;
	cwd?: string;
}): Session {
	return buildSession(
		options.command ?? 'wizard',
		options.args ?? [],
		{...DEFAULT_FLAGS, ...options.flags},
		{
			env: {MFA_ONBOARD_HOME: options.home, LANG: 'en_US.UTF-8', TZ: 'UTC', ...options.env},
			homedir: options.home,
			platform: 'linux',
			cwd: options.cwd ?? options.home,
			pid: 4242,
			hostname: 'test-host',
			argv: [],
			terminal: {stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, columns: 100, rows: 30},
			now: options.now ?? (() => Date.now()),
			sleep: options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
			version: '0.0.0-test',
		},
	);
}
