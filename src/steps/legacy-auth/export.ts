/**
 * The legacy-use list as CSV, written into the working directory (the admin asked for it: `x` in the step view).
 * Column names are fixed English identifiers so scripts can read the file; values are as the tenant spells them.
 */
import fs from 'node:fs';
import {freshPath} from '../files.js';
import type {Answers} from '../types.js';
import {effectiveDecision, type LegacyFindings, recordedDecisions} from './index.js';

export const CSV_COLUMNS = [
	'protocol',
	'userPrincipalName',
	'displayName',
	'kind',
	'app',
	'device',
	'operatingSystem',
	'signIns',
	'successfulSignIns',
	'failedOnly',
	'lastSeen',
	'lastSuccess',
	'decision',
	'decisionSource',
	'note',
	'doneAt',
] as const;

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a leading `= + - @` (or tab, CR) gets a `'` so
 * a spreadsheet does not run it as a formula (OWASP "CSV injection").
 */
export function csvField(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function legacyCsv(f: LegacyFindings, answers: Answers): string {
	const recorded = recordedDecisions(answers);
	const rows: string[] = [CSV_COLUMNS.join(',')];
	for (const item of f.items) {
		const d = effectiveDecision(item, recorded);
		rows.push(
			[
				item.protocol,
				item.userPrincipalName,
				item.displayName,
				item.kind,
				item.app,
				item.device,
				item.operatingSystem,
				item.signIns,
				item.successfulSignIns,
				item.failedOnly,
				item.lastSeen,
				item.lastSuccess,
				d.decision,
				d.explicit ? 'admin' : 'recommended',
				d.note,
				d.doneAt,
			]
				.map(csvField)
				.join(','),
		);
	}
	for (const row of f.usageRows) {
		const protocol = [row.pop3 ? 'POP3' : '', row.imap4 ? 'IMAP4' : '', row.smtp ? 'SMTP' : '']
			.filter(Boolean)
			.join(' ');
		rows.push(
			[
				`usageReport:${protocol}`,
				row.userPrincipalName,
				row.displayName,
				row.concealed ? 'concealed' : '',
				'',
				'',
				'',
				'',
				'',
				'',
				row.lastActivityDate,
				'',
				'',
				'',
				'',
				'',
			]
				.map(csvField)
				.join(','),
		);
	}
	return `${rows.join('\r\n')}\r\n`;
}

/** Writes the CSV into `workDir` and returns its path (never overwrites an earlier export). */
export function writeLegacyCsv(f: LegacyFindings, answers: Answers, workDir: string, nowIso: string): string {
	const file = freshPath(workDir, `mfa-onboard-legacy-auth-${nowIso.slice(0, 10)}`, '.csv');
	fs.writeFileSync(file, legacyCsv(f, answers), {encoding: 'utf8', flag: 'wx'});
	return file;
}
