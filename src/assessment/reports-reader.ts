/**
 * Reports and tenant-wide settings the steps read (GRAPH.md §2–§4, §10): MFA registration details (P1), the
 * registration summary by method, the authentication methods policy, the authorization policy (SSPR for admins),
 * the report settings that conceal names, and the Microsoft 365 email-app usage reports. Large reports are streamed
 * and only the rows a step shows are kept.
 */
import type {Source, UserRegistrationDetails} from '../compliance/index.js';
import type {Graph} from '../graph/client.js';
import {
	type AuthenticationMethodsPolicy,
	type AuthorizationPolicy,
	getAuthenticationMethodsPolicy,
	getAuthorizationPolicy,
} from '../graph/policies.js';
import {
	getReportSettings,
	listEmailAppUsageUserDetail,
	listEmailAppUsageVersionsUserCounts,
	listUserRegistrationDetails,
	usersRegisteredByMethod,
} from '../graph/reports.js';
import {readSource} from './read.js';
import type {EmailAppUsageRow} from './types.js';

/** What the admin and SSPR steps show per admin (kept only for the users asked for). */
export interface RegistrationDetail {
	readonly isMfaRegistered: boolean;
	readonly isSsprRegistered: boolean | null;
	readonly methodsRegistered: readonly string[];
}

export interface RegistrationRead {
	readonly source: Source<UserRegistrationDetails[]>;
	readonly details: ReadonlyMap<string, RegistrationDetail>;
}

/** Every user's `isMfaRegistered` (the rules), and the full detail of the users in `keep` (admins, the signed-in user). */
export async function readRegistrationDetails(
	graph: Graph,
	keep: ReadonlySet<string>,
	onCount?: (rows: number) => void,
): Promise<RegistrationRead> {
	const details = new Map<string, RegistrationDetail>();
	const source = await readSource(graph.redactor, async () => {
		const rows: UserRegistrationDetails[] = [];
		for await (const r of listUserRegistrationDetails(graph, {onPage: () => onCount?.(rows.length)})) {
			const isMfaRegistered = r.isMfaRegistered === true;
			// Only what the rules read: the report names users from the directory, not from this list.
			rows.push({id: r.id, isMfaRegistered});
			if (keep.has(r.id)) {
				details.set(r.id, {
					isMfaRegistered,
					isSsprRegistered: r.isSsprRegistered ?? null,
					methodsRegistered: [...r.methodsRegistered],
				});
			}
		}
		onCount?.(rows.length);
		return rows;
	});
	return {source, details};
}

/** Members registered per method (`usersRegisteredByMethod`, P1). */
export function readRegisteredByMethod(graph: Graph): Promise<Source<Record<string, number>>> {
	return readSource(graph.redactor, async () => {
		const summary = await usersRegisteredByMethod(graph, 'member', 'all');
		const counts: Record<string, number> = {};
		for (const c of summary.userRegistrationMethodCounts) counts[c.authenticationMethod] = c.userCount;
		return counts;
	});
}

export function readMethodsPolicy(graph: Graph): Promise<Source<AuthenticationMethodsPolicy>> {
	return readSource(graph.redactor, () => getAuthenticationMethodsPolicy(graph));
}

export function readAuthorizationPolicy(graph: Graph): Promise<Source<AuthorizationPolicy>> {
	return readSource(graph.redactor, () => getAuthorizationPolicy(graph));
}

export function readConcealedNames(graph: Graph): Promise<Source<boolean>> {
	return readSource(graph.redactor, async () => (await getReportSettings(graph)).displayConcealedNames);
}

export interface UsageRead {
	/** Users with a POP3, IMAP4 or SMTP client, and users on Outlook 2013 (from the same report). */
	readonly userDetail: Source<{readonly legacy: EmailAppUsageRow[]; readonly outlook2013: string[]}>;
	/** Tenant-wide Outlook for Windows version counts, by version name (`Outlook 2016`). */
	readonly versions: Source<Record<string, number>>;
}

/** `outlook2016` → `Outlook 2016`, `outlookM365` → `Outlook M365`, `undetermined` → `Undetermined`. */
export function versionName(key: string): string {
	const m = /^outlook(.+)$/i.exec(key);
	if (m) return `Outlook ${m[1]}`;
	return key.charAt(0).toUpperCase() + key.slice(1);
}

export async function readUsageReports(graph: Graph, onCount?: (rows: number) => void): Promise<UsageRead> {
	let seen = 0;
	const userDetail = await readSource(graph.redactor, async () => {
		const legacy: EmailAppUsageRow[] = [];
		const outlook2013: string[] = [];
		for await (const r of listEmailAppUsageUserDetail(graph, 'D30', {onPage: () => onCount?.(seen)})) {
			seen++;
			if (r.isDeleted) continue;
			const upn = r.userPrincipalName ?? '';
			const row: EmailAppUsageRow = {
				userPrincipalName: upn,
				displayName: r.displayName ?? null,
				lastActivityDate: r.lastActivityDate ?? null,
				pop3: r.pop3App.length > 0,
				imap4: r.imap4App.length > 0,
				smtp: r.smtpApp.length > 0,
				outlookForWindows: [...r.outlookForWindows],
			};
			if (row.pop3 || row.imap4 || row.smtp) legacy.push(row);
			if (row.outlookForWindows.some(v => /\b2013\b/.test(v))) outlook2013.push(upn);
		}
		onCount?.(seen);
		return {legacy, outlook2013};
	});
	const versions = await readSource(graph.redactor, async () => {
		const counts: Record<string, number> = {};
		for await (const row of listEmailAppUsageVersionsUserCounts(graph, 'D30')) {
			for (const [key, value] of Object.entries(row)) {
				if (typeof value !== 'number' || key === 'reportPeriod') continue;
				const name = versionName(key);
				counts[name] = (counts[name] ?? 0) + value;
			}
		}
		return counts;
	});
	return {userDetail, versions};
}
