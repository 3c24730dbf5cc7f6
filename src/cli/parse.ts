/**
 * argv → command, positional arguments and typed flags, with every check that needs no tenant: unknown options and
 * commands (with the closest valid one), options given to a command they do not apply to, bad values, and the
 * combinations PRODUCT.md forbids (--yes without --dry-run).
 */
import meow from 'meow';
import {EXIT, UserError} from '../errors.js';
import type {Translator} from '../i18n/index.js';
import type {AuthMode, Flags} from '../session.js';
import {COMMANDS, type CommandName, FLAGS, type FlagSpec, flagAppliesTo, NAMED_COMMANDS} from './spec.js';
import {closest} from './suggest.js';

export interface ParsedArgs {
	readonly command: CommandName;
	readonly args: readonly string[];
	readonly flags: Flags;
	readonly help: boolean;
	readonly version: boolean;
}

const SHORT_FLAGS: Readonly<Record<string, string>> = {h: 'help', V: 'version'};

function usageError(message: string, hint?: string): UserError {
	return new UserError(message, {hint, exitCode: EXIT.usage, code: 'usage'});
}

function camel(name: string): string {
	return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The flag names typed in argv (kebab-case, without `--` or `no-`), in order, up to a `--` separator. */
function typedFlagNames(argv: readonly string[], t: Translator): string[] {
	const names: string[] = [];
	for (const token of argv) {
		if (token === '--') break;
		if (token.startsWith('--')) {
			names.push(token.slice(2).split('=')[0]!);
		} else if (/^-[a-zA-Z]+$/.test(token)) {
			for (const short of token.slice(1)) {
				const long = SHORT_FLAGS[short];
				if (!long) throw usageError(t('cli.unknownFlag', {flag: short}).replace('--', '-'), t('cli.seeHelp'));
				names.push(long);
			}
		}
	}
	return names;
}

/** The spec for a typed name, also for the negated `--no-<flag>` form of a boolean. */
function findSpec(name: string): FlagSpec | undefined {
	return FLAGS.find(f => f.name === name) ?? FLAGS.find(f => f.type === 'boolean' && `no-${f.name}` === name);
}

export function parseArgs(argv: readonly string[], t: Translator): ParsedArgs {
	const typed = typedFlagNames(argv, t);
	const known = FLAGS.map(f => f.name);
	for (const name of typed) {
		if (!findSpec(name)) {
			const suggestion = closest(name, known);
			throw usageError(
				suggestion ? t('cli.unknownFlagSuggest', {flag: name, suggestion}) : t('cli.unknownFlag', {flag: name}),
				t('cli.seeHelp'),
			);
		}
	}

	const cli = meow({
		importMeta: import.meta,
		argv: [...argv],
		pkg: {name: 'mfa-onboard'},
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
		booleanDefault: undefined,
		flags: {
			...Object.fromEntries(
				FLAGS.filter(f => f.name !== 'no-color').map(f => [
					camel(f.name),
					{type: f.type === 'number' ? 'string' : f.type},
				]),
			),
			color: {type: 'boolean', default: true},
			help: {type: 'boolean', shortFlag: 'h'},
			version: {type: 'boolean', shortFlag: 'V'},
		},
	});

	const [first, ...rest] = cli.input;
	let command: CommandName = 'wizard';
	let args: string[] = cli.input;
	if (first !== undefined) {
		if ((NAMED_COMMANDS as readonly string[]).includes(first)) {
			command = first as CommandName;
			args = rest;
		} else if (first === 'wizard') {
			throw usageError(t('cli.unknownCommand', {command: first}), t('cli.seeHelp'));
		} else {
			const suggestion = closest(first, NAMED_COMMANDS);
			throw usageError(
				suggestion
					? t('cli.unknownCommandSuggest', {command: first, suggestion})
					: t('cli.unknownCommand', {command: first}),
				t('cli.seeHelp'),
			);
		}
	}

	const raw = cli.flags as Record<string, unknown>;
	const help = raw.help === true;
	const version = raw.version === true;

	// Options that do not apply to this command are refused rather than silently ignored.
	for (const name of typed) {
		const spec = findSpec(name);
		if (!spec || flagAppliesTo(spec, command) || help || version) continue;
		const commands =
			spec.commands === 'all' ? '' : spec.commands.map(c => (c === 'wizard' ? 'mfa-onboard' : c)).join(', ');
		throw usageError(
			t('cli.flagNotForCommand', {flag: spec.name, command: command === 'wizard' ? 'the wizard' : command, commands}),
			t('cli.seeHelp'),
		);
	}

	const str = (name: string): string | undefined => {
		const value = raw[camel(name)];
		if (value === undefined) return undefined;
		if (typeof value !== 'string' || value === '') throw usageError(t('cli.missingValue', {flag: name}));
		return value;
	};
	const choice = <T extends string>(name: string): T | undefined => {
		const value = str(name);
		const spec = FLAGS.find(f => f.name === name)!;
		if (value !== undefined && !spec.choices!.includes(value)) {
			const suggestion = closest(value, spec.choices!);
			throw usageError(
				t('cli.badChoice', {flag: name, value, choices: spec.choices!.join(', ')}),
				suggestion ? `--${name} ${suggestion}?` : undefined,
			);
		}
		return value as T | undefined;
	};
	const num = (name: string): number | undefined => {
		const value = str(name);
		if (value === undefined) return undefined;
		const parsed = Number(value);
		if (!Number.isFinite(parsed)) throw usageError(t('cli.badNumber', {flag: name, value}));
		return parsed;
	};
	const bool = (name: string): boolean => raw[camel(name)] === true;

	const flags: Flags = {
		demo: bool('demo'),
		dryRun: bool('dry-run'),
		yes: bool('yes'),
		json: bool('json'),
		resume: bool('resume'),
		fresh: bool('fresh'),
		tenant: str('tenant'),
		clientId: str('client-id'),
		cloud: choice('cloud') ?? 'global',
		auth: choice<AuthMode>('auth'),
		certificate: str('certificate'),
		graphEndpoint: str('graph-endpoint'),
		signOut: bool('sign-out'),
		output: str('output'),
		breakGlass: (str('break-glass') ?? '')
			.split(',')
			.map(s => s.trim())
			.filter(Boolean),
		days: num('days'),
		format: choice('format'),
		all: bool('all'),
		force: bool('force'),
		iUnderstandLockoutRisk: bool('i-understand-lockout-risk'),
		scenario: choice('scenario'),
		users: num('users'),
		signIns: num('sign-ins'),
		seed: num('seed'),
		port: num('port'),
		faultRate: num('fault-rate'),
		throttle: choice('throttle'),
		lang: choice('lang'),
		color: raw.color !== false,
		verbose: bool('verbose'),
	};

	if (!help && !version) checkCombinations(command, args, flags, typed, t);
	return {command, args, flags, help, version};
}

function checkCombinations(
	command: CommandName,
	args: readonly string[],
	flags: Flags,
	typed: readonly string[],
	t: Translator,
): void {
	if (flags.yes && !flags.dryRun) throw usageError(t('cli.yesWithoutDryRun'), t('cli.yesWithoutDryRunHint'));
	if (flags.resume && flags.fresh) throw usageError(t('cli.resumeAndFresh'));
	if (command === 'wizard' && flags.json && !(flags.dryRun && flags.yes)) throw usageError(t('cli.jsonWithoutYes'));
	if (flags.demo) {
		for (const name of ['tenant', 'client-id', 'cloud', 'auth', 'certificate', 'graph-endpoint']) {
			if (typed.includes(name)) throw usageError(t('cli.demoWithLive', {flag: name}));
		}
	}
	const maxArgs: Readonly<Record<CommandName, number>> = {
		wizard: 0,
		check: 0,
		report: 0,
		undo: 1,
		explain: Number.POSITIVE_INFINITY,
		setup: 0,
		simulate: 0,
	};
	if (args.length > maxArgs[command]) {
		throw usageError(
			t('cli.tooManyArguments', {command: command === 'wizard' ? 'mfa-onboard' : command, extra: args.join(' ')}),
			t('cli.seeHelp'),
		);
	}
}

export {COMMANDS};
