/**
 * The actionable lists as CSV, for a spreadsheet or a ticketing import: legacy-protocol users, automation accounts,
 * users not registered for MFA, and admins. Complete lists (the JSON's subject lists, not the capped views).
 *
 * Two shapes (README-check.md):
 * - one file (stdout, or `--output file.csv`): every list in one table with a leading `list` column and the union of
 *   the lists' columns, empty where a column does not apply;
 * - a folder (`--output dir/`, or an existing directory): one file per list, each with only its own columns.
 * Column names are stable identifiers (like JSON field names), not translated. RFC 4180 quoting, CRLF line ends, a
 * UTF-8 byte-order mark (spreadsheet programs need it to show non-ASCII names), and cells that a spreadsheet would
 * run as a formula (`=`, `+`, `-`, `@`, tab, CR first) are prefixed with `'`.
 */
import type {AssessmentDigest} from '../assessment/saved.js';
import type {Translator} from '../i18n/index.js';
import {automationReasonWords, roleName, unregisteredAdmins, unregisteredUsers} from './describe.js';
import type {Report} from './types.js';

export const CSV_LISTS = ['legacy-users', 'automation-accounts', 'unregistered-users', 'admins'] as const;
export type CsvList = (typeof CSV_LISTS)[number];

type Row = Readonly<Record<string, string>>;

export interface CsvTable {
	readonly list: CsvList;
	readonly columns: readonly string[];
	readonly rows: readonly Row[];
}

export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function toCsv(columns: readonly string[], rows: readonly Row[]): string {
	const lines = [columns.map(csvCell).join(','), ...rows.map(r => columns.map(c => csvCell(r[c] ?? '')).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const bool = (value: boolean | null) => (value === null ? '' : value ? 'true' : 'false');

export function csvTables(report: Report, digest: AssessmentDigest | undefined, t: Translator): CsvTable[] {
	const lines = digest?.legacy ?? [];
	const byUser = (upn: string) => lines.filter(l => l.userPrincipalName.toLowerCase() === upn.toLowerCase());
	const legacy: CsvTable = {
		list: 'legacy-users',
		columns: ['userPrincipalName', 'protocols', 'successfulSignIns', 'lastSeen', 'kind', 'apps', 'devices'],
		rows: report.legacyAuth.subjects.map(s => {
			const own = byUser(s.userPrincipalName).filter(l => l.successfulSignIns > 0);
			const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].join('; ');
			return {
				userPrincipalName: s.userPrincipalName,
				protocols: s.protocols.join('; '),
				successfulSignIns: String(s.successfulSignIns),
				lastSeen: s.lastSeen,
				kind: own[0]?.kind ?? '',
				apps: unique(own.map(l => l.app)),
				devices: unique(own.map(l => l.device)),
			};
		}),
	};
	const apps = new Map((digest?.automation ?? []).map(a => [a.userPrincipalName.toLowerCase(), a.apps]));
	const automation: CsvTable = {
		list: 'automation-accounts',
		columns: ['userPrincipalName', 'id', 'reasons', 'reasonsText', 'signIns', 'lastSeen', 'apps'],
		rows: report.automation.accounts.map(a => ({
			userPrincipalName: a.userPrincipalName,
			id: a.id ?? '',
			reasons: a.reasons.join('; '),
			reasonsText: a.reasons.map(r => automationReasonWords(r, t)).join('; '),
			signIns: String(a.signIns),
			lastSeen: a.lastSeen ?? '',
			apps: (apps.get(a.userPrincipalName.toLowerCase()) ?? []).join('; '),
		})),
	};
	const admins = new Set(unregisteredAdmins(report).map(x => x.toLowerCase()));
	const unregistered: CsvTable = {
		list: 'unregistered-users',
		columns: ['userPrincipalName', 'admin'],
		rows: unregisteredUsers(report).map(upn => ({
			userPrincipalName: upn,
			admin: admins.has(upn.toLowerCase()) ? 'true' : 'false',
		})),
	};
	const adminTable: CsvTable = {
		list: 'admins',
		columns: ['userPrincipalName', 'roles', 'eligibleRoles', 'mfaRegistered', 'ssprRegistered'],
		rows: (digest?.admins ?? []).map(a => ({
			userPrincipalName: a.userPrincipalName,
			roles: [...new Set(a.roles.filter(r => !r.eligible).map(r => roleName(r.roleTemplateId)))].join('; '),
			eligibleRoles: [...new Set(a.roles.filter(r => r.eligible).map(r => roleName(r.roleTemplateId)))].join('; '),
			mfaRegistered: bool(a.mfaRegistered),
			ssprRegistered: bool(a.ssprRegistered),
		})),
	};
	return [legacy, automation, unregistered, adminTable];
}

/** Every list in one table, with a leading `list` column and the union of the columns. */
export function renderCsv(report: Report, digest: AssessmentDigest | undefined, t: Translator): string {
	const tables = csvTables(report, digest, t);
	const columns = ['list', ...new Set(tables.flatMap(x => x.columns))];
	return toCsv(
		columns,
		tables.flatMap(x => x.rows.map(r => ({list: x.list, ...r}))),
	);
}

/** One CSV text per list, named `<list>.csv`. */
export function renderCsvFiles(
	report: Report,
	digest: AssessmentDigest | undefined,
	t: Translator,
): {readonly name: string; readonly text: string}[] {
	return csvTables(report, digest, t).map(x => ({name: `${x.list}.csv`, text: toCsv(x.columns, x.rows)}));
}
