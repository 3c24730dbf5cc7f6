/**
 * Reports (GRAPH.md §2, §3): MFA registration details (P1), registration summaries, Microsoft 365 usage reports,
 * and the report settings that conceal user names.
 * Usage reports come as CSV by default: Graph answers 302 with a short-lived pre-authenticated download link, which
 * is followed WITHOUT the Authorization header (the token must not go to the storage host). JSON is asked for where
 * the docs offer it (`$format=application/json`; on beta for the email-app reports).
 */
import {z} from 'zod';
import {batchStream} from './batch.js';
import type {Graph, GraphVersion} from './client.js';
import {query, segment} from './odata.js';
import {getOne, type IterateOptions, iterate} from './paging.js';
import {endpointOf, list, openEnum, opt, parseModel} from './schema.js';

export const userRegistrationDetailsSchema = z.object({
	id: z.string(),
	userPrincipalName: opt(z.string()),
	userDisplayName: opt(z.string()),
	userType: opt(openEnum(['member', 'guest', 'unknownFutureValue'])),
	isAdmin: opt(z.boolean()),
	isMfaCapable: opt(z.boolean()),
	isMfaRegistered: opt(z.boolean()),
	isPasswordlessCapable: opt(z.boolean()),
	isSsprCapable: opt(z.boolean()),
	isSsprEnabled: opt(z.boolean()),
	isSsprRegistered: opt(z.boolean()),
	isSystemPreferredAuthenticationMethodEnabled: opt(z.boolean()),
	methodsRegistered: list(z.string()),
	systemPreferredAuthenticationMethods: list(z.string()),
	// The doc's own example answers "" when nothing is set: treat it as `none` (GRAPH.md §3).
	userPreferredMethodForSecondaryAuthentication: opt(z.string()).transform(v => (v === '' ? 'none' : v)),
	lastUpdatedDateTime: opt(z.string()),
});
export type UserRegistrationDetails = z.output<typeof userRegistrationDetailsSchema>;

/** Only $filter and $orderby are supported here (no $top/$select). Scope AuditLog.Read.All; licence P1. */
export function listUserRegistrationDetails(
	graph: Graph,
	options: IterateOptions & {filter?: string} = {},
): AsyncGenerator<UserRegistrationDetails, void, undefined> {
	return iterate(
		graph,
		{
			path: `/reports/authenticationMethods/userRegistrationDetails${query({filter: options.filter})}`,
			scopes: ['AuditLog.Read.All'],
			feature: 'registrationDetails',
		},
		userRegistrationDetailsSchema,
		options,
	);
}

const registrationPath = (userId: string) =>
	`/reports/authenticationMethods/userRegistrationDetails/${segment(userId)}`;

/** One user's registration details. Scope AuditLog.Read.All; licence P1. */
export function getUserRegistrationDetails(graph: Graph, userId: string): Promise<UserRegistrationDetails> {
	return getOne(
		graph,
		{path: registrationPath(userId), scopes: ['AuditLog.Read.All'], feature: 'registrationDetails'},
		userRegistrationDetailsSchema,
	);
}

/** A per-user read inside a $batch: the value when it answered 200, else only its status. */
export interface PerUserRead<T> {
	readonly userId: string;
	readonly status: number;
	readonly value?: T;
}

/**
 * Registration details of a few users by id (a live re-check of the admins), 20 per $batch. Items that fail keep only
 * their status, so one missing user does not hide the others. Scope AuditLog.Read.All; licence P1.
 */
export async function registrationDetailsOf(
	graph: Graph,
	userIds: readonly string[],
): Promise<PerUserRead<UserRegistrationDetails>[]> {
	const out: PerUserRead<UserRegistrationDetails>[] = [];
	const items = userIds.map(id => ({id, url: registrationPath(id)}));
	for await (const result of batchStream(graph, items, {
		scopes: ['AuditLog.Read.All'],
		feature: 'registrationDetails',
	})) {
		const userId = result.item.id!;
		if (result.status !== 200) {
			out.push({userId, status: result.status});
			continue;
		}
		const value = parseModel(
			userRegistrationDetailsSchema,
			result.body,
			endpointOf('GET', `/v1.0${registrationPath(userId)}`),
		);
		out.push({userId, status: 200, value});
	}
	return out;
}

export type IncludedUserTypes = 'all' | 'member' | 'guest';
export type IncludedUserRoles = 'all' | 'privilegedAdmin' | 'admin' | 'user';

const countsSchema = z.looseObject({
	userRegistrationFeatureCounts: list(z.object({feature: z.string(), userCount: z.number()})),
	userRegistrationMethodCounts: list(z.object({authenticationMethod: z.string(), userCount: z.number()})),
});
export type RegistrationCounts = z.output<typeof countsSchema>;

function summary(name: string, types: IncludedUserTypes, roles: IncludedUserRoles): string {
	return `/reports/authenticationMethods/${name}(includedUserTypes='${types}',includedUserRoles='${roles}')`;
}

/** Counts per feature (mfaCapable, ssprRegistered…). Delegated only. Scope AuditLog.Read.All. */
export function usersRegisteredByFeature(
	graph: Graph,
	types: IncludedUserTypes = 'all',
	roles: IncludedUserRoles = 'all',
): Promise<RegistrationCounts> {
	return getOne(
		graph,
		{
			path: summary('usersRegisteredByFeature', types, roles),
			scopes: ['AuditLog.Read.All'],
			feature: 'registrationDetails',
		},
		countsSchema,
	);
}

/** Counts per method. Delegated only. Scope AuditLog.Read.All. */
export function usersRegisteredByMethod(
	graph: Graph,
	types: IncludedUserTypes = 'all',
	roles: IncludedUserRoles = 'all',
): Promise<RegistrationCounts> {
	return getOne(
		graph,
		{
			path: summary('usersRegisteredByMethod', types, roles),
			scopes: ['AuditLog.Read.All'],
			feature: 'registrationDetails',
		},
		countsSchema,
	);
}

export type ReportPeriod = 'D7' | 'D30' | 'D90' | 'D180';

/**
 * An app column of the email-app usage report: the beta JSON gives a list of the clients or versions seen
 * (`["Outlook 2016"]`), the CSV a `; `-joined string. Both become a list; missing, null or empty means none.
 */
const appColumn = z
	.union([z.array(z.string()), z.string()])
	.nullish()
	.transform(value =>
		Array.isArray(value)
			? value.filter(v => v !== '')
			: (value ?? '')
					.split(';')
					.map(v => v.trim())
					.filter(v => v !== ''),
	);

/** Usage-report rows differ per report; the fields the wizard reads are typed, the rest kept. */
export const emailAppUsageSchema = z.looseObject({
	userPrincipalName: opt(z.string()),
	displayName: opt(z.string()),
	isDeleted: opt(z.boolean()),
	lastActivityDate: opt(z.string()),
	pop3App: appColumn,
	imap4App: appColumn,
	smtpApp: appColumn,
	outlookForWindows: appColumn,
	reportPeriod: opt(z.string()),
});
export type EmailAppUsage = z.output<typeof emailAppUsageSchema>;

const usage = (path: string, version: GraphVersion) => ({
	path,
	version,
	scopes: ['Reports.Read.All'],
	feature: 'usageReports' as const,
});

/** Who uses POP3, IMAP4 or SMTP clients (JSON is documented on beta). Scope Reports.Read.All; no premium licence. */
export function listEmailAppUsageUserDetail(
	graph: Graph,
	period: ReportPeriod = 'D30',
	options: IterateOptions = {},
): AsyncGenerator<EmailAppUsage, void, undefined> {
	return iterate(
		graph,
		usage(`/reports/getEmailAppUsageUserDetail(period='${period}')?$format=application/json`, 'beta'),
		emailAppUsageSchema,
		options,
	);
}

export const emailVersionCountsSchema = z.looseObject({
	reportRefreshDate: opt(z.string()),
	outlook2016: opt(z.number()),
	outlook2013: opt(z.number()),
	outlook2010: opt(z.number()),
	outlook2007: opt(z.number()),
	outlookM365: opt(z.number()),
	outlook2019: opt(z.number()),
	undetermined: opt(z.number()),
	reportPeriod: opt(z.string()),
});
export type EmailVersionCounts = z.output<typeof emailVersionCountsSchema>;

/** Tenant-wide Outlook version counts (beta JSON). */
export function listEmailAppUsageVersionsUserCounts(
	graph: Graph,
	period: ReportPeriod = 'D30',
): AsyncGenerator<EmailVersionCounts, void, undefined> {
	return iterate(
		graph,
		usage(`/reports/getEmailAppUsageVersionsUserCounts(period='${period}')?$format=application/json`, 'beta'),
		emailVersionCountsSchema,
	);
}

export const m365AppUserSchema = z.looseObject({
	userPrincipalName: opt(z.string()),
	lastActivationDate: opt(z.string()),
	lastActivityDate: opt(z.string()),
	details: list(z.looseObject({reportPeriod: opt(z.number()), outlookWindows: opt(z.boolean())})),
});
export type M365AppUser = z.output<typeof m365AppUserSchema>;

/** Which users run which Microsoft 365 apps (JSON on v1.0). */
export function listM365AppUserDetail(
	graph: Graph,
	period: ReportPeriod = 'D30',
	options: IterateOptions = {},
): AsyncGenerator<M365AppUser, void, undefined> {
	return iterate(
		graph,
		usage(`/reports/getM365AppUserDetail(period='${period}')?$format=application/json`, 'v1.0'),
		m365AppUserSchema,
		options,
	);
}

/**
 * A CSV report: follows the 302 to the pre-authenticated link without the Authorization header and parses the rows
 * (header row → keys). Also accepts a 200 with the CSV inline.
 */
export async function downloadReportCsv(
	graph: Graph,
	path: string,
	version: GraphVersion = 'v1.0',
): Promise<Record<string, string>[]> {
	const first = await graph.request<unknown>({...usage(path, version), acceptStatus: [302]});
	let text = first.body;
	if (first.status === 302) {
		const location = first.headers.get('location');
		if (!location) throw new Error(`graph: ${path} answered 302 without a Location`);
		const download = await graph.request<unknown>({path: location, anonymous: true, feature: 'usageReports'});
		text = download.body;
	}
	return parseCsv(typeof text === 'string' ? text : '');
}

/** `getOffice365ActivationsUserDetail` is CSV only. */
export function getOffice365ActivationsUserDetail(graph: Graph): Promise<Record<string, string>[]> {
	return downloadReportCsv(graph, '/reports/getOffice365ActivationsUserDetail');
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF), BOM stripped; rows keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const input = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < input.length; i++) {
		const c = input[i]!;
		if (quoted) {
			if (c === '"' && input[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && input[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...body] = rows.filter(r => r.length > 1 || r[0] !== '');
	if (!header) return [];
	return body.map(r => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export const reportSettingsSchema = z.object({displayConcealedNames: z.boolean()});

/** Whether usage reports hide user names (GRAPH.md §2). Scope ReportSettings.Read.All. */
export async function getReportSettings(graph: Graph): Promise<{displayConcealedNames: boolean}> {
	return getOne(graph, {path: '/admin/reportSettings', scopes: ['ReportSettings.Read.All']}, reportSettingsSchema);
}

/** Scope ReportSettings.ReadWrite.All. */
export async function setReportSettings(graph: Graph, displayConcealedNames: boolean): Promise<void> {
	await graph.request({
		method: 'PATCH',
		path: '/admin/reportSettings',
		body: {displayConcealedNames},
		scopes: ['ReportSettings.ReadWrite.All'],
	});
}
