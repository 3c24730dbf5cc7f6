/**
 * `mfa-onboard explain <AADSTS code | error text>`: what an Entra sign-in error means, why this tool (or a script, or a
 * user) is likely to meet it, and what to do — offline, from the catalogue in knowledge/aadsts.ts. The admin may type
 * `AADSTS50076`, `50076`, or paste a whole error message. Without a code it lists the codes it knows.
 * Exit codes: 0 explained (or listed), 1 a code this tool does not know (Microsoft's page for it is printed),
 * 2 no code in the text.
 */
import stringWidth from 'string-width';
import {EXIT, type ExitCode, UserError} from '../errors.js';
import type {Translator} from '../i18n/index.js';
import {AADSTS, AADSTS_CODES, type AadstsEntry, aadstsText, lookupAadsts} from '../knowledge/aadsts.js';

/** The explanation of one catalogued code, as printed by `explain` (label: text lines). */
export function explainEntry(entry: AadstsEntry, t: Translator): string {
	const lines = [
		`${entry.id} — ${aadstsText(entry.code, 'm', t)}`,
		'',
		`${t('aadsts.cause')}: ${aadstsText(entry.code, 'c', t)}`,
		`${t('aadsts.fix')}: ${aadstsText(entry.code, 'f', t)}`,
		`${t('aadsts.moreInfo')}: ${entry.link}`,
	];
	if (entry.docs !== entry.link) lines.push(`${' '.repeat(stringWidth(t('aadsts.moreInfo')) + 2)}${entry.docs}`);
	return `${lines.join('\n')}\n`;
}

/** Every catalogued code with its one-line meaning (`explain` without an argument). */
export function listCodes(t: Translator): string {
	const rows = AADSTS_CODES.map(code => `  ${AADSTS[code].id.padEnd(14)}${aadstsText(code, 'm', t)}`);
	return `${t('aadsts.listTitle')}\n${rows.join('\n')}\n\n${t('aadsts.listHint')}\n`;
}

export interface ExplainOutcome {
	readonly exitCode: ExitCode;
	readonly text: string;
}

/** Explains what the admin typed (the command's arguments joined by spaces). Throws a UserError when there is no code. */
export function explain(input: string, t: Translator): ExplainOutcome {
	if (input.trim() === '') return {exitCode: EXIT.ok, text: listCodes(t)};
	const found = lookupAadsts(input);
	if (!found) {
		throw new UserError(t('aadsts.noCode'), {
			hint: t('aadsts.noCodeHint'),
			nextSteps: ['mfa-onboard explain AADSTS50076'],
			exitCode: EXIT.usage,
			code: 'explain-no-code',
		});
	}
	if (found.entry) return {exitCode: EXIT.ok, text: explainEntry(found.entry, t)};
	return {
		exitCode: EXIT.notCompliant,
		text: `${t('aadsts.unknownCode', {code: `AADSTS${found.code}`})}\n${t('aadsts.moreInfo')}: ${found.link}\n`,
	};
}

export function runExplain(args: readonly string[], t: Translator, write: (text: string) => void): number {
	const outcome = explain(args.join(' '), t);
	write(outcome.text);
	return outcome.exitCode;
}
