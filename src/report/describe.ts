/**
 * The REPORT.md object in words: verdicts, reason strings (COMPLIANCE.md's grammar), policy gaps, coverage entries,
 * automation reasons. Shared by the `check` summary and the Markdown, HTML and CSV renderers, so they all say the same
 * thing. Pure: the report, the names of the ids it mentions, and a translator.
 */
import type {Translator} from '../i18n/index.js';
import {ROLE, ROLE_DISPLAY_NAME, type RoleName} from '../knowledge/roles.js';
import type {CoverageItem, Finding, Report, ReportVerdictName} from './types.js';

export type VerdictKey = 'mfaAllUsers' | 'mfaAdmins' | 'legacyAuthBlocked';
export const VERDICT_KEYS: readonly VerdictKey[] = ['mfaAllUsers', 'mfaAdmins', 'legacyAuthBlocked'];

export interface DescribeContext {
	readonly report: Report;
	/** Names (groups) and UPNs (users) by id, for ids in gaps; ids without a name are shown as they are. */
	readonly names: Readonly<Record<string, string>>;
	readonly t: Translator;
}

const ROLE_NAME_BY_ID = new Map<string, string>(
	(Object.keys(ROLE) as RoleName[]).map(name => [ROLE[name].toLowerCase(), ROLE_DISPLAY_NAME[name]]),
);

export function roleName(roleTemplateId: string): string {
	return ROLE_NAME_BY_ID.get(roleTemplateId.toLowerCase()) ?? roleTemplateId;
}

export function verdictLabel(key: VerdictKey, t: Translator): string {
	return key === 'mfaAllUsers'
		? t('report.verdictMfaAllUsers')
		: key === 'mfaAdmins'
			? t('report.verdictMfaAdmins')
			: t('report.verdictLegacyAuthBlocked');
}

export function verdictWords(key: VerdictKey, verdict: ReportVerdictName, t: Translator): string {
	const legacy = key === 'legacyAuthBlocked';
	switch (verdict) {
		case 'enforced':
			return legacy ? t('report.legacyEnforced') : t('report.mfaEnforced');
		case 'reportOnly':
			return legacy ? t('report.legacyReportOnly') : t('report.mfaReportOnly');
		case 'partial':
			return legacy ? t('report.legacyPartial') : t('report.mfaPartial');
		case 'none':
			return legacy ? t('report.legacyNone') : t('report.mfaNone');
		default:
			return legacy ? t('report.legacyUnknown') : t('report.mfaUnknown');
	}
}

export function compliantWords(report: Report, t: Translator): string {
	return report.compliant === true
		? t('report.compliantTrue')
		: report.compliant === false
			? t('report.compliantFalse')
			: t('report.compliantNull');
}

export function mechanismWords(report: Report, t: Translator): string {
	switch (report.enforcement.enforcedBy) {
		case 'securityDefaults':
			return t('report.mechanismSecurityDefaults');
		case 'conditionalAccess':
			return t('report.mechanismConditionalAccess');
		case 'perUserMfa':
			return t('report.mechanismPerUserMfa');
		case 'mixed':
			return t('report.mechanismMixed');
		default:
			return t('report.mechanismNone');
	}
}

function nameOf(id: string, ctx: DescribeContext): string {
	return ctx.names[id] ?? id;
}

/** One policy gap (`excludeGroups:<id>`) in words. */
export function gapWords(gap: string, ctx: DescribeContext): string {
	const {t} = ctx;
	const colon = gap.indexOf(':');
	const name = colon < 0 ? gap : gap.slice(0, colon);
	const value = colon < 0 ? '' : gap.slice(colon + 1);
	switch (name) {
		case 'includeUsers':
			return t('report.gapIncludeUsers');
		case 'excludeUsers':
			return t('report.gapExcludeUsers', {name: nameOf(value, ctx)});
		case 'excludeGroups':
			return t('report.gapExcludeGroups', {name: nameOf(value, ctx)});
		case 'excludeRoles':
			return t('report.gapExcludeRoles', {role: roleName(value)});
		case 'includeRoles':
			return t('report.gapIncludeRoles', {role: roleName(value)});
		case 'excludeGuestsOrExternalUsers':
			return t('report.gapExcludeGuests');
		case 'includeApplications':
			return t('report.gapIncludeApplications');
		case 'excludeApplications':
			return t('report.gapExcludeApplications', {app: value});
		case 'clientAppTypes':
			return t('report.gapClientAppTypes');
		case 'platforms':
			return t('report.gapPlatforms');
		case 'locations':
			return t('report.gapLocations');
		case 'devices':
			return t('report.gapDevices');
		case 'signInRiskLevels':
			return t('report.gapSignInRiskLevels');
		case 'userRiskLevels':
			return t('report.gapUserRiskLevels');
		case 'servicePrincipalRiskLevels':
			return t('report.gapServicePrincipalRiskLevels');
		case 'authenticationFlows':
			return t('report.gapAuthenticationFlows');
		case 'includeUserActions':
			return t('report.gapIncludeUserActions');
		case 'grantAlternatives':
			return t('report.gapGrantAlternatives');
		default:
			return t('report.gapOther', {gap});
	}
}

function policyName(id: string, ctx: DescribeContext): string {
	return ctx.report.enforcement.policies.find(p => p.id === id)?.displayName ?? id;
}

/** One verdict reason (COMPLIANCE.md "Reasons") in words; `verdict` says whose per-user MFA count it is. */
export function reasonWords(reason: string, ctx: DescribeContext, verdict?: VerdictKey): string {
	const {t} = ctx;
	if (reason === 'securityDefaults:on') return t('report.reasonSecurityDefaultsOn');
	const perUser = /^perUserMfa:(\d+)\/(\d+)$/.exec(reason);
	if (perUser) {
		const counts = {covered: Number(perUser[1]), total: Number(perUser[2])};
		return verdict === 'mfaAdmins' ? t('report.reasonPerUserAdmins', counts) : t('report.reasonPerUser', counts);
	}
	if (reason.startsWith('unreadable:')) {
		const what = reason.slice('unreadable:'.length);
		const key =
			what === 'securityDefaults'
				? 'findings.unreadableSecurityDefaults'
				: what === 'conditionalAccess'
					? 'findings.unreadableConditionalAccess'
					: what === 'perUserMfa'
						? 'findings.unreadablePerUserMfa'
						: undefined;
		return t('report.reasonUnreadable', {what: key ? t(key) : what});
	}
	const ca = /^ca:([^:]+):(.+)$/.exec(reason);
	if (ca) {
		const policy = policyName(ca[1]!, ctx);
		const rest = ca[2]!;
		if (rest === 'enforces') return t('report.reasonEnforces', {policy});
		if (rest === 'state:enabledForReportingButNotEnforced') return t('report.reasonReportOnly', {policy});
		return t('report.reasonGap', {policy, gap: gapWords(rest, ctx)});
	}
	return t('report.reasonOther', {reason});
}

/** An automation reason (`ropc`, `scriptClient:<app>`, …) in words. */
export function automationReasonWords(reason: string, t: Translator): string {
	if (reason === 'ropc') return t('report.reasonRopc');
	if (reason === 'legacyProtocolOnly') return t('report.reasonLegacyProtocolOnly');
	if (reason === 'partnerCenterApi') return t('report.reasonPartnerCenterApi');
	if (reason.startsWith('scriptClient:')) return t('report.reasonScriptClient', {app: reason.slice(13)});
	return reason;
}

export function policyStateWords(state: string, t: Translator): string {
	return state === 'enabled'
		? t('report.stateEnabled')
		: state === 'enabledForReportingButNotEnforced'
			? t('report.stateReportOnly')
			: t('report.stateDisabled');
}

export function policyKindWords(kind: string, t: Translator): string {
	return kind === 'mfa' ? t('report.kindMfa') : kind === 'block' ? t('report.kindBlock') : t('report.kindOther');
}

const COVERAGE_NAME: Readonly<Record<string, Parameters<Translator>[0]>> = {
	policies: 'findings.coveragePolicies',
	signInLogs: 'findings.coverageSignInLogs',
	registration: 'findings.coverageRegistration',
	perUserMfa: 'findings.coveragePerUserMfa',
	risk: 'findings.coverageRisk',
	usageReports: 'findings.coverageUsageReports',
	securityDefaults: 'findings.coverageSecurityDefaults',
	licences: 'findings.coverageLicences',
	directory: 'findings.coverageDirectory',
	roleEligibility: 'findings.coverageRoleEligibility',
};

export function coverageName(name: string, t: Translator): string {
	const key = COVERAGE_NAME[name];
	return key ? t.dynamic(key) : name;
}

export function coverageReasonWords(reason: string | undefined, t: Translator): string {
	switch (reason) {
		case undefined:
			return '';
		case 'licence':
			return t('findings.reasonLicence');
		case 'permission':
			return t('findings.reasonPermission');
		case 'error':
			return t('findings.reasonError');
		case 'throttled':
			return t('findings.reasonThrottled');
		case 'notRead':
			return t('findings.reasonNotRead');
		default:
			return t('findings.reasonOther', {reason});
	}
}

export function coverageStatusWords(item: CoverageItem, t: Translator): string {
	return item.status === 'partial'
		? t('report.statusPartial')
		: item.status === 'unavailable'
			? t('report.statusUnavailable')
			: item.status === 'skipped'
				? t('report.statusSkipped')
				: '';
}

/** Coverage entries that are not complete (skipped-as-not-needed is not a gap), in the report's order. */
export function coverageGaps(report: Report): [string, CoverageItem][] {
	return Object.entries(report.coverage).filter(
		([, item]) => item.status === 'partial' || item.status === 'unavailable',
	);
}

export function severityWords(severity: Finding['severity'], t: Translator): string {
	return severity === 'high'
		? t('report.severityHigh')
		: severity === 'medium'
			? t('report.severityMedium')
			: severity === 'low'
				? t('report.severityLow')
				: t('report.severityInfo');
}

export const SEVERITIES: readonly Finding['severity'][] = ['high', 'medium', 'low', 'info'];

export function yesNo(value: boolean | null, t: Translator): string {
	return value === null ? t('report.unknown') : value ? t('report.yes') : t('report.no');
}

/** The users the report says are not registered for MFA (from the finding's complete subject list). */
export function unregisteredUsers(report: Report): readonly string[] {
	return report.findings.find(f => f.id === 'users-not-mfa-registered')?.subjects ?? [];
}

export function unregisteredAdmins(report: Report): readonly string[] {
	return report.findings.find(f => f.id === 'admins-not-mfa-registered')?.subjects ?? [];
}

/** Break-glass check names that failed / could not be decided, in words. */
export function breakGlassWords(
	check: Report['breakGlass']['checks'][number],
	t: Translator,
): {failed: string[]; unknown: string[]} {
	const names = ['exists', 'enabled', 'cloudOnly', 'globalAdmin', 'excludedFromAllBlockingPolicies'] as const;
	const key = {
		exists: 'findings.checkExists',
		enabled: 'findings.checkEnabled',
		cloudOnly: 'findings.checkCloudOnly',
		globalAdmin: 'findings.checkGlobalAdmin',
		excludedFromAllBlockingPolicies: 'findings.checkExcludedFromAllBlockingPolicies',
	} as const;
	return {
		failed: names.filter(n => check[n] === false).map(n => t(key[n])),
		unknown: names.filter(n => check[n] === null).map(n => n),
	};
}

/** The commands to run next, for the summary and the documents. */
export function nextSteps(report: Report, t: Translator, withReport: boolean): string[] {
	const demo = report.mode === 'demo';
	const next: string[] = [];
	if (report.compliant !== true) next.push(demo ? t('report.nextWizardDemo') : t('report.nextWizard'));
	if (report.breakGlass.declared.length === 0) next.push(t('report.nextBreakGlass'));
	if (withReport) next.push(demo ? t('report.nextReportDemo') : t('report.nextReport'));
	next.push(demo ? t('report.nextRecheckDemo') : t('report.nextRecheck'));
	return next;
}
