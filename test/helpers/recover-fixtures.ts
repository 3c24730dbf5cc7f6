/**
 * Hand-written assessments for the recover branch's steps (sspr, recovery, summary) until the collector lands: the
 * Contoso demo story's admins and its leaked-credential user, with the simulator's object ids so targeted reads and
 * writes against `createSimulator()` hit the same people. The compliance part (`input`, `report`) is the compliance
 * engine's own evaluation of a small tenant (test/compliance/fixtures.ts), so the summary has a real report to show.
 */
import type {AdminInfo, Assessment, RiskyUserInfo} from '../../src/assessment/types.js';
import {evaluate} from '../../src/compliance/index.js';
import {createTranslator} from '../../src/i18n/index.js';
import {ROLE} from '../../src/knowledge/roles.js';
import type {CoverageItem, Report} from '../../src/report/types.js';
import {CONTOSO, contosoUserId, upnOf} from '../../src/simulator/scenarios/contoso.js';
import {buildInput, NOW, type Scenario} from '../compliance/fixtures.js';

export type Licence = 'free' | 'p1' | 'p2';

const complete: CoverageItem = {status: 'complete'};

function admin(
	local: string,
	displayName: string,
	role: string,
	state: {mfa: boolean | null; sspr: boolean | null; methods: string[] | null},
	extra: Partial<AdminInfo> = {},
): AdminInfo {
	return {
		id: contosoUserId(local),
		userPrincipalName: upnOf(local),
		displayName,
		accountEnabled: true,
		cloudOnly: true,
		roles: [{roleTemplateId: role, via: 'direct', groupId: null, groupName: null, eligible: false}],
		mfaRegistered: state.mfa,
		ssprRegistered: state.sspr,
		methods: state.methods,
		...extra,
	};
}

/** Contoso's admins as the assessment reads them (registration details with P1; methods only without). */
export function contosoAdmins(licence: Licence): AdminInfo[] {
	const details = licence !== 'free';
	const s = (mfa: boolean, sspr: boolean, methods: string[]) => ({
		mfa,
		sspr: details ? sspr : null,
		methods,
	});
	return [
		admin(
			CONTOSO.admin,
			'Sarah Chen',
			ROLE.globalAdministrator,
			s(true, true, ['microsoftAuthenticatorPush', 'mobilePhone']),
		),
		admin('emergency01', 'Emergency Access 01', ROLE.globalAdministrator, s(true, false, ['fido2SecurityKey'])),
		admin(CONTOSO.exchangeAdmin, '김민준', ROLE.exchangeAdministrator, s(false, false, [])),
		admin(CONTOSO.helpdeskAdmin, '박지훈', ROLE.helpdeskAdministrator, s(true, true, ['mobilePhone'])),
		admin(CONTOSO.groupAdmin, '이서연', ROLE.securityAdministrator, s(true, true, ['microsoftAuthenticatorPush']), {
			roles: [
				{
					roleTemplateId: ROLE.securityAdministrator,
					via: 'group',
					groupId: 'g-secops',
					groupName: 'SecOps Admins',
					eligible: false,
				},
			],
		}),
		admin(
			CONTOSO.eligibleAdmin,
			'David Miller',
			ROLE.globalAdministrator,
			s(true, true, ['microsoftAuthenticatorPush']),
			{
				roles: [
					{roleTemplateId: ROLE.globalAdministrator, via: 'direct', groupId: null, groupName: null, eligible: true},
				],
			},
		),
	];
}

export function emilyRisk(): RiskyUserInfo {
	return {
		id: contosoUserId(CONTOSO.leakedUser),
		userPrincipalName: upnOf(CONTOSO.leakedUser),
		displayName: 'Emily Davis',
		riskLevel: 'high',
		riskState: 'atRisk',
		riskDetail: 'none',
		riskLastUpdatedDateTime: '2026-11-17T10:00:00Z',
		leakedCredentials: true,
		cloudOnly: true,
	};
}

export interface RecoverFixture {
	readonly licence?: Licence;
	readonly admins?: AdminInfo[];
	readonly adminSsprAllowed?: boolean | null;
	readonly campaignState?: string | null;
	readonly riskUsers?: RiskyUserInfo[];
	readonly scenario?: Scenario;
	readonly breakGlass?: readonly string[];
	readonly collectedAt?: string;
}

/** The compliance report of the small tenant, evaluated at NOW. */
export function fixtureReport(
	scenario: Scenario,
	breakGlass: readonly string[] = [],
): {input: Assessment['input']; report: Report} {
	const input = buildInput(scenario);
	const report = evaluate(input, {
		now: NOW,
		days: scenario.days,
		breakGlass,
		t: createTranslator('en', 'UTC'),
		toolVersion: '0.0.0-test',
		mode: 'demo',
		cloud: 'global',
	});
	return {input, report};
}

export function recoverAssessment(options: RecoverFixture = {}): Assessment {
	const licence = options.licence ?? 'p2';
	const p1 = licence !== 'free';
	const p2 = licence === 'p2';
	const {input, report} = fixtureReport({p1, p2, ...options.scenario}, options.breakGlass);
	const unavailable = (reason: string): CoverageItem => ({status: 'unavailable', reason});
	const registration: CoverageItem = p1 ? complete : {status: 'complete', reason: 'perUserMethods'};
	const risk = p2
		? {available: true, users: options.riskUsers ?? [emilyRisk()], coverage: complete}
		: {available: false, users: [], coverage: unavailable('licence')};
	return {
		// As collect names them: users (UPNs) by id, for the ids policies name.
		directoryNames: Object.fromEntries(
			input.users.status === 'read' ? input.users.value.map(u => [u.id, u.userPrincipalName ?? u.id]) : [],
		),
		collectedAt: options.collectedAt ?? NOW.toISOString().replace('.000Z', 'Z'),
		tenant: {
			id: '4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5',
			displayName: 'Contoso Partner',
			defaultDomain: 'contosopartner.onmicrosoft.com',
			initialDomain: 'contosopartner.onmicrosoft.com',
			partnerTenantType: 'resellerPartnerDelegatedAdmin',
			cloud: 'global',
			onPremisesSyncEnabled: false,
		},
		signedIn: {
			id: contosoUserId(CONTOSO.admin),
			userPrincipalName: upnOf(CONTOSO.admin),
			displayName: 'Sarah Chen',
			roleTemplateIds: [ROLE.globalAdministrator],
			mfaRegistered: true,
		},
		licences: {
			entraIdP1: p1,
			entraIdP2: p2,
			skus: null,
			exchangeSeats: null,
			officeAppsSeats: null,
			coverage: complete,
		},
		securityDefaults: false,
		policies: [],
		input,
		report: {
			...report,
			coverage: {...report.coverage, registration},
			users: {...report.users, mfaNotRegistered: report.users.mfaNotRegistered ?? 12},
		},
		legacy: {source: 'none', uses: [], usageReport: null, concealedNames: null, coverage: complete},
		office: {
			exchangeUsers: null,
			officeAppsUsers: null,
			outlookVersions: null,
			outlook2013Users: null,
			concealedNames: null,
			coverage: complete,
		},
		methods: {
			configurations: null,
			registrationCampaign:
				options.campaignState === null
					? null
					: {
							state: options.campaignState ?? 'default',
							snoozeDurationInDays: 1,
							includeTargets: [{id: 'all_users', targetType: 'group'}],
						},
			registeredByMethod: null,
			policyMigrationState: null,
			coverage: complete,
		},
		automation: [],
		admins: {
			admins: options.admins ?? contosoAdmins(licence),
			breakGlassCandidates: [
				{id: contosoUserId('emergency01'), userPrincipalName: upnOf('emergency01'), hints: ['name']},
			],
			adminSsprAllowed: options.adminSsprAllowed === undefined ? true : options.adminSsprAllowed,
			coverage: complete,
		},
		risk,
	};
}
