/**
 * `large`: a generated customer tenant ("Fabrikam Holdings", default 100,000 users) for scale tests and benchmarks.
 * Everything is a pure function of (seed, user count, the clock's start): the same inputs give the same tenant.
 * Mix: ~2% guests, ~3% disabled members, ~0.3% service accounts (ROPC, script clients, Partner Center), ~0.4% mailboxes
 * on legacy protocols, ~60 admins (plus two break-glass accounts and PIM-eligible admins), ~65% of members registered
 * for MFA, Microsoft 365 E3 for everyone and E5 (Entra ID P2) for 2%.
 */
import {ROLE} from '../../knowledge/roles.js';
import {Rng, stableGuid} from '../rng.js';
import type {
	AuthMethod,
	CaPolicy,
	SimGroup,
	SimRoleAssignment,
	SimRoleEligibility,
	SimUser,
	TenantState,
} from '../state.js';
import {
	authMethodsPolicy,
	authorizationPolicy,
	DAY,
	firstPartyServicePrincipals,
	iso,
	makeSku,
	SKU,
	securityDefaults,
} from './common.js';

export const LARGE_TENANT = {
	id: stableGuid('large:tenant'),
	displayName: 'Fabrikam Holdings (generated)',
	defaultDomain: 'fabrikamholdings.onmicrosoft.com',
} as const;

export type LargeProfile =
	| 'member'
	| 'guest'
	| 'disabled'
	| 'ropc'
	| 'script'
	| 'partnerCenter'
	| 'imap'
	| 'pop'
	| 'smtp'
	| 'eas'
	| 'breakGlass';

const GIVEN = [
	'james',
	'mary',
	'john',
	'patricia',
	'robert',
	'jennifer',
	'michael',
	'linda',
	'david',
	'elizabeth',
	'william',
	'susan',
	'richard',
	'jessica',
	'thomas',
	'sarah',
	'daniel',
	'karen',
	'matthew',
	'lisa',
	'anthony',
	'nancy',
	'mark',
	'sandra',
	'olivia',
	'emma',
	'liam',
	'noah',
	'ava',
	'sophia',
];
const SURNAMES = [
	'smith',
	'johnson',
	'williams',
	'brown',
	'jones',
	'garcia',
	'miller',
	'davis',
	'rodriguez',
	'martinez',
	'wilson',
	'anderson',
	'taylor',
	'thomas',
	'moore',
	'jackson',
	'martin',
	'lee',
	'thompson',
	'white',
	'harris',
	'clark',
	'lewis',
	'walker',
	'hall',
	'young',
	'allen',
	'king',
	'wright',
	'scott',
];
/** Korean given names and surnames, with the romanisation used in UPNs. */
const KO_GIVEN: readonly [string, string][] = [
	['민준', 'minjun'],
	['서연', 'seoyeon'],
	['도윤', 'doyun'],
	['지우', 'jiwoo'],
	['하은', 'haeun'],
	['서준', 'seojun'],
	['예준', 'yejun'],
	['수아', 'sua'],
	['지호', 'jiho'],
	['하준', 'hajun'],
	['지안', 'jian'],
	['시우', 'siwoo'],
	['유진', 'yujin'],
	['민서', 'minseo'],
	['현우', 'hyunwoo'],
];
const KO_SURNAMES: readonly [string, string][] = [
	['김', 'kim'],
	['이', 'lee'],
	['박', 'park'],
	['최', 'choi'],
	['정', 'jung'],
	['강', 'kang'],
	['조', 'jo'],
	['윤', 'yoon'],
	['장', 'jang'],
	['임', 'lim'],
	['한', 'han'],
	['오', 'oh'],
];
const DEPARTMENTS = [
	'Sales',
	'Marketing',
	'Finance',
	'Human Resources',
	'Engineering',
	'Operations',
	'Customer Service',
	'Legal',
	'IT',
	'Research',
	'Procurement',
	'Logistics',
];
const TITLES = [
	'Analyst',
	'Specialist',
	'Manager',
	'Engineer',
	'Coordinator',
	'Associate',
	'Director',
	'Consultant',
	'Representative',
	'Technician',
];

/** Admin seats by role (about 60 in a 100,000-user tenant, scaled down for smaller ones). */
const ADMIN_ROLES: readonly [string, number][] = [
	[ROLE.globalAdministrator, 4],
	[ROLE.exchangeAdministrator, 8],
	[ROLE.helpdeskAdministrator, 16],
	[ROLE.userAdministrator, 6],
	[ROLE.securityAdministrator, 5],
	[ROLE.sharePointAdministrator, 4],
	[ROLE.conditionalAccessAdministrator, 2],
	[ROLE.authenticationAdministrator, 5],
	[ROLE.billingAdministrator, 3],
	[ROLE.applicationAdministrator, 3],
	[ROLE.teamsAdministrator, 4],
];

/**
 * Shared values the simulator never edits in place (updates replace these arrays): they save a few hundred bytes per
 * user in a 100,000-user tenant.
 */
const NO_PHONES: string[] = [];
const E3_LICENCE = [{skuId: SKU.microsoft365E3.skuId, disabledPlans: [] as string[]}];
const E5_LICENCE = [{skuId: SKU.microsoft365E5.skuId, disabledPlans: [] as string[]}];

export interface LargeTenant {
	readonly state: TenantState;
	/** Each user's generated profile, by index in `state.users` (drives the sign-in generator). */
	readonly profiles: readonly LargeProfile[];
}

function pickProfile(rng: Rng): LargeProfile {
	const r = rng.next();
	if (r < 0.02) return 'guest';
	if (r < 0.05) return 'disabled';
	if (r < 0.0512) return 'ropc';
	if (r < 0.0522) return 'script';
	if (r < 0.053) return 'partnerCenter';
	if (r < 0.0542) return 'imap';
	if (r < 0.0548) return 'pop';
	if (r < 0.0562) return 'smtp';
	if (r < 0.057) return 'eas';
	return 'member';
}

export function largeState(nowMs: number, seed: number, userCount: number): LargeTenant {
	const rng = new Rng(`large:${seed}`);
	const tenantId = LARGE_TENANT.id;
	const domain = LARGE_TENANT.defaultDomain;
	const users: SimUser[] = [];
	const profiles: LargeProfile[] = [];
	const key = `large:${seed}`;
	const e5Seats = Math.max(5, Math.round(userCount * 0.02));
	let e5Used = 0;
	for (let i = 0; i < userCount; i++) {
		const profile: LargeProfile = i < 2 ? 'breakGlass' : pickProfile(rng);
		const korean = rng.chance(0.3);
		const [givenDisplay, givenUpn] = korean
			? rng.pick(KO_GIVEN)
			: ((g => [g[0]!.toUpperCase() + g.slice(1), g])(rng.pick(GIVEN)) as [string, string]);
		const [surDisplay, surUpn] = korean
			? rng.pick(KO_SURNAMES)
			: ((s => [s[0]!.toUpperCase() + s.slice(1), s])(rng.pick(SURNAMES)) as [string, string]);
		const id = stableGuid(`${key}:user:${i}`);
		const created = nowMs - Math.floor(rng.next() * 8 * 365) * DAY - rng.int(DAY);
		// One string per value, shared by the fields that hold it (a 100,000-user tenant is mostly strings).
		const createdIso = iso(created);
		const guest = profile === 'guest';
		const service = profile === 'ropc' || profile === 'script' || profile === 'partnerCenter';
		const mailbox = profile === 'imap' || profile === 'pop' || profile === 'smtp';
		let local: string;
		let displayName: string;
		if (profile === 'breakGlass') {
			local = `breakglass${i + 1}`;
			displayName = `Break Glass ${i + 1}`;
		} else if (service) {
			local = `svc-${profile.toLowerCase()}-${i}`;
			displayName = `Service ${profile} ${i}`;
		} else if (mailbox) {
			local = `${profile}-mailbox-${i}`;
			displayName = `${profile.toUpperCase()} mailbox ${i}`;
		} else {
			local = `${givenUpn}.${surUpn}${i}`;
			displayName = korean ? `${surDisplay}${givenDisplay}` : `${givenDisplay} ${surDisplay}`;
		}
		const address = `${local}@${domain}`;
		const upn = guest ? `${givenUpn}.${surUpn}${i}_partner.example#EXT#@${domain}` : address;
		const dept = DEPARTMENTS[rng.int(DEPARTMENTS.length)]!;
		const registered = !guest && !service && !mailbox && profile !== 'breakGlass' && rng.chance(0.65);
		const methods: AuthMethod[] = [
			{id: '28c10230-6103-485e-b985-444c60001490', type: 'password', createdDateTime: createdIso},
		];
		if (profile === 'breakGlass')
			methods.push({
				id: stableGuid(`${key}:fido:${i}`),
				type: 'fido2',
				createdDateTime: iso(created + DAY),
				displayName: 'YubiKey 5 NFC',
				model: 'YubiKey 5 NFC',
			});
		if (registered) {
			const r = rng.next();
			const at = iso(created + rng.int(60) * DAY);
			if (r < 0.7)
				methods.push({
					id: stableGuid(`${key}:auth:${i}`),
					type: 'microsoftAuthenticator',
					createdDateTime: at,
					displayName: korean ? 'Galaxy S24' : 'iPhone 15',
					deviceTag: 'SoftwareTokenActivated',
				});
			else if (r < 0.95)
				methods.push({
					id: '3179e48a-750b-4051-897c-87b9720928f7',
					type: 'phone',
					createdDateTime: at,
					phoneNumber: `+1 555${String(1000000 + i).slice(-7)}`,
					phoneType: 'mobile',
				});
			else if (r < 0.98)
				methods.push({
					id: stableGuid(`${key}:fido:${i}`),
					type: 'fido2',
					createdDateTime: at,
					displayName: 'YubiKey 5C',
					model: 'YubiKey 5C',
				});
			else methods.push({id: stableGuid(`${key}:oath:${i}`), type: 'softwareOath', createdDateTime: at});
		}
		const e5 = !guest && profile !== 'disabled' && e5Used < e5Seats && rng.chance(0.02);
		if (e5) e5Used++;
		users.push({
			id,
			displayName: guest ? `${displayName} (Partner)` : displayName,
			givenName: service || mailbox || profile === 'breakGlass' ? null : givenDisplay,
			surname: service || mailbox || profile === 'breakGlass' ? null : surDisplay,
			userPrincipalName: upn,
			mail: guest ? `${givenUpn}.${surUpn}${i}@partner.example` : address,
			mailNickname: guest ? `${givenUpn}.${surUpn}${i}_partner.example` : local,
			accountEnabled: profile !== 'disabled',
			userType: guest ? 'Guest' : 'Member',
			createdDateTime: createdIso,
			jobTitle: guest || service || mailbox ? null : `${TITLES[rng.int(TITLES.length)]}`,
			department: guest ? null : dept,
			officeLocation: null,
			companyName: guest ? null : 'Fabrikam Holdings',
			mobilePhone: null,
			businessPhones: NO_PHONES,
			preferredLanguage: korean ? 'ko-KR' : 'en-US',
			usageLocation: guest ? null : korean ? 'KR' : 'US',
			onPremisesSyncEnabled: guest || profile === 'breakGlass' ? null : true,
			assignedLicenses: guest || profile === 'breakGlass' ? [] : e5 ? E5_LICENCE : E3_LICENCE,
			externalUserState: guest ? 'Accepted' : null,
			creationType: guest ? 'Invitation' : null,
			signInSessionsValidFromDateTime: createdIso,
			lastPasswordChangeDateTime: iso(Math.max(created, nowMs - rng.int(365) * DAY)),
			passwordPolicies: service ? 'DisablePasswordExpiration' : null,
			sim: {
				methods,
				perUserMfaState: registered && rng.chance(0.05) ? 'enforced' : 'disabled',
				risk: null,
				forceChangePasswordNextSignIn: false,
				tags: [profile],
			},
		});
		profiles.push(profile);
	}

	// Admins: members picked deterministically, more likely registered (re-roll methods for them).
	const members = users.map((u, i) => ({u, i})).filter(x => profiles[x.i] === 'member' && x.u.accountEnabled);
	const scale = Math.min(1, userCount / 100_000);
	const roleAssignments: SimRoleAssignment[] = [];
	let cursor = 0;
	for (const [role, seats] of ADMIN_ROLES) {
		for (let s = 0; s < Math.max(1, Math.round(seats * scale)); s++) {
			const pick = members[(cursor++ * 7919) % members.length];
			if (!pick) continue;
			if (!pick.u.sim.methods.some(m => m.type !== 'password') && rng.chance(0.7)) {
				pick.u.sim.methods.push({
					id: stableGuid(`${key}:admin-auth:${pick.i}`),
					type: 'microsoftAuthenticator',
					createdDateTime: iso(nowMs - 200 * DAY),
					displayName: 'iPhone 15',
					deviceTag: 'SoftwareTokenActivated',
				});
			}
			pick.u.sim.tags.push('admin');
			roleAssignments.push({
				id: stableGuid(`${key}:ra:${role}:${s}`),
				principalId: pick.u.id,
				roleDefinitionId: role,
				directoryScopeId: '/',
				appScopeId: null,
				createdDateTime: iso(nowMs - 300 * DAY),
			});
		}
	}
	for (let b = 0; b < Math.min(2, users.length); b++) {
		roleAssignments.push({
			id: stableGuid(`${key}:ra:bg:${b}`),
			principalId: users[b]!.id,
			roleDefinitionId: ROLE.globalAdministrator,
			directoryScopeId: '/',
			appScopeId: null,
			createdDateTime: iso(nowMs - 500 * DAY),
		});
	}
	const roleEligibilities: SimRoleEligibility[] = [];
	for (let e = 0; e < Math.max(1, Math.round(20 * scale)); e++) {
		const pick = members[(cursor++ * 7919) % members.length];
		if (!pick) continue;
		const role = ADMIN_ROLES[e % ADMIN_ROLES.length]![0];
		roleEligibilities.push({
			id: stableGuid(`${key}:re:${e}`),
			principalId: pick.u.id,
			roleDefinitionId: role,
			directoryScopeId: '/',
			appScopeId: null,
			memberType: 'Direct',
			status: 'Provisioned',
			createdDateTime: iso(nowMs - 100 * DAY),
			scheduleInfo: {
				startDateTime: iso(nowMs - 100 * DAY),
				expiration: {type: 'noExpiration', endDateTime: null, duration: null},
			},
		});
	}

	// Risky users among the E5-licensed and others.
	for (let r = 0; r < Math.max(1, Math.round(40 * scale)); r++) {
		const pick = members[(cursor++ * 104_729) % members.length];
		if (!pick) continue;
		const at = iso(nowMs - rng.int(20) * DAY);
		const level = rng.pick(['low', 'medium', 'high'] as const);
		pick.u.sim.risk = {
			riskLevel: level,
			riskState: 'atRisk',
			riskDetail: 'none',
			riskLastUpdatedDateTime: at,
			history: [{at, riskState: 'atRisk', riskLevel: level, riskDetail: 'none'}],
		};
	}

	const group = (name: string, memberIds: string[], extra: Partial<SimGroup> = {}): SimGroup => ({
		id: stableGuid(`${key}:group:${name}`),
		displayName: name,
		description: null,
		mailEnabled: false,
		mailNickname: name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-'),
		securityEnabled: true,
		groupTypes: [],
		isAssignableToRole: null,
		createdDateTime: iso(nowMs - 900 * DAY),
		visibility: null,
		sim: {members: memberIds},
		...extra,
	});
	const groups: SimGroup[] = DEPARTMENTS.map(dept =>
		group(
			`Dept - ${dept}`,
			users.filter(u => u.department === dept && u.userType === 'Member').map(u => u.id),
		),
	);
	groups.push(
		group(
			'Service Accounts',
			users.filter((_, i) => ['ropc', 'script', 'partnerCenter'].includes(profiles[i]!)).map(u => u.id),
		),
	);
	const breakGlassGroup = group(
		'Break Glass Accounts',
		users.slice(0, 2).map(u => u.id),
	);
	groups.push(breakGlassGroup);

	const adminPolicyAt = iso(nowMs - 200 * DAY);
	const legacyPolicyAt = iso(nowMs - 12 * DAY);
	const baseConditions = (users: Record<string, unknown>, clientAppTypes: string[]) => ({
		userRiskLevels: [],
		signInRiskLevels: [],
		clientAppTypes,
		servicePrincipalRiskLevels: [],
		platforms: null,
		locations: null,
		devices: null,
		clientApplications: null,
		authenticationFlows: null,
		applications: {
			includeApplications: ['All'],
			excludeApplications: [],
			includeUserActions: [],
			includeAuthenticationContextClassReferences: [],
			applicationFilter: null,
		},
		users: {
			includeUsers: [],
			excludeUsers: [],
			includeGroups: [],
			excludeGroups: [],
			includeRoles: [],
			excludeRoles: [],
			includeGuestsOrExternalUsers: null,
			excludeGuestsOrExternalUsers: null,
			...users,
		},
	});
	const policies: CaPolicy[] = [
		{
			id: stableGuid(`${key}:ca:admins`),
			templateId: 'c7503427-338e-4c5e-902d-abe252abfb43',
			displayName: 'CA001: Require MFA for admins',
			createdDateTime: adminPolicyAt,
			modifiedDateTime: null,
			state: 'enabled',
			sessionControls: null,
			conditions: baseConditions({includeRoles: ADMIN_ROLES.map(r => r[0]), excludeGroups: [breakGlassGroup.id]}, [
				'all',
			]),
			grantControls: {
				operator: 'OR',
				builtInControls: ['mfa'],
				customAuthenticationFactors: [],
				termsOfUse: [],
				authenticationStrength: null,
			},
		},
		{
			id: stableGuid(`${key}:ca:legacy`),
			templateId: null,
			displayName: 'CA002: Block legacy authentication',
			createdDateTime: legacyPolicyAt,
			modifiedDateTime: null,
			state: 'enabledForReportingButNotEnforced',
			sessionControls: null,
			conditions: baseConditions({includeUsers: ['All'], excludeGroups: [breakGlassGroup.id]}, [
				'exchangeActiveSync',
				'other',
			]),
			grantControls: {
				operator: 'OR',
				builtInControls: ['block'],
				customAuthenticationFactors: [],
				termsOfUse: [],
				authenticationStrength: null,
			},
		},
	];

	const licensed = users.filter(u => u.assignedLicenses.length > 0);
	const e5Count = licensed.filter(u => u.assignedLicenses[0]!.skuId === SKU.microsoft365E5.skuId).length;
	return {
		profiles,
		state: {
			format: 'mfa-onboard-simulator-state',
			version: 1,
			scenario: 'large',
			seed,
			createdAt: iso(nowMs),
			organization: {
				id: tenantId,
				displayName: LARGE_TENANT.displayName,
				createdDateTime: iso(nowMs - 3000 * DAY),
				countryLetterCode: 'US',
				tenantType: 'AAD',
				partnerTenantType: null,
				onPremisesSyncEnabled: true,
				onPremisesLastSyncDateTime: iso(nowMs - 1_800_000),
				technicalNotificationMails: [`it-ops@${domain}`],
				securityComplianceNotificationMails: [],
				verifiedDomains: [
					{
						name: domain,
						isDefault: true,
						isInitial: true,
						type: 'Managed',
						capabilities: 'Email, OfficeCommunicationsOnline',
					},
				],
				assignedPlans: [],
			},
			skus: [
				makeSku(
					tenantId,
					'microsoft365E3',
					licensed.length - e5Count + 500,
					licensed.length - e5Count,
					LARGE_TENANT.displayName,
				),
				makeSku(tenantId, 'microsoft365E5', e5Seats, e5Count, LARGE_TENANT.displayName),
			],
			users,
			groups,
			servicePrincipals: firstPartyServicePrincipals(key),
			applications: [],
			roleAssignments,
			roleEligibilities,
			caPolicies: policies,
			caHistory: policies.map(p => ({at: p.createdDateTime, id: p.id, policy: structuredClone(p)})),
			securityDefaults: securityDefaults(false),
			securityDefaultsHistory: [{at: iso(nowMs - 2000 * DAY), isEnabled: false}],
			authMethodsPolicy: authMethodsPolicy(nowMs, {
				authenticator: true,
				sms: true,
				fido2: true,
				tap: true,
				hardwareOath: false,
			}),
			authorizationPolicy: authorizationPolicy(),
			reportSettings: {id: 'reportSettings', displayConcealedNames: true},
			riskDetections: users
				.filter(u => u.sim.risk)
				.map((u, k) => ({
					id: stableGuid(`${key}:rd:${k}`),
					requestId: null,
					correlationId: null,
					riskEventType: k % 3 === 0 ? 'leakedCredentials' : k % 3 === 1 ? 'unfamiliarFeatures' : 'anonymizedIPAddress',
					riskState: 'atRisk',
					riskLevel: u.sim.risk!.riskLevel,
					riskDetail: 'none',
					source: 'IdentityProtection',
					detectionTimingType: k % 3 === 0 ? 'offline' : 'realtime',
					activity: k % 3 === 0 ? 'user' : 'signin',
					tokenIssuerType: 'AzureAD',
					ipAddress: null,
					activityDateTime: u.sim.risk!.riskLastUpdatedDateTime,
					detectedDateTime: u.sim.risk!.riskLastUpdatedDateTime,
					lastUpdatedDateTime: u.sim.risk!.riskLastUpdatedDateTime,
					userId: u.id,
					userDisplayName: u.displayName,
					userPrincipalName: u.userPrincipalName,
					additionalInfo: null,
					location: null,
				})),
			mailClients: {},
			story: {},
			signInUserId:
				roleAssignments.find(a => a.roleDefinitionId === ROLE.globalAdministrator)?.principalId ?? users[0]!.id,
			idCounter: 0,
			appRoleGrants: {},
		},
	};
}
