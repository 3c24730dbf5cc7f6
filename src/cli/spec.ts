/**
 * The command line surface, in one table: PRODUCT.md "How it is run". Help text, flag parsing, per-command checks
 * and "did you mean" suggestions are all derived from it.
 */
import type {MessageKey} from '../i18n/index.js';

export const COMMANDS = ['wizard', 'check', 'report', 'undo', 'explain', 'setup', 'simulate'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Commands typed on the command line (the wizard is the default and has no word of its own). */
export const NAMED_COMMANDS = COMMANDS.filter(c => c !== 'wizard');

export interface FlagSpec {
	/** Kebab-case, as typed after `--`. */
	readonly name: string;
	readonly type: 'boolean' | 'string' | 'number';
	/** The value placeholder shown in help (`<id|domain>`). */
	readonly value?: string;
	readonly choices?: readonly string[];
	/** Commands the flag applies to; `all` for every command. */
	readonly commands: readonly CommandName[] | 'all';
	readonly description: MessageKey;
	/** Shown in help but not parsed by meow (handled by meow itself). */
	readonly builtIn?: boolean;
}

const LIVE_COMMANDS: readonly CommandName[] = ['wizard', 'check', 'undo', 'setup'];

export const FLAGS: readonly FlagSpec[] = [
	{name: 'demo', type: 'boolean', commands: ['wizard', 'check', 'report', 'undo'], description: 'cli.flagDemo'},
	{name: 'dry-run', type: 'boolean', commands: ['wizard', 'undo', 'setup'], description: 'cli.flagDryRun'},
	{name: 'yes', type: 'boolean', commands: ['wizard'], description: 'cli.flagYes'},
	{name: 'json', type: 'boolean', commands: ['wizard', 'check'], description: 'cli.flagJson'},
	{name: 'resume', type: 'boolean', commands: ['wizard'], description: 'cli.flagResume'},
	{name: 'fresh', type: 'boolean', commands: ['wizard'], description: 'cli.flagFresh'},
	// `report` reads no tenant, but --tenant picks which saved assessment to render.
	{
		name: 'tenant',
		type: 'string',
		value: '<id|domain>',
		commands: [...LIVE_COMMANDS, 'report'],
		description: 'cli.flagTenant',
	},
	{name: 'client-id', type: 'string', value: '<guid>', commands: LIVE_COMMANDS, description: 'cli.flagClientId'},
	{
		name: 'cloud',
		type: 'string',
		value: '<name>',
		choices: ['global', 'usgov', 'usgovdod', 'china'],
		commands: LIVE_COMMANDS,
		description: 'cli.flagCloud',
	},
	{
		name: 'auth',
		type: 'string',
		value: '<mode>',
		choices: ['device-code', 'browser', 'certificate', 'token'],
		commands: LIVE_COMMANDS,
		description: 'cli.flagAuth',
	},
	{name: 'certificate', type: 'string', value: '<path>', commands: LIVE_COMMANDS, description: 'cli.flagCertificate'},
	{
		name: 'graph-endpoint',
		type: 'string',
		value: '<url>',
		commands: LIVE_COMMANDS,
		description: 'cli.flagGraphEndpoint',
	},
	{name: 'sign-out', type: 'boolean', commands: ['wizard'], description: 'cli.flagSignOut'},
	{name: 'output', type: 'string', value: '<file>', commands: ['check', 'report'], description: 'cli.flagOutput'},
	{
		name: 'break-glass',
		type: 'string',
		value: '<upn,…>',
		commands: ['wizard', 'check'],
		description: 'cli.flagBreakGlass',
	},
	{name: 'days', type: 'number', value: '<n>', commands: ['check'], description: 'cli.flagDays'},
	{
		name: 'format',
		type: 'string',
		value: '<fmt>',
		choices: ['json', 'md', 'html', 'csv'],
		commands: ['report'],
		description: 'cli.flagFormat',
	},
	{name: 'all', type: 'boolean', commands: ['undo'], description: 'cli.flagAll'},
	{name: 'force', type: 'boolean', commands: ['undo'], description: 'cli.flagForce'},
	{
		name: 'i-understand-lockout-risk',
		type: 'boolean',
		commands: ['wizard'],
		description: 'cli.flagLockoutRisk',
	},
	{
		name: 'scenario',
		type: 'string',
		value: '<name>',
		choices: ['contoso', 'large'],
		commands: ['simulate'],
		description: 'cli.flagScenario',
	},
	{name: 'users', type: 'number', value: '<n>', commands: ['simulate'], description: 'cli.flagUsers'},
	{name: 'sign-ins', type: 'number', value: '<n>', commands: ['simulate'], description: 'cli.flagSignIns'},
	{name: 'seed', type: 'number', value: '<n>', commands: ['simulate'], description: 'cli.flagSeed'},
	{name: 'port', type: 'number', value: '<n>', commands: ['simulate'], description: 'cli.flagPort'},
	{name: 'fault-rate', type: 'number', value: '<0..1>', commands: ['simulate'], description: 'cli.flagFaultRate'},
	{
		name: 'throttle',
		type: 'string',
		value: '<mode>',
		choices: ['real', 'off'],
		commands: ['simulate'],
		description: 'cli.flagThrottle',
	},
	{name: 'lang', type: 'string', value: '<en|ko>', choices: ['en', 'ko'], commands: 'all', description: 'cli.flagLang'},
	{name: 'no-color', type: 'boolean', commands: 'all', description: 'cli.flagNoColor'},
	{name: 'verbose', type: 'boolean', commands: 'all', description: 'cli.flagVerbose'},
	{name: 'help', type: 'boolean', commands: 'all', description: 'cli.flagHelp', builtIn: true},
	{name: 'version', type: 'boolean', commands: 'all', description: 'cli.flagVersion', builtIn: true},
];

export function flagAppliesTo(flag: FlagSpec, command: CommandName): boolean {
	return flag.commands === 'all' || flag.commands.includes(command);
}

export const COMMAND_SUMMARY: Readonly<Record<CommandName, MessageKey>> = {
	wizard: 'cli.cmdWizard',
	check: 'cli.cmdCheck',
	report: 'cli.cmdReport',
	undo: 'cli.cmdUndo',
	explain: 'cli.cmdExplain',
	setup: 'cli.cmdSetup',
	simulate: 'cli.cmdSimulate',
};

export const COMMAND_USAGE: Readonly<Record<CommandName, string>> = {
	wizard: 'mfa-onboard [--demo] [--dry-run [--yes [--json]]] [--resume|--fresh]',
	check: 'mfa-onboard check [--json] [--output FILE] [--break-glass UPN,…] [--days N]',
	report: 'mfa-onboard report --format md|html|json|csv [--output FILE] [--tenant ID|DOMAIN] [--demo]',
	undo: 'mfa-onboard undo [CHANGE_ID | --all] [--dry-run]',
	explain: 'mfa-onboard explain <AADSTS code or error text>',
	setup: 'mfa-onboard setup [--dry-run]',
	simulate:
		'mfa-onboard simulate [--scenario contoso|large] [--users N] [--sign-ins N] [--seed N] [--port N] [--fault-rate R] [--throttle real|off]',
};
