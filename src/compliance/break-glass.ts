/**
 * Break-glass accounts (COMPLIANCE.md "Definitions" and "Break-glass sanity"): declared by the admin, never guessed.
 * Each declared entry is checked (exists, enabled, cloud-only, holds Global Administrator, excluded from every enabled
 * policy that could lock it out); accounts that only *look* like break-glass are mentioned in warnings, never treated
 * as declared. A check that could not be decided is `null`, not a failure.
 */
import {looksLikeBreakGlass, RECOMMENDED_BREAK_GLASS_ACCOUNTS} from '../knowledge/break-glass.js';
import {ROLE} from '../knowledge/roles.js';
import type {Directory, Tri} from './directory.js';
import type {ConditionalAccessPolicy, DirectoryUser} from './model.js';
import {compareUpn} from './order.js';
import {grantsBlock, grantsMfa, isCounted, isEnabled} from './policies.js';

export interface BreakGlassCheck {
	/** The declared entry as given. */
	readonly account: string;
	readonly exists: boolean | null;
	readonly enabled: boolean | null;
	readonly cloudOnly: boolean | null;
	readonly globalAdmin: boolean | null;
	readonly excludedFromAllBlockingPolicies: boolean | null;
}

export type BreakGlassCheckName = Exclude<keyof BreakGlassCheck, 'account'>;

export const BREAK_GLASS_CHECKS: readonly BreakGlassCheckName[] = [
	'exists',
	'enabled',
	'cloudOnly',
	'globalAdmin',
	'excludedFromAllBlockingPolicies',
];

export type BreakGlassWarning =
	| {readonly kind: 'fewerThanTwo'; readonly count: number}
	| {readonly kind: 'lookAlikeName'; readonly userPrincipalName: string}
	| {readonly kind: 'mostExcluded'; readonly userPrincipalName: string; readonly policies: number};

export interface BreakGlassResult {
	readonly declared: readonly string[];
	readonly checks: readonly BreakGlassCheck[];
	readonly warnings: readonly BreakGlassWarning[];
}

/** Policies that can lock an account out: enabled, granting block, MFA or an authentication strength. */
function isBlocking(policy: ConditionalAccessPolicy): boolean {
	return isEnabled(policy) && (grantsBlock(policy) || grantsMfa(policy));
}

function triOr(values: Iterable<Tri>): Tri {
	let unknown = false;
	for (const v of values) {
		if (v === true) return true;
		if (v === null) unknown = true;
	}
	return unknown ? null : false;
}

function triAnd(values: Iterable<Tri>): Tri {
	let unknown = false;
	for (const v of values) {
		if (v === false) return false;
		if (v === null) unknown = true;
	}
	return unknown ? null : true;
}

function inGroup(directory: Directory, groupId: string, userId: string): Tri {
	const members = directory.groupMembers(groupId);
	return members === null ? null : members.includes(userId);
}

function holdsRole(directory: Directory, roleId: string, userId: string): Tri {
	const holders = directory.roleHolders(roleId);
	return holders === null ? null : holders.has(userId);
}

/** Excluded (directly or through a group) from the policy, or not included in it (by All, directly, group or role). */
function safeFrom(policy: ConditionalAccessPolicy, user: DirectoryUser, directory: Directory): Tri {
	const users = policy.conditions.users ?? {};
	const excluded = triOr([
		(users.excludeUsers ?? []).includes(user.id),
		...(users.excludeGroups ?? []).map(g => inGroup(directory, g, user.id)),
	]);
	if (excluded === true) return true;
	const included = triOr([
		(users.includeUsers ?? []).some(u => u.toLowerCase() === 'all' || u === user.id),
		...(users.includeGroups ?? []).map(g => inGroup(directory, g, user.id)),
		...(users.includeRoles ?? []).map(r => holdsRole(directory, r, user.id)),
	]);
	if (included === false) return true;
	if (included === true && excluded === false) return false;
	return null;
}

function checkAccount(
	entry: string,
	directory: Directory,
	policies: readonly ConditionalAccessPolicy[] | null,
): BreakGlassCheck {
	const user = directory.declaredUser(entry);
	if (user === null || user === undefined) {
		const exists = user === null ? null : false;
		return {
			account: entry,
			exists,
			enabled: null,
			cloudOnly: null,
			globalAdmin: null,
			excludedFromAllBlockingPolicies: null,
		};
	}
	return {
		account: entry,
		exists: true,
		enabled: user.accountEnabled,
		cloudOnly: user.onPremisesSyncEnabled !== true,
		globalAdmin: holdsRole(directory, ROLE.globalAdministrator, user.id),
		excludedFromAllBlockingPolicies:
			policies === null ? null : triAnd(policies.filter(isBlocking).map(p => safeFrom(p, user, directory))),
	};
}

export function failedChecks(check: BreakGlassCheck): BreakGlassCheckName[] {
	return BREAK_GLASS_CHECKS.filter(name => check[name] === false);
}

/** Per user id: how many counted MFA or block policies exclude them, directly or through a group they are in. */
function exclusionCounts(policies: readonly ConditionalAccessPolicy[], directory: Directory): Map<string, number> {
	const counts = new Map<string, number>();
	for (const policy of policies) {
		if (!isCounted(policy) || !(grantsMfa(policy) || grantsBlock(policy))) continue;
		const users = policy.conditions.users ?? {};
		const excluded = new Set(users.excludeUsers ?? []);
		for (const g of users.excludeGroups ?? []) for (const m of directory.groupMembers(g) ?? []) excluded.add(m);
		for (const id of excluded) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}

/**
 * `policies`: the CA policies when known (an empty list when the tenant has none, or no licence to have any), null when
 * they could not be read.
 */
export function assessBreakGlass(
	directory: Directory,
	policies: readonly ConditionalAccessPolicy[] | null,
): BreakGlassResult {
	const declared = directory.declared;
	const checks = declared.map(entry => checkAccount(entry, directory, policies));
	const warnings: BreakGlassWarning[] = [];
	if (declared.length > 0 && declared.length < RECOMMENDED_BREAK_GLASS_ACCOUNTS) {
		warnings.push({kind: 'fewerThanTwo', count: declared.length});
	}
	const users = directory.users;
	if (users) {
		const undeclared = (u: DirectoryUser) => directory.isBreakGlass(u.id) === false;
		const lookAlikes = users.filter(u => undeclared(u) && looksLikeBreakGlass(u.userPrincipalName, u.displayName));
		for (const u of lookAlikes.sort((a, b) => compareUpn(a.userPrincipalName, b.userPrincipalName))) {
			warnings.push({kind: 'lookAlikeName', userPrincipalName: u.userPrincipalName});
		}
		if (policies) {
			const counts = exclusionCounts(policies, directory);
			let max = 0;
			for (const n of counts.values()) max = Math.max(max, n);
			if (max > 0) {
				const most = users.filter(u => counts.get(u.id) === max && undeclared(u));
				for (const u of most.sort((a, b) => compareUpn(a.userPrincipalName, b.userPrincipalName))) {
					warnings.push({kind: 'mostExcluded', userPrincipalName: u.userPrincipalName, policies: max});
				}
			}
		}
	}
	return {declared, checks, warnings};
}
