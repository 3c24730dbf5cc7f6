/**
 * Hand-written assessments for the steps 1–5 tests (branch steps15), modelled on the demo tenant's story
 * (src/simulator/scenarios/contoso.ts): Entra ID P1 with a small P2 add-on, security defaults off, one report-only
 * "MFA for all users" policy, a scanner on Authenticated SMTP, a shared mailbox on IMAP4, a POP3 user, an ActiveSync
 * user on basic auth, a password spray over IMAP, an Outlook 2013 user, SMS and Authenticator allowed, and two
 * automation accounts (ROPC through Azure PowerShell, a PSA integration on the Partner Center API).
 * `report` is computed by the compliance engine from a matching read model; its legacy and automation parts are then
 * set from the details below so both views agree.
 */
import type {
	Assessment,
	AutomationEvidence,
	EmailAppUsageRow,
	LegacyUse,
	MethodConfig,
	OfficeDetails,
} from '../../src/assessment/types.js';
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
	read,
	type SubscribedSku,
	unavailable,
} from '../../src/compliance/index.js';
import {createTranslator} from '../../src/i18n/index.js';
import {SERVICE_PLAN} from '../../src/knowledge/licences.js';
import {ROLE} from '../../src/knowledge/roles.js';
import type {Report, ReportCloud} from '../../src/report/types.js';

export const FIXTURE_NOW = '2026-11-26T10:00:00Z';
export const TENANT_ID = '4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5';
export const DOMAIN = 'contosopartner.onmicrosoft.com';
export const upn = (local: string) => `${local}@${DOMAIN}`;
const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

export const USER = {
	admin: id(1),
	exchangeAdmin: id(2),
	scanner: id(3),
	support: id(4),
	pop3: id(5),
	eas: id(6),
	outlook2013: id(7),
	ropc: id(8),
	psa: id(9),
	spray1: id(10),
	spray2: id(11),
	emergency01: id(12),
	warehouse: id(13),
} as const;

const LOCAL: Readonly<Record<keyof typeof USER, string>> = {
	admin: 'sarah.chen',
	exchangeAdmin: 'minjun.kim',
	scanner: 'scanner.3f',
	support: 'support',
	pop3: 'robert.johnson',
	eas: 'yujin.choi',
	outlook2013: 'margaret.thompson',
	ropc: 'svc-azure-automation',
	psa: 'svc-psa',
	spray1: 'jaehyun.han',
	spray2: 'hyejin.oh',
	emergency01: 'emergency01',
	warehouse: 'dowoon.kang',
};

export const REPORT_ONLY_POLICY_ID = 'c0ffee00-0000-4000-8000-000000000001';

const daysAgo = (days: number, hours = 0) =>
	`${new Date(Date.parse(FIXTURE_NOW) - days * 86_400_000 - hours * 3_600_000).toISOString().slice(0, 19)}Z`;

function sku(p1: boolean, p2: boolean): SubscribedSku[] {
	const plans = (names: string[]) =>
		names.map(name => ({
			servicePlanId:
				name === 'AAD_PREMIUM'
					? SERVICE_PLAN.entraIdP1
					: name === 'AAD_PREMIUM_P2'
						? SERVICE_PLAN.entraIdP2
						: `00000000-0000-0000-0000-${name.length.toString().padStart(12, '0')}`,
			servicePlanName: name,
			provisioningStatus: 'Success',
		}));
	return [
		{
			skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
			skuPartNumber: p1 ? 'SPB' : 'O365_BUSINESS_ESSENTIALS',
			capabilityStatus: 'Enabled',
			servicePlans: plans(
				p1 ? ['AAD_PREMIUM', 'EXCHANGE_S_STANDARD', 'OFFICESUBSCRIPTION', 'INTUNE_A'] : ['EXCHANGE_S_STANDARD'],
			),
		},
		...(p2
			? [
					{
						skuId: '84a661c4-e949-4bd2-a560-ed7766fcaf2b',
						skuPartNumber: 'AAD_PREMIUM_P2',
						capabilityStatus: 'Enabled',
						servicePlans: plans(['AAD_PREMIUM_P2']),
					},
				]
			: []),
	];
}

const reportOnlyPolicy: ConditionalAccessPolicy = {
	id: REPORT_ONLY_POLICY_ID,
	displayName: 'Require MFA for all users',
	state: 'enabledForReportingButNotEnforced',
	conditions: {
		users: {includeUsers: ['All'], excludeUsers: [USER.emergency01], excludeGroups: ['svc-group']},
		applications: {includeApplications: ['All']},
		clientAppTypes: ['all'],
	},
	grantControls: {operator: 'OR', builtInControls: ['mfa']},
};

function legacyUse(
	local: keyof typeof USER,
	protocol: LegacyUse['protocol'],
	options: Partial<LegacyUse> & {success?: number; failed?: number; last?: number},
): LegacyUse {
	const success = options.success ?? 0;
	const failed = options.failed ?? 0;
	const last = daysAgo(options.last ?? 1);
	return {
		protocol,
		userId: USER[local],
		userPrincipalName: upn(LOCAL[local]),
		displayName: options.displayName ?? LOCAL[local],
		app: options.app ?? 'Office 365 Exchange Online',
		device: options.device ?? {displayName: null, operatingSystem: null, browser: null},
		signIns: success + failed,
		successfulSignIns: success,
		lastSeen: last,
		lastSuccess: success > 0 ? last : null,
		kind: options.kind ?? 'person',
		kindHints: options.kindHints ?? [],
	};
}

export const CONTOSO_LEGACY_USES: readonly LegacyUse[] = [
	legacyUse('scanner', 'Authenticated SMTP', {
		success: 212,
		displayName: 'Scanner 3F (RICOH IM C3000)',
		device: {displayName: 'RICOH IM C3000', operatingSystem: null, browser: null},
		kind: 'device',
		kindHints: ['nameLooksLikeDevice', 'smtpOnly', 'noModernSignIns'],
	}),
	legacyUse('eas', 'Exchange ActiveSync', {
		success: 96,
		displayName: '최유진',
		device: {displayName: 'SM-G960N', operatingSystem: 'Android 10', browser: null},
	}),
	legacyUse('support', 'IMAP4', {
		success: 640,
		displayName: 'Support Desk',
		kind: 'sharedMailbox',
		kindHints: ['nameLooksLikeSharedMailbox', 'noModernSignIns'],
	}),
	legacyUse('spray1', 'IMAP4', {failed: 14, displayName: '한재현', last: 3}),
	legacyUse('spray2', 'IMAP4', {failed: 11, displayName: '오혜진', last: 3}),
	legacyUse('pop3', 'POP3', {
		success: 58,
		displayName: 'Robert Johnson',
		device: {displayName: 'HOME-PC', operatingSystem: 'Windows 10', browser: null},
		last: 2,
	}),
];

export const CONTOSO_USAGE_ROWS: readonly EmailAppUsageRow[] = [
	{
		userPrincipalName: '5B8F3C1A2E9D4F6B8A0C3E5D7F9B1A2C',
		displayName: null,
		lastActivityDate: '2026-11-24',
		pop3: true,
		imap4: false,
		smtp: false,
		outlookForWindows: [],
	},
	{
		userPrincipalName: '9C2E4A6B8D0F1A3C5E7B9D1F3A5C7E9B',
		displayName: null,
		lastActivityDate: '2026-11-25',
		pop3: false,
		imap4: true,
		smtp: false,
		outlookForWindows: [],
	},
	{
		userPrincipalName: '1A3C5E7B9D1F3A5C7E9B2D4F6A8C0E2B',
		displayName: null,
		lastActivityDate: '2026-11-25',
		pop3: false,
		imap4: false,
		smtp: true,
		outlookForWindows: [],
	},
];

export const CONTOSO_AUTOMATION: readonly AutomationEvidence[] = [
	{
		userId: USER.ropc,
		userPrincipalName: upn('svc-azure-automation'),
		displayName: 'Azure Automation (svc)',
		reasons: ['ropc', 'scriptClient:Microsoft Azure PowerShell'],
		apps: [
			{
				appId: '1950a258-227b-4e31-a9cf-717495945fc2',
				name: 'Microsoft Azure PowerShell',
				signIns: 120,
				lastSeen: daysAgo(0, 5),
			},
		],
		resources: ['Windows Azure Service Management API'],
		protocols: ['ropc'],
		singleFactorSignIns: 120,
		signIns: 120,
		lastSeen: daysAgo(0, 5),
	},
	{
		userId: USER.psa,
		userPrincipalName: upn('svc-psa'),
		displayName: 'PSA Billing Sync (svc)',
		reasons: ['partnerCenterApi'],
		apps: [
			{appId: 'a1b2c3d4-0000-4000-8000-00000000psa1', name: 'PSA Billing Sync', signIns: 30, lastSeen: daysAgo(1)},
		],
		resources: ['Partner Center API'],
		protocols: ['oAuth2'],
		singleFactorSignIns: 30,
		signIns: 30,
		lastSeen: daysAgo(1),
	},
	{
		userId: USER.scanner,
		userPrincipalName: upn('scanner.3f'),
		displayName: 'Scanner 3F (RICOH IM C3000)',
		reasons: ['legacyProtocolOnly'],
		apps: [{appId: null, name: 'Office 365 Exchange Online', signIns: 212, lastSeen: daysAgo(1)}],
		resources: ['Office 365 Exchange Online'],
		protocols: ['Authenticated SMTP'],
		singleFactorSignIns: 212,
		signIns: 212,
		lastSeen: daysAgo(1),
	},
];

const CONFIG = (cid: string, state: 'enabled' | 'disabled'): MethodConfig => ({
	id: cid,
	state,
	includeTargets: [{id: 'all_users', targetType: 'group'}],
	excludeTargets: [],
});

export const CONTOSO_METHOD_CONFIGS: readonly MethodConfig[] = [
	CONFIG('Fido2', 'disabled'),
	CONFIG('MicrosoftAuthenticator', 'enabled'),
	CONFIG('Sms', 'enabled'),
	CONFIG('TemporaryAccessPass', 'disabled'),
	CONFIG('SoftwareOath', 'disabled'),
	CONFIG('HardwareOath', 'disabled'),
	CONFIG('Voice', 'disabled'),
	CONFIG('Email', 'disabled'),
];

export interface FixtureOptions {
	readonly p1?: boolean;
	readonly p2?: boolean;
	readonly cloud?: ReportCloud;
	readonly securityDefaults?: boolean | null;
	readonly policies?: readonly ConditionalAccessPolicy[];
	readonly concealedNames?: boolean | null;
	/** Defaults to sign-in logs with P1, the usage report without. */
	readonly legacySource?: 'signInLogs' | 'usageReport' | 'none';
	readonly legacyUses?: readonly LegacyUse[];
	readonly usageRows?: readonly EmailAppUsageRow[] | null;
	readonly automation?: readonly AutomationEvidence[];
	readonly methodConfigs?: readonly MethodConfig[] | null;
	readonly registeredByMethod?: Readonly<Record<string, number>> | null;
	readonly office?: Partial<OfficeDetails>;
	readonly perUserMfa?: ReadonlyMap<string, PerUserMfaState> | 'notRead';
	readonly signedInMfaRegistered?: boolean | null;
	readonly partnerTenantType?: string | null;
}

const USERS: readonly DirectoryUser[] = (Object.keys(USER) as (keyof typeof USER)[]).map(k => ({
	id: USER[k],
	userPrincipalName: upn(LOCAL[k]),
	displayName: LOCAL[k],
	userType: 'Member',
	accountEnabled: true,
}));

/** A Contoso-like assessment; every option changes one fact. */
export function contosoAssessment(options: FixtureOptions = {}): Assessment {
	const p1 = options.p1 ?? true;
	const p2 = options.p2 ?? p1;
	const skus = sku(p1, p2);
	const licences = licencesFromSkus(read(skus));
	const now = new Date(FIXTURE_NOW);
	const window = computeWindow({now, licences});
	const agg = createSignInAggregator({window});
	if (p1) {
		for (let pending = agg.pendingSlices(); pending.length > 0; pending = agg.pendingSlices()) {
			for (const slice of pending) agg.complete(slice);
		}
	} else {
		agg.unavailable({reason: 'licence', detail: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant'});
	}
	const policies = options.policies ?? [reportOnlyPolicy];
	const perUser =
		options.perUserMfa === 'notRead'
			? NOT_READ
			: {
					status: 'read' as const,
					byUser:
						options.perUserMfa ??
						new Map<string, PerUserMfaState>(
							USERS.map(u => [u.id, u.id === USER.admin ? 'enforced' : 'disabled'] as const),
						),
				};
	const input: AssessmentInput = {
		organization: {
			id: TENANT_ID,
			displayName: 'Contoso Partner',
			partnerTenantType:
				options.partnerTenantType === undefined ? 'resellerPartnerDelegatedAdmin' : options.partnerTenantType,
			verifiedDomains: [{name: DOMAIN, isDefault: true, isInitial: true}],
		},
		subscribedSkus: read(skus),
		securityDefaults:
			options.securityDefaults === null
				? unavailable('permission')
				: read({isEnabled: options.securityDefaults ?? false}),
		conditionalAccessPolicies: p1 ? read(policies) : unavailable('licence'),
		users: read(USERS),
		groupMembers: new Map([['svc-group', read([USER.ropc, USER.psa, USER.scanner])]]),
		roleAssignments: read([
			{
				principalId: USER.admin,
				principalType: 'user',
				roleDefinitionId: ROLE.globalAdministrator,
				directoryScopeId: '/',
			},
			{
				principalId: USER.emergency01,
				principalType: 'user',
				roleDefinitionId: ROLE.globalAdministrator,
				directoryScopeId: '/',
			},
			{
				principalId: USER.exchangeAdmin,
				principalType: 'user',
				roleDefinitionId: ROLE.exchangeAdministrator,
				directoryScopeId: '/',
			},
		]),
		roleEligibilities: p2 ? read([]) : unavailable('licence'),
		perUserMfa: perUser,
		registrationDetails: p1
			? read(USERS.map(u => ({id: u.id, userPrincipalName: u.userPrincipalName, isMfaRegistered: u.id === USER.admin})))
			: unavailable('licence'),
		authenticationMethods: NOT_READ,
		riskyUsers: p2 ? read([]) : unavailable('licence'),
		riskDetections: p2 ? read([]) : unavailable('licence'),
		signIns: agg.result(),
		usageReports: {status: 'complete'},
	};
	const evaluated = evaluate(input, {
		now,
		breakGlass: [],
		t: createTranslator('en', 'UTC'),
		toolVersion: '0.0.0-test',
		mode: 'demo',
		cloud: options.cloud ?? 'global',
	});
	const source = options.legacySource ?? (p1 ? 'signInLogs' : 'usageReport');
	const uses = source === 'signInLogs' ? (options.legacyUses ?? CONTOSO_LEGACY_USES) : [];
	const automation = p1 ? (options.automation ?? CONTOSO_AUTOMATION) : [];
	const byProtocol: Record<string, {signIns: number; successfulSignIns: number; users: number}> = {};
	for (const use of uses) {
		const entry = byProtocol[use.protocol] ?? {signIns: 0, successfulSignIns: 0, users: 0};
		byProtocol[use.protocol] = entry;
		entry.signIns += use.signIns;
		entry.successfulSignIns += use.successfulSignIns;
		if (use.successfulSignIns > 0) entry.users += 1;
	}
	const report: Report = {
		...evaluated,
		legacyAuth:
			source === 'signInLogs'
				? {
						signIns: uses.reduce((n, u) => n + u.signIns, 0),
						successfulSignIns: uses.reduce((n, u) => n + u.successfulSignIns, 0),
						users: new Set(uses.filter(u => u.successfulSignIns > 0).map(u => u.userPrincipalName)).size,
						failedOnlyAttempts: uses.filter(u => u.successfulSignIns === 0).reduce((n, u) => n + u.signIns, 0),
						byProtocol,
						subjects: uses
							.filter(u => u.successfulSignIns > 0)
							.map(u => ({
								userPrincipalName: u.userPrincipalName,
								protocols: [u.protocol],
								successfulSignIns: u.successfulSignIns,
								lastSeen: u.lastSeen,
							})),
					}
				: evaluated.legacyAuth,
		automation: {
			accounts: automation.map(a => ({
				userPrincipalName: a.userPrincipalName,
				id: a.userId,
				reasons: a.reasons,
				signIns: a.signIns,
				lastSeen: a.lastSeen,
			})),
		},
	};
	const concealed = options.concealedNames === undefined ? true : options.concealedNames;
	const coverage = (status: 'complete' | 'unavailable', reason?: string) =>
		reason ? {status, reason} : ({status} as const);
	return {
		directoryNames: {},
		collectedAt: FIXTURE_NOW,
		tenant: {
			id: TENANT_ID,
			displayName: 'Contoso Partner',
			defaultDomain: DOMAIN,
			initialDomain: DOMAIN,
			partnerTenantType:
				options.partnerTenantType === undefined ? 'resellerPartnerDelegatedAdmin' : options.partnerTenantType,
			cloud: options.cloud ?? 'global',
			onPremisesSyncEnabled: null,
		},
		signedIn: {
			id: USER.admin,
			userPrincipalName: upn('sarah.chen'),
			displayName: 'Sarah Chen',
			roleTemplateIds: [ROLE.globalAdministrator],
			mfaRegistered: options.signedInMfaRegistered === undefined ? true : options.signedInMfaRegistered,
		},
		licences: {
			entraIdP1: p1,
			entraIdP2: p2,
			skus: [
				{
					skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
					skuPartNumber: p1 ? 'SPB' : 'O365_BUSINESS_ESSENTIALS',
					capabilityStatus: 'Enabled',
					consumedUnits: 38,
					enabledUnits: 40,
					plans: p1
						? ['AAD_PREMIUM', 'EXCHANGE_S_STANDARD', 'OFFICESUBSCRIPTION', 'INTUNE_A']
						: ['EXCHANGE_S_STANDARD'],
				},
				...(p2
					? [
							{
								skuId: '84a661c4-e949-4bd2-a560-ed7766fcaf2b',
								skuPartNumber: 'AAD_PREMIUM_P2',
								capabilityStatus: 'Enabled',
								consumedUnits: 5,
								enabledUnits: 5,
								plans: ['AAD_PREMIUM_P2'],
							},
						]
					: []),
			],
			exchangeSeats: 38,
			officeAppsSeats: p1 ? 38 : 0,
			coverage: {status: 'complete'},
		},
		securityDefaults: options.securityDefaults === undefined ? false : options.securityDefaults,
		policies: p1
			? policies.map(p => ({
					...(p as unknown as Record<string, unknown>),
					id: p.id,
					displayName: p.displayName,
					state: p.state,
				}))
			: null,
		input,
		report,
		legacy: {
			source,
			uses,
			usageReport: options.usageRows === undefined ? CONTOSO_USAGE_ROWS : options.usageRows,
			concealedNames: concealed,
			coverage: source === 'none' ? coverage('unavailable', 'permission') : coverage('complete'),
		},
		office: {
			exchangeUsers: 38,
			officeAppsUsers: p1 ? 38 : 0,
			outlookVersions: {
				'Outlook M365': 24,
				'Outlook 2016': 6,
				'Outlook 2013': 1,
				'Outlook 2010': 0,
				'Outlook 2007': 0,
				Undetermined: 3,
			},
			outlook2013Users: concealed ? ['7E9B1A2C5B8F3C1A2E9D4F6B8A0C3E5D'] : [upn('margaret.thompson')],
			concealedNames: concealed,
			coverage: {status: 'complete'},
			...options.office,
		},
		methods: {
			configurations: options.methodConfigs === undefined ? CONTOSO_METHOD_CONFIGS : options.methodConfigs,
			registrationCampaign: {
				state: 'default',
				snoozeDurationInDays: 1,
				includeTargets: [{id: 'all_users', targetType: 'group'}],
			},
			registeredByMethod:
				options.registeredByMethod === undefined
					? p1
						? {
								microsoftAuthenticatorPush: 22,
								mobilePhone: 14,
								fido2SecurityKey: 2,
								softwareOneTimePasscode: 2,
								windowsHelloForBusiness: 1,
							}
						: null
					: options.registeredByMethod,
			policyMigrationState: 'migrationComplete',
			coverage: {status: 'complete'},
		},
		automation,
		admins: {admins: [], breakGlassCandidates: [], adminSsprAllowed: true, coverage: {status: 'complete'}},
		risk: {available: p2, users: [], coverage: p2 ? {status: 'complete'} : {status: 'unavailable', reason: 'licence'}},
	};
}
