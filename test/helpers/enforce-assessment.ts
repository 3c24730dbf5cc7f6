/**
 * Branch `enforce`'s stand-in for the shared collector (src/assessment/collect.ts is being written on another branch):
 * a small but real read of a tenant through the Graph layer into an `Assessment`, enough for the enforce step and the
 * compliance engine — organisation, SKUs, security defaults, CA policies, users, roles, group members, registration
 * details, risky users and the sign-in slices the aggregator asks for. Also builds hand-written fixtures.
 * Used by this branch's tests and by its demo launcher; replace with the real collector once it is on main.
 */
import type {Assessment, LegacyUse} from '../../src/assessment/types.js';
import {
	type AssessmentInput,
	createSignInAggregator,
	evaluate,
	groupsToResolve,
	licencesFromSkus,
	NOT_READ,
	needsPerUserMfa,
	type RoleAssignment,
	read,
	type SignInSlice,
	type Source,
	unavailable,
} from '../../src/compliance/index.js';
import {computeWindow} from '../../src/compliance/window.js';
import type {Graph} from '../../src/graph/client.js';
import {listCaPolicies} from '../../src/graph/conditional-access.js';
import {GraphHttpError} from '../../src/graph/errors.js';
import {listTransitiveMembers} from '../../src/graph/groups.js';
import {listRiskyUsers} from '../../src/graph/identity-protection.js';
import {getOrganization, listSubscribedSkus} from '../../src/graph/organization.js';
import {getSecurityDefaults} from '../../src/graph/policies.js';
import {listUserRegistrationDetails} from '../../src/graph/reports.js';
import {listRoleAssignments} from '../../src/graph/roles.js';
import {listSignIns, type SignInEventType, type SignInFilter} from '../../src/graph/sign-ins.js';
import {listUsers, perUserMfaStates} from '../../src/graph/users.js';
import type {Translator} from '../../src/i18n/index.js';
import {looksLikeBreakGlass} from '../../src/knowledge/break-glass.js';
import {RESOURCE_APP} from '../../src/knowledge/first-party-apps.js';
import {isPrivilegedRole, ROLE} from '../../src/knowledge/roles.js';

function reasonOf(error: unknown): 'licence' | 'permission' | 'error' {
	if (error instanceof GraphHttpError) {
		if (error.code === 'Authentication_RequestFromNonPremiumTenantOrB2CTenant') return 'licence';
		if (error.status === 403) return 'licence';
		if (error.status === 401) return 'permission';
	}
	return 'error';
}

async function source<T>(load: () => Promise<T>): Promise<Source<T>> {
	try {
		return read(await load());
	} catch (error) {
		return unavailable(reasonOf(error), (error as Error).message);
	}
}

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of iterable) out.push(item);
	return out;
}

function sliceFilters(slice: SignInSlice): {filter: Omit<SignInFilter, 'since' | 'until'>; types: SignInEventType[]}[] {
	const both: SignInEventType[] = ['interactiveUser', 'nonInteractiveUser'];
	switch (slice.kind) {
		case 'legacy':
			return [{filter: {clientAppUsed: [slice.protocol]}, types: both}];
		case 'ropc':
			return [{filter: {authenticationProtocol: 'ropc', errorCode: 0}, types: both}];
		case 'scriptClient':
			return [{filter: {appId: slice.appId, errorCode: 0}, types: both}];
		case 'partnerCenterApi':
			return [{filter: {errorCode: 0}, types: both}];
		case 'modernInteractive':
			return ['Browser', 'Mobile Apps and Desktop clients'].map(c => ({
				filter: {userId: slice.userId, errorCode: 0, clientAppUsed: [c]},
				types: ['interactiveUser'] as SignInEventType[],
			}));
		case 'modernInteractiveAll':
			return ['Browser', 'Mobile Apps and Desktop clients'].map(c => ({
				filter: {errorCode: 0, clientAppUsed: [c]},
				types: ['interactiveUser'] as SignInEventType[],
			}));
		default:
			return [{filter: {userId: slice.userId}, types: both}];
	}
}

export interface CollectOptions {
	readonly now: Date;
	readonly breakGlass: readonly string[];
	readonly t: Translator;
	readonly mode?: 'live' | 'demo';
	/** Skip the sign-in log (faster; legacy and automation then unknown). */
	readonly signIns?: boolean;
	/** The signed-in admin's UPN (the simulator's: sarah.chen). */
	readonly signedInUpn?: string;
}

/** Reads the tenant into an Assessment (see the file comment for what is and is not read). */
export async function collectForEnforce(graph: Graph, options: CollectOptions): Promise<Assessment> {
	const organization = await getOrganization(graph);
	const subscribedSkus = await source(() => listSubscribedSkus(graph));
	const licences = licencesFromSkus(subscribedSkus as never);
	const securityDefaults = await source(async () => ({isEnabled: (await getSecurityDefaults(graph)).isEnabled}));
	const policiesRaw = await source(() => listCaPolicies(graph));
	const users = await source(async () =>
		(await all(listUsers(graph))).map(u => ({
			id: u.id,
			userPrincipalName: u.userPrincipalName ?? u.id,
			displayName: u.displayName ?? null,
			userType: u.userType ?? 'Member',
			accountEnabled: u.accountEnabled ?? true,
			onPremisesSyncEnabled: u.onPremisesSyncEnabled ?? null,
		})),
	);
	const roleAssignments = await source(async () =>
		(await all(listRoleAssignments(graph))).map(
			(r): RoleAssignment => ({
				principalId: r.principalId,
				principalType: (r.principal?.['@odata.type'] ?? '').toLowerCase().endsWith('group')
					? 'group'
					: (r.principal?.['@odata.type'] ?? '').toLowerCase().endsWith('serviceprincipal')
						? 'servicePrincipal'
						: 'user',
				roleDefinitionId: r.roleDefinitionId,
				directoryScopeId: r.directoryScopeId ?? '/',
			}),
		),
	);
	const registration = await source(async () =>
		(await all(listUserRegistrationDetails(graph))).map(r => ({
			id: r.id,
			userPrincipalName: r.userPrincipalName ?? null,
			isMfaRegistered: r.isMfaRegistered ?? false,
			methods: r.methodsRegistered,
			isSsprRegistered: r.isSsprRegistered ?? null,
		})),
	);
	const risky = await source(() => all(listRiskyUsers(graph)));
	const base: Omit<AssessmentInput, 'groupMembers' | 'signIns'> = {
		organization: organization as never,
		subscribedSkus: subscribedSkus as never,
		securityDefaults,
		conditionalAccessPolicies: policiesRaw as never,
		users,
		roleAssignments,
		roleEligibilities: unavailable('notRead'),
		perUserMfa: NOT_READ,
		registrationDetails: registration.status === 'read' ? read(registration.value) : registration,
		authenticationMethods: NOT_READ,
		riskyUsers:
			risky.status === 'read'
				? read(risky.value.map(r => ({id: r.id, userPrincipalName: r.userPrincipalName, riskState: r.riskState ?? ''})))
				: risky,
		riskDetections: unavailable('notRead'),
		usageReports: {status: 'skipped', reason: 'notRead'},
	};
	const groupMembers = new Map<string, Source<readonly string[]>>();
	for (const id of groupsToResolve(base as AssessmentInput)) {
		groupMembers.set(
			id,
			await source(async () =>
				(await all(listTransitiveMembers(graph, id)))
					.filter(m => (m['@odata.type'] ?? '').toLowerCase().endsWith('user'))
					.map(m => m.id),
			),
		);
	}
	const window = computeWindow({now: options.now, licences});
	const aggregator = createSignInAggregator({window});
	if (options.signIns === false) aggregator.unavailable({reason: 'notRead'});
	else {
		for (let pending = aggregator.pendingSlices(); pending.length > 0; pending = aggregator.pendingSlices()) {
			for (const slice of pending) {
				try {
					for (const {filter, types} of sliceFilters(slice)) {
						for (const type of types) {
							const rows = listSignIns(graph, {
								filter: {...filter, since: window.from, until: window.to, eventTypes: [type]},
							});
							for await (const s of rows) {
								if (slice.kind === 'partnerCenterApi' && s.resourceId !== RESOURCE_APP.partnerCenterApi) continue;
								aggregator.add(s as never, slice);
							}
						}
					}
					aggregator.complete(slice);
				} catch (error) {
					if (reasonOf(error) === 'licence') {
						aggregator.unavailable({reason: 'licence'});
						break;
					}
					aggregator.fail(slice, {reason: 'error', detail: (error as Error).message});
				}
			}
			if (aggregator.result().status === 'unavailable') break;
		}
	}
	const signIns = aggregator.result();
	let input: AssessmentInput = {...(base as AssessmentInput), groupMembers, signIns};
	// Per-user MFA only when nothing else can make "MFA for all users" enforced (COMPLIANCE.md).
	if (needsPerUserMfa(input, options.breakGlass) && users.status === 'read') {
		const members = users.value.filter(u => u.accountEnabled && (u.userType ?? 'Member') === 'Member').map(u => u.id);
		const byUser = new Map<string, string>();
		for await (const r of perUserMfaStates(graph, members)) if (r.state) byUser.set(r.userId, r.state);
		input = {...input, perUserMfa: {status: 'read', byUser}};
	}
	const report = evaluate(input, {
		now: options.now,
		breakGlass: options.breakGlass,
		t: options.t,
		toolVersion: '0.0.0-test',
		mode: options.mode ?? 'demo',
		cloud: 'global',
	});

	const userList = users.status === 'read' ? users.value : [];
	const regById = new Map(registration.status === 'read' ? registration.value.map(r => [r.id, r]) : []);
	const rolesByUser = new Map<string, string[]>();
	if (roleAssignments.status === 'read') {
		for (const a of roleAssignments.value) {
			const holders =
				a.principalType === 'group'
					? ((groupMembers.get(a.principalId) as {value?: string[]} | undefined)?.value ?? [])
					: [a.principalId];
			for (const u of holders) rolesByUser.set(u, [...(rolesByUser.get(u) ?? []), a.roleDefinitionId]);
		}
	}
	const admins = userList
		.filter(u => u.accountEnabled && (rolesByUser.get(u.id) ?? []).some(isPrivilegedRole))
		.map(u => ({
			id: u.id,
			userPrincipalName: u.userPrincipalName,
			displayName: u.displayName ?? null,
			accountEnabled: u.accountEnabled,
			cloudOnly: u.onPremisesSyncEnabled !== true,
			roles: (rolesByUser.get(u.id) ?? []).map(r => ({
				roleTemplateId: r,
				via: 'direct' as const,
				groupId: null,
				groupName: null,
				eligible: false,
			})),
			mfaRegistered: regById.get(u.id)?.isMfaRegistered ?? null,
			ssprRegistered: regById.get(u.id)?.isSsprRegistered ?? null,
			methods: regById.get(u.id)?.methods ?? null,
		}))
		.sort((a, b) => {
			const ga = (x: typeof a) => (x.roles.some(r => r.roleTemplateId === ROLE.globalAdministrator) ? 0 : 1);
			return ga(a) - ga(b) || a.userPrincipalName.localeCompare(b.userPrincipalName);
		});
	const signedInUpn = options.signedInUpn?.toLowerCase();
	const me = userList.find(u => u.userPrincipalName.toLowerCase() === signedInUpn);
	const legacyUses: LegacyUse[] = signIns.legacy.subjects.flatMap(s =>
		s.protocols.map(protocol => ({
			protocol,
			userId: s.userId,
			userPrincipalName: s.userPrincipalName,
			displayName: null,
			app: null,
			device: {displayName: null, operatingSystem: null, browser: null},
			signIns: s.successfulSignIns,
			successfulSignIns: s.successfulSignIns,
			lastSeen: s.lastSeen,
			lastSuccess: s.lastSeen,
			kind: 'person' as const,
			kindHints: [],
		})),
	);
	const complete = {status: 'complete' as const};
	const verified = organization.verifiedDomains ?? [];
	return {
		collectedAt: report.generatedAt,
		tenant: {
			id: organization.id,
			displayName: organization.displayName ?? organization.id,
			defaultDomain: verified.find(d => d.isDefault)?.name ?? null,
			initialDomain: verified.find(d => d.isInitial)?.name ?? null,
			partnerTenantType: organization.partnerTenantType ?? null,
			cloud: 'global',
			onPremisesSyncEnabled: null,
		},
		signedIn: me
			? {
					id: me.id,
					userPrincipalName: me.userPrincipalName,
					displayName: me.displayName ?? null,
					roleTemplateIds: rolesByUser.get(me.id) ?? [],
					mfaRegistered: regById.get(me.id)?.isMfaRegistered ?? null,
				}
			: null,
		licences: {
			entraIdP1: licences.entraIdP1,
			entraIdP2: licences.entraIdP2,
			skus: null,
			exchangeSeats: null,
			officeAppsSeats: null,
			coverage: complete,
		},
		securityDefaults: securityDefaults.status === 'read' ? securityDefaults.value.isEnabled : null,
		policies: policiesRaw.status === 'read' ? (policiesRaw.value as never) : null,
		input,
		report,
		legacy: {source: 'signInLogs', uses: legacyUses, usageReport: null, concealedNames: null, coverage: complete},
		office: {
			exchangeUsers: null,
			officeAppsUsers: null,
			outlookVersions: null,
			outlook2013Users: null,
			concealedNames: null,
			coverage: {status: 'skipped'},
		},
		methods: {
			configurations: null,
			registrationCampaign: null,
			registeredByMethod: null,
			policyMigrationState: null,
			coverage: {status: 'skipped'},
		},
		automation: signIns.automation.accounts.map(a => ({
			userId: a.userId,
			userPrincipalName: a.userPrincipalName,
			displayName: null,
			reasons: a.reasons,
			apps: [],
			resources: [],
			protocols: [],
			singleFactorSignIns: a.signIns,
			signIns: a.signIns,
			lastSeen: a.lastSeen,
		})),
		admins: {
			admins,
			breakGlassCandidates: userList
				.filter(u => looksLikeBreakGlass(u.userPrincipalName, u.displayName))
				.map(u => ({id: u.id, userPrincipalName: u.userPrincipalName, hints: ['name']})),
			adminSsprAllowed: null,
			coverage: complete,
		},
		risk: {
			available: risky.status === 'read',
			users:
				risky.status === 'read'
					? risky.value.map(r => ({
							id: r.id,
							userPrincipalName: r.userPrincipalName ?? r.id,
							displayName: null,
							riskLevel: r.riskLevel ?? 'none',
							riskState: r.riskState ?? 'none',
							riskDetail: null,
							riskLastUpdatedDateTime: null,
							leakedCredentials: false,
							cloudOnly: null,
						}))
					: [],
			coverage: complete,
		},
	};
}
