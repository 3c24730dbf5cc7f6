/**
 * The verdict reasons of COMPLIANCE.md (`ca:<policyId>:excludeGroups:<groupId>`, `securityDefaults:on`,
 * `perUserMfa:3/5`, `unreadable:conditionalAccess`…) in words, with the names the assessment knows (policies, users,
 * groups, roles, apps) instead of ids. The strings stay machine-readable in the report; this is what people read.
 */
import type {Assessment} from '../../assessment/types.js';
import {unreadableName} from '../../compliance/findings.js';
import type {MessageKey, Translator} from '../../i18n/index.js';
import {FIRST_PARTY_APPS} from '../../knowledge/first-party-apps.js';
import {roleDisplayName} from '../../knowledge/roles.js';

export interface Names {
	readonly policies: ReadonlyMap<string, string>;
	readonly users: ReadonlyMap<string, string>;
	readonly groups: ReadonlyMap<string, string>;
}

export function namesFrom(assessment: Assessment): Names {
	const policies = new Map(assessment.report.enforcement.policies.map(p => [p.id, p.displayName]));
	for (const p of assessment.policies ?? []) if (!policies.has(p.id)) policies.set(p.id, p.displayName);
	const users = new Map<string, string>();
	const input = assessment.input.users;
	if (input.status === 'read') for (const u of input.value) users.set(u.id, u.userPrincipalName ?? u.id);
	for (const a of assessment.admins.admins) users.set(a.id, a.userPrincipalName);
	const groups = new Map<string, string>();
	for (const a of assessment.admins.admins) {
		for (const r of a.roles) if (r.groupId && r.groupName) groups.set(r.groupId, r.groupName);
	}
	return {policies, users, groups};
}

const SIMPLE_GAP: Readonly<Record<string, MessageKey>> = {
	includeUsers: 'stepSummary.gapIncludeUsers',
	excludeGuestsOrExternalUsers: 'stepSummary.gapExcludeGuests',
	includeApplications: 'stepSummary.gapIncludeApplications',
	clientAppTypes: 'stepSummary.gapClientAppTypes',
	platforms: 'stepSummary.gapPlatforms',
	locations: 'stepSummary.gapLocations',
	devices: 'stepSummary.gapDevices',
	signInRiskLevels: 'stepSummary.gapRiskLevels',
	userRiskLevels: 'stepSummary.gapRiskLevels',
	servicePrincipalRiskLevels: 'stepSummary.gapRiskLevels',
	authenticationFlows: 'stepSummary.gapAuthenticationFlows',
	includeUserActions: 'stepSummary.gapUserActions',
	grantAlternatives: 'stepSummary.gapGrantAlternatives',
};

function gapText(gap: string, names: Names, t: Translator): string {
	const colon = gap.indexOf(':');
	const name = colon < 0 ? gap : gap.slice(0, colon);
	const value = colon < 0 ? '' : gap.slice(colon + 1);
	switch (name) {
		case 'excludeUsers':
			return t('stepSummary.gapExcludeUser', {user: names.users.get(value) ?? value});
		case 'excludeGroups':
			return t('stepSummary.gapExcludeGroup', {group: names.groups.get(value) ?? value});
		case 'excludeRoles':
			return t('stepSummary.gapExcludeRole', {role: roleDisplayName(value) ?? value});
		case 'includeRoles':
			return t('stepSummary.gapIncludeRole', {role: roleDisplayName(value) ?? value});
		case 'excludeApplications':
			return t('stepSummary.gapExcludeApp', {
				app: FIRST_PARTY_APPS.find(a => a.appId.toLowerCase() === value.toLowerCase())?.name ?? value,
			});
		default: {
			const key = SIMPLE_GAP[name];
			return key ? t(key) : gap;
		}
	}
}

/** One reason string in words. Unknown shapes are shown as they are. */
export function describeReason(
	reason: string,
	names: Names,
	t: Translator,
	/** Whom the verdict counts: per-user MFA coverage is "of N admins" in the admins verdict. */
	counted: 'users' | 'admins' = 'users',
): string {
	if (reason === 'securityDefaults:on') return t('stepSummary.reasonSecurityDefaults');
	if (reason.startsWith('perUserMfa:')) {
		const [covered, total] = reason.slice('perUserMfa:'.length).split('/');
		return t(counted === 'admins' ? 'stepSummary.reasonPerUserAdmins' : 'stepSummary.reasonPerUser', {
			covered: covered ?? '?',
			total: total ?? '?',
		});
	}
	if (reason.startsWith('unreadable:')) {
		return t('stepSummary.reasonUnreadable', {what: unreadableName(reason.slice('unreadable:'.length), t)});
	}
	const ca = /^ca:([^:]+):(.+)$/.exec(reason);
	if (ca) {
		const policy = names.policies.get(ca[1]!) ?? ca[1]!;
		const rest = ca[2]!;
		if (rest === 'enforces') return t('stepSummary.reasonEnforces', {policy});
		if (rest === 'state:enabledForReportingButNotEnforced') return t('stepSummary.reasonReportOnly', {policy});
		return t('stepSummary.reasonGap', {policy, gap: gapText(rest, names, t)});
	}
	return reason;
}
