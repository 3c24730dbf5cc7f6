/**
 * The enforce step's plan: pure, and a function of the *target* (the findings and the recorded decisions), never of
 * how far a previous run got. Every change needed to reach the target is listed every time; each finds its own effect,
 * so the runner sends only what is missing and settles what a killed run left half-done.
 *
 * Order (GRAPH.md §5 "Order for a migration"):
 * - emergency-access account (create, then Global Administrator once it exists);
 * - Conditional Access: create the policies in report-only (or reuse an equivalent, limiting its exclusions to the
 *   break-glass accounts); then, once the admin switches them on and the lockout guard's break-glass checks pass,
 *   security defaults off (if they were on) and each policy on;
 * - security defaults: with enabled CA policies the path is refused unless the admin chose to switch, in which case
 *   those policies go to report-only first, then security defaults on.
 */
import type {Change} from '../../changes/change.js';
import {EMERGENCY_ACCESS} from '../../knowledge/enforcement.js';
import type {Answers, StepContext} from '../types.js';
import {msg} from '../types.js';
import {type Analysis, accountStatus, analyse, projectEnabled} from './analysis.js';
import {
	assignGlobalAdminChange,
	createAccountChange,
	createPolicyChange,
	policyStateChange,
	scopePolicyChange,
	securityDefaultsChange,
} from './changes.js';
import type {EnforceFindings} from './findings.js';
import {breakGlassChecks} from './guard.js';
import {generatePassword} from './password.js';
import {policyShape, REPORT_ONLY} from './policies.js';

export interface PlanOptions {
	/** Password source for a new emergency-access account (tests pass a fixed one). */
	readonly password?: () => string;
}

/** A free UPN for a new emergency-access account on the tenant's initial (`*.onmicrosoft.com`) domain. */
export function suggestAccountUpn(findings: EnforceFindings): string | undefined {
	const domain = findings.tenant.initialDomain ?? findings.tenant.defaultDomain;
	if (!domain) return undefined;
	const users = findings.input.users.status === 'read' ? findings.input.users.value : [];
	const taken = new Set(users.map(u => u.userPrincipalName.toLowerCase()));
	for (let n = 1; n < 100; n++) {
		const upn = `${EMERGENCY_ACCESS.localPart}${n === 1 ? '' : String(n).padStart(2, '0')}@${domain}`;
		if (!taken.has(upn.toLowerCase())) return upn;
	}
	return undefined;
}

function accountChanges(
	findings: EnforceFindings,
	analysis: Analysis,
	ctx: StepContext,
	options: PlanOptions,
): Change[] {
	const upn = analysis.answers.createBreakGlass;
	if (!upn) return [];
	const password = (options.password ?? generatePassword)();
	// Known to the Graph layer's redactor before anything is built with it: never in a log line, even with --verbose.
	ctx.graph.redactor.add(password);
	const local = upn.split('@')[0] ?? upn;
	const changes: Change[] = [
		createAccountChange({
			userPrincipalName: upn,
			displayName: EMERGENCY_ACCESS.displayName,
			mailNickname: local.replace(/[^A-Za-z0-9._-]/g, ''),
			password,
		}),
	];
	const status = accountStatus(findings, analysis.directory, upn);
	if (status.user) changes.push(assignGlobalAdminChange(status.user.id, status.user.userPrincipalName));
	return changes;
}

/** The emergency-access account's changes alone: the view applies them before any policy (which must exclude it). */
export function planAccount(
	findings: EnforceFindings,
	answers: Answers,
	ctx: StepContext,
	options: PlanOptions = {},
): Change[] {
	return accountChanges(findings, analyse(findings, ctx.breakGlass, answers), ctx, options);
}

/** Security defaults: refused while CA policies are on, unless the admin chose to move them to report-only. */
export function securityDefaultsConflicts(analysis: Analysis, findings: EnforceFindings): string[] {
	const ids = new Set([...analysis.enabledPolicies.map(p => p.id), ...analysis.answers.switchPolicyIds]);
	return [...ids].filter(id => (findings.policies ?? []).some(p => p.id === id));
}

function securityDefaultsPlan(analysis: Analysis, findings: EnforceFindings): Change[] {
	const conflicts = securityDefaultsConflicts(analysis, findings);
	const enabledNow = analysis.enabledPolicies.length > 0;
	if (enabledNow && !analysis.answers.switchFromCa) return [];
	const moves = conflicts.map(id =>
		policyStateChange(undefined, (findings.policies ?? []).find(p => p.id === id)!, REPORT_ONLY),
	);
	return [...moves, securityDefaultsChange(true)];
}

/** Every policy of the rollout exists and the break-glass checks pass for switching them on. */
export function canEnable(analysis: Analysis): boolean {
	if (!analysis.keys.every(k => analysis.slots[k].policy)) return false;
	return breakGlassChecks(analysis, projectEnabled(analysis)).every(c => c.ok);
}

function conditionalAccessPlan(analysis: Analysis, findings: EnforceFindings): Change[] {
	if (findings.p1 === false) return [];
	const changes: Change[] = [];
	const count = analysis.breakGlassIds.length;
	for (const key of analysis.keys) {
		const slot = analysis.slots[key];
		if (!slot.policy || slot.origin === 'ours') changes.push(createPolicyChange(key, analysis.breakGlassIds));
		if (slot.policy && slot.origin) {
			const restore = slot.origin === 'ours' ? policyShape(key, analysis.breakGlassIds) : undefined;
			changes.push(scopePolicyChange(key, slot.policy, slot.targetUsers, slot.origin, restore, count));
		}
	}
	if (analysis.answers.enable && canEnable(analysis)) {
		if (findings.securityDefaults === true || analysis.answers.switchFromSecurityDefaults) {
			changes.push(securityDefaultsChange(false));
		}
		const consequence = msg('stepEnforce.consequenceRollout', {
			count: analysis.keys.length,
			accounts: analysis.breakGlassIds.length,
			risk: analysis.keys.includes('userRisk') ? 1 : 0,
		});
		for (const key of analysis.keys) {
			changes.push(policyStateChange(key, analysis.slots[key].policy!, 'enabled', consequence));
		}
	}
	return changes;
}

export function planEnforce(
	findings: EnforceFindings,
	answers: Answers,
	ctx: StepContext,
	options: PlanOptions = {},
): Change[] {
	const analysis = analyse(findings, ctx.breakGlass, answers);
	const changes = accountChanges(findings, analysis, ctx, options);
	if (analysis.path === 'securityDefaults') changes.push(...securityDefaultsPlan(analysis, findings));
	else if (analysis.path === 'conditionalAccess') changes.push(...conditionalAccessPlan(analysis, findings));
	return changes;
}
