/**
 * A small tenant to vary one fact at a time, and `run()` that evaluates it and validates the report against the schema.
 *
 * The default tenant: Entra ID P1 (no P2), security defaults off, no CA policy, five users — a Global Administrator
 * (`admin`), two members (`alice`, `bob`), a guest and a disabled member — registration details for everyone
 * (admin registered), per-user MFA read and off for everyone, every sign-in slice read and empty.
 */
import {
	type AssessmentInput,
	type ConditionalAccessPolicy,
	computeWindow,
	createSignInAggregator,
	type DirectoryUser,
	evaluate,
	licencesFromSkus,
	NOT_READ,
	type PerUserMfaState,
	type PerUserSource,
	type RoleAssignment,
	read,
	type SignIn,
	type SignInAggregator,
	type SignInSlice,
	type Source,
	type SubscribedSku,
	unavailable,
} from '../../src/compliance/index.js';
import {createTranslator, type Lang} from '../../src/i18n/index.js';
import {SERVICE_PLAN} from '../../src/knowledge/licences.js';
import {ROLE} from '../../src/knowledge/roles.js';
import type {Report} from '../../src/report/types.js';
import {expectValidReport} from '../report/schema-helper.js';

export const NOW = new Date('2026-11-26T10:00:00Z');

export const ID = {
	admin: '00000000-0000-0000-0000-00000000a001',
	alice: '00000000-0000-0000-0000-00000000a002',
	bob: '00000000-0000-0000-0000-00000000a003',
	guest: '00000000-0000-0000-0000-00000000a004',
	disabled: '00000000-0000-0000-0000-00000000a005',
	bg1: '00000000-0000-0000-0000-0000000bb001',
	bg2: '00000000-0000-0000-0000-0000000bb002',
	svc: '00000000-0000-0000-0000-00000000c001',
} as const;

export function user(id: string, upn: string, overrides: Partial<DirectoryUser> = {}): DirectoryUser {
	return {
		id,
		userPrincipalName: upn,
		displayName: upn.split('@')[0],
		userType: 'Member',
		accountEnabled: true,
		...overrides,
	};
}

export const BASE_USERS: readonly DirectoryUser[] = [
	user(ID.admin, 'admin@contoso.com'),
	user(ID.alice, 'alice@contoso.com'),
	user(ID.bob, 'Bob@contoso.com'),
	user(ID.guest, 'guest_ext#EXT#@contoso.com', {userType: 'Guest'}),
	user(ID.disabled, 'old@contoso.com', {accountEnabled: false}),
];

export const BG_USERS: readonly DirectoryUser[] = [
	user(ID.bg1, 'bg1@contoso.com', {displayName: 'Emergency 1'}),
	user(ID.bg2, 'bg2@contoso.com', {displayName: 'Emergency 2'}),
];

export function assignment(
	principalId: string,
	role: string = ROLE.globalAdministrator,
	overrides: Partial<RoleAssignment> = {},
): RoleAssignment {
	return {principalId, principalType: 'user', roleDefinitionId: role, directoryScopeId: '/', ...overrides};
}

export function sku(p1: boolean, p2: boolean, capabilityStatus = 'Enabled'): SubscribedSku {
	const plans = [];
	if (p1)
		plans.push({servicePlanId: SERVICE_PLAN.entraIdP1, servicePlanName: 'AAD_PREMIUM', provisioningStatus: 'Success'});
	if (p2)
		plans.push({
			servicePlanId: SERVICE_PLAN.entraIdP2,
			servicePlanName: 'AAD_PREMIUM_P2',
			provisioningStatus: 'Success',
		});
	return {skuPartNumber: 'TEST', capabilityStatus, servicePlans: plans};
}

type DeepPartialPolicy = Partial<Omit<ConditionalAccessPolicy, 'conditions'>> & {
	conditions?: Partial<ConditionalAccessPolicy['conditions']>;
};

/** An enabled "MFA for all users, all apps" policy, changed by `overrides` (conditions are merged one level deep). */
export function mfaPolicy(id: string, overrides: DeepPartialPolicy = {}): ConditionalAccessPolicy {
	const {conditions, ...rest} = overrides;
	return {
		id,
		displayName: `MFA ${id}`,
		state: 'enabled',
		grantControls: {operator: 'OR', builtInControls: ['mfa']},
		...rest,
		conditions: {
			users: {includeUsers: ['All']},
			applications: {includeApplications: ['All']},
			clientAppTypes: ['all'],
			...conditions,
		},
	};
}

/** An enabled "block legacy authentication" policy (Microsoft's pattern, GRAPH.md §6). */
export function blockPolicy(id: string, overrides: DeepPartialPolicy = {}): ConditionalAccessPolicy {
	return mfaPolicy(id, {
		displayName: `Block legacy ${id}`,
		grantControls: {operator: 'OR', builtInControls: ['block']},
		...overrides,
		conditions: {clientAppTypes: ['exchangeActiveSync', 'other'], ...overrides.conditions},
	});
}

export interface Scenario {
	readonly skus?: Source<readonly SubscribedSku[]>;
	readonly p1?: boolean;
	readonly p2?: boolean;
	readonly securityDefaults?: boolean | 'unavailable';
	readonly policies?: readonly ConditionalAccessPolicy[] | Source<readonly ConditionalAccessPolicy[]>;
	readonly users?: readonly DirectoryUser[] | Source<readonly DirectoryUser[]>;
	readonly extraUsers?: readonly DirectoryUser[];
	readonly groups?: Readonly<Record<string, readonly string[] | Source<readonly string[]>>>;
	readonly roles?: readonly RoleAssignment[] | Source<readonly RoleAssignment[]>;
	readonly eligible?: readonly RoleAssignment[] | Source<readonly RoleAssignment[]>;
	readonly perUserMfa?: PerUserSource<PerUserMfaState>;
	/** Registered user ids for `userRegistrationDetails`, or a source. */
	readonly registered?: readonly string[] | Source<readonly {id: string; isMfaRegistered: boolean}[]>;
	readonly methods?: AssessmentInput['authenticationMethods'];
	readonly riskyUsers?: AssessmentInput['riskyUsers'];
	readonly riskDetections?: AssessmentInput['riskDetections'];
	readonly usageReports?: AssessmentInput['usageReports'];
	readonly days?: number;
	/** Feeds the aggregator; by default every slice is read and empty. Return false to leave pending slices alone. */
	readonly signIns?: (agg: SignInAggregator) => undefined | false;
}

function asSource<T>(value: T | Source<T> | undefined, fallback: T): Source<T> {
	if (value === undefined) return read(fallback);
	if (typeof value === 'object' && value !== null && 'status' in value) return value as Source<T>;
	return read(value as T);
}

/** Completes every slice the aggregator still asks for, without rows. */
export function drain(agg: SignInAggregator): void {
	for (let pending = agg.pendingSlices(); pending.length > 0; pending = agg.pendingSlices()) {
		for (const slice of pending) agg.complete(slice);
	}
}

export function buildInput(s: Scenario = {}): AssessmentInput {
	const skus = s.skus ?? read([sku(s.p1 ?? true, s.p2 ?? false)]);
	const licences = licencesFromSkus(skus);
	const window = computeWindow({now: NOW, days: s.days, licences});
	const agg = createSignInAggregator({window});
	if (s.signIns?.(agg) !== false) drain(agg);
	const users = asSource(s.users, [...BASE_USERS, ...(s.extraUsers ?? [])]);
	const groups = new Map<string, Source<readonly string[]>>();
	for (const [id, members] of Object.entries(s.groups ?? {})) groups.set(id, asSource(members, []));
	const registered = s.registered ?? [ID.admin];
	const registrationDetails = Array.isArray(registered)
		? read(
				(users.status === 'read' ? users.value : []).map(u => ({
					id: u.id,
					userPrincipalName: u.userPrincipalName,
					isMfaRegistered: (registered as readonly string[]).includes(u.id),
				})),
			)
		: (registered as Source<readonly {id: string; isMfaRegistered: boolean}[]>);
	return {
		organization: {
			id: '4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5',
			displayName: 'Contoso',
			partnerTenantType: null,
			verifiedDomains: [
				{name: 'contoso.onmicrosoft.com', isDefault: false, isInitial: true},
				{name: 'contoso.com', isDefault: true, isInitial: false},
			],
		},
		subscribedSkus: skus,
		securityDefaults:
			s.securityDefaults === 'unavailable'
				? unavailable('permission', 'Authorization_RequestDenied')
				: read({isEnabled: s.securityDefaults ?? false}),
		conditionalAccessPolicies: asSource(s.policies, []),
		users,
		groupMembers: groups,
		roleAssignments: asSource(s.roles, [assignment(ID.admin)]),
		roleEligibilities: asSource(s.eligible, []),
		// A typical tenant: per-user MFA read for everyone and off.
		perUserMfa: s.perUserMfa ?? {
			status: 'read',
			byUser: new Map((users.status === 'read' ? users.value : []).map(u => [u.id, 'disabled'] as const)),
		},
		registrationDetails,
		authenticationMethods: s.methods ?? NOT_READ,
		riskyUsers: s.riskyUsers ?? ((s.p2 ?? false) ? read([]) : unavailable('licence')),
		riskDetections: s.riskDetections ?? ((s.p2 ?? false) ? read([]) : unavailable('licence')),
		signIns: agg.result(),
		usageReports: s.usageReports ?? {status: 'complete'},
	};
}

export interface RunOptions {
	readonly breakGlass?: readonly string[];
	readonly lang?: Lang;
	readonly days?: number;
}

/** Evaluates a scenario and validates the report against the schema. */
export function run(s: Scenario = {}, options: RunOptions = {}): Report {
	const input = buildInput(s);
	return expectValidReport(
		evaluate(input, {
			now: NOW,
			days: s.days ?? options.days,
			breakGlass: options.breakGlass ?? [],
			t: createTranslator(options.lang ?? 'en', 'UTC'),
			toolVersion: '0.0.0-test',
			mode: 'live',
			cloud: 'global',
		}),
	);
}

let counter = 0;

/** A sign-in row; `at` is minutes before NOW. */
export function signIn(overrides: Partial<SignIn> & {at?: number} = {}): SignIn {
	const {at = 60, ...rest} = overrides;
	counter++;
	return {
		id: `si-${counter}`,
		createdDateTime: new Date(NOW.getTime() - at * 60_000).toISOString(),
		userId: ID.alice,
		userPrincipalName: 'alice@contoso.com',
		clientAppUsed: 'Browser',
		isInteractive: true,
		status: {errorCode: 0},
		signInEventTypes: ['interactiveUser'],
		...rest,
	};
}

export const legacy = (protocol: Extract<SignInSlice, {kind: 'legacy'}>['protocol']): SignInSlice => ({
	kind: 'legacy',
	protocol,
});

export function finding(report: Report, id: string) {
	return report.findings.find(f => f.id === id);
}

export function findingIds(report: Report): string[] {
	return report.findings.map(f => f.id);
}
