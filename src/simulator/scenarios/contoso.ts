/**
 * "Contoso Partner": the hand-written demo tenant every wizard step exercises. A reseller partner's own tenant with ~44
 * accounts (English and Korean names), Microsoft 365 Business Premium (Entra ID P1) for most people and a 5-seat Entra
 * ID P2 add-on (so risky users and recovery work), security defaults off and one report-only CA policy with gaps.
 *
 * The story, by account (UPN local part):
 * - sarah.chen: Global Administrator, the signed-in demo admin, Authenticator + phone, per-user MFA enforced.
 * - minjun.kim (김민준): Exchange Administrator with no MFA method at all. Story event `exchange-admin-registers`:
 *   registers Authenticator a while after his registration details are first read individually (see story.ts).
 * - seoyeon.lee (이서연): Security Administrator through the role-assignable group "SecOps Admins" (nested in IT).
 * - jihoon.park (박지훈): Helpdesk Administrator, SMS only.
 * - david.miller: PIM-eligible Global Administrator (no active role).
 * - emergency01 / emergency02: break-glass candidates (cloud-only, Global Administrator, FIDO2, not declared anywhere);
 *   the report-only policy excludes only emergency01.
 * - svc-azure-automation: Azure PowerShell over ROPC, single-factor, non-interactive (member of "Service Accounts").
 * - svc-psa: a PSA/billing integration signing in single-factor to the Partner Center API ("Service Accounts").
 * - scanner.3f: the office multifunction printer sending scans over Authenticated SMTP ("Service Accounts").
 * - support: a shared mailbox read over IMAP4 by the ticketing system (not in "Service Accounts": a gap).
 * - robert.johnson (POP3 from a home PC), yujin.choi (최유진, Exchange ActiveSync with basic auth on an old Android),
 *   margaret.thompson (Outlook 2013 with the ADAL keys set), emily.davis (leaked credentials, at risk, P2).
 * - The "Warehouse" group: five frontline workers without phones and without any method.
 * - jaehyun.han, hyejin.oh, michael.brown: targets of a password spray over IMAP (failures 50126 only).
 * - two disabled former employees and three guests.
 */
import {ROLE} from '../../knowledge/roles.js';
import {DEMO_TENANT} from '../demo-tenant.js';
import {stableGuid} from '../rng.js';
import type {
	AuthMethod,
	CaPolicy,
	MailClientUsage,
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
	method,
	SKU,
	securityDefaults,
} from './common.js';

const DOMAIN = DEMO_TENANT.defaultDomain;
export const CONTOSO_KEY = 'contoso';

export const contosoId = (kind: string, key: string): string => stableGuid(`${CONTOSO_KEY}:${kind}:${key}`);
export const contosoUserId = (local: string): string => contosoId('user', local);
export const contosoGroupId = (name: string): string => contosoId('group', name);

/** The UPN local parts with a role in the story, for tests and story events. */
export const CONTOSO = {
	admin: 'sarah.chen',
	exchangeAdmin: 'minjun.kim',
	groupAdmin: 'seoyeon.lee',
	helpdeskAdmin: 'jihoon.park',
	eligibleAdmin: 'david.miller',
	breakGlass: ['emergency01', 'emergency02'],
	ropcService: 'svc-azure-automation',
	psaService: 'svc-psa',
	scanner: 'scanner.3f',
	sharedMailbox: 'support',
	pop3User: 'robert.johnson',
	easUser: 'yujin.choi',
	outlook2013User: 'margaret.thompson',
	leakedUser: 'emily.davis',
	warehouse: ['dowoon.kang', 'jiwoo.yoon', 'tom.baker', 'luis.garcia', 'yejun.jang'],
	sprayTargets: ['jaehyun.han', 'hyejin.oh', 'michael.brown'],
	psaAppId: stableGuid(`${CONTOSO_KEY}:app:psa-billing-sync`),
	reportOnlyPolicyId: contosoId('ca', 'require-mfa-all-users'),
} as const;

export const upnOf = (local: string): string => `${local}@${DOMAIN}`;

type M = 'authenticator' | 'sms' | 'fido2' | 'oath' | 'whfb' | 'authenticator+sms';

interface Person {
	readonly local: string;
	readonly name: string;
	readonly given: string | null;
	readonly surname: string | null;
	readonly job: string | null;
	readonly dept: string | null;
	readonly lang: 'ko-KR' | 'en-US';
	readonly methods: readonly M[];
	readonly licences: readonly ('bp' | 'p2')[];
	readonly phone?: string;
	readonly enabled?: boolean;
	readonly tags?: readonly string[];
	readonly perUserMfa?: 'enabled' | 'enforced';
	/** Years since the account was created (varies the dates). */
	readonly age: number;
	readonly office?: string;
}

// biome-ignore format: one account per line reads as a table
const P: readonly Person[] = [
	// Admins
	{local: 'sarah.chen', name: 'Sarah Chen', given: 'Sarah', surname: 'Chen', job: 'IT Director', dept: 'IT', lang: 'en-US', methods: ['authenticator+sms'], licences: ['bp', 'p2'], phone: '+82 1041127730', perUserMfa: 'enforced', age: 4.2, tags: ['admin']},
	{local: 'minjun.kim', name: '김민준', given: '민준', surname: '김', job: 'Messaging Administrator', dept: 'IT', lang: 'ko-KR', methods: [], licences: ['bp'], phone: '+82 1052318841', age: 3.1, tags: ['admin']},
	{local: 'seoyeon.lee', name: '이서연', given: '서연', surname: '이', job: 'Security Analyst', dept: 'IT', lang: 'ko-KR', methods: ['authenticator'], licences: ['bp', 'p2'], phone: '+82 1077345120', age: 2.4, tags: ['admin']},
	{local: 'jihoon.park', name: '박지훈', given: '지훈', surname: '박', job: 'Service Desk Lead', dept: 'IT', lang: 'ko-KR', methods: ['sms'], licences: ['bp', 'p2'], phone: '+82 1063398124', age: 3.7, tags: ['admin']},
	{local: 'david.miller', name: 'David Miller', given: 'David', surname: 'Miller', job: 'Cloud Architect', dept: 'IT', lang: 'en-US', methods: ['authenticator', 'oath'], licences: ['bp', 'p2'], phone: '+82 1020917736', age: 1.9, tags: ['admin']},
	// Break-glass candidates: cloud-only, unlicensed, FIDO2 keys kept in the safe.
	{local: 'emergency01', name: 'Emergency Access 01', given: null, surname: null, job: null, dept: null, lang: 'en-US', methods: ['fido2'], licences: [], age: 2.9, tags: ['break-glass']},
	{local: 'emergency02', name: 'Emergency Access 02', given: null, surname: null, job: null, dept: null, lang: 'en-US', methods: ['fido2'], licences: [], age: 2.9, tags: ['break-glass']},
	// Service accounts
	{local: 'svc-azure-automation', name: 'Azure Automation (svc)', given: null, surname: null, job: 'Service account', dept: 'IT', lang: 'en-US', methods: [], licences: [], age: 3.3, tags: ['service-account', 'ropc']},
	{local: 'svc-psa', name: 'PSA Billing Sync (svc)', given: null, surname: null, job: 'Service account', dept: 'Finance', lang: 'en-US', methods: [], licences: [], age: 2.2, tags: ['service-account', 'partner-center']},
	{local: 'scanner.3f', name: 'Scanner 3F (RICOH IM C3000)', given: null, surname: null, job: 'Device mailbox', dept: 'Facilities', lang: 'ko-KR', methods: [], licences: ['bp'], age: 4.6, tags: ['service-account', 'smtp-scanner']},
	{local: 'support', name: 'Support Desk', given: null, surname: null, job: 'Shared mailbox', dept: 'Customer Success', lang: 'en-US', methods: [], licences: ['bp'], age: 4.8, tags: ['shared-mailbox', 'imap']},
	// Legacy-protocol users
	{local: 'robert.johnson', name: 'Robert Johnson', given: 'Robert', surname: 'Johnson', job: 'Account Manager', dept: 'Sales', lang: 'en-US', methods: [], licences: ['bp'], phone: '+82 1093324410', age: 4.4, tags: ['pop3']},
	{local: 'yujin.choi', name: '최유진', given: '유진', surname: '최', job: 'Sales Representative', dept: 'Sales', lang: 'ko-KR', methods: ['sms'], licences: ['bp'], phone: '+82 1031187462', age: 3.9, tags: ['eas-basic']},
	{local: 'margaret.thompson', name: 'Margaret Thompson', given: 'Margaret', surname: 'Thompson', job: 'Senior Accountant', dept: 'Finance', lang: 'en-US', methods: ['sms'], licences: ['bp'], phone: '+82 1058812239', age: 4.7, tags: ['outlook-2013']},
	// Leaked credentials (P2 licensed)
	{local: 'emily.davis', name: 'Emily Davis', given: 'Emily', surname: 'Davis', job: 'Marketing Manager', dept: 'Marketing', lang: 'en-US', methods: ['sms'], licences: ['bp', 'p2'], phone: '+82 1012907754', age: 2.7, tags: ['leaked']},
	// Warehouse: no phones, no methods.
	{local: 'dowoon.kang', name: '강도윤', given: '도윤', surname: '강', job: 'Warehouse Associate', dept: 'Operations', lang: 'ko-KR', methods: [], licences: ['bp'], age: 1.2, tags: ['warehouse'], office: 'Incheon Warehouse'},
	{local: 'jiwoo.yoon', name: '윤지우', given: '지우', surname: '윤', job: 'Warehouse Associate', dept: 'Operations', lang: 'ko-KR', methods: [], licences: ['bp'], age: 0.8, tags: ['warehouse'], office: 'Incheon Warehouse'},
	{local: 'tom.baker', name: 'Tom Baker', given: 'Tom', surname: 'Baker', job: 'Shift Supervisor', dept: 'Operations', lang: 'en-US', methods: [], licences: ['bp'], age: 2.1, tags: ['warehouse'], office: 'Incheon Warehouse'},
	{local: 'luis.garcia', name: 'Luis Garcia', given: 'Luis', surname: 'Garcia', job: 'Forklift Operator', dept: 'Operations', lang: 'en-US', methods: [], licences: ['bp'], age: 0.5, tags: ['warehouse'], office: 'Incheon Warehouse'},
	{local: 'yejun.jang', name: '장예준', given: '예준', surname: '장', job: 'Warehouse Associate', dept: 'Operations', lang: 'ko-KR', methods: [], licences: ['bp'], age: 0.3, tags: ['warehouse'], office: 'Incheon Warehouse'},
	// Everyone else
	{local: 'jaehyun.han', name: '한재현', given: '재현', surname: '한', job: 'Chief Executive Officer', dept: 'Management', lang: 'ko-KR', methods: ['authenticator'], licences: ['bp'], phone: '+82 1090017723', age: 4.9, tags: ['spray-target']},
	{local: 'hyejin.oh', name: '오혜진', given: '혜진', surname: '오', job: 'Finance Manager', dept: 'Finance', lang: 'ko-KR', methods: ['authenticator'], licences: ['bp'], phone: '+82 1044561290', age: 4.1, tags: ['spray-target']},
	{local: 'michael.brown', name: 'Michael Brown', given: 'Michael', surname: 'Brown', job: 'Sales Director', dept: 'Sales', lang: 'en-US', methods: ['sms'], licences: ['bp'], phone: '+82 1087723310', age: 3.6, tags: ['spray-target']},
	{local: 'jiho.kim', name: '김지호', given: '지호', surname: '김', job: 'Cloud Consultant', dept: 'Consulting', lang: 'ko-KR', methods: ['authenticator'], licences: ['bp'], phone: '+82 1029984412', age: 2.5},
	{local: 'junseo.lee', name: '이준서', given: '준서', surname: '이', job: 'Cloud Consultant', dept: 'Consulting', lang: 'ko-KR', methods: ['authenticator'], licences: ['bp'], phone: '+82 1066120934', age: 1.7},
	{local: 'minseo.choi', name: '최민서', given: '민서', surname: '최', job: 'Senior Consultant', dept: 'Consulting', lang: 'ko-KR', methods: ['authenticator+sms'], licences: ['bp'], phone: '+82 1038812205', age: 3.0},
	{local: 'haeun.jung', name: '정하은', given: '하은', surname: '정', job: 'HR Manager', dept: 'People', lang: 'ko-KR', methods: ['authenticator'], licences: ['bp'], phone: '+82 1070034418', age: 3.4},
	{local: 'seoyun.jo', name: '조서윤', given: '서윤', surname: '조', job: 'Marketing Specialist', dept: 'Marketing', lang: 'ko-KR', methods: ['sms'], licences: ['bp'], phone: '+82 1049917705', age: 1.1},
	{local: 'sua.lim', name: '임수아', given: '수아', surname: '임', job: 'Accountant', dept: 'Finance', lang: 'ko-KR', methods: ['sms'], licences: ['bp'], phone: '+82 1014458832', age: 2.0},
	{local: 'jessica.wong', name: 'Jessica Wong', given: 'Jessica', surname: 'Wong', job: 'Project Manager', dept: 'Consulting', lang: 'en-US', methods: ['authenticator'], licences: ['bp'], phone: '+82 1025563390', age: 2.8},
	{local: 'kevin.obrien', name: "Kevin O'Brien", given: 'Kevin', surname: "O'Brien", job: 'Solutions Engineer', dept: 'Consulting', lang: 'en-US', methods: ['authenticator'], licences: ['bp'], phone: '+82 1081120047', age: 1.4},
	{local: 'priya.sharma', name: 'Priya Sharma', given: 'Priya', surname: 'Sharma', job: 'Solutions Engineer', dept: 'Consulting', lang: 'en-US', methods: ['authenticator', 'whfb'], licences: ['bp'], phone: '+82 1036674491', age: 1.6},
	{local: 'james.wilson', name: 'James Wilson', given: 'James', surname: 'Wilson', job: 'Account Executive', dept: 'Sales', lang: 'en-US', methods: ['authenticator'], licences: ['bp'], phone: '+82 1057789021', age: 0.9},
	{local: 'olivia.martin', name: 'Olivia Martin', given: 'Olivia', surname: 'Martin', job: 'Content Lead', dept: 'Marketing', lang: 'en-US', methods: ['authenticator'], licences: ['bp'], phone: '+82 1018843367', age: 2.3},
	{local: 'siwoo.han', name: '한시우', given: '시우', surname: '한', job: 'Support Engineer', dept: 'Customer Success', lang: 'ko-KR', methods: ['authenticator'], licences: ['bp'], phone: '+82 1095521174', age: 1.3},
	{local: 'jian.oh', name: '오지안', given: '지안', surname: '오', job: 'Designer', dept: 'Marketing', lang: 'ko-KR', methods: ['sms'], licences: ['bp'], phone: '+82 1062238850', age: 0.7},
	{local: 'hajun.seo', name: '서하준', given: '하준', surname: '서', job: 'Intern', dept: 'Consulting', lang: 'ko-KR', methods: [], licences: ['bp'], phone: '+82 1073390016', age: 0.1},
	{local: 'ethan.nguyen', name: 'Ethan Nguyen', given: 'Ethan', surname: 'Nguyen', job: 'Cloud Consultant', dept: 'Consulting', lang: 'en-US', methods: ['oath', 'authenticator'], licences: ['bp'], phone: '+82 1084470392', age: 1.8},
	{local: 'sophia.lee', name: 'Sophia Lee', given: 'Sophia', surname: 'Lee', job: 'Billing Coordinator', dept: 'Finance', lang: 'en-US', methods: ['authenticator'], licences: ['bp'], phone: '+82 1026617758', age: 2.6},
	// Former employees, disabled
	{local: 'daniel.cho', name: 'Daniel Cho', given: 'Daniel', surname: 'Cho', job: 'Consultant', dept: 'Consulting', lang: 'en-US', methods: ['authenticator'], licences: [], enabled: false, age: 3.8, tags: ['former']},
	{local: 'minji.park', name: '박민지', given: '민지', surname: '박', job: 'Sales Representative', dept: 'Sales', lang: 'ko-KR', methods: [], licences: [], enabled: false, age: 2.2, tags: ['former']},
];

interface Guest {
	readonly email: string;
	readonly name: string;
	readonly age: number;
}

// biome-ignore format: one account per line reads as a table
const GUESTS: readonly Guest[] = [
	{email: 'hana.accounting@hanacpa.co.kr', name: 'Hana Accounting (Guest)', age: 1.5},
	{email: 'mark.harris@auditpartners.com', name: 'Mark Harris', age: 0.6},
	{email: 'support@msp-vendor.example', name: 'Vendor Support', age: 2.4},
];

function methodsFor(p: Person, created: number): AuthMethod[] {
	const key = `${CONTOSO_KEY}:${p.local}`;
	const result: AuthMethod[] = [method(key, 'password', created)];
	const registered = created + 20 * DAY;
	for (const m of p.methods) {
		if (m === 'authenticator' || m === 'authenticator+sms') {
			result.push(
				method(key, 'microsoftAuthenticator', registered, {
					displayName: p.lang === 'ko-KR' ? 'Galaxy S24' : 'iPhone 15',
					deviceTag: 'SoftwareTokenActivated',
					phoneAppVersion: '6.2407.4521',
				}),
			);
		}
		if ((m === 'sms' || m === 'authenticator+sms') && p.phone) {
			result.push(method(key, 'phone', registered + DAY, {phoneNumber: p.phone, phoneType: 'mobile'}));
		}
		if (m === 'fido2') {
			result.push(method(key, 'fido2', registered, {displayName: 'YubiKey 5 NFC', model: 'YubiKey 5 NFC'}));
		}
		if (m === 'oath')
			result.push(method(key, 'softwareOath', registered + 2 * DAY, {displayName: 'Authenticator app (TOTP)'}));
		if (m === 'whfb')
			result.push(method(key, 'windowsHelloForBusiness', registered + 3 * DAY, {displayName: 'CPC-PRIYA-01'}));
	}
	return result;
}

function mailFor(p: Person): MailClientUsage {
	const base: MailClientUsage = {
		outlookForWindows: ['Outlook M365'],
		outlookForMac: [],
		outlookForMobile: p.phone ? ['Outlook for iOS'] : [],
		outlookForWeb: ['Undetermined'],
		mailForMac: [],
		otherForMobile: [],
		pop3App: [],
		imap4App: [],
		smtpApp: [],
		lastActivityDaysAgo: 1,
		officeWindows: true,
	};
	const tags = p.tags ?? [];
	if (tags.includes('outlook-2013')) return {...base, outlookForWindows: ['Outlook 2013'], outlookForMobile: []};
	if (tags.includes('pop3'))
		return {...base, outlookForWindows: ['Undetermined'], pop3App: ['Undetermined'], outlookForMobile: []};
	if (tags.includes('imap'))
		return {
			...base,
			outlookForWindows: [],
			outlookForWeb: [],
			outlookForMobile: [],
			imap4App: ['Undetermined'],
			officeWindows: false,
		};
	if (tags.includes('smtp-scanner'))
		return {
			...base,
			outlookForWindows: [],
			outlookForWeb: [],
			outlookForMobile: [],
			smtpApp: ['Undetermined'],
			officeWindows: false,
		};
	if (tags.includes('eas-basic')) return {...base, outlookForMobile: [], otherForMobile: ['Undetermined']};
	if (tags.includes('warehouse'))
		return {...base, outlookForWindows: [], outlookForMobile: [], lastActivityDaysAgo: 4, officeWindows: false};
	if (tags.includes('service-account') || tags.includes('break-glass') || tags.includes('former')) {
		return {
			...base,
			outlookForWindows: [],
			outlookForWeb: [],
			outlookForMobile: [],
			lastActivityDaysAgo: -1,
			officeWindows: false,
		};
	}
	if (p.lang === 'en-US' && p.dept === 'Consulting')
		return {...base, outlookForWindows: ['Outlook 2016'], outlookForMac: []};
	return base;
}

export function contosoState(nowMs: number, seed: number): TenantState {
	const tenantId = DEMO_TENANT.id;
	const created = (years: number) => nowMs - Math.round(years * 365 * DAY);
	const users: SimUser[] = [];
	const mailClients: Record<string, MailClientUsage> = {};
	for (const p of P) {
		const createdMs = created(p.age);
		const id = contosoUserId(p.local);
		const enabled = p.enabled !== false;
		const hasBp = p.licences.includes('bp');
		users.push({
			id,
			displayName: p.name,
			givenName: p.given,
			surname: p.surname,
			userPrincipalName: upnOf(p.local),
			mail: hasBp || p.tags?.includes('shared-mailbox') ? upnOf(p.local) : null,
			mailNickname: p.local,
			accountEnabled: enabled,
			userType: 'Member',
			createdDateTime: iso(createdMs),
			jobTitle: p.job,
			department: p.dept,
			officeLocation: p.office ?? (p.dept ? 'Seoul HQ' : null),
			companyName: 'Contoso Partner',
			mobilePhone: p.phone ?? null,
			businessPhones: p.phone && p.tags?.includes('admin') ? ['+82 2 6010 3300'] : [],
			preferredLanguage: p.lang,
			usageLocation: 'KR',
			onPremisesSyncEnabled: null,
			assignedLicenses: [
				...(hasBp ? [{skuId: SKU.businessPremium.skuId, disabledPlans: []}] : []),
				...(p.licences.includes('p2') ? [{skuId: SKU.entraIdP2.skuId, disabledPlans: []}] : []),
			],
			externalUserState: null,
			creationType: null,
			signInSessionsValidFromDateTime: iso(createdMs),
			lastPasswordChangeDateTime: iso(nowMs - ((p.local.length * 37) % 300) * DAY),
			passwordPolicies: p.tags?.includes('service-account') ? 'DisablePasswordExpiration' : null,
			sim: {
				methods: methodsFor(p, createdMs),
				perUserMfaState: p.perUserMfa ?? 'disabled',
				risk: null,
				forceChangePasswordNextSignIn: false,
				tags: [...(p.tags ?? [])],
			},
		});
		mailClients[id] = mailFor(p);
	}
	for (const g of GUESTS) {
		const createdMs = created(g.age);
		const local = `${g.email.replace('@', '_')}#EXT#`;
		users.push({
			id: contosoUserId(local),
			displayName: g.name,
			givenName: null,
			surname: null,
			userPrincipalName: `${local}@${DOMAIN}`,
			mail: g.email,
			mailNickname: g.email.replace('@', '_'),
			accountEnabled: true,
			userType: 'Guest',
			createdDateTime: iso(createdMs),
			jobTitle: null,
			department: null,
			officeLocation: null,
			companyName: null,
			mobilePhone: null,
			businessPhones: [],
			preferredLanguage: null,
			usageLocation: null,
			onPremisesSyncEnabled: null,
			assignedLicenses: [],
			externalUserState: 'Accepted',
			creationType: 'Invitation',
			signInSessionsValidFromDateTime: iso(createdMs),
			lastPasswordChangeDateTime: iso(createdMs),
			passwordPolicies: null,
			sim: {
				methods: [],
				perUserMfaState: 'disabled',
				risk: null,
				forceChangePasswordNextSignIn: false,
				tags: ['guest'],
			},
		});
	}

	// Emily's leaked credentials: found by Microsoft 9 days ago, still at risk.
	const emily = users.find(u => u.mailNickname === CONTOSO.leakedUser)!;
	const leakAt = iso(nowMs - 9 * DAY + 3 * 3600_000);
	emily.sim.risk = {
		riskLevel: 'high',
		riskState: 'atRisk',
		riskDetail: 'none',
		riskLastUpdatedDateTime: leakAt,
		history: [{at: leakAt, riskState: 'atRisk', riskLevel: 'high', riskDetail: 'none'}],
	};

	const idOf = (local: string) => contosoUserId(local);
	const members = (locals: readonly string[]) => locals.map(idOf);
	const group = (
		name: string,
		description: string,
		memberIds: string[],
		options: {unified?: boolean; roleAssignable?: boolean; age?: number} = {},
	): SimGroup => ({
		id: contosoGroupId(name),
		displayName: name,
		description,
		mailEnabled: options.unified === true,
		mailNickname: name.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-'),
		securityEnabled: true,
		groupTypes: options.unified ? ['Unified'] : [],
		isAssignableToRole: options.roleAssignable ? true : null,
		createdDateTime: iso(created(options.age ?? 3)),
		visibility: options.unified ? 'Private' : null,
		sim: {members: memberIds},
	});
	const staff = users.filter(
		u =>
			u.userType === 'Member' &&
			u.accountEnabled &&
			!u.sim.tags.some(t => t === 'service-account' || t === 'break-glass' || t === 'shared-mailbox'),
	);
	const secOps = group(
		'SecOps Admins',
		'Role-assignable group holding the Security Administrator role.',
		members([CONTOSO.groupAdmin]),
		{roleAssignable: true, age: 2},
	);
	const groups: SimGroup[] = [
		group(
			'All Staff',
			'Everyone at Contoso Partner.',
			staff.map(u => u.id),
			{unified: true, age: 4.9},
		),
		group(
			'Service Accounts',
			'Accounts used by scripts, integrations and devices.',
			members([CONTOSO.ropcService, CONTOSO.psaService, CONTOSO.scanner]),
			{age: 3.2},
		),
		group('Warehouse', 'Incheon warehouse team (shared devices, no company phones).', members(CONTOSO.warehouse), {
			age: 1.3,
		}),
		secOps,
		group(
			'IT Department',
			'IT team.',
			[...members([CONTOSO.admin, CONTOSO.exchangeAdmin, CONTOSO.helpdeskAdmin, CONTOSO.eligibleAdmin]), secOps.id],
			{age: 4.5},
		),
		group(
			'Finance',
			'Finance team.',
			members(['hyejin.oh', 'margaret.thompson', 'sua.lim', 'sophia.lee', CONTOSO.psaService]),
			{age: 4.4},
		),
		group('Sales', 'Sales team.', members(['michael.brown', 'james.wilson', CONTOSO.pop3User, CONTOSO.easUser]), {
			age: 4.4,
		}),
	];

	const assignment = (principalId: string, role: string, key: string, years = 2): SimRoleAssignment => ({
		id: contosoId('role-assignment', key),
		principalId,
		roleDefinitionId: role,
		directoryScopeId: '/',
		appScopeId: null,
		createdDateTime: iso(created(years)),
	});
	const roleAssignments: SimRoleAssignment[] = [
		assignment(idOf(CONTOSO.admin), ROLE.globalAdministrator, 'ga-sarah', 4.2),
		assignment(idOf('emergency01'), ROLE.globalAdministrator, 'ga-em01', 2.9),
		assignment(idOf('emergency02'), ROLE.globalAdministrator, 'ga-em02', 2.9),
		assignment(idOf(CONTOSO.exchangeAdmin), ROLE.exchangeAdministrator, 'exo-minjun', 3),
		assignment(secOps.id, ROLE.securityAdministrator, 'secadmin-secops', 2),
		assignment(idOf(CONTOSO.helpdeskAdmin), ROLE.helpdeskAdministrator, 'helpdesk-jihoon', 3.5),
	];
	const roleEligibilities: SimRoleEligibility[] = [
		{
			id: contosoId('role-eligibility', 'ga-david'),
			principalId: idOf(CONTOSO.eligibleAdmin),
			roleDefinitionId: ROLE.globalAdministrator,
			directoryScopeId: '/',
			appScopeId: null,
			memberType: 'Direct',
			status: 'Provisioned',
			createdDateTime: iso(created(1.5)),
			scheduleInfo: {
				startDateTime: iso(created(1.5)),
				expiration: {type: 'noExpiration', endDateTime: null, duration: null},
			},
		},
	];

	const policyCreated = iso(nowMs - 21 * DAY - 5 * 3600_000);
	const reportOnly: CaPolicy = {
		id: CONTOSO.reportOnlyPolicyId,
		templateId: null,
		displayName: 'Require MFA for all users',
		createdDateTime: policyCreated,
		modifiedDateTime: null,
		state: 'enabledForReportingButNotEnforced',
		sessionControls: null,
		conditions: {
			userRiskLevels: [],
			signInRiskLevels: [],
			clientAppTypes: ['all'],
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
				includeUsers: ['All'],
				excludeUsers: [idOf('emergency01')],
				includeGroups: [],
				excludeGroups: [contosoGroupId('Service Accounts')],
				includeRoles: [],
				excludeRoles: [],
				includeGuestsOrExternalUsers: null,
				excludeGuestsOrExternalUsers: null,
			},
		},
		grantControls: {
			operator: 'OR',
			builtInControls: ['mfa'],
			customAuthenticationFactors: [],
			termsOfUse: [],
			authenticationStrength: null,
		},
	};

	const bpUsers = users.filter(u => u.assignedLicenses.some(l => l.skuId === SKU.businessPremium.skuId)).length;
	const p2Users = users.filter(u => u.assignedLicenses.some(l => l.skuId === SKU.entraIdP2.skuId)).length;
	const servicePrincipals = firstPartyServicePrincipals(CONTOSO_KEY);
	servicePrincipals.push({
		id: contosoId('sp', 'psa'),
		appId: CONTOSO.psaAppId,
		displayName: 'PSA Billing Sync',
		servicePrincipalType: 'Application',
		accountEnabled: true,
		appOwnerOrganizationId: stableGuid('psa-vendor-tenant'),
		tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
		createdDateTime: iso(created(2.2)),
	});

	return {
		format: 'mfa-onboard-simulator-state',
		version: 1,
		scenario: 'contoso',
		seed,
		createdAt: iso(nowMs),
		organization: {
			id: tenantId,
			displayName: DEMO_TENANT.displayName,
			createdDateTime: iso(created(5.1)),
			countryLetterCode: 'KR',
			city: 'Seoul',
			country: 'Korea',
			preferredLanguage: 'ko',
			tenantType: 'AAD',
			partnerTenantType: 'resellerPartnerDelegatedAdmin',
			onPremisesSyncEnabled: null,
			onPremisesLastSyncDateTime: null,
			technicalNotificationMails: [upnOf(CONTOSO.admin)],
			securityComplianceNotificationMails: [],
			businessPhones: ['+82 2 6010 3300'],
			verifiedDomains: [
				{
					name: DOMAIN,
					isDefault: true,
					isInitial: true,
					type: 'Managed',
					capabilities: 'Email, OfficeCommunicationsOnline',
				},
			],
			assignedPlans: [],
			privacyProfile: null,
		},
		skus: [
			makeSku(tenantId, 'businessPremium', 40, bpUsers, DEMO_TENANT.displayName),
			makeSku(tenantId, 'entraIdP2', 5, p2Users, DEMO_TENANT.displayName),
		],
		users,
		groups,
		servicePrincipals,
		applications: [],
		roleAssignments,
		roleEligibilities,
		caPolicies: [reportOnly],
		caHistory: [{at: policyCreated, id: reportOnly.id, policy: structuredClone(reportOnly)}],
		securityDefaults: securityDefaults(false),
		// Security defaults were switched off when the tenant was set up, long before the sign-in window.
		securityDefaultsHistory: [{at: iso(created(4.9)), isEnabled: false}],
		authMethodsPolicy: authMethodsPolicy(nowMs, {
			authenticator: true,
			sms: true,
			fido2: false,
			tap: false,
			hardwareOath: false,
		}),
		authorizationPolicy: authorizationPolicy(),
		reportSettings: {id: 'reportSettings', displayConcealedNames: true},
		riskDetections: [
			{
				id: contosoId('risk-detection', 'emily-leaked'),
				requestId: null,
				correlationId: null,
				riskEventType: 'leakedCredentials',
				riskState: 'atRisk',
				riskLevel: 'high',
				riskDetail: 'none',
				source: 'IdentityProtection',
				detectionTimingType: 'offline',
				activity: 'user',
				tokenIssuerType: 'AzureAD',
				ipAddress: null,
				activityDateTime: leakAt,
				detectedDateTime: leakAt,
				lastUpdatedDateTime: leakAt,
				userId: emily.id,
				userDisplayName: emily.displayName,
				userPrincipalName: emily.userPrincipalName,
				additionalInfo: '[{"Key":"userAgent","Value":null}]',
				location: null,
			},
		],
		mailClients,
		story: {'exchange-admin-registers': {status: 'waiting', dueAt: null, firedAt: null}},
		signInUserId: idOf(CONTOSO.admin),
		idCounter: 0,
		appRoleGrants: {},
	};
}
