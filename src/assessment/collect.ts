/**
 * `collect(graph, options)`: the one read of the tenant (types.ts) that `check`, `report`, the wizard's steps and
 * the summary share. It fills the compliance engine's read model as model.ts describes, runs `evaluate`, and builds
 * the per-step details from the same reads.
 *
 * - Reads only through src/graph; every source is `read` or `unavailable` with a reason (read.ts). Only the tenant
 *   itself (`/organization`) is required: without it there is nothing to report, so its failure ends the run.
 * - The sign-in log is streamed through the aggregator's `pendingSlices()` loop (signin-reader.ts) while the
 *   directory, registration and per-user reads run: the log is throttled to 5 requests per 10 s, the directory is
 *   not, so doing both at once is what keeps a large tenant's run short.
 * - Per-user MFA is read (beta, `$batch`) only when `needsPerUserMfa` says so; per-user methods only when the
 *   registration report is unavailable (no P1). Report settings are read, never changed.
 * - Memory is bounded by users, not by sign-ins: the user list is held (the engine needs it), sign-in rows never are.
 */
import {
	type AssessmentInput,
	type AuthenticationMethod,
	type ConditionalAccessPolicy,
	type CoverageInput,
	computeWindow,
	createSignInAggregator,
	type DirectoryUser,
	evaluate,
	groupsToResolve,
	licencesFromSkus,
	NOT_READ,
	needsPerUserMethods,
	needsPerUserMfa,
	type PerUserMfaState,
	type PerUserSource,
	type RiskDetection,
	type RiskyUser,
	type RoleAssignment,
	read,
	type Source,
	type SubscribedSku,
	type UserRegistrationDetails,
} from '../compliance/index.js';
import {formatDateTime} from '../compliance/order.js';
import type {Graph} from '../graph/client.js';
import {listCaPolicies} from '../graph/conditional-access.js';
import {
	type RiskDetection as GraphRiskDetection,
	type RiskyUser as GraphRiskyUser,
	listRiskDetections,
	listRiskyUsers,
} from '../graph/identity-protection.js';
import {getMe, getOrganization, listSubscribedSkus} from '../graph/organization.js';
import {type AuthenticationMethodsPolicy, type AuthorizationPolicy, getSecurityDefaults} from '../graph/policies.js';
import type {Translator} from '../i18n/index.js';
import type {CoverageItem, ReportCloud} from '../report/types.js';
import {
	adminDetails,
	automationEvidence,
	COMPLETE,
	countMethods,
	legacyUses,
	licenceDetails,
	methodsDetails,
	riskDetails,
	rolesByUser,
	type SkuRow,
	signedInAdmin,
	tenantInfo,
	unavailableItem,
	worst,
} from './details.js';
import {
	readGroupMembers,
	readGroupNames,
	readRoleAssignments,
	readRoleEligibilities,
	readUsers,
} from './directory-reader.js';
import {createEvidenceFolds} from './evidence.js';
import {DEFAULT_BATCH_CONCURRENCY, readPerUserMethods, readPerUserMfa} from './per-user.js';
import {all, readSource} from './read.js';
import {
	type RegistrationDetail,
	readAuthorizationPolicy,
	readConcealedNames,
	readMethodsPolicy,
	readRegisteredByMethod,
	readRegistrationDetails,
	readUsageReports,
	type UsageRead,
} from './reports-reader.js';
import {readSignInLog} from './signin-reader.js';
import type {Assessment, LegacyDetails, OfficeDetails, RawPolicy} from './types.js';

export type CollectPhase =
	| 'tenant'
	| 'directory'
	| 'registration'
	| 'perUserMfa'
	| 'signIns'
	| 'reports'
	| 'risk'
	| 'evaluate';

/** One progress event: a phase started, moved on, or finished. Phases overlap (the sign-in log runs alongside). */
export interface CollectProgress {
	readonly phase: CollectPhase;
	readonly status: 'running' | 'done';
	/** Items read so far in this phase (users, rows), and the total when it is known. */
	readonly count?: number;
	readonly total?: number;
	/** Sign-in log requests so far (phase `signIns`). */
	readonly requests?: number;
}

export interface CollectOptions {
	/** The run's clock reading: the end of the sign-in window and `generatedAt`. */
	readonly now: Date;
	/** `--days` (default 30), capped by retention. */
	readonly days?: number;
	/** Declared break-glass accounts, as given. */
	readonly breakGlass: readonly string[];
	readonly t: Translator;
	readonly toolVersion: string;
	readonly mode: 'live' | 'demo';
	readonly cloud: ReportCloud;
	readonly onProgress?: (progress: CollectProgress) => void;
	/** Tuning for tests and benchmarks; the defaults are what a live tenant needs. */
	readonly tuning?: {
		readonly eventTypes?: 'combined' | 'split';
		readonly orTerms?: number;
		/** Stage-2 candidates above which one read of all modern sign-ins replaces per-user checks. */
		readonly modernCheckLimit?: number;
		readonly batchConcurrency?: number;
	};
}

/**
 * Grouped per-user checks cost about one request per 15 candidates; the all-users read costs every successful modern
 * interactive sign-in of the tenant, hundreds of pages in a large tenant. Per-user checks win up to a few thousand
 * candidates (users with a successful legacy sign-in and no modern one seen yet).
 */
export const DEFAULT_MODERN_CHECK_LIMIT = 3000;

function isEnabledMember(u: DirectoryUser): boolean {
	return u.accountEnabled && (u.userType ?? 'Member').toLowerCase() !== 'guest';
}

function toSku(s: Awaited<ReturnType<typeof listSubscribedSkus>>[number]): SkuRow {
	return {
		skuId: s.skuId,
		skuPartNumber: s.skuPartNumber,
		capabilityStatus: s.capabilityStatus ?? '',
		consumedUnits: s.consumedUnits,
		enabledUnits: s.prepaidUnits?.enabled,
		servicePlans: s.servicePlans.map(p => ({
			servicePlanId: p.servicePlanId,
			servicePlanName: p.servicePlanName,
			provisioningStatus: p.provisioningStatus ?? '',
		})),
	};
}

function usageCoverage(usage: UsageRead, concealed: Source<boolean>, t: Translator): CoverageInput {
	const failed = [usage.userDetail, usage.versions].filter(s => s.status === 'unavailable');
	if (failed.length === 2) return unavailableItem(failed[0] as {reason: string; detail?: string});
	const detail = concealed.status === 'read' && concealed.value ? t('assessment.usageConcealed') : undefined;
	if (failed.length === 1) {
		const f = failed[0] as {reason: string; detail?: string};
		return {
			status: 'partial',
			reason: f.reason,
			...(f.detail || detail ? {detail: [f.detail, detail].filter(Boolean).join(' ')} : {}),
		};
	}
	return {status: 'complete', ...(detail ? {detail} : {})};
}

/** Runs branches side by side; the first failure cancels the others' loops (`cancelled()`), then is rethrown. */
async function together(branches: readonly ((cancelled: () => boolean) => Promise<void>)[]): Promise<void> {
	let cancel = false;
	const results = await Promise.allSettled(
		branches.map(b =>
			b(() => cancel).catch(error => {
				cancel = true;
				throw error;
			}),
		),
	);
	const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (failed) throw failed.reason;
}

export async function collect(graph: Graph, options: CollectOptions): Promise<Assessment> {
	const {t} = options;
	const progress = (p: CollectProgress) => options.onProgress?.(p);
	const redactor = graph.redactor;

	// The tenant, licences and policies: what decides the window and which later reads are needed.
	progress({phase: 'tenant', status: 'running'});
	const organization = await getOrganization(graph);
	const [me, skuSource, sdSource, caSource] = await Promise.all([
		readSource(redactor, () => getMe(graph)),
		readSource(redactor, async () => (await listSubscribedSkus(graph)).map(toSku)),
		readSource(redactor, async () => ({isEnabled: (await getSecurityDefaults(graph)).isEnabled})),
		readSource(redactor, () => listCaPolicies(graph)),
	]);
	const licences = licencesFromSkus(skuSource as Source<readonly SubscribedSku[]>);
	const window = computeWindow({now: options.now, days: options.days, licences});
	const rawPolicies: RawPolicy[] | null =
		caSource.status === 'read'
			? caSource.value.map(p => ({...p, displayName: p.displayName ?? p.id}) as RawPolicy)
			: null;
	const policies: Source<readonly ConditionalAccessPolicy[]> =
		caSource.status === 'read'
			? read(
					caSource.value.map(
						p =>
							({
								...p,
								displayName: p.displayName ?? p.id,
								conditions: p.conditions ?? {},
							}) as unknown as ConditionalAccessPolicy,
					),
				)
			: caSource;
	progress({phase: 'tenant', status: 'done'});

	const tuning = options.tuning ?? {};
	const aggregator = createSignInAggregator({
		window,
		perUserCheckLimit: tuning.modernCheckLimit ?? DEFAULT_MODERN_CHECK_LIMIT,
	});
	const folds = createEvidenceFolds(window);
	const concurrency = tuning.batchConcurrency ?? DEFAULT_BATCH_CONCURRENCY;

	// Filled by the branches below (an object, so each field keeps its declared type across the async branches).
	const notRead = {status: 'unavailable', reason: 'notRead'} as const;
	const st: {
		users: Source<DirectoryUser[]>;
		assignments: Source<RoleAssignment[]>;
		eligibilities: Source<RoleAssignment[]>;
		groupMembers: Map<string, Source<readonly string[]>>;
		groupNames: Map<string, string>;
		registration: Source<UserRegistrationDetails[]>;
		registrationDetail: ReadonlyMap<string, RegistrationDetail> | null;
		methods: PerUserSource<readonly AuthenticationMethod[]>;
		byMethod: Record<string, number> | null;
		byMethodCoverage: CoverageItem;
		perUserMfa: PerUserSource<PerUserMfaState>;
		methodsPolicy: Source<AuthenticationMethodsPolicy>;
		authorization: Source<AuthorizationPolicy>;
		concealed: Source<boolean>;
		usage: UsageRead;
		risky: Source<GraphRiskyUser[]>;
		detections: Source<GraphRiskDetection[]>;
	} = {
		users: notRead,
		assignments: notRead,
		eligibilities: notRead,
		groupMembers: new Map(),
		groupNames: new Map(),
		registration: notRead,
		registrationDetail: null,
		methods: NOT_READ,
		byMethod: null,
		byMethodCoverage: COMPLETE,
		perUserMfa: NOT_READ,
		methodsPolicy: notRead,
		authorization: notRead,
		concealed: notRead,
		usage: {userDetail: notRead, versions: notRead},
		risky: notRead,
		detections: notRead,
	};

	const emptyFacts = createSignInAggregator({window}).result();
	const provisional = (): AssessmentInput => ({
		organization: {...organization, displayName: organization.displayName ?? organization.id},
		subscribedSkus: skuSource,
		securityDefaults: sdSource,
		conditionalAccessPolicies: policies,
		users: st.users,
		groupMembers: st.groupMembers,
		roleAssignments: st.assignments,
		roleEligibilities: st.eligibilities,
		perUserMfa: st.perUserMfa,
		registrationDetails: st.registration,
		authenticationMethods: st.methods,
		riskyUsers: NOT_READ as unknown as Source<RiskyUser[]>,
		riskDetections: NOT_READ as unknown as Source<RiskDetection[]>,
		signIns: emptyFacts,
		usageReports: {status: 'unavailable', reason: 'notRead'},
	});

	await together([
		// The sign-in log: throttled, so it starts first and runs alongside everything else.
		async cancelled => {
			progress({phase: 'signIns', status: 'running', count: 0, requests: 0});
			const stats = await readSignInLog(graph, aggregator, [folds], {
				window,
				eventTypes: tuning.eventTypes,
				orTerms: tuning.orTerms,
				estimate: id => folds.rowsSeen(id),
				cancelled,
				onProgress: p => progress({phase: 'signIns', status: 'running', count: p.rows, requests: p.requests}),
			});
			progress({phase: 'signIns', status: 'done', count: stats.rows, requests: stats.requests});
		},
		// The directory, then registration and per-user MFA, which depend on it.
		async cancelled => {
			progress({phase: 'directory', status: 'running', count: 0});
			const [u, active, eligible] = await Promise.all([
				readUsers(graph, count => progress({phase: 'directory', status: 'running', count})),
				readRoleAssignments(graph),
				readRoleEligibilities(graph),
			]);
			st.users = u;
			st.assignments = active.assignments;
			st.eligibilities = eligible.assignments;
			const roleNames = new Map([...eligible.names, ...active.names]);
			const knownUsers = new Set(st.users.status === 'read' ? st.users.value.map(x => x.id) : []);
			const groups = groupsToResolve({
				conditionalAccessPolicies: policies,
				roleAssignments: st.assignments,
				roleEligibilities: st.eligibilities,
			});
			st.groupMembers = await readGroupMembers(graph, groups, id => knownUsers.has(id));
			const unnamed = groups.filter(g => !roleNames.has(g));
			st.groupNames = new Map([...roleNames, ...(await readGroupNames(graph, unnamed))]);
			progress({phase: 'directory', status: 'done', count: knownUsers.size});
			if (cancelled()) return;

			const members = st.users.status === 'read' ? st.users.value.filter(isEnabledMember) : null;
			const memberIds = members?.map(m => m.id) ?? [];
			progress({phase: 'registration', status: 'running', count: 0});
			const keep = new Set(
				rolesByUser(
					{
						users: null,
						assignments: st.assignments,
						eligibilities: st.eligibilities,
						groupMembers: st.groupMembers,
						groupNames: st.groupNames,
						registration: null,
						methods: st.methods,
					},
					true,
				).keys(),
			);
			if (me.status === 'read') keep.add(me.value.id);
			const reg = await readRegistrationDetails(graph, keep, count =>
				progress({phase: 'registration', status: 'running', count}),
			);
			st.registration = reg.source;
			if (st.registration.status === 'read') {
				st.registrationDetail = reg.details;
				const summary = await readRegisteredByMethod(graph);
				if (summary.status === 'read') st.byMethod = summary.value;
				else st.byMethodCoverage = {status: 'partial', reason: summary.reason};
			} else if (needsPerUserMethods({registrationDetails: st.registration})) {
				st.methods =
					members === null
						? {status: 'unavailable', reason: st.users.status === 'unavailable' ? st.users.reason : 'error'}
						: await readPerUserMethods(graph, memberIds, {
								concurrency,
								cancelled,
								onCount: (count, total) => progress({phase: 'registration', status: 'running', count, total}),
							});
				st.byMethod = countMethods(st.methods, members);
				st.byMethodCoverage =
					st.methods.status === 'read'
						? {status: st.methods.problem ? 'partial' : 'complete', reason: 'perUserMethods'}
						: unavailableItem(st.methods.status === 'unavailable' ? st.methods : {reason: 'notRead'});
			}
			progress({phase: 'registration', status: 'done'});
			if (cancelled()) return;

			if (needsPerUserMfa(provisional(), options.breakGlass)) {
				progress({phase: 'perUserMfa', status: 'running', count: 0, total: memberIds.length});
				st.perUserMfa =
					members === null
						? {status: 'unavailable', reason: st.users.status === 'unavailable' ? st.users.reason : 'error'}
						: await readPerUserMfa(graph, memberIds, {
								concurrency,
								cancelled,
								onCount: (count, total) => progress({phase: 'perUserMfa', status: 'running', count, total}),
							});
				progress({phase: 'perUserMfa', status: 'done'});
			}
		},
		// Settings and reports no verdict depends on.
		async () => {
			progress({phase: 'reports', status: 'running', count: 0});
			[st.methodsPolicy, st.authorization, st.concealed] = await Promise.all([
				readMethodsPolicy(graph),
				readAuthorizationPolicy(graph),
				readConcealedNames(graph),
			]);
			st.usage = await readUsageReports(graph, count => progress({phase: 'reports', status: 'running', count}));
			progress({phase: 'reports', status: 'done'});
			progress({phase: 'risk', status: 'running'});
			[st.risky, st.detections] = await Promise.all([
				readSource(redactor, () =>
					all(listRiskyUsers(graph, {filter: "riskState eq 'atRisk' or riskState eq 'confirmedCompromised'"})),
				),
				readSource(redactor, () => all(listRiskDetections(graph, {filter: "riskEventType eq 'leakedCredentials'"}))),
			]);
			progress({phase: 'risk', status: 'done'});
		},
	]);

	progress({phase: 'evaluate', status: 'running'});
	const facts = aggregator.result();
	const input: AssessmentInput = {
		...provisional(),
		riskyUsers:
			st.risky.status === 'read'
				? read(
						st.risky.value.map(r => ({
							id: r.id,
							userPrincipalName: r.userPrincipalName ?? null,
							riskState: r.riskState ?? 'none',
							isDeleted: r.isDeleted ?? false,
						})),
					)
				: st.risky,
		riskDetections:
			st.detections.status === 'read'
				? read(
						st.detections.value.map(d => ({
							userId: d.userId ?? null,
							userPrincipalName: d.userPrincipalName ?? null,
							riskEventType: d.riskEventType ?? '',
						})),
					)
				: st.detections,
		signIns: facts,
		usageReports: usageCoverage(st.usage, st.concealed, t),
	};
	const report = evaluate(input, {
		now: options.now,
		days: options.days,
		breakGlass: options.breakGlass,
		t,
		toolVersion: options.toolVersion,
		mode: options.mode,
		cloud: options.cloud,
	});

	const userList = st.users.status === 'read' ? st.users.value : null;
	const userById = new Map((userList ?? []).map(u => [u.id, u]));
	const adminInputs = {
		users: userList,
		assignments: st.assignments,
		eligibilities: st.eligibilities,
		groupMembers: st.groupMembers,
		groupNames: st.groupNames,
		registration: st.registrationDetail,
		methods: st.methods,
	};
	const reasonsById = new Map(report.automation.accounts.filter(a => a.id).map(a => [a.id!, a.reasons] as const));
	const signInsRead = facts.status !== 'unavailable';
	const usageRows = st.usage.userDetail.status === 'read' ? st.usage.userDetail.value : null;
	const concealedNames = st.concealed.status === 'read' ? st.concealed.value : null;
	const legacy: LegacyDetails = {
		source: signInsRead ? 'signInLogs' : usageRows ? 'usageReport' : 'none',
		uses: legacyUses(folds.legacyLines(), userById, reasonsById),
		usageReport: usageRows ? usageRows.legacy : null,
		concealedNames,
		coverage: signInsRead ? report.coverage.signInLogs : report.coverage.usageReports,
	};
	const office: OfficeDetails = {
		exchangeUsers: null,
		officeAppsUsers: null,
		outlookVersions: st.usage.versions.status === 'read' ? st.usage.versions.value : null,
		outlook2013Users: usageRows ? usageRows.outlook2013 : null,
		concealedNames,
		coverage: report.coverage.usageReports,
	};
	const licenceInfo = licenceDetails(skuSource, licences);
	const directoryNames: Record<string, string> = {};
	for (const p of rawPolicies ?? []) {
		const u = (p.conditions as ConditionalAccessPolicy['conditions'] | undefined)?.users;
		for (const id of [...(u?.includeUsers ?? []), ...(u?.excludeUsers ?? [])]) {
			const user = userById.get(id);
			if (user) directoryNames[id] = user.userPrincipalName;
		}
		for (const id of [...(u?.includeGroups ?? []), ...(u?.excludeGroups ?? [])]) {
			const name = st.groupNames.get(id);
			if (name) directoryNames[id] = name;
		}
	}
	const assessment: Assessment = {
		collectedAt: formatDateTime(options.now),
		tenant: tenantInfo(organization, options.cloud),
		signedIn: signedInAdmin(me.status === 'read' ? me.value : null, adminInputs),
		licences: licenceInfo,
		securityDefaults: report.enforcement.securityDefaults,
		policies: rawPolicies,
		input,
		report,
		legacy,
		office: {...office, exchangeUsers: licenceInfo.exchangeSeats, officeAppsUsers: licenceInfo.officeAppsSeats},
		methods: methodsDetails(st.methodsPolicy, st.byMethod, st.byMethodCoverage),
		automation: automationEvidence(report.automation.accounts, userById, id => folds.activity(id)),
		admins: adminDetails(
			adminInputs,
			policies.status === 'read' ? policies.value : null,
			options.breakGlass,
			st.authorization.status === 'read' ? (st.authorization.value.allowedToUseSSPR ?? null) : null,
			worst(report.coverage.directory ?? COMPLETE, report.coverage.registration),
		),
		risk: riskDetails(st.risky, st.detections, userList, report.coverage.risk),
		directoryNames: Object.fromEntries(Object.entries(directoryNames).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
	};
	progress({phase: 'evaluate', status: 'done'});
	return assessment;
}
