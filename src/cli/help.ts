/** Help text, derived from the command/flag table so it can never list an option the parser does not know. */
import stringWidth from 'string-width';
import type {Translator} from '../i18n/index.js';
import {COMMAND_SUMMARY, COMMAND_USAGE, type CommandName, FLAGS, flagAppliesTo, NAMED_COMMANDS} from './spec.js';

function table(rows: readonly [string, string][], indent = 2): string {
	const width = Math.max(...rows.map(([left]) => stringWidth(left)));
	return rows
		.map(([left, right]) => `${' '.repeat(indent)}${left}${' '.repeat(width - stringWidth(left) + 3)}${right}`)
		.join('\n');
}

function flagRows(command: CommandName | undefined, t: Translator): [string, string][] {
	return FLAGS.filter(f => command === undefined || flagAppliesTo(f, command)).map(f => [
		`--${f.name}${f.value ? ` ${f.value}` : ''}${f.name === 'help' ? ', -h' : ''}`,
		t(f.description),
	]);
}

export function renderHelp(t: Translator, command?: CommandName): string {
	if (command && command !== 'wizard') {
		return [
			`${t('cli.usage')}: ${COMMAND_USAGE[command]}`,
			'',
			`  ${t(COMMAND_SUMMARY[command])}`,
			'',
			`${t('cli.commandOptions', {command})}:`,
			table(flagRows(command, t)),
			'',
			`${t('cli.exitCodes')}: ${t('cli.exitCodeList')}`,
			'',
		].join('\n');
	}
	const commands: [string, string][] = [
		['mfa-onboard', t(COMMAND_SUMMARY.wizard)],
		...NAMED_COMMANDS.map(c => [c, t(COMMAND_SUMMARY[c])] as [string, string]),
	];
	const examples: [string, string][] = [
		['npx mfa-onboard --demo', t('cli.exampleDemo')],
		['npx mfa-onboard --dry-run', t('cli.exampleDryRun')],
		['npx mfa-onboard --dry-run --yes --json > plan.json', t('cli.examplePlan')],
		['npx mfa-onboard check --json --break-glass bg1@contoso.com', t('cli.exampleCheck')],
		['npx mfa-onboard explain AADSTS50076', t('cli.exampleExplain')],
	];
	return [
		`mfa-onboard — ${t('cli.tagline')}`,
		'',
		`${t('cli.usage')}:`,
		...Object.values(COMMAND_USAGE).map(u => `  ${u}`),
		'',
		`${t('cli.commands')}:`,
		table(commands),
		'',
		`${t('cli.options')}:`,
		table(flagRows(undefined, t)),
		'',
		`${t('cli.examples')}:`,
		table(examples),
		'',
		`${t('cli.exitCodes')}: ${t('cli.exitCodeList')}`,
		'',
		t('cli.moreHelp'),
		'',
	].join('\n');
}
