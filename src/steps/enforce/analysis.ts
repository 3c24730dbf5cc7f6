/**
 * The enforce step's reading of its findings for a given set of declared break-glass accounts and answers: which
 * paths exist (licence, state), which policy serves each need (this tool's, an equivalent to reuse, or none yet),
 * how each declared emergency-access account stands, and where the rollout is (nothing, report-only, switched on).
 * Pure; the view recomputes it when the admin declares an account, `plan` from the step context.
 */
import {buildDirectory, type Directory, type Tri} from '../../compliance/directory.js';
import {evaluate} from '../../compliance/evaluate.js';
import type {DirectoryUser} from '../../compliance/model.js';
import {isEnabled} from '../../compliance/policies.js';
import type {Translator} from '../../i18n/index.js';
import {ROLE} from '../../knowledge/roles.js';
import type {Answers} from '../types.js';
import {type EnforceAnswers, type EnforcePath, readAnswers} from './answers.js';
import type {EnforceFindings} from './findings.js';
import {asModel, CORE_KEYS, findSlots, type PolicyKey, type RawCaPolicy, REPORT_ONLY, type Slot} from './policies.js';

export interface AccountStatus {
	/** The declared entry as given. */
	readonly entry: string;
	/** Undefined: no such user; null: the user list could not be read. */
	readonly user: DirectoryUser | null | undefined;
	readonly exists: Tri;
	readonly enabled: Tri;
	readonly cloudOnly: Tri;
	readonly globalAdmin: Tri;
	/** From the assessment's admin list (registration details), null when unknown. */
	readonly mfaRegistered: boolean | null;
	/** Exists, is enabled, cloud-only and holds Global Administrator (all known true). */
	readonly ready: boolean;
}

export type Stage = 'none' | 'partial' | 'reportOnly' | 'enabled';

export interface Analysis {
	readonly answers: EnforceAnswers;
	readonly available: readonly EnforcePath[];
	readonly recommended: EnforcePath;
	/** The path in effect: the admin's choice, else the recommendation. */
	readonly path: EnforcePath;
	/** The policies this rollout needs (the three, plus the user-risk one with P2 when chosen). */
	readonly keys: readonly PolicyKey[];
	readonly slots: Readonly<Record<PolicyKey, Slot>>;
	readonly directory: Directory;
	readonly accounts: readonly AccountStatus[];
	/** Object ids of the declared accounts that exist: excluded from every policy this step creates or reuses. */
	readonly breakGlassIds: readonly string[];
	/** Policies switched on now (any origin): security defaults cannot be turned on while any exists. */
	readonly enabledPolicies: readonly RawCaPolicy[];
	/** Where the rollout of `keys` is. */
	readonly stage: Stage;
}

function holdsGlobalAdmin(directory: Directory, userId: string): Tri {
	const holders = directory.roleHolders(ROLE.globalAdministrator);
	return holders === null ? null : holders.has(userId);
}

export function accountStatus(findings: EnforceFindings, directory: Directory, entry: string): AccountStatus {
	const user = directory.declaredUser(entry);
	if (!user) {
		const unknown = user === null ? null : false;
		return {
			entry,
			user,
			exists: unknown,
			enabled: null,
			cloudOnly: null,
			globalAdmin: null,
			mfaRegistered: null,
			ready: false,
		};
	}
	const globalAdmin = holdsGlobalAdmin(directory, user.id);
	const cloudOnly = user.onPremisesSyncEnabled !== true;
	const admin = findings.admins.admins.find(x => x.id === user.id);
	return {
		entry,
		user,
		exists: true,
		enabled: user.accountEnabled,
		cloudOnly,
		globalAdmin,
		mfaRegistered: admin?.mfaRegistered ?? null,
		ready: user.accountEnabled && cloudOnly && globalAdmin === true,
	};
}

export function availablePaths(findings: EnforceFindings): EnforcePath[] {
	return findings.p1 === false
		? ['securityDefaults', 'thirdParty']
		: ['conditionalAccess', 'securityDefaults', 'thirdParty'];
}

/**
 * Security defaults already on: keep them (the tenant is compliant). Otherwise Conditional Access where the licence
 * allows it (exclusions for emergency access, report-only first, the risk policy), security defaults where it does not.
 */
export function recommendedPath(findings: EnforceFindings): EnforcePath {
	if (findings.securityDefaults === true) return 'securityDefaults';
	return findings.p1 === false ? 'securityDefaults' : 'conditionalAccess';
}

export function wantedKeys(findings: EnforceFindings, answers: EnforceAnswers): PolicyKey[] {
	return findings.p2 === true && answers.userRiskPolicy ? [...CORE_KEYS, 'userRisk'] : [...CORE_KEYS];
}

export function analyse(
	findings: EnforceFindings,
	breakGlass: readonly string[],
	rawAnswers: Answers,
	journaled?: ReadonlyMap<PolicyKey, string>,
): Analysis {
	const answers = readAnswers(rawAnswers);
	const directory = buildDirectory(findings.input, breakGlass);
	const accounts = directory.declared.map(entry => accountStatus(findings, directory, entry));
	const breakGlassIds = accounts.flatMap(a => (a.user ? [a.user.id] : []));
	const available = availablePaths(findings);
	const recommended = recommendedPath(findings);
	const path = answers.path && available.includes(answers.path) ? answers.path : recommended;
	const keys = wantedKeys(findings, answers);
	const policies = findings.policies ?? [];
	const slots = findSlots(policies, keys, directory, breakGlassIds, journaled);
	const wanted = keys.map(k => slots[k]);
	const existing = wanted.filter(s => s.policy);
	const stage: Stage =
		existing.length === 0
			? 'none'
			: existing.length < wanted.length
				? 'partial'
				: existing.every(s => s.policy!.state === 'enabled')
					? 'enabled'
					: 'reportOnly';
	return {
		answers,
		available,
		recommended,
		path,
		keys,
		slots,
		directory,
		accounts,
		breakGlassIds,
		enabledPolicies: policies.filter(p => isEnabled(asModel(p))),
		stage,
	};
}

/** The policies as they will be once this step's enable round is applied: scope fixed, state on. */
export function projectEnabled(analysis: Analysis): RawCaPolicy[] {
	return analysis.keys.flatMap(key => {
		const slot = analysis.slots[key];
		if (!slot.policy) return [];
		const conditions = (slot.policy.conditions ?? {}) as Record<string, unknown>;
		return [{...slot.policy, state: 'enabled', conditions: {...conditions, users: slot.targetUsers}} as RawCaPolicy];
	});
}

/** The wanted policies still in report-only (what the impact screen reads, and the enable round switches on). */
export function reportOnlySlots(analysis: Analysis): Slot[] {
	return analysis.keys.map(k => analysis.slots[k]).filter(s => s.policy?.state === REPORT_ONLY);
}

export interface CurrentVerdicts {
	readonly mfaAllUsers: string;
	readonly mfaAdmins: string;
	readonly legacyAuthBlocked: string;
}

/**
 * The compliance verdicts as the tenant stands now (the assessment with this step's fresher reads), through the
 * compliance engine itself, so the step shows exactly what `check` would say. Null when they cannot be computed.
 */
export function currentVerdicts(
	findings: EnforceFindings,
	breakGlass: readonly string[],
	t: Translator,
): CurrentVerdicts | null {
	try {
		const window = findings.input.signIns.window;
		const days = Math.round((Date.parse(window.to) - Date.parse(window.from)) / 86_400_000);
		const report = evaluate(findings.input, {
			now: new Date(window.to),
			days,
			breakGlass,
			t,
			toolVersion: '',
			mode: 'live',
			cloud: 'global',
		});
		const e = report.enforcement;
		return {
			mfaAllUsers: e.mfaAllUsers.verdict,
			mfaAdmins: e.mfaAdmins.verdict,
			legacyAuthBlocked: e.legacyAuthBlocked.verdict,
		};
	} catch {
		return null;
	}
}
