/**
 * Step 6 — enforce MFA for everyone without locking anyone out (PRODUCT.md step 6, issue 7). The step module:
 * findings (findings.ts), plan (plan.ts), open items, the plan document's section. The lockout guard (guard.ts) and
 * the report-only impact read (impact.ts) are driven by the view, which also runs the rounds in order: emergency
 * account → report-only policies → impact → guard → switch on.
 */
import {EXO_V3, MIN_REPORT_ONLY_DAYS, SECURITY_DEFAULTS_SOURCE} from '../../knowledge/enforcement.js';
import type {JsonValue} from '../../wizard/reducer.js';
import type {Answers, OpenItem, PlanSection, StepContext, StepModule} from '../types.js';
import {msg} from '../types.js';
import {type Analysis, analyse, projectEnabled} from './analysis.js';
import {readAnswers} from './answers.js';
import {assessEnforce, type EnforceFindings} from './findings.js';
import {breakGlassChecks} from './guard.js';
import {canEnable, planEnforce, securityDefaultsConflicts, suggestAccountUpn} from './plan.js';
import {markerOf, POLICY_TITLES} from './policies.js';

export const ENFORCE_READ_SCOPES = [
	'Policy.Read.All',
	'AuditLog.Read.All',
	'User.Read.All',
	'RoleManagement.Read.Directory',
	'GroupMember.Read.All',
] as const;

export const ENFORCE_WRITE_SCOPES = [
	'Policy.ReadWrite.ConditionalAccess',
	'Policy.Read.All',
	'Application.Read.All',
	'Policy.ReadWrite.SecurityDefaults',
	'User.ReadWrite.All',
	'RoleManagement.ReadWrite.Directory',
] as const;

function analysisOf(findings: EnforceFindings, answers: Answers, ctx: StepContext): Analysis {
	return analyse(findings, ctx.breakGlass, answers);
}

function recommend(findings: EnforceFindings, ctx: StepContext): Answers {
	const analysis = analysisOf(findings, {}, ctx);
	const answers: Record<string, JsonValue> = {
		path: analysis.recommended,
		userRiskPolicy: findings.p2 === true,
		enable: false,
	};
	// Only when nothing is declared and nothing even looks like an emergency account: never guess one.
	if (analysis.accounts.length === 0 && findings.admins.breakGlassCandidates.length === 0) {
		const upn = suggestAccountUpn(findings);
		if (upn) answers.createBreakGlass = upn;
	}
	if (findings.securityDefaults === true && analysis.recommended === 'conditionalAccess') {
		answers.switchFromSecurityDefaults = true;
	}
	return answers;
}

function open(findings: EnforceFindings, answers: Answers, ctx: StepContext): OpenItem[] {
	const analysis = analysisOf(findings, answers, ctx);
	const items: OpenItem[] = [];
	if (analysis.accounts.length === 0 || !analysis.accounts.some(a => a.ready)) {
		items.push({
			step: 'enforce',
			id: 'breakGlass',
			text: msg('stepEnforce.openBreakGlass'),
			breaks: msg('stepEnforce.openBreakGlassBreaks'),
			severity: 'high',
		});
	}
	if (analysis.path === 'thirdParty') {
		if (!analysis.answers.thirdPartyAttested) {
			items.push({step: 'enforce', id: 'thirdParty', text: msg('stepEnforce.openThirdParty'), severity: 'high'});
		}
		return items;
	}
	if (analysis.path === 'securityDefaults' && findings.securityDefaults !== true) {
		items.push({
			step: 'enforce',
			id: 'securityDefaults',
			text: msg('stepEnforce.openSecurityDefaults'),
			severity: 'high',
		});
	}
	if (analysis.path === 'conditionalAccess' && analysis.stage !== 'enabled') {
		items.push({
			step: 'enforce',
			id: 'policies',
			text: msg(analysis.stage === 'reportOnly' ? 'stepEnforce.openReportOnly' : 'stepEnforce.openNoPolicies'),
			severity: 'high',
		});
	}
	return items;
}

function yesNo(ctx: StepContext, value: boolean): string {
	return ctx.t(value ? 'common.yes' : 'common.no');
}

function describe(findings: EnforceFindings, answers: Answers, ctx: StepContext): PlanSection {
	const {t} = ctx;
	const analysis = analysisOf(findings, answers, ctx);
	const lines: string[] = [];
	lines.push(
		t('stepEnforce.docSecurityDefaults', {
			state: findings.securityDefaults === null ? t('common.unknown') : yesNo(ctx, findings.securityDefaults),
		}),
	);
	lines.push(
		t('stepEnforce.docLicences', {
			p1: findings.p1 === null ? t('common.unknown') : yesNo(ctx, findings.p1),
			p2: findings.p2 === null ? t('common.unknown') : yesNo(ctx, findings.p2),
		}),
	);
	for (const key of analysis.keys) {
		const slot = analysis.slots[key];
		lines.push(
			slot.policy
				? t(slot.origin === 'ours' ? 'stepEnforce.docSlotOurs' : 'stepEnforce.docSlotReuse', {
						title: POLICY_TITLES[key],
						name: slot.policy.displayName,
						state: slot.policy.state,
					})
				: t('stepEnforce.docSlotNone', {title: POLICY_TITLES[key]}),
		);
	}
	for (const account of analysis.accounts) {
		lines.push(
			t(account.ready ? 'stepEnforce.docAccountReady' : 'stepEnforce.docAccountNotReady', {account: account.entry}),
		);
	}
	if (analysis.accounts.length === 0) lines.push(t('stepEnforce.docNoAccounts'));

	const a = readAnswers(answers);
	const decisions = [
		{question: t('stepEnforce.qPath'), answer: t(`stepEnforce.path_${analysis.path}`)},
		...(findings.p2 === true ? [{question: t('stepEnforce.qUserRisk'), answer: yesNo(ctx, a.userRiskPolicy)}] : []),
		{question: t('stepEnforce.qCreateAccount'), answer: a.createBreakGlass ?? t('common.no')},
		{question: t('stepEnforce.qEnable'), answer: yesNo(ctx, a.enable)},
	];

	const notes: string[] = [];
	if (analysis.path === 'conditionalAccess') {
		if (findings.p1 === false) notes.push(t('stepEnforce.docNoP1'));
		notes.push(t('stepEnforce.docReportOnlyFirst', {days: MIN_REPORT_ONLY_DAYS}));
		if (a.enable && !canEnable(analysis)) {
			const failing = breakGlassChecks(analysis, projectEnabled(analysis)).filter(c => !c.ok);
			notes.push(failing.length > 0 ? t('stepEnforce.docEnableRefused') : t('stepEnforce.docEnableAfterCreate'));
		}
		if (findings.securityDefaults === true) notes.push(t('stepEnforce.docSdSwitchOrder'));
	}
	if (analysis.path === 'securityDefaults') {
		notes.push(t('stepEnforce.docSdWhat', {source: SECURITY_DEFAULTS_SOURCE}));
		const conflicts = securityDefaultsConflicts(analysis, findings);
		if (analysis.enabledPolicies.length > 0 && !a.switchFromCa) {
			notes.push(
				t('stepEnforce.docSdRefused', {
					names: analysis.enabledPolicies.map(p => `“${p.displayName}”`).join(', '),
				}),
			);
		} else if (conflicts.length > 0) notes.push(t('stepEnforce.docSdSwitch', {count: conflicts.length}));
	}
	if (analysis.path === 'thirdParty') notes.push(t('stepEnforce.docThirdParty'));
	notes.push(t('stepEnforce.noteExoPowerShell', {connect: EXO_V3.connect}));
	return {step: 'enforce', findings: lines, decisions, notes};
}

function summarize(findings: EnforceFindings): JsonValue {
	const policies = findings.policies ?? [];
	const ours = policies.filter(p => markerOf(p.displayName) !== undefined);
	return {
		securityDefaults: findings.securityDefaults,
		p1: findings.p1,
		p2: findings.p2,
		policies: findings.policies === null ? null : policies.length,
		ours: ours.length,
		oursEnabled: ours.filter(p => p.state === 'enabled').length,
	};
}

export const enforceStep: StepModule<EnforceFindings> = {
	id: 'enforce',
	readScopes: ENFORCE_READ_SCOPES,
	writeScopes: ENFORCE_WRITE_SCOPES,
	assess: ctx => {
		const upn = readAnswers(ctx.answersOf('enforce')).createBreakGlass;
		return assessEnforce(ctx, upn ? [upn] : []);
	},
	summarize,
	recommend,
	plan: (findings, answers, ctx) => planEnforce(findings, answers, ctx),
	open,
	describe,
};

export type {EnforceFindings} from './findings.js';
