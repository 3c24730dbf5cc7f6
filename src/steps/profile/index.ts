/**
 * Step 1 — sign-in and tenant profile (PRODUCT.md "The steps" 1): who is signed in, which tenant and cloud, its
 * licences, what enforces MFA today, and what the later steps can and cannot do with these licences. Everything comes
 * from the shared assessment; the step only asks the admin to confirm this is the tenant they mean.
 */
import type {Assessment} from '../../assessment/types.js';
import type {PerUserMfaState} from '../../compliance/model.js';
import type {MessageKey, Translator} from '../../i18n/index.js';
import {ROLE, ROLE_DISPLAY_NAME, type RoleName} from '../../knowledge/roles.js';
import type {ReportCloud, ReportVerdictName} from '../../report/types.js';
import type {StepId} from '../../wizard/step-ids.js';
import {choiceAnswer} from '../common.js';
import {type Answers, msg, type OpenItem, type PlanSection, type StepModule} from '../types.js';

export type CapabilityStatus = 'yes' | 'limited' | 'no';

/** What a later step can do with this tenant's licences. */
export interface Capability {
	readonly id: 'legacy' | 'methods' | 'automation' | 'enforce' | 'registration' | 'risk';
	readonly step: StepId;
	readonly status: CapabilityStatus;
}

export interface ProfilePolicy {
	readonly id: string;
	readonly name: string;
	readonly state: string;
	readonly kinds: readonly string[];
	readonly gaps: number;
}

export interface ProfileFindings {
	readonly signedIn: {
		readonly userPrincipalName: string;
		readonly displayName: string | null;
		/** Role display names (Entra's English names, product names). */
		readonly roles: readonly string[];
		readonly mfaRegistered: boolean | null;
	} | null;
	readonly tenant: {
		readonly id: string;
		readonly name: string;
		readonly defaultDomain: string | null;
		readonly initialDomain: string | null;
		readonly partnerTenantType: string | null;
		readonly cloud: ReportCloud;
		readonly onPremisesSyncEnabled: boolean | null;
	};
	readonly licences: {
		readonly p1: boolean | null;
		readonly p2: boolean | null;
		readonly skus: readonly {
			readonly name: string;
			readonly consumed: number | null;
			readonly enabled: number | null;
			readonly status: string;
		}[];
		readonly skusReadable: boolean;
	};
	readonly enforcement: {
		readonly securityDefaults: boolean | null;
		/** Null when the policies could not be read; `policiesReason` says why. */
		readonly policies: readonly ProfilePolicy[] | null;
		readonly policiesReason: string | null;
		readonly perUserMfa:
			| {readonly status: 'read'; readonly enforced: number; readonly enabled: number; readonly disabled: number}
			| {readonly status: 'notNeeded' | 'unavailable'};
		readonly mfaAllUsers: ReportVerdictName;
		readonly mfaAdmins: ReportVerdictName;
		readonly legacyAuthBlocked: ReportVerdictName;
		readonly compliant: boolean | null;
	};
	readonly capabilities: readonly Capability[];
}

export const CONFIRM_CHOICES = ['yes', 'no'] as const;
export type ConfirmChoice = (typeof CONFIRM_CHOICES)[number];

const ROLE_NAME_BY_ID: ReadonlyMap<string, string> = new Map(
	(Object.keys(ROLE) as RoleName[]).map(name => [ROLE[name].toLowerCase(), ROLE_DISPLAY_NAME[name]] as const),
);

export function roleDisplayName(templateId: string): string {
	return ROLE_NAME_BY_ID.get(templateId.toLowerCase()) ?? templateId;
}

function perUserMfaOf(assessment: Assessment): ProfileFindings['enforcement']['perUserMfa'] {
	const source = assessment.input.perUserMfa;
	if (source.status === 'notRead') return {status: 'notNeeded'};
	if (source.status !== 'read') return {status: 'unavailable'};
	const count = (state: PerUserMfaState) => [...source.byUser.values()].filter(s => s === state).length;
	return {status: 'read', enforced: count('enforced'), enabled: count('enabled'), disabled: count('disabled')};
}

/** What the later steps can do with these licences (null licences count as absent: the safer reading). */
export function capabilitiesOf(p1: boolean | null, p2: boolean | null): Capability[] {
	const premium = p1 === true || p2 === true;
	return [
		{id: 'legacy', step: 'legacy-auth', status: premium ? 'yes' : 'limited'},
		{id: 'methods', step: 'mobile', status: 'yes'},
		{id: 'automation', step: 'automation', status: premium ? 'yes' : 'no'},
		{id: 'enforce', step: 'enforce', status: premium ? 'yes' : 'limited'},
		{id: 'registration', step: 'sspr', status: premium ? 'yes' : 'limited'},
		{id: 'risk', step: 'recovery', status: p2 === true ? 'yes' : premium ? 'limited' : 'no'},
	];
}

export function profileFindings(assessment: Assessment): ProfileFindings {
	const {report, licences} = assessment;
	const policiesSource = assessment.input.conditionalAccessPolicies;
	return {
		signedIn: assessment.signedIn
			? {
					userPrincipalName: assessment.signedIn.userPrincipalName,
					displayName: assessment.signedIn.displayName,
					roles: assessment.signedIn.roleTemplateIds.map(roleDisplayName),
					mfaRegistered: assessment.signedIn.mfaRegistered,
				}
			: null,
		tenant: {
			id: assessment.tenant.id,
			name: assessment.tenant.displayName,
			defaultDomain: assessment.tenant.defaultDomain,
			initialDomain: assessment.tenant.initialDomain,
			partnerTenantType: assessment.tenant.partnerTenantType,
			cloud: assessment.tenant.cloud,
			onPremisesSyncEnabled: assessment.tenant.onPremisesSyncEnabled,
		},
		licences: {
			p1: licences.entraIdP1,
			p2: licences.entraIdP2,
			skus: (licences.skus ?? []).map(s => ({
				name: s.skuPartNumber,
				consumed: s.consumedUnits,
				enabled: s.enabledUnits,
				status: s.capabilityStatus,
			})),
			skusReadable: licences.skus !== null,
		},
		enforcement: {
			securityDefaults: assessment.securityDefaults,
			policies:
				policiesSource.status === 'read'
					? report.enforcement.policies.map(p => ({
							id: p.id,
							name: p.displayName,
							state: p.state,
							kinds: p.kinds,
							gaps: p.gaps.length,
						}))
					: null,
			policiesReason: policiesSource.status === 'read' ? null : policiesSource.reason,
			perUserMfa: perUserMfaOf(assessment),
			mfaAllUsers: report.enforcement.mfaAllUsers.verdict,
			mfaAdmins: report.enforcement.mfaAdmins.verdict,
			legacyAuthBlocked: report.enforcement.legacyAuthBlocked.verdict,
			compliant: report.compliant,
		},
		capabilities: capabilitiesOf(licences.entraIdP1, licences.entraIdP2),
	};
}

export function isSovereign(cloud: ReportCloud): boolean {
	return cloud === 'usgov' || cloud === 'usgovdod' || cloud === 'china';
}

const PARTNER_TYPES: Readonly<Record<string, MessageKey>> = {
	microsoftSupport: 'stepProfile.partnerMicrosoftSupport',
	syndicatePartner: 'stepProfile.partnerSyndicate',
	breadthPartner: 'stepProfile.partnerBreadth',
	breadthPartnerDelegatedAdmin: 'stepProfile.partnerBreadthDelegated',
	resellerPartnerDelegatedAdmin: 'stepProfile.partnerReseller',
	valueAddedResellerPartnerDelegatedAdmin: 'stepProfile.partnerValueAdded',
};

/** The partner type in words; an unknown Graph value is shown as Graph spells it. */
export function partnerTypeText(type: string | null, t: Translator): string {
	if (!type) return t('stepProfile.partnerNone');
	const key = PARTNER_TYPES[type];
	return key ? t.dynamic(key) : type;
}

const CLOUD_KEYS: Readonly<Record<ReportCloud, MessageKey>> = {
	global: 'stepProfile.cloudGlobal',
	usgov: 'stepProfile.cloudUsgov',
	usgovdod: 'stepProfile.cloudUsgovdod',
	china: 'stepProfile.cloudChina',
	custom: 'stepProfile.cloudCustom',
};

export function cloudText(cloud: ReportCloud, t: Translator): string {
	return t.dynamic(CLOUD_KEYS[cloud]);
}

const VERDICT_KEYS: Readonly<Record<ReportVerdictName, MessageKey>> = {
	enforced: 'stepProfile.verdictEnforced',
	reportOnly: 'stepProfile.verdictReportOnly',
	partial: 'stepProfile.verdictPartial',
	none: 'stepProfile.verdictNone',
	unknown: 'stepProfile.verdictUnknown',
};

export function verdictText(verdict: ReportVerdictName, t: Translator): string {
	return t.dynamic(VERDICT_KEYS[verdict]);
}

export function policyStateText(state: string, t: Translator): string {
	if (state === 'enabled') return t('stepProfile.stateEnabled');
	if (state === 'enabledForReportingButNotEnforced') return t('stepProfile.stateReportOnly');
	if (state === 'disabled') return t('stepProfile.stateDisabled');
	return state;
}

/** The capability's sentence: `cap<Id><Status>` in the stepProfile area. */
export function capabilityText(capability: Capability, t: Translator): string {
	const id = capability.id.charAt(0).toUpperCase() + capability.id.slice(1);
	const status = capability.status.charAt(0).toUpperCase() + capability.status.slice(1);
	return t.dynamic(`stepProfile.cap${id}${status}`);
}

/** The findings as plain sentences, in reading order (the plan document and the view's overview). */
export function profileSentences(f: ProfileFindings, t: Translator): string[] {
	const lines: string[] = [];
	if (f.signedIn) {
		lines.push(
			t('stepProfile.signedInAs', {
				upn: f.signedIn.userPrincipalName,
				name: f.signedIn.displayName ?? f.signedIn.userPrincipalName,
			}),
		);
		lines.push(
			f.signedIn.roles.length > 0
				? t('stepProfile.roles', {roles: f.signedIn.roles.join(', ')})
				: t('stepProfile.noRoles'),
		);
		lines.push(
			f.signedIn.mfaRegistered === true
				? t('stepProfile.adminMfaYes')
				: f.signedIn.mfaRegistered === false
					? t('stepProfile.adminMfaNo')
					: t('stepProfile.adminMfaUnknown'),
		);
	}
	lines.push(t('stepProfile.tenantLine', {name: f.tenant.name, id: f.tenant.id}));
	if (f.tenant.defaultDomain) lines.push(t('stepProfile.domainLine', {domain: f.tenant.defaultDomain}));
	lines.push(t('stepProfile.partnerLine', {type: partnerTypeText(f.tenant.partnerTenantType, t)}));
	lines.push(t('stepProfile.cloudLine', {cloud: cloudText(f.tenant.cloud, t)}));
	if (isSovereign(f.tenant.cloud)) lines.push(t('stepProfile.sovereignNote'));
	if (f.tenant.cloud === 'custom') lines.push(t('stepProfile.customCloudNote'));
	if (f.tenant.onPremisesSyncEnabled) lines.push(t('stepProfile.syncNote'));
	lines.push(
		t('stepProfile.licenceLine', {
			p1: f.licences.p1 === null ? t('common.unknown') : f.licences.p1 ? t('common.yes') : t('common.no'),
			p2: f.licences.p2 === null ? t('common.unknown') : f.licences.p2 ? t('common.yes') : t('common.no'),
		}),
	);
	return lines;
}

export function enforcementSentences(f: ProfileFindings, t: Translator): string[] {
	const e = f.enforcement;
	const lines: string[] = [
		e.securityDefaults === null
			? t('stepProfile.sdUnknown')
			: e.securityDefaults
				? t('stepProfile.sdOn')
				: t('stepProfile.sdOff'),
	];
	if (e.policies === null) {
		lines.push(e.policiesReason === 'licence' ? t('stepProfile.caNoLicence') : t('stepProfile.caUnreadable'));
	} else if (e.policies.length === 0) {
		lines.push(t('stepProfile.caNone'));
	} else {
		lines.push(t('stepProfile.caCount', {count: e.policies.length}));
		for (const p of e.policies) {
			lines.push(t('stepProfile.policyLine', {name: p.name, state: policyStateText(p.state, t), gaps: p.gaps}));
		}
	}
	const pu = e.perUserMfa;
	lines.push(
		pu.status === 'read'
			? t('stepProfile.perUserLine', {enforced: pu.enforced, enabled: pu.enabled, disabled: pu.disabled})
			: pu.status === 'notNeeded'
				? t('stepProfile.perUserNotNeeded')
				: t('stepProfile.perUserUnavailable'),
	);
	lines.push(t('stepProfile.verdictAllUsers', {verdict: verdictText(e.mfaAllUsers, t)}));
	lines.push(t('stepProfile.verdictAdmins', {verdict: verdictText(e.mfaAdmins, t)}));
	lines.push(t('stepProfile.verdictLegacy', {verdict: verdictText(e.legacyAuthBlocked, t)}));
	lines.push(
		e.compliant === true
			? t('stepProfile.compliantYes')
			: e.compliant === false
				? t('stepProfile.compliantNo')
				: t('stepProfile.compliantUnknown'),
	);
	return lines;
}

export const profileStep: StepModule<ProfileFindings> = {
	id: 'profile',
	readScopes: [],
	writeScopes: [],
	async assess(ctx) {
		return profileFindings(ctx.assessment);
	},
	summarize(f) {
		return {
			p1: f.licences.p1,
			p2: f.licences.p2,
			cloud: f.tenant.cloud,
			securityDefaults: f.enforcement.securityDefaults,
			policies: f.enforcement.policies?.length ?? null,
			compliant: f.enforcement.compliant,
		};
	},
	recommend() {
		return {tenantConfirmed: 'yes'};
	},
	plan() {
		return [];
	},
	open(f, answers: Answers): OpenItem[] {
		const items: OpenItem[] = [];
		if (choiceAnswer(answers, 'tenantConfirmed', CONFIRM_CHOICES, 'yes') === 'no') {
			items.push({
				step: 'profile',
				id: 'tenant-not-confirmed',
				text: msg('stepProfile.openWrongTenant', {tenant: f.tenant.defaultDomain ?? f.tenant.id}),
				severity: 'high',
			});
		}
		if (f.signedIn?.mfaRegistered === false) {
			items.push({
				step: 'profile',
				id: 'signed-in-admin-not-registered',
				text: msg('stepProfile.openAdminNotRegistered', {upn: f.signedIn.userPrincipalName}),
				breaks: msg('stepProfile.breaksAdminNotRegistered'),
				severity: 'high',
			});
		}
		return items;
	},
	describe(f, answers, ctx): PlanSection {
		const {t} = ctx;
		const confirmed = choiceAnswer(answers, 'tenantConfirmed', CONFIRM_CHOICES, 'yes');
		return {
			step: 'profile',
			findings: [
				...profileSentences(f, t),
				...enforcementSentences(f, t),
				...f.capabilities.map(c => capabilityText(c, t)),
			],
			decisions: [
				{
					question: t('stepProfile.confirmQuestion'),
					answer: confirmed === 'yes' ? t('stepProfile.confirmYes') : t('stepProfile.confirmNo'),
				},
			],
			notes: [],
		};
	},
};
