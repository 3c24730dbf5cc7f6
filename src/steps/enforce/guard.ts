/**
 * The lockout guard (PRODUCT.md step 6, issue 7): before anything that blocks or challenges users is switched on,
 * every check must pass, or the step refuses and says why.
 *
 * - `breakGlassDeclared`: at least one emergency-access account is declared;
 * - `breakGlassReady`: one of them exists, is enabled, cloud-only and holds Global Administrator;
 * - `breakGlassExcluded`: one ready account is excluded from every policy being switched on;
 * - `adminMfa`: the signed-in admin has registered MFA, or has just completed MFA in this session;
 * - `openItems`: nothing of steps 2 (legacy authentication) and 5 (automation) is unresolved — each item is listed
 *   with what will break.
 * `--i-understand-lockout-risk` lets the admin past the last two only: an emergency account is never optional.
 * The Exchange Online PowerShell note (the 2019 known issue and what is true today) is always shown.
 */
import type {SignedInAdmin} from '../../assessment/types.js';
import type {Msg} from '../../changes/change.js';
import type {MessageKey} from '../../i18n/index.js';
import {EXO_V3} from '../../knowledge/enforcement.js';
import type {OpenItem} from '../types.js';
import {msg} from '../types.js';
import type {Analysis} from './analysis.js';
import {asModel, type RawCaPolicy} from './policies.js';

export const GUARD_CHECKS = [
	'breakGlassDeclared',
	'breakGlassReady',
	'breakGlassExcluded',
	'adminMfa',
	'openItems',
] as const;
export type GuardCheckId = (typeof GUARD_CHECKS)[number];

const ACCOUNT_PROBLEM = {
	missing: 'stepEnforce.guardAccountMissing',
	unknown: 'stepEnforce.guardAccountUnknown',
	disabled: 'stepEnforce.guardAccountDisabled',
	synced: 'stepEnforce.guardAccountSynced',
	notGlobalAdmin: 'stepEnforce.guardAccountNotGlobalAdmin',
} as const satisfies Record<string, MessageKey>;

const OVERRIDABLE: ReadonlySet<GuardCheckId> = new Set(['adminMfa', 'openItems']);

export interface GuardCheck {
	readonly id: GuardCheckId;
	readonly ok: boolean;
	/** The flag can let the admin past it. */
	readonly overridable: boolean;
	/** Why it failed (or, for a pass, what it found), one line each. */
	readonly details: readonly Msg[];
	/** Passed for want of data, not on evidence (steps not in this build): shown as "?". */
	readonly unknown?: boolean;
}

export interface GuardInput {
	readonly analysis: Analysis;
	/** What is about to be switched on, as it will be (projectEnabled); empty on the security-defaults path. */
	readonly enabling: readonly RawCaPolicy[];
	/** The admin running the tool, as the assessment read them (MFA registration). */
	readonly signedIn: SignedInAdmin | null;
	/** The signed-in admin completed MFA in this session (a sign-in of theirs with MFA since it began); null: unknown. */
	readonly sessionMfa: boolean | null;
	/** Open items of steps 2 and 5 (engine.openItems()). */
	readonly openItems: readonly OpenItem[];
	readonly acceptLockoutRisk: boolean;
	/** Steps 2 and 5 have no module in this build: their items cannot be known. */
	readonly unknownSteps?: readonly string[];
}

export interface GuardResult {
	readonly checks: readonly GuardCheck[];
	/** Every check passes, or only overridable ones fail and the admin accepted the risk. */
	readonly passes: boolean;
	/** Failing checks the flag let through. */
	readonly overridden: readonly GuardCheckId[];
	readonly notes: readonly Msg[];
}

function excludedFrom(policy: RawCaPolicy, userId: string, analysis: Analysis): boolean {
	const users = asModel(policy).conditions.users ?? {};
	if ((users.excludeUsers ?? []).includes(userId)) return true;
	return (users.excludeGroups ?? []).some(g => analysis.directory.groupMembers(g)?.includes(userId) === true);
}

/** The break-glass part alone (never overridable): also used by `plan`, which has no open items to look at. */
export function breakGlassChecks(analysis: Analysis, enabling: readonly RawCaPolicy[]): GuardCheck[] {
	const {accounts} = analysis;
	const declared: GuardCheck = {
		id: 'breakGlassDeclared',
		ok: accounts.length > 0,
		overridable: false,
		details: accounts.length > 0 ? accounts.map(a => msg('stepEnforce.guardDeclared', {account: a.entry})) : [],
	};
	const ready = accounts.filter(a => a.ready);
	const readyCheck: GuardCheck = {
		id: 'breakGlassReady',
		ok: ready.length > 0,
		overridable: false,
		details: accounts.flatMap(a => {
			if (a.ready) return [msg('stepEnforce.guardAccountReady', {account: a.entry})];
			const problems: (keyof typeof ACCOUNT_PROBLEM)[] = [];
			if (a.exists === false) problems.push('missing');
			else if (a.exists === null) problems.push('unknown');
			else {
				if (a.enabled === false) problems.push('disabled');
				if (a.cloudOnly === false) problems.push('synced');
				if (a.globalAdmin === false) problems.push('notGlobalAdmin');
				if (a.globalAdmin === null || a.enabled === null) problems.push('unknown');
			}
			return problems.map(p => msg(ACCOUNT_PROBLEM[p], {account: a.entry}));
		}),
	};
	const lockedBy = (userId: string) => enabling.filter(p => !excludedFrom(p, userId, analysis));
	const safe = ready.filter(a => a.user && lockedBy(a.user.id).length === 0);
	const excluded: GuardCheck = {
		id: 'breakGlassExcluded',
		ok: enabling.length === 0 ? ready.length > 0 : safe.length > 0,
		overridable: false,
		details: ready.flatMap(a =>
			lockedBy(a.user!.id).map(p => msg('stepEnforce.guardNotExcluded', {account: a.entry, name: p.displayName})),
		),
	};
	return [declared, readyCheck, excluded];
}

export function lockoutGuard(input: GuardInput): GuardResult {
	const {analysis} = input;
	const checks: GuardCheck[] = breakGlassChecks(analysis, input.enabling);
	const registered = input.signedIn?.mfaRegistered ?? null;
	checks.push({
		id: 'adminMfa',
		ok: registered === true || input.sessionMfa === true,
		overridable: true,
		details:
			registered === true
				? [msg('stepEnforce.guardAdminRegistered')]
				: input.sessionMfa === true
					? [msg('stepEnforce.guardAdminSessionMfa')]
					: [msg(registered === false ? 'stepEnforce.guardAdminNotRegistered' : 'stepEnforce.guardAdminUnknown')],
	});
	const items = input.openItems.filter(i => i.step === 'legacy-auth' || i.step === 'automation');
	const unknownSteps = input.unknownSteps ?? [];
	checks.push({
		id: 'openItems',
		ok: items.length === 0,
		overridable: true,
		details: items.map(i => msg('stepEnforce.guardOpenItem', {id: i.id, step: i.step === 'legacy-auth' ? 2 : 5})),
		unknown: items.length === 0 && unknownSteps.length > 0,
	});
	const failing = checks.filter(c => !c.ok);
	const overridden = input.acceptLockoutRisk ? failing.filter(c => c.overridable).map(c => c.id) : [];
	const notes: Msg[] = [msg('stepEnforce.noteExoPowerShell', {connect: EXO_V3.connect})];
	if (analysis.path === 'securityDefaults') notes.push(msg('stepEnforce.noteSdNoExclusions'));
	for (const step of unknownSteps) notes.push(msg('stepEnforce.noteStepUnknown', {step}));
	return {checks, passes: failing.every(c => overridden.includes(c.id)), overridden, notes};
}

export {OVERRIDABLE};
