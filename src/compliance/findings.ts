/**
 * REPORT.md's findings table: stable ids, a severity, the wizard step that deals with it, localized title and detail,
 * a count and the subjects (sorted by UPN lower-cased, then UTF-16; ids and entry names sort the same way).
 * Findings come in the table's order; each appears whenever its condition holds.
 *
 * `count` is the number the condition is about (users, accounts, policies, attempts); `null` when that number could
 * not be computed or the finding has none (a verdict, a missing declaration).
 */
import type {Translator} from '../i18n/index.js';
import type {CoverageItem, Finding, FindingSeverity} from '../report/types.js';
import type {StepId} from '../wizard/step-ids.js';
import {type BreakGlassCheck, failedChecks} from './break-glass.js';
import {sortUpns} from './order.js';
import type {Candidate, VerdictResult} from './verdicts.js';

export type VerdictKey = 'mfaAllUsers' | 'mfaAdmins' | 'legacyAuthBlocked';

export interface FindingsInput {
	readonly verdicts: Readonly<Record<VerdictKey, VerdictResult>>;
	/** The counted policies of each verdict's kind with their gaps in its view. */
	readonly candidates: Readonly<Record<VerdictKey, readonly Candidate[]>>;
	readonly windowDays: number;
	readonly legacy: {
		readonly users: number | null;
		readonly failedOnlyAttempts: number | null;
		readonly subjects: readonly string[];
		readonly failedOnlyUsers: readonly string[];
	};
	readonly automation: {readonly complete: boolean; readonly subjects: readonly string[]};
	readonly registration: {
		readonly enabledMembers: number | null;
		readonly admins: number | null;
		readonly mfaNotRegistered: number | null;
		readonly adminsMfaNotRegistered: number | null;
		readonly notRegistered: readonly string[];
		readonly adminsNotRegistered: readonly string[];
	};
	readonly breakGlass: {readonly declared: readonly string[]; readonly checks: readonly BreakGlassCheck[]};
	readonly risk: {
		readonly riskyUsers: number | null;
		readonly confirmedCompromised: number | null;
		readonly leakedCredentials: number | null;
		readonly riskySubjects: readonly string[];
		readonly leakedSubjects: readonly string[];
	};
	readonly entraIdP1: boolean | null;
	/** Ids of enabled and report-only policies. */
	readonly countedPolicyIds: readonly string[];
	readonly coverage: Readonly<Record<string, CoverageItem>>;
}

function finding(
	id: string,
	severity: FindingSeverity,
	step: StepId,
	title: string,
	detail: string,
	count: number | null,
	subjects: Iterable<string> = [],
): Finding {
	return {id, severity, step, title, detail, count, subjects: sortUpns(subjects)};
}

const GAP_REASON = /^ca:[^:]+:(?!enforces$)(?!state:)/;

function sentences(parts: readonly string[]): string {
	return parts.filter(p => p.length > 0).join(' ');
}

export function unreadableName(what: string, t: Translator): string {
	switch (what) {
		case 'securityDefaults':
			return t('findings.unreadableSecurityDefaults');
		case 'conditionalAccess':
			return t('findings.unreadableConditionalAccess');
		default:
			return t('findings.unreadablePerUserMfa');
	}
}

function verdictDetail(key: VerdictKey, v: VerdictResult, t: Translator): string {
	const gapCount = v.reasons.filter(r => GAP_REASON.test(r)).length;
	const perUser = v.reasons
		.find(r => r.startsWith('perUserMfa:'))
		?.slice('perUserMfa:'.length)
		.split('/');
	const extra = [
		gapCount > 0 ? t('findings.gapsSentence', {gaps: gapCount}) : '',
		perUser ? t('findings.perUserSentence', {covered: Number(perUser[0]), total: Number(perUser[1])}) : '',
	];
	const texts = {
		mfaAllUsers: ['findings.mfaAllUsersReportOnly', 'findings.mfaAllUsersPartial', 'findings.mfaAllUsersNone'],
		mfaAdmins: ['findings.mfaAdminsReportOnly', 'findings.mfaAdminsPartial', 'findings.mfaAdminsNone'],
		legacyAuthBlocked: ['findings.legacyReportOnly', 'findings.legacyPartial', 'findings.legacyNone'],
	} as const;
	const [reportOnly, partial, none] = texts[key];
	switch (v.verdict) {
		case 'reportOnly':
			return sentences([t(reportOnly), ...extra]);
		case 'partial':
			return sentences([t(partial), ...extra]);
		case 'none':
			return sentences([t(none), v.reasons.length > 0 ? t('findings.reportOnlyGapsSentence') : '']);
		default: {
			const what = t('findings.listJoin', {
				items: v.reasons.map(r => unreadableName(r.slice('unreadable:'.length), t)),
			});
			if (key === 'mfaAllUsers') return t('findings.mfaAllUsersUnknown', {what});
			if (key === 'mfaAdmins') return t('findings.mfaAdminsUnknown', {what});
			return t('findings.legacyUnknown', {what});
		}
	}
}

export function coverageName(name: string, t: Translator): string {
	switch (name) {
		case 'policies':
			return t('findings.coveragePolicies');
		case 'signInLogs':
			return t('findings.coverageSignInLogs');
		case 'registration':
			return t('findings.coverageRegistration');
		case 'perUserMfa':
			return t('findings.coveragePerUserMfa');
		case 'risk':
			return t('findings.coverageRisk');
		case 'usageReports':
			return t('findings.coverageUsageReports');
		case 'securityDefaults':
			return t('findings.coverageSecurityDefaults');
		case 'licences':
			return t('findings.coverageLicences');
		case 'directory':
			return t('findings.coverageDirectory');
		case 'roleEligibility':
			return t('findings.coverageRoleEligibility');
		default:
			return name;
	}
}

export function reasonText(reason: string | undefined, t: Translator): string {
	switch (reason) {
		case 'licence':
			return t('findings.reasonLicence');
		case 'permission':
			return t('findings.reasonPermission');
		case 'throttled':
			return t('findings.reasonThrottled');
		case 'notRead':
			return t('findings.reasonNotRead');
		case 'error':
		case undefined:
			return t('findings.reasonError');
		default:
			return t('findings.reasonOther', {reason});
	}
}

function checkText(name: ReturnType<typeof failedChecks>[number], t: Translator): string {
	switch (name) {
		case 'exists':
			return t('findings.checkExists');
		case 'enabled':
			return t('findings.checkEnabled');
		case 'cloudOnly':
			return t('findings.checkCloudOnly');
		case 'globalAdmin':
			return t('findings.checkGlobalAdmin');
		default:
			return t('findings.checkExcludedFromAllBlockingPolicies');
	}
}

export function buildFindings(input: FindingsInput, t: Translator): Finding[] {
	const out: Finding[] = [];
	const {verdicts, candidates} = input;

	const verdictFindings: [
		VerdictKey,
		string,
		'findings.mfaNotEnforcedTitle' | 'findings.mfaAdminsNotEnforcedTitle' | 'findings.legacyAuthNotBlockedTitle',
	][] = [
		['mfaAllUsers', 'mfa-not-enforced', 'findings.mfaNotEnforcedTitle'],
		['mfaAdmins', 'mfa-admins-not-enforced', 'findings.mfaAdminsNotEnforcedTitle'],
		['legacyAuthBlocked', 'legacy-auth-not-blocked', 'findings.legacyAuthNotBlockedTitle'],
	];
	for (const [key, id, title] of verdictFindings) {
		const v = verdicts[key];
		if (v.verdict !== 'enforced') out.push(finding(id, 'high', 'enforce', t(title), verdictDetail(key, v, t), null));
	}

	const keys: VerdictKey[] = ['mfaAllUsers', 'mfaAdmins', 'legacyAuthBlocked'];
	const reportOnly = new Set<string>();
	const withGaps = new Set<string>();
	for (const key of keys) {
		const verdict = verdicts[key].verdict;
		for (const c of candidates[key]) {
			if (verdict === 'reportOnly' && c.state === 'enabledForReportingButNotEnforced' && c.gaps.length === 0) {
				reportOnly.add(c.id);
			}
			if (verdict !== 'enforced' && c.state === 'enabled' && c.gaps.length > 0) withGaps.add(c.id);
		}
	}
	if (reportOnly.size > 0) {
		out.push(
			finding(
				'policy-report-only',
				'medium',
				'enforce',
				t('findings.policyReportOnlyTitle'),
				t('findings.policyReportOnlyDetail', {count: reportOnly.size}),
				reportOnly.size,
				reportOnly,
			),
		);
	}
	if (withGaps.size > 0) {
		out.push(
			finding(
				'policy-gaps',
				'medium',
				'enforce',
				t('findings.policyGapsTitle'),
				t('findings.policyGapsDetail', {count: withGaps.size}),
				withGaps.size,
				withGaps,
			),
		);
	}

	const legacy = input.legacy;
	if ((legacy.users ?? 0) > 0 || (legacy.users === null && legacy.subjects.length > 0)) {
		const known = legacy.users !== null;
		out.push(
			finding(
				'legacy-auth-in-use',
				'high',
				'legacy-auth',
				t('findings.legacyAuthInUseTitle'),
				t('findings.legacyAuthInUseDetail', {
					users: legacy.users ?? legacy.subjects.length,
					atLeast: !known,
					days: input.windowDays,
				}),
				legacy.users,
				legacy.subjects,
			),
		);
	}
	if ((legacy.failedOnlyAttempts ?? 0) > 0) {
		out.push(
			finding(
				'legacy-auth-failed-attempts',
				'medium',
				'legacy-auth',
				t('findings.legacyAuthFailedAttemptsTitle'),
				t('findings.legacyAuthFailedAttemptsDetail', {
					attempts: legacy.failedOnlyAttempts ?? 0,
					users: legacy.failedOnlyUsers.length,
					days: input.windowDays,
				}),
				legacy.failedOnlyAttempts,
				legacy.failedOnlyUsers,
			),
		);
	}

	const automation = input.automation;
	if (automation.subjects.length > 0) {
		out.push(
			finding(
				'automation-accounts',
				'high',
				'automation',
				t('findings.automationAccountsTitle'),
				t('findings.automationAccountsDetail', {count: automation.subjects.length, complete: automation.complete}),
				automation.complete ? automation.subjects.length : null,
				automation.subjects,
			),
		);
	}

	const reg = input.registration;
	if ((reg.mfaNotRegistered ?? 0) > 0) {
		out.push(
			finding(
				'users-not-mfa-registered',
				'medium',
				'mobile',
				t('findings.usersNotMfaRegisteredTitle'),
				t('findings.usersNotMfaRegisteredDetail', {count: reg.mfaNotRegistered ?? 0, total: reg.enabledMembers ?? 0}),
				reg.mfaNotRegistered,
				reg.notRegistered,
			),
		);
	}
	if ((reg.adminsMfaNotRegistered ?? 0) > 0) {
		out.push(
			finding(
				'admins-not-mfa-registered',
				'high',
				'sspr',
				t('findings.adminsNotMfaRegisteredTitle'),
				t('findings.adminsNotMfaRegisteredDetail', {count: reg.adminsMfaNotRegistered ?? 0, total: reg.admins ?? 0}),
				reg.adminsMfaNotRegistered,
				reg.adminsNotRegistered,
			),
		);
	}

	const bg = input.breakGlass;
	if (bg.declared.length === 0) {
		out.push(
			finding(
				'break-glass-not-declared',
				'high',
				'enforce',
				t('findings.breakGlassNotDeclaredTitle'),
				t('findings.breakGlassNotDeclaredDetail'),
				null,
			),
		);
	}
	const failing = bg.checks.filter(c => failedChecks(c).length > 0);
	if (failing.length > 0) {
		const failures = failing
			.map(c =>
				t('findings.breakGlassFailure', {
					account: c.account,
					checks: failedChecks(c)
						.map(name => checkText(name, t))
						.join(', '),
				}),
			)
			.join('; ');
		out.push(
			finding(
				'break-glass-check-failed',
				'high',
				'enforce',
				t('findings.breakGlassCheckFailedTitle'),
				t('findings.breakGlassCheckFailedDetail', {failures}),
				failing.length,
				failing.map(c => c.account),
			),
		);
	}

	const risk = input.risk;
	if ((risk.riskyUsers ?? 0) > 0) {
		out.push(
			finding(
				'risky-users',
				'high',
				'recovery',
				t('findings.riskyUsersTitle'),
				t('findings.riskyUsersDetail', {count: risk.riskyUsers ?? 0, confirmed: risk.confirmedCompromised}),
				risk.riskyUsers,
				risk.riskySubjects,
			),
		);
	}
	if ((risk.leakedCredentials ?? 0) > 0) {
		out.push(
			finding(
				'leaked-credentials',
				'high',
				'recovery',
				t('findings.leakedCredentialsTitle'),
				t('findings.leakedCredentialsDetail', {count: risk.leakedCredentials ?? 0}),
				risk.leakedCredentials,
				risk.leakedSubjects,
			),
		);
	}

	if (input.entraIdP1 === false && input.countedPolicyIds.length > 0) {
		out.push(
			finding(
				'ca-without-licence',
				'medium',
				'profile',
				t('findings.caWithoutLicenceTitle'),
				t('findings.caWithoutLicenceDetail', {count: input.countedPolicyIds.length}),
				input.countedPolicyIds.length,
				input.countedPolicyIds,
			),
		);
	}

	const unavailable = Object.entries(input.coverage).filter(([, item]) => item.status === 'unavailable');
	if (unavailable.length > 0) {
		const items = t('findings.listJoin', {
			items: unavailable.map(([name, item]) =>
				t('findings.dataUnavailableItem', {name: coverageName(name, t), reason: reasonText(item.reason, t)}),
			),
		});
		out.push(
			finding(
				'data-unavailable',
				'medium',
				'profile',
				t('findings.dataUnavailableTitle'),
				t('findings.dataUnavailableDetail', {items}),
				unavailable.length,
				unavailable.map(([name]) => name),
			),
		);
	}
	return out;
}
