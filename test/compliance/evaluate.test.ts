import {describe, expect, test} from 'vitest';
import {evaluate, NOT_READ, read, unavailable} from '../../src/compliance/index.js';
import type {PerUserMfaState} from '../../src/compliance/model.js';
import {createTranslator} from '../../src/i18n/index.js';
import {PRIVILEGED_ROLE_IDS, ROLE} from '../../src/knowledge/roles.js';
import {reportToJson} from '../../src/report/json.js';
import {expectValidReport} from '../report/schema-helper.js';
import {
	assignment,
	BASE_USERS,
	BG_USERS,
	blockPolicy,
	buildInput,
	finding,
	findingIds,
	ID,
	legacy,
	mfaPolicy,
	NOW,
	run,
	type Scenario,
	signIn,
	sku,
	user,
} from './fixtures.js';

const BG = ['bg1@contoso.com', 'bg2@contoso.com'];
const bgUsers = {extraUsers: BG_USERS} satisfies Scenario;
const bgExcluded = {includeUsers: ['All'], excludeUsers: [ID.bg1, ID.bg2]};

/** A tenant that does everything right with Conditional Access. */
const COMPLIANT_CA: Scenario = {
	...bgUsers,
	roles: [assignment(ID.admin), assignment(ID.bg1), assignment(ID.bg2)],
	registered: [ID.admin, ID.alice, ID.bob, ID.bg1, ID.bg2],
	policies: [
		mfaPolicy('p-mfa', {conditions: {users: bgExcluded}}),
		blockPolicy('p-legacy', {conditions: {users: bgExcluded}}),
	],
};

const byUser = <T>(entries: Record<string, T>, problem?: {reason: 'throttled' | 'error'}) =>
	({status: 'read', byUser: new Map(Object.entries(entries)), ...(problem ? {problem} : {})}) as const;
const perUser = (states: Record<string, PerUserMfaState>) => byUser(states);

describe('security defaults', () => {
	test('on: all three enforced by security defaults, compliant, per-user MFA not needed', () => {
		const r = run({securityDefaults: true});
		expect(r.enforcement).toMatchObject({
			securityDefaults: true,
			mfaAllUsers: {verdict: 'enforced', reasons: ['securityDefaults:on']},
			mfaAdmins: {verdict: 'enforced', reasons: ['securityDefaults:on']},
			legacyAuthBlocked: {verdict: 'enforced', reasons: ['securityDefaults:on']},
			enforcedBy: 'securityDefaults',
			policies: [],
		});
		expect(r.compliant).toBe(true);
		expect(r.coverage.perUserMfa).toEqual({status: 'skipped', reason: 'notNeeded'});
		expect(findingIds(r)).not.toContain('mfa-not-enforced');
	});

	test('unknown and policies unreadable: compliant is null, never true', () => {
		const r = run({
			securityDefaults: 'unavailable',
			policies: unavailable('permission', 'Authorization_RequestDenied'),
			perUserMfa: NOT_READ,
		});
		expect(r.enforcement.securityDefaults).toBeNull();
		expect(r.enforcement.mfaAllUsers).toEqual({
			verdict: 'unknown',
			reasons: ['unreadable:securityDefaults', 'unreadable:conditionalAccess', 'unreadable:perUserMfa'],
		});
		expect(r.enforcement.legacyAuthBlocked).toEqual({
			verdict: 'unknown',
			reasons: ['unreadable:securityDefaults', 'unreadable:conditionalAccess'],
		});
		expect(r.compliant).toBeNull();
		expect(r.enforcement.enforcedBy).toBe('none');
		expect(r.coverage.policies).toEqual({
			status: 'unavailable',
			reason: 'permission',
			detail: 'Authorization_RequestDenied',
		});
		expect(r.coverage.securityDefaults).toMatchObject({status: 'unavailable', reason: 'permission'});
		expect(r.coverage.perUserMfa).toEqual({status: 'unavailable', reason: 'notRead'});
		expect(finding(r, 'data-unavailable')?.subjects).toEqual([
			'perUserMfa',
			'policies',
			'risk',
			'roleEligibility',
			'securityDefaults',
		]);
	});

	test('a decided failing verdict beside an unknown one: compliant is false', () => {
		// Per-user MFA could not be read (MFA verdicts unknown), but nothing blocks legacy authentication.
		const r = run({perUserMfa: unavailable('permission')});
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'unknown', reasons: ['unreadable:perUserMfa']});
		expect(r.enforcement.legacyAuthBlocked).toEqual({verdict: 'none', reasons: []});
		expect(r.compliant).toBe(false);
	});
});

describe('Conditional Access', () => {
	test('gap-free enabled policies with declared break-glass exclusions: compliant', () => {
		const r = run(COMPLIANT_CA, {breakGlass: BG});
		expect(r.enforcement).toMatchObject({
			mfaAllUsers: {verdict: 'enforced', reasons: ['ca:p-mfa:enforces']},
			mfaAdmins: {verdict: 'enforced', reasons: ['ca:p-mfa:enforces']},
			legacyAuthBlocked: {verdict: 'enforced', reasons: ['ca:p-legacy:enforces']},
			enforcedBy: 'conditionalAccess',
		});
		expect(r.enforcement.policies).toEqual([
			{id: 'p-legacy', displayName: 'Block legacy p-legacy', state: 'enabled', kinds: ['block'], gaps: []},
			{id: 'p-mfa', displayName: 'MFA p-mfa', state: 'enabled', kinds: ['mfa'], gaps: []},
		]);
		expect(r.compliant).toBe(true);
		expect(r.coverage.perUserMfa).toEqual({status: 'skipped', reason: 'notNeeded'});
		expect(r.breakGlass).toEqual({
			declared: BG,
			checks: BG.map(account => ({
				account,
				exists: true,
				enabled: true,
				cloudOnly: true,
				globalAdmin: true,
				excludedFromAllBlockingPolicies: true,
			})),
			warnings: [],
		});
		expect(findingIds(r)).toEqual(['data-unavailable']);
	});

	test('the same exclusions without declaring break-glass accounts are gaps', () => {
		const r = run(COMPLIANT_CA);
		expect(r.enforcement.mfaAllUsers).toEqual({
			verdict: 'partial',
			reasons: [`ca:p-mfa:excludeUsers:${ID.bg1}`, `ca:p-mfa:excludeUsers:${ID.bg2}`],
		});
		// bg1/bg2 hold Global Administrator: excluding undeclared admins is a gap in the admins view too.
		expect(r.enforcement.mfaAdmins.verdict).toBe('partial');
		expect(r.compliant).toBe(false);
		expect(findingIds(r)).toEqual(
			expect.arrayContaining(['mfa-not-enforced', 'policy-gaps', 'break-glass-not-declared']),
		);
		expect(r.breakGlass.warnings).toHaveLength(4);
	});

	test('report-only is never counted as enforcing', () => {
		const r = run(
			{
				...COMPLIANT_CA,
				policies: [
					mfaPolicy('p-mfa', {state: 'enabledForReportingButNotEnforced', conditions: {users: bgExcluded}}),
					blockPolicy('p-legacy', {state: 'enabledForReportingButNotEnforced', conditions: {users: bgExcluded}}),
				],
			},
			{breakGlass: BG},
		);
		expect(r.enforcement.mfaAllUsers).toEqual({
			verdict: 'reportOnly',
			reasons: ['ca:p-mfa:state:enabledForReportingButNotEnforced'],
		});
		expect(r.enforcement.legacyAuthBlocked.verdict).toBe('reportOnly');
		expect(r.compliant).toBe(false);
		expect(finding(r, 'policy-report-only')).toMatchObject({
			count: 2,
			subjects: ['p-legacy', 'p-mfa'],
			step: 'enforce',
		});
		// Nothing enforces MFA for all users, so per-user MFA was needed (and read).
		expect(r.coverage.perUserMfa.status).toBe('complete');
	});

	test.each([
		['a location exclusion', {locations: {includeLocations: ['All'], excludeLocations: ['AllTrusted']}}, 'locations'],
		['sign-in risk', {signInRiskLevels: ['high']}, 'signInRiskLevels'],
		['platforms', {platforms: {includePlatforms: ['windows', 'macOS']}}, 'platforms'],
		['modern client apps only', {clientAppTypes: ['browser', 'mobileAppsAndDesktopClients']}, 'clientAppTypes'],
	])('a policy narrowed by %s is not "MFA for all"', (_name, conditions, gapName) => {
		const r = run(
			{
				...COMPLIANT_CA,
				policies: [
					mfaPolicy('p-mfa', {conditions: {users: bgExcluded, ...conditions}}),
					blockPolicy('p-legacy', {conditions: {users: bgExcluded}}),
				],
			},
			{breakGlass: BG},
		);
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'partial', reasons: [`ca:p-mfa:${gapName}`]});
		expect(r.enforcement.mfaAdmins).toEqual({verdict: 'partial', reasons: [`ca:p-mfa:${gapName}`]});
		expect(r.compliant).toBe(false);
		expect(finding(r, 'policy-gaps')).toMatchObject({count: 1, subjects: ['p-mfa']});
	});

	test('MFA OR compliant device lets a compliant device stand in for MFA', () => {
		const r = run(
			{
				...COMPLIANT_CA,
				policies: [
					mfaPolicy('p-mfa', {
						grantControls: {operator: 'OR', builtInControls: ['mfa', 'compliantDevice']},
						conditions: {users: bgExcluded},
					}),
					blockPolicy('p-legacy', {conditions: {users: bgExcluded}}),
				],
			},
			{breakGlass: BG},
		);
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'partial', reasons: ['ca:p-mfa:grantAlternatives']});
		expect(r.enforcement.policies.find(p => p.id === 'p-mfa')?.gaps).toEqual(['grantAlternatives']);
	});

	test('an authentication strength counts as MFA', () => {
		const r = run(
			{
				...COMPLIANT_CA,
				policies: [
					mfaPolicy('p-mfa', {
						grantControls: {
							operator: 'OR',
							builtInControls: [],
							authenticationStrength: {id: '00000000-0000-0000-0000-000000000004'},
						},
						conditions: {users: bgExcluded},
					}),
					blockPolicy('p-legacy', {conditions: {users: bgExcluded}}),
				],
			},
			{breakGlass: BG},
		);
		expect(r.enforcement.mfaAllUsers.verdict).toBe('enforced');
		expect(r.compliant).toBe(true);
	});

	test.each([
		['exchangeActiveSync', ['other']],
		['other', ['exchangeActiveSync']],
	])('a legacy block lacking %s is partial', (_missing, types) => {
		const r = run(
			{
				...COMPLIANT_CA,
				policies: [
					mfaPolicy('p-mfa', {conditions: {users: bgExcluded}}),
					blockPolicy('p-legacy', {conditions: {users: bgExcluded, clientAppTypes: types}}),
				],
			},
			{breakGlass: BG},
		);
		expect(r.enforcement.legacyAuthBlocked).toEqual({verdict: 'partial', reasons: ['ca:p-legacy:clientAppTypes']});
		expect(r.compliant).toBe(false);
		expect(finding(r, 'legacy-auth-not-blocked')?.detail).toMatch(/some users, apps or clients/);
	});

	test('a block policy for modern clients only is listed but counts for no verdict', () => {
		const r = run(
			{...COMPLIANT_CA, policies: [blockPolicy('p-b', {conditions: {clientAppTypes: ['browser'], users: bgExcluded}})]},
			{breakGlass: BG},
		);
		expect(r.enforcement.policies).toEqual([
			{id: 'p-b', displayName: 'Block legacy p-b', state: 'enabled', kinds: ['block'], gaps: ['clientAppTypes']},
		]);
		expect(r.enforcement.legacyAuthBlocked).toEqual({verdict: 'none', reasons: []});
		expect(findingIds(r)).not.toContain('policy-gaps');
	});

	test('disabled policies are listed with their gaps and ignored; unknown states read as disabled', () => {
		const r = run({
			policies: [
				mfaPolicy('p-off', {state: 'disabled', conditions: {users: {includeUsers: [ID.alice]}}}),
				mfaPolicy('p-new', {state: 'unknownFutureValue'}),
			],
		});
		expect(r.enforcement.policies.map(p => [p.id, p.state, p.gaps])).toEqual([
			['p-new', 'disabled', []],
			['p-off', 'disabled', ['includeUsers']],
		]);
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'none', reasons: []});
	});

	test('admins covered by a role-targeted policy, everyone else partially', () => {
		const r = run(
			{
				...COMPLIANT_CA,
				policies: [
					mfaPolicy('p-admins', {
						conditions: {users: {includeRoles: [...PRIVILEGED_ROLE_IDS], excludeUsers: [ID.bg1, ID.bg2]}},
					}),
					mfaPolicy('p-all', {
						conditions: {
							users: {...bgExcluded, excludeGuestsOrExternalUsers: {guestOrExternalUserTypes: 'internalGuest'}},
						},
					}),
					blockPolicy('p-legacy', {conditions: {users: bgExcluded}}),
				],
			},
			{breakGlass: BG},
		);
		expect(r.enforcement.mfaAllUsers).toEqual({
			verdict: 'partial',
			reasons: ['ca:p-admins:includeUsers', 'ca:p-all:excludeGuestsOrExternalUsers'],
		});
		expect(r.enforcement.mfaAdmins).toEqual({
			verdict: 'enforced',
			reasons: ['ca:p-admins:enforces', 'ca:p-all:enforces'],
		});
		expect(r.enforcement.enforcedBy).toBe('conditionalAccess');
		expect(r.compliant).toBe(false);
	});

	test('a role-targeted policy missing a privileged role names it', () => {
		const roles = PRIVILEGED_ROLE_IDS.filter(id => id !== ROLE.teamsAdministrator);
		const r = run(
			{...COMPLIANT_CA, policies: [mfaPolicy('p-admins', {conditions: {users: {includeRoles: roles}}})]},
			{breakGlass: BG},
		);
		expect(r.enforcement.mfaAdmins.verdict).toBe('partial');
		expect(r.enforcement.mfaAdmins.reasons).toEqual([`ca:p-admins:includeRoles:${ROLE.teamsAdministrator}`]);
	});

	describe('break-glass exclusions', () => {
		const groups = {
			'g-outer': [ID.bg1, ID.bg2], // transitive members of g-outer ⊃ g-inner ⊃ {bg1, bg2}
			'g-with-svc': [ID.bg1, ID.svc],
		};
		const scenario = (users: Record<string, unknown>): Scenario => ({
			...COMPLIANT_CA,
			extraUsers: [...BG_USERS, user(ID.svc, 'svc@contoso.com')],
			groups,
			roles: [
				assignment(ID.admin),
				assignment(ID.bg1),
				assignment(ID.bg2),
				assignment(ID.bg1, ROLE.globalReader),
				assignment(ID.svc, ROLE.reportsReader),
				assignment(ID.admin, ROLE.reportsReader),
			],
			policies: [
				mfaPolicy('p-mfa', {conditions: {users: {includeUsers: ['All'], ...users}}}),
				blockPolicy('p-legacy', {conditions: {users: bgExcluded}}),
			],
		});
		test.each([
			['declared, directly', {excludeUsers: [ID.bg1, ID.bg2]}, 'enforced', 'enforced'],
			['declared, through nested groups', {excludeGroups: ['g-outer']}, 'enforced', 'enforced'],
			['undeclared member in an excluded group', {excludeGroups: ['g-with-svc']}, 'partial', 'enforced'],
			['undeclared non-admin, directly', {excludeUsers: [ID.svc]}, 'partial', 'enforced'],
			['an excluded role held by break-glass only', {excludeRoles: [ROLE.globalReader]}, 'partial', 'enforced'],
			['an excluded role held by an admin', {excludeRoles: [ROLE.reportsReader]}, 'partial', 'partial'],
		])('%s', (_name, users, allUsers, admins) => {
			const r = run(scenario(users), {breakGlass: BG});
			expect(r.enforcement.mfaAllUsers.verdict).toBe(allUsers);
			expect(r.enforcement.mfaAdmins.verdict).toBe(admins);
		});

		test('excluded group members unreadable: unknown, and coverage says which group', () => {
			const r = run(
				{...scenario({excludeGroups: ['g-lost']}), groups: {...groups, 'g-lost': unavailable('permission')}},
				{breakGlass: BG},
			);
			expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'unknown', reasons: ['unreadable:conditionalAccess']});
			expect(r.enforcement.policies.find(p => p.id === 'p-mfa')?.gaps).toEqual(['excludeGroups:g-lost']);
			expect(r.coverage.policies).toMatchObject({status: 'partial', reason: 'permission'});
			expect(r.coverage.policies.detail).toContain('g-lost');
			expect(r.compliant).toBeNull();
		});
	});
});

describe('per-user MFA', () => {
	const members = {[ID.admin]: 'enforced', [ID.alice]: 'enforced', [ID.bob]: 'enabled'} as const;

	test('for every enabled member: MFA enforced by per-user MFA, never compliant (legacy not blocked)', () => {
		const r = run({perUserMfa: perUser(members)});
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'enforced', reasons: ['perUserMfa:3/3']});
		expect(r.enforcement.mfaAdmins).toEqual({verdict: 'enforced', reasons: ['perUserMfa:3/3']});
		expect(r.enforcement.legacyAuthBlocked).toEqual({verdict: 'none', reasons: []});
		expect(r.enforcement.enforcedBy).toBe('perUserMfa');
		expect(r.compliant).toBe(false);
		expect(r.coverage.perUserMfa).toEqual({status: 'complete'});
		expect(finding(r, 'legacy-auth-not-blocked')?.detail).toMatch(/Per-user MFA cannot stop it/);
	});

	test('for some members only: partial; admins all covered: enforced for admins only', () => {
		const r = run({perUserMfa: perUser({...members, [ID.bob]: 'disabled'})});
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'partial', reasons: ['perUserMfa:2/3']});
		expect(r.enforcement.mfaAdmins).toEqual({verdict: 'enforced', reasons: ['perUserMfa:1/1']});
		expect(r.enforcement.enforcedBy).toBe('perUserMfa');
		expect(finding(r, 'mfa-not-enforced')?.detail).toMatch(/Per-user MFA covers 2 of 3 users/);
	});

	test('some states unread and every state read covered: unknown; coverage partial', () => {
		const r = run({perUserMfa: byUser({[ID.admin]: 'enforced', [ID.alice]: 'enforced'}, {reason: 'throttled'})});
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'unknown', reasons: ['unreadable:perUserMfa']});
		expect(r.enforcement.mfaAdmins).toEqual({verdict: 'enforced', reasons: ['perUserMfa:1/1']});
		expect(r.coverage.perUserMfa).toMatchObject({status: 'partial', reason: 'throttled'});
		expect(r.compliant).toBe(false);
	});

	test('some states unread and a read user not covered: partial, the unread counted as not covered', () => {
		const r = run({perUserMfa: byUser({[ID.admin]: 'enforced', [ID.alice]: 'disabled'}, {reason: 'error'})});
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'partial', reasons: ['perUserMfa:1/3']});
	});

	test('not read when a policy already enforces MFA for all users', () => {
		const r = run({...COMPLIANT_CA, perUserMfa: perUser({[ID.alice]: 'disabled'})}, {breakGlass: BG});
		expect(r.coverage.perUserMfa).toEqual({status: 'skipped', reason: 'notNeeded'});
		expect(r.enforcement.mfaAllUsers.reasons).toEqual(['ca:p-mfa:enforces']);
	});
});

describe('a tenant without Entra ID P1', () => {
	const noP1 = (extra: Scenario = {}): Scenario => ({
		p1: false,
		policies: unavailable('licence', 'Conditional Access needs Entra ID P1'),
		registered: unavailable('licence'),
		signIns: agg => {
			agg.unavailable({reason: 'licence', detail: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant'});
			return undefined;
		},
		perUserMfa: perUser({[ID.admin]: 'enforced', [ID.alice]: 'disabled', [ID.bob]: 'disabled'}),
		...extra,
	});

	test('sign-ins unavailable: legacy counts are null, never 0; window capped to 7 days with a notice', () => {
		const r = run(noP1());
		expect(r.licences).toEqual({entraIdP1: false, entraIdP2: false});
		expect(r.window).toEqual({days: 7, from: '2026-11-19T10:00:00Z', to: '2026-11-26T10:00:00Z'});
		expect(r.legacyAuth).toEqual({
			signIns: null,
			successfulSignIns: null,
			users: null,
			failedOnlyAttempts: null,
			byProtocol: {},
			subjects: [],
		});
		expect(r.coverage.signInLogs).toEqual({
			status: 'unavailable',
			reason: 'licence',
			detail:
				'Authentication_RequestFromNonPremiumTenantOrB2CTenant Asked for 30 days, but this tenant keeps sign-in logs for 7 days, so the window is 7 days.',
		});
		expect(r.coverage.policies).toMatchObject({status: 'unavailable', reason: 'licence'});
		// No P1: no CA policy can be in force, so the verdicts are decided, not unknown.
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'partial', reasons: ['perUserMfa:1/3']});
		expect(r.enforcement.legacyAuthBlocked).toEqual({verdict: 'none', reasons: []});
		expect(r.compliant).toBe(false);
		expect(finding(r, 'data-unavailable')?.subjects).toEqual([
			'policies',
			'registration',
			'risk',
			'roleEligibility',
			'signInLogs',
		]);
		expect(findingIds(r)).not.toContain('legacy-auth-in-use');
		expect(findingIds(r)).not.toContain('ca-without-licence');
	});

	test('registration from per-user methods, every member read: complete', () => {
		const r = run(
			noP1({
				methods: byUser({
					[ID.admin]: [
						{'@odata.type': '#microsoft.graph.passwordAuthenticationMethod'},
						{'@odata.type': '#microsoft.graph.hardwareOathAuthenticationMethod'},
					],
					[ID.alice]: [
						{'@odata.type': '#microsoft.graph.passwordAuthenticationMethod'},
						{'@odata.type': '#microsoft.graph.emailAuthenticationMethod'},
					],
					[ID.bob]: [{'@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod'}],
				}),
			}),
		);
		expect(r.coverage.registration).toEqual({status: 'complete', reason: 'perUserMethods'});
		expect(r.users).toMatchObject({
			mfaRegistered: 1,
			mfaNotRegistered: 2,
			adminsMfaRegistered: 1,
			adminsMfaNotRegistered: 0,
		});
		expect(finding(r, 'users-not-mfa-registered')?.subjects).toEqual(['alice@contoso.com', 'Bob@contoso.com']);
	});

	test('registration from per-user methods, some members read: partial, the four counts null', () => {
		const r = run(
			noP1({
				methods: byUser(
					{[ID.admin]: [{'@odata.type': '#microsoft.graph.fido2AuthenticationMethod'}]},
					{reason: 'throttled'},
				),
			}),
		);
		expect(r.coverage.registration).toEqual({
			status: 'partial',
			reason: 'perUserMethods',
			detail: 'Sign-in methods were read for 1 of 3 enabled users, so the registration counts are left empty.',
		});
		expect(r.users).toMatchObject({
			mfaRegistered: null,
			mfaNotRegistered: null,
			adminsMfaRegistered: null,
			adminsMfaNotRegistered: null,
		});
		expect(findingIds(r)).not.toContain('users-not-mfa-registered');
	});

	test('registration from per-user methods, nobody read: unavailable', () => {
		const r = run(noP1({methods: byUser({}, {reason: 'error'})}));
		expect(r.coverage.registration).toMatchObject({status: 'unavailable', reason: 'error'});
		expect(r.users.mfaRegistered).toBeNull();
	});

	test('registration fallback never tried: unavailable with the registration report reason', () => {
		const r = run(noP1({methods: NOT_READ}));
		expect(r.coverage.registration).toMatchObject({status: 'unavailable', reason: 'licence'});
	});
});

describe('licences, risk and PIM', () => {
	test('without P2: risk and eligible admins null, coverage says licence', () => {
		const r = run();
		expect(r.risk).toEqual({riskyUsers: null, confirmedCompromised: null, leakedCredentials: null});
		expect(r.coverage.risk).toEqual({status: 'unavailable', reason: 'licence'});
		expect(r.users.eligibleAdmins).toBeNull();
		expect(r.coverage.roleEligibility).toEqual({status: 'unavailable', reason: 'licence'});
	});

	test('with P2: risky users, confirmed compromised, leaked credentials and eligible admins', () => {
		const r = run({
			p2: true,
			riskyUsers: read([
				{id: ID.alice, userPrincipalName: 'alice@contoso.com', riskState: 'atRisk'},
				{id: ID.bob, userPrincipalName: 'Bob@contoso.com', riskState: 'confirmedCompromised'},
				{id: ID.admin, userPrincipalName: 'admin@contoso.com', riskState: 'remediated'},
				{id: 'gone', riskState: 'atRisk', isDeleted: true},
			]),
			riskDetections: read([
				{userId: ID.bob, riskEventType: 'leakedCredentials'},
				{userId: ID.bob, riskEventType: 'leakedCredentials'},
				{userId: ID.alice, riskEventType: 'unlikelyTravel'},
			]),
			eligible: [
				assignment(ID.alice, ROLE.securityAdministrator),
				assignment(ID.admin, ROLE.userAdministrator),
				assignment(ID.bob, ROLE.globalReader),
			],
		});
		expect(r.risk).toEqual({riskyUsers: 2, confirmedCompromised: 1, leakedCredentials: 1});
		expect(r.coverage.risk).toEqual({status: 'complete'});
		expect(finding(r, 'risky-users')).toMatchObject({
			count: 2,
			subjects: ['alice@contoso.com', 'Bob@contoso.com'],
			step: 'recovery',
		});
		expect(finding(r, 'leaked-credentials')).toMatchObject({count: 1, subjects: ['Bob@contoso.com']});
		// alice: eligible Security Administrator, not an admin; admin is already an admin; Global Reader is not privileged.
		expect(r.users.eligibleAdmins).toBe(1);
	});

	test('P1 lapsed but policies still returned: ca-without-licence', () => {
		const r = run({
			skus: read([sku(true, false, 'Suspended')]),
			policies: [mfaPolicy('p-1'), mfaPolicy('p-2', {state: 'disabled'})],
		});
		expect(r.licences.entraIdP1).toBe(false);
		expect(finding(r, 'ca-without-licence')).toMatchObject({count: 1, subjects: ['p-1'], step: 'profile'});
		expect(r.enforcement.mfaAllUsers.verdict).toBe('enforced');
	});

	test('licences unreadable: null, not false; window stays 30 days', () => {
		const r = run({skus: unavailable('permission')});
		expect(r.licences).toEqual({entraIdP1: null, entraIdP2: null});
		expect(r.window.days).toBe(30);
		expect(findingIds(r)).not.toContain('ca-without-licence');
	});
});

describe('window', () => {
	test.each([
		[{p1: true, days: 90}, 30, true],
		[{p1: true, days: 14}, 14, false],
		[{p1: false, days: 3}, 3, false],
		[{p1: false, days: 30}, 7, true],
	])('%j → %i days', (scenario, days, capped) => {
		const r = run(scenario);
		expect(r.window.days).toBe(days);
		expect(Date.parse(r.window.to) - Date.parse(r.window.from)).toBe(days * 86_400_000);
		expect((r.coverage.signInLogs.detail ?? '').includes('so the window is')).toBe(capped);
	});

	test('the aggregator and the report must use the same window', () => {
		const input = buildInput({days: 14});
		expect(() =>
			evaluate(input, {
				now: NOW,
				days: 30,
				breakGlass: [],
				t: createTranslator('en'),
				toolVersion: '0',
				mode: 'live',
				cloud: 'global',
			}),
		).toThrow(/window/);
	});
});

describe('readiness facts and findings', () => {
	const AZ_POWERSHELL = '1950a258-227b-4e31-a9cf-717495945fc2';
	const story: Scenario = {
		...COMPLIANT_CA,
		extraUsers: [...BG_USERS, user(ID.svc, 'svc-scanner@contoso.com')],
		registered: [ID.alice, ID.bob, ID.bg1, ID.bg2],
		policies: [mfaPolicy('p-mfa', {state: 'enabledForReportingButNotEnforced', conditions: {users: bgExcluded}})],
		signIns: agg => {
			// The directory renamed alice's account since; the report shows the directory's UPN.
			agg.add(
				signIn({userId: ID.alice, userPrincipalName: 'alice.old@contoso.com', clientAppUsed: 'IMAP4'}),
				legacy('IMAP4'),
			);
			// alice also uses Outlook on the web: a person, not an automation account.
			agg.add(signIn({userId: ID.alice, clientAppUsed: 'Browser', at: 5}), {
				kind: 'modernInteractive',
				userId: ID.alice,
			});
			agg.add(
				signIn({
					userId: ID.svc,
					userPrincipalName: 'svc-scanner@contoso.com',
					clientAppUsed: 'Authenticated SMTP',
					isInteractive: false,
				}),
				legacy('Authenticated SMTP'),
			);
			agg.add(
				signIn({
					userId: ID.bob,
					userPrincipalName: 'Bob@contoso.com',
					clientAppUsed: 'POP3',
					status: {errorCode: 50126},
				}),
				legacy('POP3'),
			);
			agg.add(
				signIn({
					userId: ID.svc,
					userPrincipalName: 'svc-scanner@contoso.com',
					appId: AZ_POWERSHELL,
					authenticationProtocol: 'ropc',
					clientAppUsed: 'Mobile Apps and Desktop clients',
					isInteractive: false,
					signInEventTypes: ['nonInteractiveUser'],
				}),
				{kind: 'ropc'},
			);
			return undefined;
		},
	};

	test('the demo-like story: legacy users, automation, report-only, unregistered admin', () => {
		const r = run(story, {breakGlass: BG});
		expect(r.legacyAuth).toEqual({
			signIns: 3,
			successfulSignIns: 2,
			users: 2,
			failedOnlyAttempts: 1,
			byProtocol: {
				'Authenticated SMTP': {signIns: 1, successfulSignIns: 1, users: 1},
				IMAP4: {signIns: 1, successfulSignIns: 1, users: 1},
				POP3: {signIns: 1, successfulSignIns: 0, users: 0},
			},
			subjects: [
				{
					userPrincipalName: 'alice@contoso.com',
					protocols: ['IMAP4'],
					successfulSignIns: 1,
					lastSeen: '2026-11-26T09:00:00Z',
				},
				{
					userPrincipalName: 'svc-scanner@contoso.com',
					protocols: ['Authenticated SMTP'],
					successfulSignIns: 1,
					lastSeen: '2026-11-26T09:00:00Z',
				},
			],
		});
		expect(r.automation.accounts).toEqual([
			{
				userPrincipalName: 'svc-scanner@contoso.com',
				id: ID.svc,
				reasons: ['ropc', 'scriptClient:Microsoft Azure PowerShell', 'legacyProtocolOnly'],
				// Its user slice was read and empty, yet two of its sign-ins were seen: the larger number wins.
				signIns: 1,
				lastSeen: '2026-11-26T09:00:00Z',
			},
		]);
		expect(r.users).toEqual({
			enabledMembers: 6,
			guests: 1,
			disabled: 1,
			mfaRegistered: 4,
			mfaNotRegistered: 2,
			admins: 3,
			adminsMfaRegistered: 2,
			adminsMfaNotRegistered: 1,
			eligibleAdmins: null,
		});
		expect(findingIds(r)).toEqual([
			'mfa-not-enforced',
			'mfa-admins-not-enforced',
			'legacy-auth-not-blocked',
			'policy-report-only',
			'legacy-auth-in-use',
			'legacy-auth-failed-attempts',
			'automation-accounts',
			'users-not-mfa-registered',
			'admins-not-mfa-registered',
			'data-unavailable',
		]);
		expect(finding(r, 'legacy-auth-in-use')).toEqual({
			id: 'legacy-auth-in-use',
			severity: 'high',
			step: 'legacy-auth',
			title: 'Legacy authentication is still in use',
			detail:
				'2 users signed in with a legacy protocol in the last 30 days. These sign-ins cannot do MFA and will stop working once legacy authentication is blocked: move them to modern authentication first.',
			count: 2,
			subjects: ['alice@contoso.com', 'svc-scanner@contoso.com'],
		});
		expect(finding(r, 'legacy-auth-failed-attempts')).toMatchObject({count: 1, subjects: ['Bob@contoso.com']});
		expect(finding(r, 'automation-accounts')).toMatchObject({
			count: 1,
			subjects: ['svc-scanner@contoso.com'],
			step: 'automation',
		});
		expect(finding(r, 'admins-not-mfa-registered')).toMatchObject({
			count: 1,
			subjects: ['admin@contoso.com'],
			step: 'sspr',
		});
		expect(r.compliant).toBe(false);
	});

	test('findings subjects sort by UPN lower-cased, then by code unit', () => {
		const r = run({
			extraUsers: [user('u-1', 'zed@contoso.com'), user('u-2', 'Zed@contoso.com'), user('u-3', 'adam@contoso.com')],
			registered: [],
		});
		expect(finding(r, 'users-not-mfa-registered')?.subjects).toEqual([
			'adam@contoso.com',
			'admin@contoso.com',
			'alice@contoso.com',
			'Bob@contoso.com',
			'Zed@contoso.com',
			'zed@contoso.com',
		]);
	});

	test('a member missing from the registration report counts as not registered, with a note', () => {
		const r = run({
			registered: read([
				{id: ID.admin, isMfaRegistered: true},
				{id: ID.alice, isMfaRegistered: true},
			]),
		});
		expect(r.users).toMatchObject({mfaRegistered: 2, mfaNotRegistered: 1});
		expect(r.coverage.registration).toEqual({
			status: 'complete',
			detail:
				'1 enabled user is not in the registration report yet (it lags a few hours) and is counted as not registered.',
		});
	});

	test('users unreadable: every user count null, never 0', () => {
		const r = run({users: unavailable('permission'), securityDefaults: true});
		expect(r.users).toEqual({
			enabledMembers: null,
			guests: null,
			disabled: null,
			mfaRegistered: null,
			mfaNotRegistered: null,
			admins: null,
			adminsMfaRegistered: null,
			adminsMfaNotRegistered: null,
			eligibleAdmins: null,
		});
		expect(r.coverage.directory).toEqual({status: 'unavailable', reason: 'permission'});
		expect(r.compliant).toBe(true);
	});

	test('a partly read sign-in log: partial coverage naming the slices, automation count null', () => {
		const r = run({
			signIns: agg => {
				agg.add(
					signIn({
						userId: ID.svc,
						userPrincipalName: 'svc@contoso.com',
						appId: AZ_POWERSHELL,
						authenticationProtocol: 'ropc',
					}),
					{kind: 'ropc'},
				);
				agg.fail(legacy('IMAP4'), {reason: 'throttled'});
				return undefined;
			},
		});
		expect(r.coverage.signInLogs).toEqual({
			status: 'partial',
			reason: 'throttled',
			detail: 'Not read completely: legacy:IMAP4.',
		});
		expect(r.legacyAuth.users).toBeNull();
		expect(finding(r, 'automation-accounts')).toMatchObject({count: null, subjects: ['svc@contoso.com']});
		expect(finding(r, 'automation-accounts')?.detail).toMatch(/^At least 1 user account signs in/);
	});
});

test('legacy users seen while a legacy slice failed: the finding lists them, its count null ("at least")', () => {
	const r = run({
		signIns: agg => {
			agg.add(signIn({clientAppUsed: 'POP3'}), legacy('POP3'));
			agg.fail(legacy('IMAP4'), {reason: 'error'});
			return undefined;
		},
	});
	expect(r.legacyAuth.users).toBeNull();
	expect(r.legacyAuth.subjects.map(s => s.userPrincipalName)).toEqual(['alice@contoso.com']);
	expect(finding(r, 'legacy-auth-in-use')).toMatchObject({count: null, subjects: ['alice@contoso.com']});
	expect(finding(r, 'legacy-auth-in-use')?.detail).toMatch(/^At least 1 user signed in/);
	expect(findingIds(r)).not.toContain('legacy-auth-failed-attempts');
});

describe('admins and the directory', () => {
	test('an admin through a role-assignable group; service principals are never admins', () => {
		const r = run({
			groups: {'g-role': [ID.alice, ID.disabled]},
			roles: [
				assignment(ID.admin),
				assignment('g-role', ROLE.exchangeAdministrator, {principalType: 'group'}),
				assignment('sp-1', ROLE.globalAdministrator, {principalType: 'servicePrincipal'}),
				// Scoped to an administrative unit: not an admin.
				assignment(ID.bob, ROLE.userAdministrator, {directoryScopeId: '/administrativeUnits/au-1'}),
			],
		});
		expect(r.users.admins).toBe(2);
		expect(r.coverage.directory).toEqual({status: 'complete'});
	});

	test('a role group whose members cannot be read: admins unknown, directory partial', () => {
		const r = run({
			groups: {'g-role': unavailable('throttled')},
			roles: [assignment(ID.admin), assignment('g-role', ROLE.exchangeAdministrator, {principalType: 'group'})],
		});
		expect(r.users).toMatchObject({admins: null, adminsMfaRegistered: null, adminsMfaNotRegistered: null});
		expect(r.users.mfaRegistered).toBe(1);
		expect(r.coverage.directory).toEqual({
			status: 'partial',
			reason: 'throttled',
			detail: 'Could not read the members of group g-role.',
		});
		// Per-user MFA for admins cannot be judged without knowing who they are.
		expect(r.enforcement.mfaAdmins).toEqual({verdict: 'unknown', reasons: ['unreadable:perUserMfa']});
	});

	test('role assignments unreadable: admins null, directory partial, admin-view exclusions uncertain', () => {
		const r = run({
			roles: unavailable('permission'),
			policies: [
				mfaPolicy('p-admins', {conditions: {users: {includeRoles: [...PRIVILEGED_ROLE_IDS], excludeUsers: [ID.bob]}}}),
			],
		});
		expect(r.users.admins).toBeNull();
		expect(r.coverage.directory).toEqual({
			status: 'partial',
			reason: 'permission',
			detail: 'Could not read the role assignments.',
		});
		expect(r.enforcement.mfaAdmins).toEqual({
			verdict: 'unknown',
			reasons: ['unreadable:conditionalAccess', 'unreadable:perUserMfa'],
		});
		expect(r.coverage.policies).toEqual({
			status: 'partial',
			reason: 'permission',
			detail: 'Could not read the role assignments, which some policies name; their gaps could not all be decided.',
		});
	});

	test('per-user MFA: users unreadable gives partial coverage; nobody read gives unavailable', () => {
		expect(
			run({users: unavailable('error'), perUserMfa: {status: 'read', byUser: new Map()}}).coverage.perUserMfa,
		).toEqual({
			status: 'partial',
			reason: 'error',
		});
		expect(run({perUserMfa: byUser({}, {reason: 'throttled'})}).coverage.perUserMfa).toEqual({
			status: 'unavailable',
			reason: 'throttled',
		});
	});

	test('risk partly read: partial, the unread count null', () => {
		const r = run({p2: true, riskyUsers: read([]), riskDetections: unavailable('permission')});
		expect(r.coverage.risk).toEqual({status: 'partial', reason: 'permission'});
		expect(r.risk).toEqual({riskyUsers: 0, confirmedCompromised: 0, leakedCredentials: null});
	});
});

describe('break-glass checks and warnings', () => {
	test('each declared account is checked, in the declared order, as given', () => {
		const r = run(
			{
				extraUsers: [
					user(ID.bg1, 'bg1@contoso.com', {onPremisesSyncEnabled: true}),
					user(ID.bg2, 'bg2@contoso.com', {accountEnabled: false}),
				],
				roles: [assignment(ID.admin), assignment(ID.bg2)],
				groups: {'g-bg': [ID.bg2]},
				policies: [
					mfaPolicy('p-mfa', {conditions: {users: {includeUsers: ['All'], excludeGroups: ['g-bg']}}}),
					blockPolicy('p-block', {
						conditions: {users: {includeRoles: [ROLE.globalAdministrator], excludeUsers: [ID.bg1]}},
					}),
					// Report-only policies cannot lock anyone out yet.
					mfaPolicy('p-ro', {state: 'enabledForReportingButNotEnforced'}),
				],
			},
			{breakGlass: [' BG2@contoso.com ', 'missing@contoso.com', ID.bg1, '']},
		);
		expect(r.breakGlass.declared).toEqual(['BG2@contoso.com', 'missing@contoso.com', ID.bg1]);
		expect(r.breakGlass.checks).toEqual([
			{
				account: 'BG2@contoso.com',
				exists: true,
				enabled: false,
				cloudOnly: true,
				globalAdmin: true,
				excludedFromAllBlockingPolicies: false,
			},
			{
				account: 'missing@contoso.com',
				exists: false,
				enabled: null,
				cloudOnly: null,
				globalAdmin: null,
				excludedFromAllBlockingPolicies: null,
			},
			{
				account: ID.bg1,
				exists: true,
				enabled: true,
				cloudOnly: false,
				globalAdmin: false,
				excludedFromAllBlockingPolicies: false,
			},
		]);
		const f = finding(r, 'break-glass-check-failed');
		expect(f?.subjects).toEqual([ID.bg1, 'BG2@contoso.com', 'missing@contoso.com']);
		expect(f?.detail).toBe(
			`BG2@contoso.com: is disabled, is not excluded from every enabled MFA or block policy; missing@contoso.com: does not exist; ${ID.bg1}: is synchronised from on-premises, not cloud-only, does not hold Global Administrator, is not excluded from every enabled MFA or block policy.`,
		);
	});

	test('fewer than two, look-alikes by name and the most-excluded account are warnings, never assumed', () => {
		const r = run(
			{
				extraUsers: [
					...BG_USERS,
					user('u-ea', 'EmergencyAccess@contoso.com'),
					user('u-glass', 'break.glass2@contoso.com'),
					user(ID.svc, 'svc@contoso.com'),
				],
				roles: [assignment(ID.admin), assignment(ID.bg1)],
				policies: [
					mfaPolicy('p-1', {conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.bg1, ID.svc]}}}),
					blockPolicy('p-2', {conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.bg1, ID.svc]}}}),
				],
			},
			{breakGlass: ['bg1@contoso.com']},
		);
		expect(r.breakGlass.warnings).toEqual([
			'Only 1 break-glass account is declared; Microsoft recommends two, so that one lost key or password cannot lock everyone out.',
			// bg2's display name is "Emergency 2", but it was not declared.
			'bg2@contoso.com is named like a break-glass account but was not declared, so it was not treated as one. If it is one, add it with --break-glass.',
			'break.glass2@contoso.com is named like a break-glass account but was not declared, so it was not treated as one. If it is one, add it with --break-glass.',
			'EmergencyAccess@contoso.com is named like a break-glass account but was not declared, so it was not treated as one. If it is one, add it with --break-glass.',
			'svc@contoso.com is excluded from 2 MFA or block policies, more than any other account, but was not declared as a break-glass account, so it was not treated as one. Declare it with --break-glass if it is one; otherwise review why it is excluded.',
		]);
		expect(r.enforcement.mfaAllUsers.reasons).toEqual([`ca:p-1:excludeUsers:${ID.svc}`]);
		expect(findingIds(r)).not.toContain('break-glass-check-failed');
		expect(findingIds(r)).not.toContain('break-glass-not-declared');
	});
});

describe('determinism and languages', () => {
	test('shuffled input gives byte-identical JSON', () => {
		const scenario: Scenario = {
			...COMPLIANT_CA,
			policies: [
				mfaPolicy('p-b', {conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.svc, ID.alice]}}}),
				mfaPolicy('p-a', {state: 'enabledForReportingButNotEnforced'}),
				blockPolicy('p-c', {conditions: {clientAppTypes: ['other']}}),
			],
		};
		const a = run(scenario, {breakGlass: BG});
		const b = run(
			{
				...scenario,
				users: [...BASE_USERS, ...BG_USERS].reverse(),
				policies: [...(scenario.policies as [])].reverse(),
				roles: [assignment(ID.bg2), assignment(ID.bg1), assignment(ID.admin)],
			},
			{breakGlass: BG},
		);
		expect(reportToJson(b)).toBe(reportToJson(a));
		expect(reportToJson(a)).toBe(reportToJson(JSON.parse(reportToJson(a))));
	});

	test('the JSON keeps REPORT.md field order and ends with one newline', () => {
		const json = reportToJson(run());
		expect(Object.keys(JSON.parse(json))).toEqual([
			'schemaVersion',
			'tool',
			'generatedAt',
			'mode',
			'tenant',
			'licences',
			'window',
			'coverage',
			'enforcement',
			'compliant',
			'users',
			'legacyAuth',
			'automation',
			'breakGlass',
			'risk',
			'findings',
		]);
		expect(Object.keys(JSON.parse(json).coverage)).toEqual([
			'policies',
			'signInLogs',
			'registration',
			'perUserMfa',
			'risk',
			'usageReports',
			'directory',
			'licences',
			'roleEligibility',
			'securityDefaults',
		]);
		expect(json.endsWith('}\n')).toBe(true);
		expect(JSON.parse(json)).toMatchObject({
			schemaVersion: 1,
			tool: {name: 'mfa-onboard', version: '0.0.0-test'},
			generatedAt: '2026-11-26T10:00:00Z',
			mode: 'live',
			tenant: {defaultDomain: 'contoso.com', partnerTenantType: null, cloud: 'global'},
		});
	});

	test('Korean: same machine fields, Korean text, valid report', () => {
		const en = run({...COMPLIANT_CA, policies: [mfaPolicy('p-ro', {state: 'enabledForReportingButNotEnforced'})]});
		const ko = run(
			{...COMPLIANT_CA, policies: [mfaPolicy('p-ro', {state: 'enabledForReportingButNotEnforced'})]},
			{lang: 'ko'},
		);
		expect(ko.enforcement).toEqual(en.enforcement);
		expect(ko.findings.map(f => [f.id, f.severity, f.step, f.count, f.subjects])).toEqual(
			en.findings.map(f => [f.id, f.severity, f.step, f.count, f.subjects]),
		);
		for (const f of ko.findings) {
			expect(f.title).toMatch(/[가-힣]/);
			expect(f.detail).toMatch(/[가-힣]/);
		}
		expect(ko.breakGlass.warnings.every(w => /[가-힣]/.test(w))).toBe(true);
		expectValidReport(ko);
	});
});
