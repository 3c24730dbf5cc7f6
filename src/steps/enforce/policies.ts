/**
 * The Conditional Access policies the enforce step creates — today's equivalents of the partner requirements page's
 * retired "baseline protection policies" (GRAPH.md §5–6) — how they are named and marked so a re-run finds them, and
 * how an existing policy in the tenant is recognised as equivalent and reused rather than duplicated.
 *
 * Every policy is judged with the compliance engine's own rules (COMPLIANCE.md "Classifying one policy"): what this
 * step creates or reuses must come out gap-free in its view, so `check` reports it `enforced` once it is switched on.
 */
import type {PolicyContext} from '../../compliance/directory.js';
import type {ConditionalAccessPolicy} from '../../compliance/model.js';
import {
	grantsBlock,
	grantsMfa,
	isCounted,
	isEnabled,
	isLegacyBlockPolicy,
	type PolicyView,
	policyGaps,
} from '../../compliance/policies.js';
import {PRIVILEGED_ROLE_IDS} from '../../knowledge/roles.js';
import type {JsonValue} from '../../wizard/reducer.js';

export const POLICY_KEYS = ['mfaAllUsers', 'mfaAdmins', 'blockLegacy', 'userRisk'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** The three the compliance rules need; `userRisk` (P2) is the modern form of the page's "End user protection". */
export const CORE_KEYS: readonly PolicyKey[] = ['mfaAllUsers', 'mfaAdmins', 'blockLegacy'];

export const REPORT_ONLY = 'enabledForReportingButNotEnforced';

/** Display-name prefix of every policy this tool creates: admins see at a glance where a policy came from. */
export const NAME_PREFIX = 'mfa-onboard:';

/**
 * The marker a re-run looks for (with the journal's object ids). It survives an admin renaming the rest of the title,
 * and Graph has no other free-text field on a policy (`description` is documented as "not used").
 */
export const MARKERS: Readonly<Record<PolicyKey, string>> = {
	mfaAllUsers: '[mfao:all-users]',
	mfaAdmins: '[mfao:admins]',
	blockLegacy: '[mfao:legacy]',
	userRisk: '[mfao:user-risk]',
};

/**
 * Policy names are tenant objects other admins read in the Entra admin center, whatever language this tool runs in,
 * so they are kept in English (like Microsoft's own template names).
 */
export const POLICY_TITLES: Readonly<Record<PolicyKey, string>> = {
	mfaAllUsers: 'Require MFA for all users',
	mfaAdmins: 'Require MFA for admins',
	blockLegacy: 'Block legacy authentication',
	userRisk: 'Require password change and MFA for high user risk',
};

export function policyDisplayName(key: PolicyKey): string {
	return `${NAME_PREFIX} ${POLICY_TITLES[key]} ${MARKERS[key]}`;
}

/** The key a display name is marked with, if any. */
export function markerOf(displayName: string | null | undefined): PolicyKey | undefined {
	if (!displayName) return undefined;
	return POLICY_KEYS.find(key => displayName.includes(MARKERS[key]));
}

/** A raw policy as Graph returned it (unknown fields kept). */
export type RawCaPolicy = Readonly<Record<string, unknown>> & {
	readonly id: string;
	readonly displayName: string;
	readonly state: string;
};

export function asModel(policy: RawCaPolicy): ConditionalAccessPolicy {
	const model = policy as unknown as ConditionalAccessPolicy;
	return model.conditions ? model : {...model, conditions: {}};
}

export interface UsersCondition {
	readonly includeUsers: readonly string[];
	readonly excludeUsers: readonly string[];
	readonly includeGroups: readonly string[];
	readonly excludeGroups: readonly string[];
	readonly includeRoles: readonly string[];
	readonly excludeRoles: readonly string[];
	readonly includeGuestsOrExternalUsers: JsonValue;
	readonly excludeGuestsOrExternalUsers: JsonValue;
}

/** The users condition of a policy this tool creates: everyone (or the 15 privileged roles), minus break-glass. */
export function targetUsersFor(key: PolicyKey, breakGlassIds: readonly string[]): UsersCondition {
	return {
		includeUsers: key === 'mfaAdmins' ? [] : ['All'],
		excludeUsers: [...breakGlassIds],
		includeGroups: [],
		excludeGroups: [],
		includeRoles: key === 'mfaAdmins' ? [...PRIVILEGED_ROLE_IDS] : [],
		excludeRoles: [],
		includeGuestsOrExternalUsers: null,
		excludeGuestsOrExternalUsers: null,
	};
}

/** The conditions and grant of a policy this tool creates (GRAPH.md §6 shapes; POST body without name and state). */
export function policyShape(
	key: PolicyKey,
	breakGlassIds: readonly string[],
): {conditions: Record<string, JsonValue>; grantControls: Record<string, JsonValue>} {
	const users = targetUsersFor(key, breakGlassIds) as unknown as Record<string, JsonValue>;
	const applications = {includeApplications: ['All'], excludeApplications: [], includeUserActions: []};
	switch (key) {
		case 'blockLegacy':
			return {
				conditions: {users, applications, clientAppTypes: ['exchangeActiveSync', 'other']},
				grantControls: {operator: 'OR', builtInControls: ['block']},
			};
		case 'userRisk':
			// Microsoft's "require a secure password change for high user risk" pattern: MFA and a password change together.
			return {
				conditions: {users, applications, clientAppTypes: ['all'], userRiskLevels: ['high']},
				grantControls: {operator: 'AND', builtInControls: ['mfa', 'passwordChange']},
			};
		default:
			return {
				conditions: {users, applications, clientAppTypes: ['all']},
				grantControls: {operator: 'OR', builtInControls: ['mfa']},
			};
	}
}

/** The whole POST body: created in report-only first, always. */
export function policyBody(key: PolicyKey, breakGlassIds: readonly string[]): Record<string, JsonValue> {
	return {displayName: policyDisplayName(key), state: REPORT_ONLY, ...policyShape(key, breakGlassIds)};
}

/** The view a key's policy is judged in (COMPLIANCE.md): MFA for everyone, for admins, or the legacy block. */
export function viewOf(key: PolicyKey): PolicyView {
	return key === 'mfaAdmins' ? 'admins' : key === 'blockLegacy' ? 'legacy' : 'allUsers';
}

function isExclusionGap(name: string): boolean {
	return (
		name.startsWith('excludeUsers:') ||
		name.startsWith('excludeGroups:') ||
		name.startsWith('excludeRoles:') ||
		name === 'excludeGuestsOrExternalUsers'
	);
}

function lowerList(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map(v => v.toLowerCase()) : [];
}

/** Does the policy do what the key's policy does (its kind, and for the risk policy its condition and grant)? */
export function hasKind(key: PolicyKey, policy: ConditionalAccessPolicy): boolean {
	switch (key) {
		case 'blockLegacy':
			return isLegacyBlockPolicy(policy);
		case 'userRisk': {
			const controls = lowerList(policy.grantControls?.builtInControls);
			return (
				controls.includes('mfa') &&
				controls.includes('passwordchange') &&
				policy.grantControls?.operator?.toUpperCase() === 'AND' &&
				lowerList(policy.conditions.userRiskLevels).includes('high')
			);
		}
		default:
			return grantsMfa(policy) && !grantsBlock(policy) && !lowerList(policy.conditions.userRiskLevels).length;
	}
}

/** The gaps the compliance engine sees in the key's view, minus those this step expects by design. */
export function gapsOf(key: PolicyKey, policy: ConditionalAccessPolicy, ctx: PolicyContext): string[] {
	return policyGaps(policy, viewOf(key), ctx)
		.map(g => g.name)
		.filter(name => !(key === 'userRisk' && name === 'userRiskLevels'));
}

/** Gaps that removing exclusions cannot fix: a policy with any of these is not equivalent. */
export function structuralGaps(key: PolicyKey, policy: ConditionalAccessPolicy, ctx: PolicyContext): string[] {
	return gapsOf(key, policy, ctx).filter(name => !isExclusionGap(name));
}

/**
 * The users condition a reused (or our own) policy should have: its includes as they are, its exclusions minus every
 * one the compliance engine counts as a gap, plus the declared break-glass accounts.
 */
export function fixedUsers(
	key: PolicyKey,
	policy: ConditionalAccessPolicy,
	ctx: PolicyContext,
	breakGlassIds: readonly string[],
): UsersCondition {
	const users = policy.conditions.users ?? {};
	const gaps = new Set(gapsOf(key, policy, ctx));
	const keep = (kind: string, ids: readonly string[] | null | undefined) =>
		(ids ?? []).filter(id => !gaps.has(`${kind}:${id}`));
	const excludeUsers = [...keep('excludeUsers', users.excludeUsers)];
	for (const id of breakGlassIds) if (!excludeUsers.includes(id)) excludeUsers.push(id);
	return {
		includeUsers: [...(users.includeUsers ?? [])],
		excludeUsers,
		includeGroups: [...(users.includeGroups ?? [])],
		excludeGroups: keep('excludeGroups', users.excludeGroups),
		includeRoles: [...(users.includeRoles ?? [])],
		excludeRoles: keep('excludeRoles', users.excludeRoles),
		includeGuestsOrExternalUsers: (users.includeGuestsOrExternalUsers ?? null) as JsonValue,
		excludeGuestsOrExternalUsers: gaps.has('excludeGuestsOrExternalUsers')
			? null
			: ((users.excludeGuestsOrExternalUsers ?? null) as JsonValue),
	};
}

function sameList(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
	const x = [...(a ?? [])].map(v => v.toLowerCase()).sort();
	const y = [...(b ?? [])].map(v => v.toLowerCase()).sort();
	return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** The policy's users condition already is `target` (lists compared as sets). */
export function usersMatch(policy: ConditionalAccessPolicy, target: UsersCondition): boolean {
	const users = policy.conditions.users ?? {};
	const guests = (v: unknown) => JSON.stringify(v ?? null);
	return (
		sameList(users.includeUsers, target.includeUsers) &&
		sameList(users.excludeUsers, target.excludeUsers) &&
		sameList(users.includeGroups, target.includeGroups) &&
		sameList(users.excludeGroups, target.excludeGroups) &&
		sameList(users.includeRoles, target.includeRoles) &&
		sameList(users.excludeRoles, target.excludeRoles) &&
		guests(users.excludeGuestsOrExternalUsers) === guests(target.excludeGuestsOrExternalUsers)
	);
}

/** Our own policy still has the shape this tool gave it (apart from the users, checked separately). */
export function shapeMatches(key: PolicyKey, policy: ConditionalAccessPolicy): boolean {
	const target = policyShape(key, []);
	const conditions = target.conditions as {
		applications: {includeApplications: string[]};
		clientAppTypes: string[];
		userRiskLevels?: string[];
	};
	const grant = target.grantControls as {operator: string; builtInControls: string[]};
	const c = policy.conditions;
	return (
		sameList(c.applications?.includeApplications, conditions.applications.includeApplications) &&
		sameList(c.applications?.excludeApplications, []) &&
		sameList(c.clientAppTypes, conditions.clientAppTypes) &&
		sameList(c.userRiskLevels, conditions.userRiskLevels ?? []) &&
		sameList(c.signInRiskLevels, []) &&
		!c.locations &&
		!c.platforms &&
		!c.devices &&
		(policy.grantControls?.operator ?? '').toUpperCase() === grant.operator &&
		sameList(policy.grantControls?.builtInControls, grant.builtInControls) &&
		!policy.grantControls?.authenticationStrength
	);
}

export type SlotOrigin = 'ours' | 'equivalent';

/** Where a key's policy comes from: this tool's own (by marker), an equivalent one in the tenant, or none yet. */
export interface Slot {
	readonly key: PolicyKey;
	readonly policy?: RawCaPolicy;
	readonly origin?: SlotOrigin;
	/** Gaps in the key's view as the policy is now (before this step fixes its exclusions). */
	readonly gaps: readonly string[];
	/** What its users condition should be (exclusions limited to break-glass). */
	readonly targetUsers: UsersCondition;
	/** Users condition already right. */
	readonly usersOk: boolean;
	/** Ours only: conditions or grant edited since this tool made it; the scope change restores them. */
	readonly shapeOk: boolean;
	/** Other policies of this tool with the same marker (duplicates made by hand or another tool); never ours to delete. */
	readonly duplicates: readonly RawCaPolicy[];
}

function createdOf(policy: RawCaPolicy): string {
	return typeof policy.createdDateTime === 'string' ? policy.createdDateTime : '';
}

function rank(policy: RawCaPolicy, key: PolicyKey, ctx: PolicyContext): number {
	const gapFree = gapsOf(key, asModel(policy), ctx).length === 0;
	const on = isEnabled(asModel(policy));
	return (gapFree ? 0 : 2) + (on ? 0 : 1);
}

/**
 * Finds each key's policy. Ours wins (the journal's object id first, then the marker); else the best equivalent:
 * gap-free before exclusions-to-fix, enabled before report-only, oldest first. A policy serves one key at most.
 */
export function findSlots(
	policies: readonly RawCaPolicy[],
	keys: readonly PolicyKey[],
	ctx: PolicyContext,
	breakGlassIds: readonly string[],
	journaled: ReadonlyMap<PolicyKey, string> = new Map(),
): Record<PolicyKey, Slot> {
	const claimed = new Set<string>();
	const slots = {} as Record<PolicyKey, Slot>;
	const make = (
		key: PolicyKey,
		policy: RawCaPolicy | undefined,
		origin: SlotOrigin | undefined,
		dups: RawCaPolicy[],
	) => {
		const model = policy ? asModel(policy) : undefined;
		const targetUsers =
			model && origin === 'equivalent'
				? fixedUsers(key, model, ctx, breakGlassIds)
				: model
					? {
							...targetUsersFor(key, breakGlassIds),
							excludeUsers: fixedUsers(key, model, ctx, breakGlassIds).excludeUsers,
						}
					: targetUsersFor(key, breakGlassIds);
		return {
			key,
			policy,
			origin,
			gaps: model ? gapsOf(key, model, ctx) : [],
			targetUsers,
			usersOk: model ? usersMatch(model, targetUsers) : false,
			shapeOk: model ? origin === 'equivalent' || shapeMatches(key, model) : true,
			duplicates: dups,
		} satisfies Slot;
	};
	// Ours first, for every key (so an equivalent is never picked for a key this tool already has).
	const ours = new Map<PolicyKey, RawCaPolicy[]>();
	for (const key of POLICY_KEYS) {
		const byId = journaled.get(key);
		const marked = policies.filter(p => markerOf(p.displayName) === key);
		marked.sort((a, b) => {
			if (a.id === byId) return -1;
			if (b.id === byId) return 1;
			return createdOf(a).localeCompare(createdOf(b)) || a.id.localeCompare(b.id);
		});
		const viaId = byId ? policies.find(p => p.id === byId) : undefined;
		const list = viaId && !marked.includes(viaId) ? [viaId, ...marked] : marked;
		if (list.length > 0) ours.set(key, list);
		for (const p of list) claimed.add(p.id);
	}
	for (const key of keys) {
		const mine = ours.get(key);
		if (mine) {
			slots[key] = make(key, mine[0], 'ours', mine.slice(1));
			continue;
		}
		const candidates = policies
			.filter(p => !claimed.has(p.id) && isCounted(asModel(p)))
			.filter(p => hasKind(key, asModel(p)) && structuralGaps(key, asModel(p), ctx).length === 0)
			.filter(p => key !== 'mfaAdmins' || !lowerList(asModel(p).conditions.users?.includeUsers).includes('all'))
			.sort(
				(a, b) =>
					rank(a, key, ctx) - rank(b, key, ctx) || createdOf(a).localeCompare(createdOf(b)) || a.id.localeCompare(b.id),
			);
		const chosen = candidates[0];
		if (chosen) claimed.add(chosen.id);
		slots[key] = make(key, chosen, chosen ? 'equivalent' : undefined, []);
	}
	return slots;
}
