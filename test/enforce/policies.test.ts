/**
 * The policies step 6 creates, judged by the compliance engine's own rules, and how equivalents already in a tenant
 * are recognised and reused (never duplicated), by hand-written policies.
 */
import {describe, expect, it} from 'vitest';
import type {PolicyContext} from '../../src/compliance/directory.js';
import type {ConditionalAccessPolicy} from '../../src/compliance/model.js';
import {policyGaps, policyKinds} from '../../src/compliance/policies.js';
import {PRIVILEGED_ROLE_IDS} from '../../src/knowledge/roles.js';
import {
	findSlots,
	markerOf,
	POLICY_KEYS,
	policyBody,
	policyDisplayName,
	type RawCaPolicy,
	viewOf,
} from '../../src/steps/enforce/policies.js';

const BG = 'bg-0000-0000-0000-000000000001';
const ADMIN = 'admin-000-0000-0000-000000000002';
const GROUP = 'grp-00000-0000-0000-000000000003';

const ctx: PolicyContext = {
	isBreakGlass: id => id === BG,
	isAdmin: id => id === ADMIN,
	groupMembers: id => (id === GROUP ? ['someone'] : []),
	roleHolders: () => new Set(),
};

function raw(partial: Record<string, unknown>, id = 'p1', state = 'enabledForReportingButNotEnforced'): RawCaPolicy {
	return {
		id,
		displayName: 'Some policy',
		state,
		createdDateTime: '2026-10-01T00:00:00Z',
		conditions: {
			users: {includeUsers: ['All'], excludeUsers: []},
			applications: {includeApplications: ['All']},
			clientAppTypes: ['all'],
		},
		grantControls: {operator: 'OR', builtInControls: ['mfa']},
		...partial,
	};
}

describe('the policies step 6 creates', () => {
	it.each(POLICY_KEYS)(
		'%s: report-only, marked, of the right kind and gap-free in its view (break-glass excluded)',
		key => {
			const body = policyBody(key, [BG]) as unknown as ConditionalAccessPolicy & {displayName: string; state: string};
			expect(body.state).toBe('enabledForReportingButNotEnforced');
			expect(markerOf(body.displayName)).toBe(key);
			expect(body.displayName).toBe(policyDisplayName(key));
			expect(policyKinds(body)).toEqual([key === 'blockLegacy' ? 'block' : 'mfa']);
			const gaps = policyGaps({...body, state: 'enabled'}, viewOf(key), ctx).map(g => g.name);
			expect(gaps).toEqual(key === 'userRisk' ? ['userRiskLevels'] : []);
		},
	);

	it('targets the 15 privileged roles for admins', () => {
		const body = policyBody('mfaAdmins', []) as {conditions: {users: {includeRoles: string[]}}};
		expect(body.conditions.users.includeRoles).toEqual([...PRIVILEGED_ROLE_IDS]);
		expect(body.conditions.users.includeRoles).toHaveLength(15);
	});
});

describe('finding each need’s policy', () => {
	it('reuses an equivalent whose only gaps are exclusions, and limits its exclusions to break-glass', () => {
		const policy = raw({
			conditions: {
				users: {includeUsers: ['All'], excludeUsers: [BG, 'someone-else'], excludeGroups: [GROUP]},
				applications: {includeApplications: ['All']},
				clientAppTypes: ['all'],
			},
		});
		const slots = findSlots([policy], ['mfaAllUsers'], ctx, [BG]);
		expect(slots.mfaAllUsers.origin).toBe('equivalent');
		expect(slots.mfaAllUsers.usersOk).toBe(false);
		expect(slots.mfaAllUsers.targetUsers.excludeUsers).toEqual([BG]);
		expect(slots.mfaAllUsers.targetUsers.excludeGroups).toEqual([]);
	});

	it('does not reuse a policy narrowed by anything but exclusions (a location, an OR with another control)', () => {
		const located = raw({
			conditions: {
				users: {includeUsers: ['All']},
				applications: {includeApplications: ['All']},
				clientAppTypes: ['all'],
				locations: {includeLocations: ['somewhere']},
			},
		});
		const alternative = raw({grantControls: {operator: 'OR', builtInControls: ['mfa', 'compliantDevice']}}, 'p2');
		const slots = findSlots([located, alternative], ['mfaAllUsers'], ctx, [BG]);
		expect(slots.mfaAllUsers.policy).toBeUndefined();
	});

	it('prefers this tool’s own policy (by marker), then a gap-free one, enabled before report-only', () => {
		const ours = raw({displayName: policyDisplayName('mfaAllUsers')}, 'ours');
		const other = raw({}, 'other', 'enabled');
		expect(findSlots([other, ours], ['mfaAllUsers'], ctx, [BG]).mfaAllUsers.policy?.id).toBe('ours');
		const gapped = raw(
			{
				conditions: {
					users: {includeUsers: ['All'], excludeUsers: ['x']},
					applications: {includeApplications: ['All']},
					clientAppTypes: ['all'],
				},
			},
			'gapped',
			'enabled',
		);
		const clean = raw({}, 'clean');
		expect(findSlots([gapped, clean], ['mfaAllUsers'], ctx, [BG]).mfaAllUsers.policy?.id).toBe('clean');
		const on = raw({}, 'on', 'enabled');
		expect(findSlots([clean, on], ['mfaAllUsers'], ctx, [BG]).mfaAllUsers.policy?.id).toBe('on');
	});

	it('never uses one policy for two needs, and never the all-users policy as the admins one', () => {
		const all = raw({}, 'all');
		const slots = findSlots([all], ['mfaAllUsers', 'mfaAdmins'], ctx, [BG]);
		expect(slots.mfaAllUsers.policy?.id).toBe('all');
		expect(slots.mfaAdmins.policy).toBeUndefined();
	});

	it('recognises a legacy block by its client app types, and a disabled policy not at all', () => {
		const block = raw(
			{
				conditions: {
					users: {includeUsers: ['All']},
					applications: {includeApplications: ['All']},
					clientAppTypes: ['exchangeActiveSync', 'other'],
				},
				grantControls: {operator: 'OR', builtInControls: ['block']},
			},
			'block',
		);
		const off = raw({}, 'off', 'disabled');
		const slots = findSlots([block, off], ['mfaAllUsers', 'blockLegacy'], ctx, [BG]);
		expect(slots.blockLegacy.policy?.id).toBe('block');
		expect(slots.mfaAllUsers.policy).toBeUndefined();
	});

	it('finds its own policy by the journal’s object id even when the marker was renamed away', () => {
		const renamed = raw({displayName: 'MFA everyone (renamed)'}, 'ours');
		const slots = findSlots([renamed], ['mfaAllUsers'], ctx, [BG], new Map([['mfaAllUsers', 'ours']]));
		expect(slots.mfaAllUsers.origin).toBe('ours');
	});
});
