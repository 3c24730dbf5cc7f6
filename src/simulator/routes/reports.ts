/**
 * Reports: authentication-method registration details and summaries (P1), Microsoft 365 usage reports (CSV through a
 * 302 to a pre-authenticated download, or JSON with `$format=application/json`), and the report settings that conceal
 * names. GRAPH.md §2–3. https://learn.microsoft.com/graph/api/resources/report
 */
import {createHash} from 'node:crypto';
import {ROLE} from '../../knowledge/roles.js';
import type {RequestContext, Route} from '../context.js';
import {badRequest, notFound} from '../errors.js';
import {contextUrl, readOption, respondCollection, respondEntity} from '../odata/collection.js';
import type {FilterSchema} from '../odata/filter.js';
import {hash32} from '../rng.js';
import {DAY, iso} from '../scenarios/common.js';
import type {MailClientUsage, SimUser} from '../state.js';
import type {RegistrationDetails} from '../tenant.js';
import {bodyObject, noContent, onlyKeys, userOr404} from './helpers.js';

const bool = {type: 'boolean', ops: ['eq', 'ne']} as const;

const REGISTRATION_FILTER: FilterSchema = {
	entity: 'microsoft.graph.userRegistrationDetails',
	directory: false,
	or: true,
	not: false,
	properties: {
		id: {type: 'string', ops: ['eq', 'in']},
		userPrincipalName: {type: 'string', ops: ['eq', 'startswith']},
		userDisplayName: {type: 'string', ops: ['eq', 'startswith']},
		userType: {type: 'enum', ops: ['eq', 'ne']},
		isAdmin: bool,
		isMfaRegistered: bool,
		isMfaCapable: bool,
		isSsprRegistered: bool,
		isSsprEnabled: bool,
		isSsprCapable: bool,
		isPasswordlessCapable: bool,
		isSystemPreferredAuthenticationMethodEnabled: bool,
		userPreferredMethodForSecondaryAuthentication: {type: 'enum', ops: ['eq', 'ne']},
		lastUpdatedDateTime: {type: 'datetime', ops: ['eq', 'ge', 'le', 'gt', 'lt']},
		methodsRegistered: {type: 'string', ops: ['eq'], collection: true},
		systemPreferredAuthenticationMethods: {type: 'string', ops: ['eq'], collection: true},
	},
};

/** Soft-deleted users are not listed; everyone else is (GRAPH.md §3). */
function registrationRows(ctx: RequestContext): RegistrationDetails[] {
	const key = `registration:${ctx.version}:${ctx.tenant.version}`;
	const cached = ctx.core.cache.get(key) as RegistrationDetails[] | undefined;
	if (cached) return cached;
	const rows = ctx.tenant.state.users.map(u => ctx.tenant.registrationDetails(u, ctx.version === 'beta'));
	ctx.core.cache.set(key, rows);
	return rows;
}

const USER_TYPES = ['all', 'member', 'guest'];
const USER_ROLES = ['all', 'privilegedAdmin', 'admin', 'user'];
/** The roles `privilegedAdmin` means in these summaries (GRAPH.md §3). */
const SUMMARY_PRIVILEGED = [
	ROLE.globalAdministrator,
	ROLE.securityAdministrator,
	ROLE.conditionalAccessAdministrator,
	ROLE.exchangeAdministrator,
	ROLE.sharePointAdministrator,
	ROLE.helpdeskAdministrator,
	ROLE.billingAdministrator,
	ROLE.userAdministrator,
	ROLE.authenticationAdministrator,
];

function summaryUsers(ctx: RequestContext): {types: string; roles: string; rows: RegistrationDetails[]} {
	const args = ctx.params.args ?? '';
	const read = (name: string) => new RegExp(`${name}\\s*=\\s*'([^']*)'`, 'i').exec(args)?.[1] ?? 'all';
	const types = read('includedUserTypes');
	const roles = read('includedUserRoles');
	if (!USER_TYPES.includes(types)) throw badRequest(`Invalid value '${types}' for includedUserTypes.`);
	if (!USER_ROLES.includes(roles)) throw badRequest(`Invalid value '${roles}' for includedUserRoles.`);
	const rows = registrationRows(ctx).filter(r => {
		if (types !== 'all' && r.userType !== types) return false;
		if (roles === 'all') return true;
		const held = ctx.tenant.activeRoles(r.id);
		const privileged = SUMMARY_PRIVILEGED.some(id => held.has(id));
		if (roles === 'privilegedAdmin') return privileged;
		if (roles === 'admin') return r.isAdmin || held.size > 0;
		return held.size === 0;
	});
	return {types, roles, rows};
}

// ----- Microsoft 365 usage reports -----

interface UsageRow {
	readonly user: SimUser;
	readonly usage: MailClientUsage;
}

/** Generated tenants have no hand-written mail clients: derive a stable mix from the user id. */
function usageOf(ctx: RequestContext, user: SimUser): MailClientUsage {
	const explicit = ctx.tenant.state.mailClients[user.id];
	if (explicit) return explicit;
	const h = hash32(user.id, 7) % 1000;
	const windows =
		h < 6
			? ['Outlook 2013']
			: h < 120
				? ['Outlook 2016']
				: h < 180
					? ['Outlook 2019']
					: h < 700
						? ['Outlook M365']
						: [];
	return {
		outlookForWindows: windows,
		outlookForMac: h >= 700 && h < 760 ? ['Outlook 2019'] : [],
		outlookForMobile: h % 3 === 0 ? ['Outlook for iOS'] : h % 3 === 1 ? ['Outlook for Android'] : [],
		outlookForWeb: ['Undetermined'],
		mailForMac: [],
		otherForMobile: h >= 990 ? ['Undetermined'] : [],
		pop3App: h >= 995 ? ['Undetermined'] : [],
		imap4App: h >= 985 && h < 990 ? ['Undetermined'] : [],
		smtpApp: h >= 980 && h < 985 ? ['Undetermined'] : [],
		lastActivityDaysAgo: user.accountEnabled ? h % 5 : -1,
		officeWindows: windows.length > 0,
	};
}

function usageRows(ctx: RequestContext): UsageRow[] {
	return ctx.tenant.state.users
		.filter(u => u.userType === 'Member' && u.assignedLicenses.length > 0)
		.map(user => ({user, usage: usageOf(ctx, user)}))
		.filter(r => r.usage.lastActivityDaysAgo >= 0);
}

/** With concealed names on, UPNs and display names become opaque hashes that cannot be joined to users (GRAPH.md §2). */
function names(ctx: RequestContext, user: SimUser): {upn: string; displayName: string} {
	if (!ctx.tenant.state.reportSettings.displayConcealedNames)
		return {upn: user.userPrincipalName, displayName: user.displayName};
	const hidden = createHash('md5').update(user.id).digest('hex').toUpperCase();
	return {upn: hidden, displayName: hidden};
}

function day(ms: number): string {
	return iso(ms).slice(0, 10);
}

function periodOf(ctx: RequestContext, allowDate: boolean): {period: string; days: number} {
	const args = ctx.params.args ?? '';
	const period = /period\s*=\s*'(D7|D30|D90|D180)'/i.exec(args)?.[1];
	if (period) return {period: period.toUpperCase(), days: Number(period.slice(1))};
	const date = /date\s*=\s*(\d{4}-\d{2}-\d{2})/i.exec(args)?.[1];
	if (date && allowDate) {
		const age = (ctx.now - Date.parse(`${date}T00:00:00Z`)) / DAY;
		if (age < 0 || age > 30) throw badRequest('The date must be within the last 30 days.');
		return {period: '1', days: 1};
	}
	throw badRequest(
		"Invalid function parameters: use period='D7', 'D30', 'D90' or 'D180'" +
			(allowDate ? ', or date=YYYY-MM-DD.' : '.'),
	);
}

type Report = {csvHeader: string[]; rows: () => {json: Record<string, unknown>; csv: string[]}[]};

function report(ctx: RequestContext, name: string): Report {
	// Usage data lags about two days behind (GRAPH.md §2).
	const refresh = day(ctx.now - 2 * DAY);
	switch (name) {
		case 'getEmailAppUsageUserDetail': {
			const {period, days} = periodOf(ctx, true);
			return {
				csvHeader: [
					'Report Refresh Date',
					'User Principal Name',
					'Display Name',
					'Is Deleted',
					'Deleted Date',
					'Last Activity Date',
					'Mail For Mac',
					'Outlook For Mac',
					'Outlook For Windows',
					'Outlook For Mobile',
					'Other For Mobile',
					'Outlook For Web',
					'POP3 App',
					'IMAP4 App',
					'SMTP App',
					'Report Period',
				],
				rows: () =>
					usageRows(ctx)
						.filter(r => r.usage.lastActivityDaysAgo <= days)
						.map(({user, usage}) => {
							const n = names(ctx, user);
							const last = day(ctx.now - (2 + usage.lastActivityDaysAgo) * DAY);
							const json = {
								reportRefreshDate: refresh,
								userPrincipalName: n.upn,
								displayName: n.displayName,
								isDeleted: false,
								deletedDate: null,
								lastActivityDate: last,
								mailForMac: usage.mailForMac,
								outlookForMac: usage.outlookForMac,
								outlookForWindows: usage.outlookForWindows,
								outlookForMobile: usage.outlookForMobile,
								otherForMobile: usage.otherForMobile,
								outlookForWeb: usage.outlookForWeb,
								pop3App: usage.pop3App,
								imap4App: usage.imap4App,
								smtpApp: usage.smtpApp,
								reportPeriod: String(days),
							};
							const list = (l: string[]) => l.join('; ');
							return {
								json,
								csv: [
									refresh,
									n.upn,
									n.displayName,
									'False',
									'',
									last,
									list(usage.mailForMac),
									list(usage.outlookForMac),
									list(usage.outlookForWindows),
									list(usage.outlookForMobile),
									list(usage.otherForMobile),
									list(usage.outlookForWeb),
									list(usage.pop3App),
									list(usage.imap4App),
									list(usage.smtpApp),
									period === '1' ? '1' : String(days),
								],
							};
						}),
			};
		}
		case 'getEmailAppUsageVersionsUserCounts': {
			const {days} = periodOf(ctx, false);
			return {
				csvHeader: [
					'Report Refresh Date',
					'Outlook 2016',
					'Outlook 2013',
					'Outlook 2010',
					'Outlook 2007',
					'Undetermined',
					'Report Period',
					'Outlook M365',
					'Outlook 2019',
				],
				rows: () => {
					const counts: Record<string, number> = {};
					for (const {usage} of usageRows(ctx)) {
						for (const v of usage.outlookForWindows) counts[v] = (counts[v] ?? 0) + 1;
					}
					const c = (k: string) => counts[k] ?? 0;
					const json = {
						reportRefreshDate: refresh,
						outlook2016: c('Outlook 2016'),
						outlook2013: c('Outlook 2013'),
						outlook2010: c('Outlook 2010'),
						outlook2007: c('Outlook 2007'),
						undetermined: c('Undetermined'),
						outlookM365: c('Outlook M365'),
						outlook2019: c('Outlook 2019'),
						reportPeriod: String(days),
					};
					return [
						{
							json,
							csv: [
								refresh,
								String(json.outlook2016),
								String(json.outlook2013),
								String(json.outlook2010),
								String(json.outlook2007),
								String(json.undetermined),
								String(days),
								String(json.outlookM365),
								String(json.outlook2019),
							],
						},
					];
				},
			};
		}
		case 'getM365AppUserDetail': {
			const {days} = periodOf(ctx, true);
			const yes = (b: boolean) => (b ? 'Yes' : 'No');
			return {
				csvHeader: [
					'Report Refresh Date',
					'User Principal Name',
					'Last Activation Date',
					'Last Activity Date',
					'Report Period',
					'Windows',
					'Mac',
					'Mobile',
					'Web',
					'Outlook',
					'Word',
					'Excel',
					'PowerPoint',
					'OneNote',
					'Teams',
					'Outlook (Windows)',
					'Word (Windows)',
					'Excel (Windows)',
					'PowerPoint (Windows)',
					'OneNote (Windows)',
					'Teams (Windows)',
				],
				rows: () =>
					usageRows(ctx).map(({user, usage}) => {
						const n = names(ctx, user);
						const win = usage.officeWindows;
						const mobile = usage.outlookForMobile.length > 0;
						const detail = {
							reportPeriod: days,
							windows: win,
							mac: usage.outlookForMac.length > 0,
							mobile,
							web: usage.outlookForWeb.length > 0,
							outlook: true,
							word: win,
							excel: win,
							powerPoint: win,
							oneNote: win,
							teams: true,
							outlookWindows: usage.outlookForWindows.length > 0,
							wordWindows: win,
							excelWindows: win,
							powerPointWindows: win,
							oneNoteWindows: win,
							teamsWindows: win,
						};
						const lastActivation = win ? day(ctx.now - 40 * DAY) : null;
						const lastActivity = day(ctx.now - (2 + usage.lastActivityDaysAgo) * DAY);
						return {
							json: {
								reportRefreshDate: refresh,
								userPrincipalName: n.upn,
								lastActivationDate: lastActivation,
								lastActivityDate: lastActivity,
								details: [detail],
							},
							csv: [
								refresh,
								n.upn,
								lastActivation ?? '',
								lastActivity,
								String(days),
								yes(win),
								yes(detail.mac),
								yes(mobile),
								yes(detail.web),
								'Yes',
								yes(win),
								yes(win),
								yes(win),
								yes(win),
								'Yes',
								yes(detail.outlookWindows),
								yes(win),
								yes(win),
								yes(win),
								yes(win),
								yes(win),
							],
						};
					}),
			};
		}
		case 'getOffice365ActivationsUserDetail':
			return {
				csvHeader: [
					'Report Refresh Date',
					'User Principal Name',
					'Display Name',
					'Product Type',
					'Last Activated Date',
					'Windows',
					'Mac',
					'Windows 10 Mobile',
					'iOS',
					'Android',
					'Activated On Shared Computer',
				],
				rows: () =>
					usageRows(ctx)
						.filter(r => r.usage.officeWindows)
						.map(({user}) => {
							const n = names(ctx, user);
							const activated = day(ctx.now - 40 * DAY);
							return {
								json: {
									reportRefreshDate: refresh,
									userPrincipalName: n.upn,
									displayName: n.displayName,
									userActivationCounts: [
										{
											productType: 'MICROSOFT 365 APPS FOR BUSINESS',
											lastActivatedDate: activated,
											windows: 1,
											mac: 0,
											windows10Mobile: 0,
											ios: 0,
											android: 0,
											activatedOnSharedComputer: false,
										},
									],
								},
								csv: [
									refresh,
									n.upn,
									n.displayName,
									'MICROSOFT 365 APPS FOR BUSINESS',
									activated,
									'1',
									'0',
									'0',
									'0',
									'0',
									'False',
								],
							};
						}),
			};
		default:
			throw notFound(name);
	}
}

function csvLine(values: readonly string[]): string {
	return values.map(v => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',');
}

function usageReport(ctx: RequestContext) {
	const name = ctx.params.fn!;
	const r = report(ctx, name);
	const format = readOption(ctx.query, '$format');
	if (format !== undefined && format !== 'application/json' && format !== 'text/csv')
		throw badRequest(`Unsupported $format '${format}'.`);
	if (format === 'application/json') {
		// Build the rows once per tenant state and arguments, not once per page: a 100,000-user report has 500 pages.
		const key = `usage:${name}:${ctx.version}:${ctx.params.args ?? ''}:${ctx.tenant.version}`;
		let rows = ctx.core.cache.get(key) as Record<string, unknown>[] | undefined;
		if (!rows) {
			rows = r.rows().map(row => row.json);
			ctx.core.cache.set(key, rows);
		}
		// JSON reports page by about 200 rows (GRAPH.md §11).
		return respondCollection(
			ctx,
			{
				contextName: `Collection(microsoft.graph.${name.replace(/^get/, '').replace(/^./, c => c.toLowerCase())})`,
				directory: false,
				pageSize: 200,
				maxTop: 200,
				select: false,
				project: row => row,
			},
			rows,
		);
	}
	// CSV: a redirect to a short-lived, pre-authenticated download; the file starts with a UTF-8 byte-order mark.
	const csv = `\ufeff${[csvLine(r.csvHeader), ...r.rows().map(row => csvLine(row.csv))].join('\r\n')}\r\n`;
	const location = ctx.core.registerDownload('application/octet-stream', csv);
	return {status: 302, headers: {Location: location}};
}

export const reportRoutes: Route[] = [
	{
		method: 'GET',
		pattern: /^\/reports\/authenticationMethods\/userRegistrationDetails$/,
		scopes: ['AuditLog.Read.All'],
		licence: 'p1',
		handle: ctx =>
			respondCollection(
				ctx,
				// The doc lists only $filter and $orderby for this endpoint: $top and $select answer 400 here.
				{
					contextName: 'reports/authenticationMethods/userRegistrationDetails',
					filter: REGISTRATION_FILTER,
					directory: false,
					pageSize: 1000,
					select: false,
					orderBy: ['userPrincipalName', 'userDisplayName', 'lastUpdatedDateTime'],
					project: r => ({...r}),
				},
				() => registrationRows(ctx),
			),
	},
	{
		method: 'GET',
		pattern: /^\/reports\/authenticationMethods\/userRegistrationDetails\/(?<id>[^/]+)$/,
		scopes: ['AuditLog.Read.All'],
		licence: 'p1',
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			if (user.id !== ctx.params.id) throw notFound(ctx.params.id!);
			ctx.core.notify({kind: 'registration-details-read', userId: user.id});
			return respondEntity(ctx, 'reports/authenticationMethods/userRegistrationDetails', {
				...ctx.tenant.registrationDetails(user, ctx.version === 'beta'),
			});
		},
	},
	{
		method: 'GET',
		pattern: /^\/reports\/authenticationMethods\/usersRegisteredByFeature(?:\((?<args>[^)]*)\))?$/,
		scopes: ['AuditLog.Read.All'],
		delegatedOnly: true,
		licence: 'p1',
		handle: ctx => {
			const {types, roles, rows} = summaryUsers(ctx);
			const count = (f: (r: RegistrationDetails) => boolean) => rows.filter(f).length;
			return {
				status: 200,
				body: {
					'@odata.context': contextUrl(ctx, 'microsoft.graph.userRegistrationFeatureSummary'),
					totalUserCount: rows.length,
					userTypes: types,
					userRoles: roles,
					userRegistrationFeatureCounts: [
						{feature: 'ssprRegistered', userCount: count(r => r.isSsprRegistered)},
						{feature: 'ssprEnabled', userCount: count(r => r.isSsprEnabled)},
						{feature: 'ssprCapable', userCount: count(r => r.isSsprCapable)},
						{feature: 'passwordlessCapable', userCount: count(r => r.isPasswordlessCapable)},
						{feature: 'mfaCapable', userCount: count(r => r.isMfaCapable)},
					],
				},
			};
		},
	},
	{
		method: 'GET',
		pattern: /^\/reports\/authenticationMethods\/usersRegisteredByMethod(?:\((?<args>[^)]*)\))?$/,
		scopes: ['AuditLog.Read.All'],
		delegatedOnly: true,
		licence: 'p1',
		handle: ctx => {
			const {types, roles, rows} = summaryUsers(ctx);
			const counts = new Map<string, number>();
			for (const r of rows) for (const m of r.methodsRegistered) counts.set(m, (counts.get(m) ?? 0) + 1);
			const methods = [
				'password',
				'email',
				'mobilePhone',
				'alternateMobilePhone',
				'officePhone',
				'microsoftAuthenticatorPush',
				'softwareOneTimePasscode',
				'hardwareOneTimePasscode',
				'microsoftAuthenticatorPasswordless',
				'windowsHelloForBusiness',
				'fido2SecurityKey',
				'temporaryAccessPass',
				'securityQuestion',
			];
			return {
				status: 200,
				body: {
					'@odata.context': contextUrl(ctx, 'microsoft.graph.userRegistrationMethodSummary'),
					totalUserCount: rows.length,
					userTypes: types,
					userRoles: roles,
					userRegistrationMethodCounts: methods.map(m => ({
						authenticationMethod: m,
						userCount: m === 'password' ? rows.length : (counts.get(m) ?? 0),
					})),
				},
			};
		},
	},
	{
		method: 'GET',
		pattern:
			/^\/reports\/(?<fn>getEmailAppUsageUserDetail|getEmailAppUsageVersionsUserCounts|getM365AppUserDetail)\((?<args>[^)]*)\)$/,
		scopes: ['Reports.Read.All'],
		throttle: 'reports',
		handle: usageReport,
	},
	{
		method: 'GET',
		pattern: /^\/reports\/(?<fn>getOffice365ActivationsUserDetail)(?:\(\))?$/,
		scopes: ['Reports.Read.All'],
		throttle: 'reports',
		handle: usageReport,
	},
	{
		method: 'GET',
		pattern: /^\/admin\/reportSettings$/,
		scopes: ['ReportSettings.Read.All'],
		handle: ctx => respondEntity(ctx, 'admin/reportSettings', {...ctx.tenant.state.reportSettings}),
	},
	{
		method: 'PATCH',
		pattern: /^\/admin\/reportSettings$/,
		scopes: ['ReportSettings.ReadWrite.All'],
		// The role GRAPH.md could not verify; the simulator accepts Global Administrator only.
		roles: {roles: [], detail: ''},
		handle: ctx => {
			const body = bodyObject(ctx);
			onlyKeys(body, ['displayConcealedNames'], 'microsoft.graph.adminReportSettings');
			if (typeof body.displayConcealedNames !== 'boolean')
				throw badRequest("The property 'displayConcealedNames' must be true or false.");
			ctx.tenant.state.reportSettings.displayConcealedNames = body.displayConcealedNames;
			ctx.changed();
			return noContent;
		},
	},
];
