import {describe, expect, test} from 'vitest';
import {buildDirectory} from '../../src/compliance/directory.js';
import type {ConditionalAccessPolicy} from '../../src/compliance/model.js';
import {unavailable} from '../../src/compliance/model.js';
import {
	clientAppTypes,
	isLegacyBlockPolicy,
	listedGaps,
	type PolicyView,
	policyGaps,
	policyKinds,
} from '../../src/compliance/policies.js';
import {PRIVILEGED_ROLE_IDS, ROLE} from '../../src/knowledge/roles.js';
import {assignment, BG_USERS, blockPolicy, buildInput, ID, mfaPolicy, type Scenario, user} from './fixtures.js';

const GROUP = {
	bgOnly: 'g-bg-only',
	nestedBg: 'g-nested-bg',
	mixed: 'g-mixed',
	adminsGroup: 'g-admins',
	empty: 'g-empty',
	unreadable: 'g-unreadable',
} as const;

/** A tenant with two declared break-glass accounts, groups of each shape, and a Helpdesk admin. */
const TENANT: Scenario = {
	extraUsers: [...BG_USERS, user(ID.svc, 'svc-scanner@contoso.com')],
	groups: {
		[GROUP.bgOnly]: [ID.bg1, ID.bg2],
		// Transitive members of a group nesting the break-glass group: still only break-glass accounts.
		[GROUP.nestedBg]: [ID.bg1],
		[GROUP.mixed]: [ID.bg1, ID.alice],
		[GROUP.adminsGroup]: [ID.admin],
		[GROUP.empty]: [],
		[GROUP.unreadable]: unavailable('permission'),
	},
	roles: [
		assignment(ID.admin),
		assignment(ID.bg1),
		assignment(ID.bg2),
		assignment(ID.bob, ROLE.helpdeskAdministrator),
		// A non-privileged role held by a break-glass account only, and one held by an admin.
		assignment(ID.bg1, ROLE.globalReader),
		assignment(ID.admin, ROLE.reportsReader),
	],
};
const DECLARED = ['bg1@CONTOSO.com', ID.bg2];

function gapsOf(policy: ConditionalAccessPolicy, view: PolicyView, declared = DECLARED, scenario = TENANT) {
	const directory = buildDirectory(buildInput(scenario), declared);
	return policyGaps(policy, view, directory).map(g => (g.certain ? g.name : `?${g.name}`));
}

describe('classifying a policy', () => {
	test.each([
		['mfa', {operator: 'OR', builtInControls: ['mfa']}, ['mfa']],
		[
			'authentication strength counts as MFA',
			{operator: 'OR', authenticationStrength: {id: '00000000-0000-0000-0000-000000000004'}},
			['mfa'],
		],
		['block', {operator: 'OR', builtInControls: ['block']}, ['block']],
		['compliant device only', {operator: 'OR', builtInControls: ['compliantDevice']}, ['other']],
		['no grant (session only)', null, ['other']],
	] as const)('%s', (_name, grantControls, kinds) => {
		expect(
			policyKinds(mfaPolicy('p', {grantControls: grantControls as ConditionalAccessPolicy['grantControls']})),
		).toEqual(kinds);
	});

	test.each([
		[['exchangeActiveSync', 'other'], true],
		[['exchangeActiveSync'], true],
		[['other'], true],
		[['all'], true],
		[[], true],
		[['browser', 'mobileAppsAndDesktopClients'], false],
	])('block with clientAppTypes %j is a legacy-block policy: %s', (types, expected) => {
		expect(isLegacyBlockPolicy(blockPolicy('b', {conditions: {clientAppTypes: types}}))).toBe(expected);
	});

	test('clientAppTypes not configured means every client app', () => {
		expect(clientAppTypes(mfaPolicy('p', {conditions: {clientAppTypes: []}}))).toEqual(['all']);
	});

	test('other policies have no gaps even when narrowed', () => {
		const policy = mfaPolicy('o', {
			grantControls: {operator: 'OR', builtInControls: ['compliantDevice']},
			conditions: {
				users: {includeUsers: [ID.alice]},
				locations: {includeLocations: ['All'], excludeLocations: ['AllTrusted']},
			},
		});
		expect(listedGaps(policy, buildDirectory(buildInput(TENANT), DECLARED))).toEqual([]);
	});
});

describe('gaps in the all-users view (MFA policies)', () => {
	const cases: [string, ConditionalAccessPolicy, string[]][] = [
		['gap-free', mfaPolicy('p'), []],
		['includeUsers lacks All', mfaPolicy('p', {conditions: {users: {includeGroups: [GROUP.mixed]}}}), ['includeUsers']],
		[
			'excludeUsers: declared break-glass (by UPN, case-insensitively, and by id) is not a gap',
			mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.bg1, ID.bg2]}}}),
			[],
		],
		[
			'excludeUsers: an undeclared account is a gap',
			mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.svc, ID.bg1]}}}),
			[`excludeUsers:${ID.svc}`],
		],
		[
			'excludeUsers: a deleted user id is a gap',
			mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeUsers: ['deleted-id']}}}),
			['excludeUsers:deleted-id'],
		],
		[
			'excludeGroups: a group of break-glass accounts only (also nested) is not a gap',
			mfaPolicy('p', {
				conditions: {users: {includeUsers: ['All'], excludeGroups: [GROUP.bgOnly, GROUP.nestedBg, GROUP.empty]}},
			}),
			[],
		],
		[
			'excludeGroups: a group with another member is a gap',
			mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeGroups: [GROUP.mixed]}}}),
			[`excludeGroups:${GROUP.mixed}`],
		],
		[
			'excludeGroups: unreadable members make an uncertain gap',
			mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeGroups: [GROUP.unreadable]}}}),
			[`?excludeGroups:${GROUP.unreadable}`],
		],
		[
			'excludeRoles: any excluded role is a gap in this view',
			mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeRoles: [ROLE.globalReader]}}}),
			[`excludeRoles:${ROLE.globalReader}`],
		],
		[
			'excludeGuestsOrExternalUsers',
			mfaPolicy('p', {
				conditions: {
					users: {
						includeUsers: ['All'],
						excludeGuestsOrExternalUsers: {guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest'},
					},
				},
			}),
			['excludeGuestsOrExternalUsers'],
		],
		[
			'excludeGuestsOrExternalUsers set to none is no gap',
			mfaPolicy('p', {
				conditions: {users: {includeUsers: ['All'], excludeGuestsOrExternalUsers: {guestOrExternalUserTypes: 'none'}}},
			}),
			[],
		],
		[
			'includeApplications lacks All',
			mfaPolicy('p', {conditions: {applications: {includeApplications: ['Office365']}}}),
			['includeApplications'],
		],
		[
			'excludeApplications',
			mfaPolicy('p', {
				conditions: {applications: {includeApplications: ['All'], excludeApplications: ['app-b', 'app-a']}},
			}),
			['excludeApplications:app-a', 'excludeApplications:app-b'],
		],
		[
			'clientAppTypes narrowed to modern clients',
			mfaPolicy('p', {conditions: {clientAppTypes: ['browser', 'mobileAppsAndDesktopClients']}}),
			['clientAppTypes'],
		],
		['clientAppTypes not configured is no gap', mfaPolicy('p', {conditions: {clientAppTypes: []}}), []],
		['platforms', mfaPolicy('p', {conditions: {platforms: {includePlatforms: ['android', 'iOS']}}}), ['platforms']],
		[
			'platforms: all minus one',
			mfaPolicy('p', {conditions: {platforms: {includePlatforms: ['all'], excludePlatforms: ['linux']}}}),
			['platforms'],
		],
		[
			'platforms: include all is no gap',
			mfaPolicy('p', {conditions: {platforms: {includePlatforms: ['all'], excludePlatforms: []}}}),
			[],
		],
		[
			'locations: trusted excluded',
			mfaPolicy('p', {conditions: {locations: {includeLocations: ['All'], excludeLocations: ['AllTrusted']}}}),
			['locations'],
		],
		['locations: named only', mfaPolicy('p', {conditions: {locations: {includeLocations: ['loc-1']}}}), ['locations']],
		[
			'locations: include All is no gap',
			mfaPolicy('p', {conditions: {locations: {includeLocations: ['All'], excludeLocations: []}}}),
			[],
		],
		[
			'devices: filter',
			mfaPolicy('p', {conditions: {devices: {deviceFilter: {mode: 'exclude', rule: 'device.isCompliant -eq True'}}}}),
			['devices'],
		],
		['signInRiskLevels', mfaPolicy('p', {conditions: {signInRiskLevels: ['high', 'medium']}}), ['signInRiskLevels']],
		['userRiskLevels', mfaPolicy('p', {conditions: {userRiskLevels: ['high']}}), ['userRiskLevels']],
		[
			'servicePrincipalRiskLevels',
			mfaPolicy('p', {conditions: {servicePrincipalRiskLevels: ['high']}}),
			['servicePrincipalRiskLevels'],
		],
		[
			'authenticationFlows',
			mfaPolicy('p', {conditions: {authenticationFlows: {transferMethods: 'deviceCodeFlow'}}}),
			['authenticationFlows'],
		],
		[
			'includeUserActions',
			mfaPolicy('p', {
				conditions: {applications: {includeApplications: [], includeUserActions: ['urn:user:registersecurityinfo']}},
			}),
			['includeApplications', 'includeUserActions'],
		],
		[
			'OR with compliantDevice is grantAlternatives',
			mfaPolicy('p', {grantControls: {operator: 'OR', builtInControls: ['mfa', 'compliantDevice']}}),
			['grantAlternatives'],
		],
		[
			'AND with compliantDevice guarantees MFA',
			mfaPolicy('p', {grantControls: {operator: 'AND', builtInControls: ['mfa', 'compliantDevice']}}),
			[],
		],
		[
			'OR with terms of use is grantAlternatives',
			mfaPolicy('p', {grantControls: {operator: 'OR', builtInControls: ['mfa'], termsOfUse: ['tou-1']}}),
			['grantAlternatives'],
		],
		[
			'authentication strength alone guarantees MFA',
			mfaPolicy('p', {
				grantControls: {
					operator: 'OR',
					builtInControls: [],
					authenticationStrength: {id: '00000000-0000-0000-0000-000000000002'},
				},
			}),
			[],
		],
		[
			'gaps come in COMPLIANCE.md order',
			mfaPolicy('p', {
				grantControls: {operator: 'OR', builtInControls: ['mfa', 'domainJoinedDevice']},
				conditions: {
					users: {
						includeUsers: [ID.alice],
						excludeUsers: [ID.svc],
						excludeGroups: [GROUP.mixed],
						excludeRoles: [ROLE.globalReader],
					},
					applications: {includeApplications: ['Office365'], excludeApplications: ['x']},
					clientAppTypes: ['browser'],
					platforms: {includePlatforms: ['iOS']},
					locations: {includeLocations: ['loc']},
					userRiskLevels: ['high'],
				},
			}),
			[
				'includeUsers',
				`excludeUsers:${ID.svc}`,
				`excludeGroups:${GROUP.mixed}`,
				`excludeRoles:${ROLE.globalReader}`,
				'includeApplications',
				'excludeApplications:x',
				'clientAppTypes',
				'platforms',
				'locations',
				'userRiskLevels',
				'grantAlternatives',
			],
		],
	];
	test.each(cases)('%s', (_name, policy, expected) => {
		expect(gapsOf(policy, 'allUsers')).toEqual(expected);
	});

	test('without declared accounts every exclusion is a gap', () => {
		const policy = mfaPolicy('p', {
			conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.bg1], excludeGroups: [GROUP.bgOnly]}},
		});
		expect(gapsOf(policy, 'allUsers', [])).toEqual([`excludeUsers:${ID.bg1}`, `excludeGroups:${GROUP.bgOnly}`]);
	});

	test('users unreadable: a declared UPN cannot be matched, so exclusions are uncertain; an id still matches', () => {
		const policy = mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.bg1, ID.bg2]}}});
		expect(gapsOf(policy, 'allUsers', DECLARED, {...TENANT, users: unavailable('permission')})).toEqual([
			`?excludeUsers:${ID.bg1}`,
		]);
	});
});

describe('gaps in the admins view', () => {
	const allRoles = [...PRIVILEGED_ROLE_IDS];
	const cases: [string, ConditionalAccessPolicy, string[]][] = [
		['include All', mfaPolicy('p'), []],
		['includeRoles with every privileged role', mfaPolicy('p', {conditions: {users: {includeRoles: allRoles}}}), []],
		[
			'includeRoles missing two roles names each missing role',
			mfaPolicy('p', {
				conditions: {
					users: {includeRoles: allRoles.filter(r => r !== ROLE.teamsAdministrator && r !== ROLE.billingAdministrator)},
				},
			}),
			[`includeRoles:${ROLE.teamsAdministrator}`, `includeRoles:${ROLE.billingAdministrator}`].sort(),
		],
		[
			'excluding a non-admin user is not a gap here',
			mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.alice, ID.svc]}}}),
			[],
		],
		[
			'excluding an admin who is not break-glass is a gap',
			mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.bob, ID.bg1]}}}),
			[`excludeUsers:${ID.bob}`],
		],
		[
			'excluding a group holding an admin is a gap; a group of break-glass admins is not',
			mfaPolicy('p', {
				conditions: {users: {includeUsers: ['All'], excludeGroups: [GROUP.adminsGroup, GROUP.bgOnly, GROUP.mixed]}},
			}),
			[`excludeGroups:${GROUP.adminsGroup}`],
		],
		[
			'excluding a privileged role is always a gap',
			mfaPolicy('p', {conditions: {users: {includeRoles: allRoles, excludeRoles: [ROLE.helpdeskAdministrator]}}}),
			[`excludeRoles:${ROLE.helpdeskAdministrator}`],
		],
		[
			'excluding a non-privileged role held by an admin is a gap; one held only by break-glass is not',
			mfaPolicy('p', {
				conditions: {users: {includeUsers: ['All'], excludeRoles: [ROLE.reportsReader, ROLE.globalReader]}},
			}),
			[`excludeRoles:${ROLE.reportsReader}`],
		],
		[
			'excluding guests is not a gap here',
			mfaPolicy('p', {
				conditions: {
					users: {includeUsers: ['All'], excludeGuestsOrExternalUsers: {guestOrExternalUserTypes: 'internalGuest'}},
				},
			}),
			[],
		],
		[
			'narrowing conditions are still gaps',
			mfaPolicy('p', {conditions: {signInRiskLevels: ['high']}}),
			['signInRiskLevels'],
		],
	];
	test.each(cases)('%s', (_name, policy, expected) => {
		expect(gapsOf(policy, 'admins')).toEqual(expected);
	});

	test('role assignments unreadable: excluding a non-break-glass member is uncertain', () => {
		const policy = mfaPolicy('p', {conditions: {users: {includeUsers: ['All'], excludeUsers: [ID.alice, ID.bg1]}}});
		expect(gapsOf(policy, 'admins', DECLARED, {...TENANT, roles: unavailable('permission')})).toEqual([
			`?excludeUsers:${ID.alice}`,
		]);
	});
});

describe('gaps in the legacy view (block policies)', () => {
	const cases: [string, ConditionalAccessPolicy, string[]][] = [
		['Microsoft pattern', blockPolicy('b'), []],
		['all client apps', blockPolicy('b', {conditions: {clientAppTypes: ['all']}}), []],
		['lacks other', blockPolicy('b', {conditions: {clientAppTypes: ['exchangeActiveSync']}}), ['clientAppTypes']],
		['lacks exchangeActiveSync', blockPolicy('b', {conditions: {clientAppTypes: ['other']}}), ['clientAppTypes']],
		[
			'modern clients only (not a legacy block, still listed)',
			blockPolicy('b', {conditions: {clientAppTypes: ['browser']}}),
			['clientAppTypes'],
		],
		[
			'excluded undeclared user and a location',
			blockPolicy('b', {
				conditions: {
					users: {includeUsers: ['All'], excludeUsers: [ID.svc]},
					locations: {includeLocations: ['All'], excludeLocations: ['AllTrusted']},
				},
			}),
			[`excludeUsers:${ID.svc}`, 'locations'],
		],
		[
			'block has no grantAlternatives',
			blockPolicy('b', {grantControls: {operator: 'OR', builtInControls: ['block', 'mfa']}}),
			[],
		],
	];
	test.each(cases)('%s', (_name, policy, expected) => {
		expect(gapsOf(policy, 'legacy')).toEqual(expected);
	});
});
