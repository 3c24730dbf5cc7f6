/**
 * Classifying one Conditional Access policy and naming its gaps (COMPLIANCE.md "Classifying one policy").
 *
 * A gap is `<Graph property>[:<offending id or value>]`. Gaps are graded in one of three views:
 * - `allUsers`: MFA policies for the `mfaAllUsers` verdict (and `enforcement.policies[].gaps`);
 * - `admins`: MFA policies for `mfaAdmins` (only in the verdict's reasons);
 * - `legacy`: block policies for `legacyAuthBlocked` (and `enforcement.policies[].gaps`).
 *
 * A gap is *certain* when the data proves it, *uncertain* when it rests on something that could not be read (a group's
 * members, the role assignments, the users): an enabled policy whose only gaps are uncertain could still be enforcing,
 * so the verdict is `unknown`, never a guess either way.
 *
 * Order within a policy is fixed: users, applications, conditions, grant, in COMPLIANCE.md's order; ids within one kind
 * of gap are sorted by UTF-16 code unit, so the same tenant always gives the same strings.
 */
import {PRIVILEGED_ROLE_IDS} from '../knowledge/roles.js';
import type {PolicyContext, Tri} from './directory.js';
import type {ConditionalAccessPolicy} from './model.js';
import {compareCodeUnits} from './order.js';

export type PolicyKind = 'mfa' | 'block' | 'other';
export type PolicyView = 'allUsers' | 'admins' | 'legacy';

export interface Gap {
	readonly name: string;
	readonly certain: boolean;
}

const REPORT_ONLY = 'enabledForReportingButNotEnforced';

/** Only `enabled` and report-only policies count; anything else is listed and ignored. */
export function isCounted(policy: ConditionalAccessPolicy): boolean {
	return policy.state === 'enabled' || policy.state === REPORT_ONLY;
}

export function isEnabled(policy: ConditionalAccessPolicy): boolean {
	return policy.state === 'enabled';
}

export function isReportOnly(policy: ConditionalAccessPolicy): boolean {
	return policy.state === REPORT_ONLY;
}

function lower(values: readonly string[] | null | undefined): string[] {
	return (values ?? []).map(v => v.toLowerCase());
}

function hasAll(values: readonly string[] | null | undefined): boolean {
	return lower(values).includes('all');
}

function sortedUnique(values: readonly string[] | null | undefined): string[] {
	return [...new Set(values ?? [])].sort(compareCodeUnits);
}

/** MFA policy: the grant contains `mfa` or an authentication strength. */
export function grantsMfa(policy: ConditionalAccessPolicy): boolean {
	const grant = policy.grantControls;
	if (!grant) return false;
	return lower(grant.builtInControls).includes('mfa') || !!grant.authenticationStrength?.id;
}

export function grantsBlock(policy: ConditionalAccessPolicy): boolean {
	return lower(policy.grantControls?.builtInControls).includes('block');
}

/** `clientAppTypes`, lower-cased; not configured (`[]`) means every client app, as Graph and the portal treat it. */
export function clientAppTypes(policy: ConditionalAccessPolicy): string[] {
	const types = lower(policy.conditions.clientAppTypes);
	return types.length === 0 ? ['all'] : types;
}

/** Legacy-block policy: `block` and client app types containing `exchangeActiveSync`, `other` or `all`. */
export function isLegacyBlockPolicy(policy: ConditionalAccessPolicy): boolean {
	if (!grantsBlock(policy)) return false;
	const types = clientAppTypes(policy);
	return types.includes('exchangeactivesync') || types.includes('other') || types.includes('all');
}

export function policyKinds(policy: ConditionalAccessPolicy): PolicyKind[] {
	const kinds: PolicyKind[] = [];
	if (grantsMfa(policy)) kinds.push('mfa');
	if (grantsBlock(policy)) kinds.push('block');
	return kinds.length > 0 ? kinds : ['other'];
}

function gap(name: string, certain: boolean): Gap {
	return {name, certain};
}

/** Three-valued "is a gap": true → certain gap, null → uncertain gap, false → none. */
function push(gaps: Gap[], name: string, value: Tri): void {
	if (value !== false) gaps.push(gap(name, value === true));
}

/** Over a set of users: true when one is certainly offending, null when one might be, false when none is. */
function anyOf(users: Iterable<string>, offending: (userId: string) => Tri): Tri {
	let maybe = false;
	for (const u of users) {
		const v = offending(u);
		if (v === true) return true;
		if (v === null) maybe = true;
	}
	return maybe ? null : false;
}

function notBreakGlass(ctx: PolicyContext, userId: string): Tri {
	const bg = ctx.isBreakGlass(userId);
	return bg === null ? null : !bg;
}

function adminNotBreakGlass(ctx: PolicyContext, userId: string): Tri {
	const admin = ctx.isAdmin(userId);
	if (admin === false) return false;
	const bg = ctx.isBreakGlass(userId);
	if (bg === true) return false;
	return admin === true && bg === false ? true : null;
}

function userGaps(policy: ConditionalAccessPolicy, view: PolicyView, ctx: PolicyContext): Gap[] {
	const users = policy.conditions.users ?? {};
	const gaps: Gap[] = [];
	if (view === 'admins') {
		// The users condition is met by All, or by includeRoles naming every privileged role.
		if (!hasAll(users.includeUsers)) {
			const included = new Set(lower(users.includeRoles));
			for (const role of [...PRIVILEGED_ROLE_IDS].sort(compareCodeUnits)) {
				if (!included.has(role)) gaps.push(gap(`includeRoles:${role}`, true));
			}
		}
		const offending = (u: string) => adminNotBreakGlass(ctx, u);
		for (const id of sortedUnique(users.excludeUsers)) push(gaps, `excludeUsers:${id}`, offending(id));
		for (const id of sortedUnique(users.excludeGroups)) {
			const members = ctx.groupMembers(id);
			push(gaps, `excludeGroups:${id}`, members === null ? null : anyOf(members, offending));
		}
		for (const id of sortedUnique(users.excludeRoles)) {
			if (PRIVILEGED_ROLE_IDS.includes(id.toLowerCase())) {
				gaps.push(gap(`excludeRoles:${id}`, true));
				continue;
			}
			const holders = ctx.roleHolders(id);
			push(gaps, `excludeRoles:${id}`, holders === null ? null : anyOf(holders, offending));
		}
		// excludeGuestsOrExternalUsers is not a gap in this view: guests are never admins.
		return gaps;
	}
	if (!hasAll(users.includeUsers)) gaps.push(gap('includeUsers', true));
	for (const id of sortedUnique(users.excludeUsers)) push(gaps, `excludeUsers:${id}`, notBreakGlass(ctx, id));
	for (const id of sortedUnique(users.excludeGroups)) {
		const members = ctx.groupMembers(id);
		push(gaps, `excludeGroups:${id}`, members === null ? null : anyOf(members, u => notBreakGlass(ctx, u)));
	}
	for (const id of sortedUnique(users.excludeRoles)) gaps.push(gap(`excludeRoles:${id}`, true));
	if (excludesGuests(policy)) gaps.push(gap('excludeGuestsOrExternalUsers', true));
	return gaps;
}

function excludesGuests(policy: ConditionalAccessPolicy): boolean {
	const types = policy.conditions.users?.excludeGuestsOrExternalUsers?.guestOrExternalUserTypes;
	if (!types) return false;
	return types
		.split(',')
		.map(t => t.trim().toLowerCase())
		.some(t => t !== '' && t !== 'none');
}

/** A platform or location condition narrows the policy unless it is "include All, exclude nothing" (or unset). */
function narrowsIncludeExclude(
	include: readonly string[] | null | undefined,
	exclude: readonly string[] | null | undefined,
): boolean {
	const inc = include ?? [];
	const exc = exclude ?? [];
	if (exc.length > 0) return true;
	if (inc.length === 0) return false;
	return !hasAll(inc);
}

function conditionGaps(policy: ConditionalAccessPolicy, view: PolicyView): Gap[] {
	const c = policy.conditions;
	const gaps: Gap[] = [];
	const types = clientAppTypes(policy);
	if (!types.includes('all')) {
		const lacksLegacy = !(types.includes('exchangeactivesync') && types.includes('other'));
		if (view !== 'legacy' || lacksLegacy) gaps.push(gap('clientAppTypes', true));
	}
	if (c.platforms && narrowsIncludeExclude(c.platforms.includePlatforms, c.platforms.excludePlatforms)) {
		gaps.push(gap('platforms', true));
	}
	if (c.locations && narrowsIncludeExclude(c.locations.includeLocations, c.locations.excludeLocations)) {
		gaps.push(gap('locations', true));
	}
	if (c.devices) {
		const d = c.devices;
		const filtered = !!d.deviceFilter?.rule?.trim();
		const include = d.includeDevices ?? [];
		if (filtered || (d.excludeDevices ?? []).length > 0 || (include.length > 0 && !hasAll(include))) {
			gaps.push(gap('devices', true));
		}
	}
	if ((c.signInRiskLevels ?? []).length > 0) gaps.push(gap('signInRiskLevels', true));
	if ((c.userRiskLevels ?? []).length > 0) gaps.push(gap('userRiskLevels', true));
	if ((c.servicePrincipalRiskLevels ?? []).length > 0) gaps.push(gap('servicePrincipalRiskLevels', true));
	const flows = c.authenticationFlows?.transferMethods
		?.split(',')
		.map(t => t.trim().toLowerCase())
		.filter(t => t !== '' && t !== 'none');
	if (flows && flows.length > 0) gaps.push(gap('authenticationFlows', true));
	if ((c.applications?.includeUserActions ?? []).length > 0) gaps.push(gap('includeUserActions', true));
	return gaps;
}

/** An `OR` grant that lets another control stand in for MFA. */
export function hasGrantAlternatives(policy: ConditionalAccessPolicy): boolean {
	const grant = policy.grantControls;
	if (!grant || grant.operator?.toUpperCase() === 'AND') return false;
	const others = lower(grant.builtInControls).filter(c => c !== 'mfa');
	return (
		others.length > 0 || (grant.customAuthenticationFactors ?? []).length > 0 || (grant.termsOfUse ?? []).length > 0
	);
}

/** The gaps of one policy in one view (callers pick the view by kind: MFA → allUsers/admins, block → legacy). */
export function policyGaps(policy: ConditionalAccessPolicy, view: PolicyView, ctx: PolicyContext): Gap[] {
	const apps = policy.conditions.applications ?? {};
	const gaps = userGaps(policy, view, ctx);
	if (!hasAll(apps.includeApplications)) gaps.push(gap('includeApplications', true));
	for (const id of sortedUnique(apps.excludeApplications)) gaps.push(gap(`excludeApplications:${id}`, true));
	gaps.push(...conditionGaps(policy, view));
	if (view !== 'legacy' && hasGrantAlternatives(policy)) gaps.push(gap('grantAlternatives', true));
	return gaps;
}

/**
 * `enforcement.policies[].gaps`: MFA policies in the all-users view, block policies in the legacy view (both, in that
 * order and without repeats, for a policy that is both); other policies have none.
 */
export function listedGaps(policy: ConditionalAccessPolicy, ctx: PolicyContext): string[] {
	const names: string[] = [];
	if (grantsMfa(policy)) names.push(...policyGaps(policy, 'allUsers', ctx).map(g => g.name));
	if (grantsBlock(policy)) {
		for (const g of policyGaps(policy, 'legacy', ctx)) if (!names.includes(g.name)) names.push(g.name);
	}
	return names;
}
