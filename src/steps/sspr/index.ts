/**
 * Step 7 — self-service password reset for admins (PRODUCT.md; the partner requirements' "Configure Self Service
 * Password Reset"): every admin, Global Administrators first, should be able to prove who they are and reset their own
 * password, so enforcing MFA or a risk block never leaves the tenant without a way back in. The step lists the admins
 * with their MFA and SSPR registration, gives the registration link, re-checks live (recheck.ts), and can turn on the
 * Authenticator registration campaign and SSPR for administrators.
 *
 * What Graph cannot do: the users' SSPR scope (None / Selected / All) has no API (GRAPH.md §10); the step says where to
 * set it instead of pretending.
 */
import type {Change} from '../../changes/change.js';
import {REGISTRATION_LINKS} from '../../knowledge/auth-methods.js';
import {roleDisplayName} from '../../knowledge/roles.js';
import type {JsonValue} from '../../wizard/reducer.js';
import {type Answers, msg, type OpenItem, type PlanSection, type StepContext, type StepModule} from '../types.js';
import {adminSsprChange, campaignChange} from './changes.js';
import {campaignIsOn, findingsFrom, isRegistered, type SsprFindings} from './model.js';

export const SSPR_ANSWERS = {
	/** Turn on the Authenticator registration campaign (boolean). */
	campaign: 'campaign',
	/** Allow SSPR for administrators (boolean). */
	adminSspr: 'adminSspr',
} as const;

/** Declared break-glass accounts that exist in the directory, by object id (excluded from the campaign). */
export function breakGlassIds(ctx: StepContext): string[] {
	const wanted = new Set(ctx.breakGlass.map(b => b.toLowerCase()));
	const users = ctx.assessment.input.users;
	const people = [...ctx.assessment.admins.admins, ...(users.status === 'read' ? users.value : [])];
	const ids = people
		.filter(u => wanted.has(u.id.toLowerCase()) || wanted.has((u.userPrincipalName ?? '').toLowerCase()))
		.map(u => u.id);
	return [...new Set(ids)];
}

function counts(f: SsprFindings) {
	const mfaKnown = f.admins.filter(a => a.mfaRegistered !== null);
	return {
		total: f.admins.length,
		mfaMissing: f.admins.filter(a => a.mfaRegistered === false).length,
		mfaUnknown: f.admins.length - mfaKnown.length,
		ssprMissing: f.admins.filter(a => a.ssprRegistered === false && !a.isBreakGlass).length,
		ssprUnknown: f.admins.filter(a => a.ssprRegistered === null).length,
		done: f.admins.filter(isRegistered).length,
	};
}

function roleNames(roles: readonly string[]): string {
	return roles.map(r => roleDisplayName(r) ?? r).join(', ');
}

export const ssprStep: StepModule<SsprFindings> = {
	id: 'sspr',
	readScopes: ['AuditLog.Read.All', 'UserAuthenticationMethod.Read.All'],
	writeScopes: ['Policy.ReadWrite.AuthenticationMethod', 'Policy.ReadWrite.Authorization'],

	async assess(ctx) {
		return findingsFrom(ctx.assessment, ctx.breakGlass);
	},

	summarize(f): JsonValue {
		const c = counts(f);
		return {
			admins: c.total,
			mfaNotRegistered: c.mfaMissing,
			ssprNotRegistered: c.ssprMissing,
			registered: c.done,
			source: f.source,
			adminSsprAllowed: f.adminSsprAllowed,
			campaign: f.campaign?.state ?? null,
		};
	},

	recommend(f): Answers {
		const needsCampaign = !campaignIsOn(f.campaign) && f.campaign !== null && f.usersNotRegistered !== 0;
		return {
			[SSPR_ANSWERS.campaign]: needsCampaign,
			[SSPR_ANSWERS.adminSspr]: f.adminSsprAllowed === false,
		};
	},

	plan(f, answers, ctx): readonly Change[] {
		const changes: Change[] = [];
		if (answers[SSPR_ANSWERS.campaign] === true && f.campaign !== null && !campaignIsOn(f.campaign)) {
			changes.push(campaignChange(breakGlassIds(ctx)));
		}
		if (answers[SSPR_ANSWERS.adminSspr] === true && f.adminSsprAllowed === false) changes.push(adminSsprChange());
		return changes;
	},

	open(f, answers): readonly OpenItem[] {
		const items: OpenItem[] = [];
		for (const admin of f.admins) {
			if (admin.mfaRegistered === false) {
				items.push({
					step: 'sspr',
					id: `mfa:${admin.userPrincipalName}`,
					text: msg('stepSspr.openMfa', {upn: admin.userPrincipalName, roles: roleNames(admin.roles)}),
					breaks: msg('stepSspr.openMfaBreaks'),
					severity: admin.isGlobalAdmin ? 'high' : 'medium',
				});
			} else if (admin.ssprRegistered === false && !admin.isBreakGlass) {
				items.push({
					step: 'sspr',
					id: `sspr:${admin.userPrincipalName}`,
					text: msg('stepSspr.openSspr', {upn: admin.userPrincipalName}),
					severity: admin.isGlobalAdmin ? 'medium' : 'low',
				});
			}
		}
		if (f.source !== 'registrationDetails' && f.admins.length > 0) {
			items.push({step: 'sspr', id: 'sspr-unknown', text: msg('stepSspr.openSsprUnknown'), severity: 'low'});
		}
		if (f.adminSsprAllowed === false && answers[SSPR_ANSWERS.adminSspr] !== true) {
			items.push({step: 'sspr', id: 'admin-sspr-off', text: msg('stepSspr.openAdminSsprOff'), severity: 'medium'});
		}
		return items;
	},

	describe(f, answers, ctx): PlanSection {
		const {t} = ctx;
		const c = counts(f);
		const findings = [
			t('stepSspr.describeAdmins', {total: c.total, done: c.done, mfaMissing: c.mfaMissing}),
			...f.admins
				.filter(a => !isRegistered(a))
				.map(a =>
					t('stepSspr.describeAdmin', {
						upn: a.userPrincipalName,
						roles: roleNames(a.roles),
						mfa: registrationWord(a.mfaRegistered, t),
						sspr: registrationWord(a.ssprRegistered, t),
					}),
				),
			f.adminSsprAllowed === null
				? t('stepSspr.adminSsprUnknown')
				: f.adminSsprAllowed
					? t('stepSspr.adminSsprOn')
					: t('stepSspr.adminSsprOff'),
			t(sourceKey(f)),
		];
		const yesNo = (value: unknown) => (value === true ? t('common.yes') : t('common.no'));
		return {
			step: 'sspr',
			findings,
			decisions: [
				{question: t('stepSspr.questionCampaign'), answer: yesNo(answers[SSPR_ANSWERS.campaign])},
				...(f.adminSsprAllowed === false
					? [{question: t('stepSspr.questionAdminSspr'), answer: yesNo(answers[SSPR_ANSWERS.adminSspr])}]
					: []),
			],
			notes: [
				t('stepSspr.linkLine', {sspr: REGISTRATION_LINKS.ssprSetup, info: REGISTRATION_LINKS.securityInfo}),
				t('stepSspr.userScopeNote'),
			],
		};
	},
};

export function registrationWord(value: boolean | null, t: StepContext['t']): string {
	return value === null ? t('common.unknown') : value ? t('common.yes') : t('common.no');
}

export function sourceKey(
	f: SsprFindings,
): 'stepSspr.sourceDetails' | 'stepSspr.sourceMethods' | 'stepSspr.sourceUnavailable' {
	return f.source === 'registrationDetails'
		? 'stepSspr.sourceDetails'
		: f.source === 'perUserMethods'
			? 'stepSspr.sourceMethods'
			: 'stepSspr.sourceUnavailable';
}
