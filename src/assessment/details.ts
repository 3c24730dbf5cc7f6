/**
 * The per-step details of the assessment (types.ts), built from what the collector read. Pure functions: no Graph,
 * no clock. Coverage entries reuse the report's where the data is the same.
 */
import type {
	AuthenticationMethod,
	ConditionalAccessPolicy,
	DirectoryUser,
	PerUserSource,
	RoleAssignment,
	Source,
	SubscribedSku,
} from '../compliance/index.js';
import {compareCodeUnits, compareUpn} from '../compliance/order.js';
import type {RiskDetection as GraphRiskDetection, RiskyUser as GraphRiskyUser} from '../graph/identity-protection.js';
import type {Organization} from '../graph/organization.js';
import type {AuthenticationMethodsPolicy} from '../graph/policies.js';
import {registrationMethodName} from '../knowledge/auth-methods.js';
import {looksLikeBreakGlass} from '../knowledge/break-glass.js';
import {EXCHANGE_PLAN_NAMES, OFFICE_APPS_PLAN_NAMES} from '../knowledge/licences.js';
import {PRIVILEGED_ROLE_IDS, ROLE} from '../knowledge/roles.js';
import type {CoverageItem, ReportCloud} from '../report/types.js';
import type {AccountActivity, LegacyLine} from './evidence.js';
import {guessLegacyKind} from './legacy-kind.js';
import type {RegistrationDetail} from './reports-reader.js';
import type {
	AdminDetails,
	AdminInfo,
	AdminRole,
	AutomationEvidence,
	LegacyUse,
	LicenceDetails,
	MethodsDetails,
	RiskDetails,
	RiskyUserInfo,
	SignedInAdmin,
	SkuInfo,
	TenantInfo,
} from './types.js';

export const COMPLETE: CoverageItem = {status: 'complete'};

export function unavailableItem(source: {reason: string; detail?: string}): CoverageItem {
	return {status: 'unavailable', reason: source.reason, ...(source.detail ? {detail: source.detail} : {})};
}

/** The less complete of two coverage entries (the first when equal). */
export function worst(a: CoverageItem, b: CoverageItem): CoverageItem {
	const rank = {complete: 0, skipped: 0, partial: 1, unavailable: 2} as const;
	return rank[b.status] > rank[a.status] ? b : a;
}

export function tenantInfo(org: Organization, cloud: ReportCloud): TenantInfo {
	return {
		id: org.id,
		displayName: org.displayName ?? org.id,
		defaultDomain: org.verifiedDomains.find(d => d.isDefault)?.name ?? null,
		initialDomain: org.verifiedDomains.find(d => d.isInitial)?.name ?? null,
		partnerTenantType: org.partnerTenantType ?? null,
		cloud,
		onPremisesSyncEnabled: org.onPremisesSyncEnabled ?? null,
	};
}

function provisioned(sku: SubscribedSku): string[] {
	return sku.servicePlans
		.filter(p => p.provisioningStatus.toLowerCase() === 'success')
		.map(p => p.servicePlanName ?? p.servicePlanId);
}

export interface SkuRow extends SubscribedSku {
	readonly consumedUnits?: number;
	readonly enabledUnits?: number;
}

export function licenceDetails(
	skus: Source<readonly SkuRow[]>,
	flags: {entraIdP1: boolean | null; entraIdP2: boolean | null},
): LicenceDetails {
	if (skus.status !== 'read') {
		return {...flags, skus: null, exchangeSeats: null, officeAppsSeats: null, coverage: unavailableItem(skus)};
	}
	const infos: SkuInfo[] = skus.value.map(s => ({
		skuId: s.skuId ?? null,
		skuPartNumber: s.skuPartNumber ?? s.skuId ?? '',
		capabilityStatus: s.capabilityStatus,
		consumedUnits: s.consumedUnits ?? null,
		enabledUnits: s.enabledUnits ?? null,
		plans: provisioned(s),
	}));
	const seats = (names: readonly string[]) =>
		infos
			.filter(s => s.capabilityStatus.toLowerCase() === 'enabled' && s.plans.some(p => names.includes(p)))
			.reduce((n, s) => n + (s.consumedUnits ?? 0), 0);
	return {
		...flags,
		skus: infos.sort((a, b) => compareCodeUnits(a.skuPartNumber, b.skuPartNumber)),
		exchangeSeats: seats(EXCHANGE_PLAN_NAMES),
		officeAppsSeats: seats(OFFICE_APPS_PLAN_NAMES),
		coverage: COMPLETE,
	};
}

export interface AdminInputs {
	readonly users: readonly DirectoryUser[] | null;
	readonly assignments: Source<readonly RoleAssignment[]>;
	readonly eligibilities: Source<readonly RoleAssignment[]>;
	readonly groupMembers: ReadonlyMap<string, Source<readonly string[]>>;
	readonly groupNames: ReadonlyMap<string, string>;
	readonly registration: ReadonlyMap<string, RegistrationDetail> | null;
	readonly methods: PerUserSource<readonly AuthenticationMethod[]>;
}

const PRIVILEGED = new Set(PRIVILEGED_ROLE_IDS.map(r => r.toLowerCase()));

function isEnabledMember(u: DirectoryUser): boolean {
	return u.accountEnabled && (u.userType ?? 'Member').toLowerCase() !== 'guest';
}

/** Every directory-wide role each user holds, directly or through a group, active or eligible. */
export function rolesByUser(inputs: AdminInputs, privilegedOnly: boolean): Map<string, AdminRole[]> {
	const out = new Map<string, AdminRole[]>();
	const add = (userId: string, role: AdminRole) => {
		const list = out.get(userId) ?? [];
		if (
			!list.some(
				r => r.roleTemplateId === role.roleTemplateId && r.groupId === role.groupId && r.eligible === role.eligible,
			)
		) {
			list.push(role);
		}
		out.set(userId, list);
	};
	const walk = (source: Source<readonly RoleAssignment[]>, eligible: boolean) => {
		if (source.status !== 'read') return;
		for (const a of source.value) {
			if (a.directoryScopeId !== '/') continue;
			const roleTemplateId = a.roleDefinitionId.toLowerCase();
			if (privilegedOnly && !PRIVILEGED.has(roleTemplateId)) continue;
			if (a.principalType === 'user') {
				add(a.principalId, {roleTemplateId, via: 'direct', groupId: null, groupName: null, eligible});
			} else if (a.principalType === 'group') {
				const members = inputs.groupMembers.get(a.principalId);
				if (members?.status !== 'read') continue;
				for (const m of members.value) {
					add(m, {
						roleTemplateId,
						via: 'group',
						groupId: a.principalId,
						groupName: inputs.groupNames.get(a.principalId) ?? null,
						eligible,
					});
				}
			}
		}
	};
	walk(inputs.assignments, false);
	walk(inputs.eligibilities, true);
	for (const list of out.values()) {
		list.sort(
			(a, b) =>
				Number(a.eligible) - Number(b.eligible) ||
				compareCodeUnits(a.roleTemplateId, b.roleTemplateId) ||
				compareCodeUnits(a.groupId ?? '', b.groupId ?? ''),
		);
	}
	return out;
}

function methodNames(methods: readonly AuthenticationMethod[]): string[] {
	return [...new Set(methods.map(m => registrationMethodName(m['@odata.type'])))].sort(compareCodeUnits);
}

function registrationOf(
	userId: string,
	inputs: AdminInputs,
): {mfa: boolean | null; sspr: boolean | null; methods: string[] | null} {
	const detail = inputs.registration?.get(userId);
	if (detail)
		return {mfa: detail.isMfaRegistered, sspr: detail.isSsprRegistered, methods: [...detail.methodsRegistered]};
	if (inputs.registration) return {mfa: false, sspr: null, methods: []};
	if (inputs.methods.status === 'read') {
		const methods = inputs.methods.byUser.get(userId);
		if (methods) {
			const names = methodNames(methods);
			const mfa = names.some(n => !['password', 'email', 'temporaryAccessPass'].includes(n));
			return {mfa, sspr: null, methods: names};
		}
	}
	return {mfa: null, sspr: null, methods: null};
}

export function adminDetails(
	inputs: AdminInputs,
	policies: readonly ConditionalAccessPolicy[] | null,
	declared: readonly string[],
	adminSsprAllowed: boolean | null,
	coverage: CoverageItem,
): AdminDetails {
	const users = inputs.users ?? [];
	const byId = new Map(users.map(u => [u.id, u]));
	const roles = rolesByUser(inputs, true);
	const admins: AdminInfo[] = [];
	for (const [userId, held] of roles) {
		const user = byId.get(userId);
		if (!user || !isEnabledMember(user)) continue;
		const reg = registrationOf(userId, inputs);
		admins.push({
			id: user.id,
			userPrincipalName: user.userPrincipalName,
			displayName: user.displayName ?? null,
			accountEnabled: user.accountEnabled,
			cloudOnly: user.onPremisesSyncEnabled !== true,
			roles: held,
			mfaRegistered: reg.mfa,
			ssprRegistered: reg.sspr,
			methods: reg.methods,
		});
	}
	const isGlobal = (a: AdminInfo) => a.roles.some(r => r.roleTemplateId === ROLE.globalAdministrator);
	admins.sort(
		(a, b) =>
			Number(isGlobal(b)) - Number(isGlobal(a)) ||
			compareUpn(a.userPrincipalName, b.userPrincipalName) ||
			compareCodeUnits(a.id, b.id),
	);
	return {
		admins,
		breakGlassCandidates: breakGlassCandidates(users, roles, inputs, policies, declared),
		adminSsprAllowed,
		coverage,
	};
}

function breakGlassCandidates(
	users: readonly DirectoryUser[],
	roles: ReadonlyMap<string, readonly AdminRole[]>,
	inputs: AdminInputs,
	policies: readonly ConditionalAccessPolicy[] | null,
	declared: readonly string[],
): AdminDetails['breakGlassCandidates'] {
	const declaredKeys = new Set(declared.map(d => d.trim().toLowerCase()));
	const isDeclared = (u: DirectoryUser) =>
		declaredKeys.has(u.id.toLowerCase()) || declaredKeys.has(u.userPrincipalName.toLowerCase());
	// How many counted MFA or block policies exclude each user, directly or through a group.
	const excluded = new Map<string, number>();
	for (const p of policies ?? []) {
		if (p.state !== 'enabled' && p.state !== 'enabledForReportingButNotEnforced') continue;
		const controls = (p.grantControls?.builtInControls ?? []).map(c => c.toLowerCase());
		if (!controls.includes('mfa') && !controls.includes('block') && !p.grantControls?.authenticationStrength) continue;
		const ids = new Set(p.conditions.users?.excludeUsers ?? []);
		for (const g of p.conditions.users?.excludeGroups ?? []) {
			const members = inputs.groupMembers.get(g);
			if (members?.status === 'read') for (const m of members.value) ids.add(m);
		}
		for (const id of ids) excluded.set(id, (excluded.get(id) ?? 0) + 1);
	}
	const most = Math.max(0, ...excluded.values());
	const out: AdminDetails['breakGlassCandidates'][number][] = [];
	for (const u of users) {
		if (isDeclared(u)) continue;
		const byName = looksLikeBreakGlass(u.userPrincipalName, u.displayName);
		const exclusions = excluded.get(u.id) ?? 0;
		if (!byName && !(most > 0 && exclusions === most)) continue;
		const hints: string[] = [];
		if (byName) hints.push('name');
		if (exclusions > 0) hints.push(`excludedFromPolicies:${exclusions}`);
		if (roles.get(u.id)?.some(r => r.roleTemplateId === ROLE.globalAdministrator && !r.eligible)) {
			hints.push('globalAdministrator');
		}
		if (u.onPremisesSyncEnabled !== true) hints.push('cloudOnly');
		if (!u.accountEnabled) hints.push('disabled');
		out.push({id: u.id, userPrincipalName: u.userPrincipalName, hints});
	}
	return out.sort((a, b) => compareUpn(a.userPrincipalName, b.userPrincipalName) || compareCodeUnits(a.id, b.id));
}

export function signedInAdmin(
	me: {id: string; userPrincipalName?: string; displayName?: string} | null,
	inputs: AdminInputs,
): SignedInAdmin | null {
	if (!me) return null;
	const held = rolesByUser(inputs, false).get(me.id) ?? [];
	return {
		id: me.id,
		userPrincipalName: me.userPrincipalName ?? me.id,
		displayName: me.displayName ?? null,
		roleTemplateIds: [...new Set(held.filter(r => !r.eligible).map(r => r.roleTemplateId))].sort(compareCodeUnits),
		mfaRegistered: registrationOf(me.id, inputs).mfa,
	};
}

const targets = (list: readonly {id: string; targetType?: string}[]) =>
	list.map(t => ({id: t.id, targetType: t.targetType ?? 'group'}));

export function methodsDetails(
	policy: Source<AuthenticationMethodsPolicy>,
	registeredByMethod: Record<string, number> | null,
	countsCoverage: CoverageItem,
): MethodsDetails {
	const coverage = policy.status === 'read' ? countsCoverage : unavailableItem(policy);
	if (policy.status !== 'read') {
		return {configurations: null, registrationCampaign: null, registeredByMethod, policyMigrationState: null, coverage};
	}
	const p = policy.value;
	const campaign = p.registrationEnforcement?.authenticationMethodsRegistrationCampaign;
	return {
		configurations: p.authenticationMethodConfigurations
			.map(c => ({
				id: c.id,
				state: c.state ?? 'disabled',
				includeTargets: targets(c.includeTargets),
				excludeTargets: targets(c.excludeTargets),
			}))
			.sort((a, b) => compareCodeUnits(a.id, b.id)),
		registrationCampaign: campaign
			? {
					state: campaign.state ?? 'default',
					snoozeDurationInDays: campaign.snoozeDurationInDays ?? null,
					includeTargets: targets(campaign.includeTargets),
				}
			: null,
		registeredByMethod,
		policyMigrationState: p.policyMigrationState ?? null,
		coverage,
	};
}

/** Members per method name, from the per-user methods read (the fallback without `usersRegisteredByMethod`). */
export function countMethods(
	methods: PerUserSource<readonly AuthenticationMethod[]>,
	members: readonly DirectoryUser[] | null,
): Record<string, number> | null {
	if (methods.status !== 'read' || !members) return null;
	const counts: Record<string, number> = {};
	for (const u of members) {
		const list = methods.byUser.get(u.id);
		if (!list) continue;
		for (const name of methodNames(list)) counts[name] = (counts[name] ?? 0) + 1;
	}
	return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareCodeUnits(a, b)));
}

export function riskDetails(
	risky: Source<readonly GraphRiskyUser[]>,
	detections: Source<readonly GraphRiskDetection[]>,
	users: readonly DirectoryUser[] | null,
	coverage: CoverageItem,
): RiskDetails {
	const byId = new Map((users ?? []).map(u => [u.id, u]));
	const leaked = new Set<string>();
	const leakedRows = new Map<string, GraphRiskDetection>();
	if (detections.status === 'read') {
		for (const d of detections.value) {
			if (d.riskEventType?.toLowerCase() !== 'leakedcredentials' || !d.userId) continue;
			leaked.add(d.userId);
			if (!leakedRows.has(d.userId)) leakedRows.set(d.userId, d);
		}
	}
	const cloudOnly = (id: string) => {
		const u = byId.get(id);
		return u ? u.onPremisesSyncEnabled !== true : null;
	};
	const out = new Map<string, RiskyUserInfo>();
	if (risky.status === 'read') {
		for (const r of risky.value) {
			if (r.isDeleted) continue;
			out.set(r.id, {
				id: r.id,
				userPrincipalName: byId.get(r.id)?.userPrincipalName ?? r.userPrincipalName ?? r.id,
				displayName: byId.get(r.id)?.displayName ?? r.userDisplayName ?? null,
				riskLevel: r.riskLevel ?? 'none',
				riskState: r.riskState ?? 'none',
				riskDetail: r.riskDetail ?? null,
				riskLastUpdatedDateTime: r.riskLastUpdatedDateTime ?? null,
				leakedCredentials: leaked.has(r.id),
				cloudOnly: cloudOnly(r.id),
			});
		}
	}
	for (const [id, d] of leakedRows) {
		if (out.has(id)) continue;
		out.set(id, {
			id,
			userPrincipalName: byId.get(id)?.userPrincipalName ?? d.userPrincipalName ?? id,
			displayName: byId.get(id)?.displayName ?? null,
			riskLevel: d.riskLevel ?? 'none',
			riskState: d.riskState ?? 'none',
			riskDetail: d.riskDetail ?? null,
			riskLastUpdatedDateTime: d.detectedDateTime ?? null,
			leakedCredentials: true,
			cloudOnly: cloudOnly(id),
		});
	}
	return {
		available: risky.status === 'read',
		users: [...out.values()].sort(
			(a, b) => compareUpn(a.userPrincipalName, b.userPrincipalName) || compareCodeUnits(a.id, b.id),
		),
		coverage,
	};
}

export function legacyUses(
	lines: readonly LegacyLine[],
	users: ReadonlyMap<string, DirectoryUser>,
	automationReasons: ReadonlyMap<string, readonly string[]>,
): LegacyUse[] {
	// The kind is a property of the account: decide it once per user from all of that user's lines.
	const perUser = new Map<string, LegacyLine[]>();
	const keyOf = (l: LegacyLine) => l.userId ?? `upn:${l.userPrincipalName.toLowerCase()}`;
	for (const line of lines) perUser.set(keyOf(line), [...(perUser.get(keyOf(line)) ?? []), line]);
	const kinds = new Map<string, {kind: LegacyUse['kind']; hints: string[]}>();
	for (const [key, own] of perUser) {
		const first = own[0]!;
		const user = first.userId ? users.get(first.userId) : undefined;
		const succeeded = own.filter(l => l.successfulSignIns > 0);
		kinds.set(
			key,
			guessLegacyKind({
				userPrincipalName: user?.userPrincipalName ?? first.userPrincipalName,
				displayName: user?.displayName ?? first.displayName,
				protocols: [...new Set((succeeded.length > 0 ? succeeded : own).map(l => l.protocol))],
				deviceNames: own.map(l => l.device.displayName),
				successfulSignIns: own.reduce((n, l) => n + l.successfulSignIns, 0),
				automationReasons: (first.userId && automationReasons.get(first.userId)) || [],
			}),
		);
	}
	return lines.map(l => {
		const user = l.userId ? users.get(l.userId) : undefined;
		const {kind, hints} = kinds.get(keyOf(l))!;
		return {
			...l,
			userPrincipalName: user?.userPrincipalName ?? l.userPrincipalName,
			displayName: user?.displayName ?? l.displayName,
			kind,
			kindHints: hints,
		};
	});
}

export function automationEvidence(
	accounts: readonly {
		userPrincipalName: string;
		id: string | null;
		reasons: readonly string[];
		signIns: number;
		lastSeen: string | null;
	}[],
	users: ReadonlyMap<string, DirectoryUser>,
	activity: (userId: string) => AccountActivity | undefined,
): AutomationEvidence[] {
	return accounts.map(a => {
		const seen = a.id ? activity(a.id) : undefined;
		return {
			userId: a.id,
			userPrincipalName: a.userPrincipalName,
			displayName: (a.id && users.get(a.id)?.displayName) || null,
			reasons: [...a.reasons],
			apps: seen ? [...seen.apps] : [],
			resources: seen ? [...seen.resources] : [],
			protocols: seen ? [...seen.protocols] : [],
			singleFactorSignIns: seen?.singleFactorSignIns ?? 0,
			signIns: a.signIns,
			lastSeen: a.lastSeen,
		};
	});
}
