/**
 * The compliance engine: `evaluate(input, options)` turns the read model (model.ts) into the REPORT.md object.
 * Pure: no I/O, no clock (the time is `options.now`), no environment; the same input and options give the same report.
 *
 * Coverage entries beyond REPORT.md's six (allowed: fields are only ever added) explain the rest of what was read:
 * `securityDefaults`, `licences`, `directory` (users, active role assignments and the members of groups holding roles)
 * and `roleEligibility` (PIM, P2). Coverage reasons are `licence`, `permission`, `error`, `throttled`, `notRead`,
 * plus COMPLIANCE.md's `notNeeded` and `perUserMethods`.
 */
import type {Translator} from '../i18n/index.js';
import {canonicalReport} from '../report/json.js';
import {
	type CoverageItem,
	REPORT_SCHEMA_VERSION,
	type Report,
	type ReportCloud,
	type ReportCoverage,
	type ReportPolicy,
	TOOL_NAME,
} from '../report/types.js';
import {assessBreakGlass, type BreakGlassWarning} from './break-glass.js';
import {buildDirectory, type Directory} from './directory.js';
import {buildFindings, type VerdictKey} from './findings.js';
import {licencesFromSkus} from './licences.js';
import type {
	AssessmentInput,
	ConditionalAccessPolicy,
	PerUserMfaState,
	ReadProblem,
	SignInFacts,
	Source,
	UnavailableReason,
} from './model.js';
import {compareCodeUnits} from './order.js';
import {
	type Gap,
	grantsMfa,
	isCounted,
	isLegacyBlockPolicy,
	listedGaps,
	type PolicyView,
	policyGaps,
	policyKinds,
} from './policies.js';
import {type CoverageFact, eligibleAdminsFact, registrationFacts, riskFacts} from './readiness.js';
import {sliceKey} from './signins.js';
import {
	type Candidate,
	compliantOf,
	decideVerdict,
	enforcedBy,
	inheritAdmins,
	type PerUserCoverage,
	type VerdictResult,
} from './verdicts.js';
import {computeWindow, type LicenceFlags} from './window.js';

export interface EvaluateOptions {
	/** The run's clock reading: `generatedAt` and the end of the window. */
	readonly now: Date;
	/** `--days`; default 30, capped by retention. */
	readonly days?: number;
	/** `--break-glass` entries or the wizard's answer, as given. */
	readonly breakGlass: readonly string[];
	/** Localizes findings, coverage details and warnings. */
	readonly t: Translator;
	readonly toolVersion: string;
	readonly mode: 'live' | 'demo';
	readonly cloud: ReportCloud;
}

/** Groups whose transitive user members the collector must read: those policies name and those holding roles. */
export function groupsToResolve(
	input: Pick<AssessmentInput, 'conditionalAccessPolicies' | 'roleAssignments' | 'roleEligibilities'>,
): string[] {
	const ids = new Set<string>();
	if (input.conditionalAccessPolicies.status === 'read') {
		for (const p of input.conditionalAccessPolicies.value) {
			const users = p.conditions.users;
			for (const g of users?.includeGroups ?? []) ids.add(g);
			for (const g of users?.excludeGroups ?? []) ids.add(g);
		}
	}
	for (const source of [input.roleAssignments, input.roleEligibilities]) {
		if (source.status !== 'read') continue;
		for (const a of source.value) if (a.principalType === 'group') ids.add(a.principalId);
	}
	return [...ids].sort(compareCodeUnits);
}

/** The fallback to per-user methods is needed when `userRegistrationDetails` could not be read. */
export function needsPerUserMethods(input: Pick<AssessmentInput, 'registrationDetails'>): boolean {
	return input.registrationDetails.status !== 'read';
}

interface PolicySet {
	/** False when the policies could not be read and could exist. */
	readonly known: boolean;
	/** In id order; empty when unknown or when the tenant cannot have any (no licence). */
	readonly policies: readonly ConditionalAccessPolicy[];
}

function policySet(source: Source<readonly ConditionalAccessPolicy[]>): PolicySet {
	if (source.status === 'read') {
		return {known: true, policies: [...source.value].sort((a, b) => compareCodeUnits(a.id, b.id))};
	}
	// Graph refuses CA reads for want of a licence only when the tenant never had P1: no policy can be in force.
	return {known: source.reason === 'licence', policies: []};
}

function candidatesOf(
	set: PolicySet,
	directory: Directory,
	view: PolicyView,
	kind: (p: ConditionalAccessPolicy) => boolean,
): Candidate[] {
	return set.policies
		.filter(p => isCounted(p) && kind(p))
		.map(p => ({
			id: p.id,
			state: p.state as Candidate['state'],
			gaps: policyGaps(p, view, directory),
		}));
}

function securityDefaultsOf(input: AssessmentInput): boolean | null {
	return input.securityDefaults.status === 'read' ? input.securityDefaults.value.isEnabled : null;
}

/**
 * Whether per-user MFA must be read: security defaults not known to be on and no policy makes `mfaAllUsers` enforced
 * (COMPLIANCE.md "Per-user MFA is read … only when …"). The collector asks this before reading it.
 */
export function needsPerUserMfa(input: AssessmentInput, breakGlass: readonly string[]): boolean {
	if (securityDefaultsOf(input) === true) return false;
	const directory = buildDirectory(input, breakGlass);
	const set = policySet(input.conditionalAccessPolicies);
	return !candidatesOf(set, directory, 'allUsers', grantsMfa).some(c => c.state === 'enabled' && c.gaps.length === 0);
}

function perUserCoverage(population: readonly string[] | null, source: AssessmentInput['perUserMfa']): PerUserCoverage {
	if (population === null) return {population: null, covered: 0, unread: 0};
	if (source.status !== 'read') return {population: population.length, covered: 0, unread: population.length};
	let covered = 0;
	let unread = 0;
	for (const id of population) {
		const state: PerUserMfaState | undefined = source.byUser.get(id);
		if (state === undefined) unread++;
		else if (state === 'enabled' || state === 'enforced') covered++;
	}
	return {population: population.length, covered, unread};
}

function item(status: CoverageItem['status'], reason?: string, detail?: string): CoverageItem {
	return {
		status,
		...(reason === undefined ? {} : {reason}),
		...(detail === undefined || detail === '' ? {} : {detail}),
	};
}

function fromFact(fact: CoverageFact, detail?: string): CoverageItem {
	const details = [fact.sourceDetail, detail].filter((d): d is string => !!d);
	return item(fact.status, fact.reason, details.join(' ') || undefined);
}

function sourceProblem<T>(source: Source<T>): ReadProblem | undefined {
	return source.status === 'unavailable' ? {reason: source.reason, detail: source.detail} : undefined;
}

function list(values: readonly string[], t: Translator, max = 10): string {
	const shown = values.slice(0, max);
	const more = values.length - shown.length;
	return t('findings.listJoin', {items: more > 0 ? [...shown, `… (+${more})`] : shown});
}

function groupReason(input: AssessmentInput, groupId: string): UnavailableReason {
	const source = input.groupMembers.get(groupId);
	return source?.status === 'unavailable' ? source.reason : 'notRead';
}

function signInCoverage(facts: SignInFacts, capped: string | undefined, t: Translator): CoverageItem {
	if (facts.status === 'unavailable') {
		const problem = facts.unavailable ?? {reason: 'error' as const};
		return item('unavailable', problem.reason, [problem.detail, capped].filter(Boolean).join(' ') || undefined);
	}
	if (facts.status === 'partial') {
		const first = facts.problems[0];
		const slices = t('findings.slicesNotRead', {
			slices: list(
				facts.problems.map(p => sliceKey(p.slice)),
				t,
			),
		});
		return item('partial', first?.reason ?? 'error', [slices, capped].filter(Boolean).join(' '));
	}
	return item('complete', undefined, capped);
}

function warningText(w: BreakGlassWarning, t: Translator): string {
	switch (w.kind) {
		case 'fewerThanTwo':
			return t('findings.warnFewerThanTwo', {count: w.count});
		case 'lookAlikeName':
			return t('findings.warnLookAlikeName', {upn: w.userPrincipalName});
		default:
			return t('findings.warnMostExcluded', {upn: w.userPrincipalName, policies: w.policies});
	}
}

function reportState(state: string): ReportPolicy['state'] {
	return state === 'enabled' || state === 'enabledForReportingButNotEnforced' ? state : 'disabled';
}

export function evaluate(input: AssessmentInput, options: EvaluateOptions): Report {
	const {t} = options;
	const licences: LicenceFlags = licencesFromSkus(input.subscribedSkus);
	const window = computeWindow({now: options.now, days: options.days, licences});
	if (input.signIns.window.from !== window.from || input.signIns.window.to !== window.to) {
		throw new Error(
			`The sign-in aggregator used the window ${input.signIns.window.from} … ${input.signIns.window.to}, but the report's is ${window.from} … ${window.to}: build both with computeWindow from the same clock, days and licences.`,
		);
	}
	const directory = buildDirectory(input, options.breakGlass);
	const set = policySet(input.conditionalAccessPolicies);
	const securityDefaults = securityDefaultsOf(input);

	// Verdicts.
	const candidates: Record<VerdictKey, Candidate[]> = {
		mfaAllUsers: candidatesOf(set, directory, 'allUsers', grantsMfa),
		mfaAdmins: candidatesOf(set, directory, 'admins', grantsMfa),
		legacyAuthBlocked: candidatesOf(set, directory, 'legacy', isLegacyBlockPolicy),
	};
	const perUserNeeded =
		securityDefaults !== true && !candidates.mfaAllUsers.some(c => c.state === 'enabled' && c.gaps.length === 0);
	const members = directory.enabledMembers?.map(u => u.id) ?? null;
	const adminIds = directory.admins ? [...directory.admins] : null;
	const mfaAllUsers = decideVerdict({
		securityDefaults,
		policiesKnown: set.known,
		candidates: candidates.mfaAllUsers,
		perUser: perUserNeeded ? perUserCoverage(members, input.perUserMfa) : undefined,
	});
	const mfaAdmins = inheritAdmins(mfaAllUsers, () =>
		decideVerdict({
			securityDefaults,
			policiesKnown: set.known,
			candidates: candidates.mfaAdmins,
			perUser: perUserNeeded ? perUserCoverage(adminIds, input.perUserMfa) : undefined,
		}),
	);
	const legacyAuthBlocked = decideVerdict({
		securityDefaults,
		policiesKnown: set.known,
		candidates: candidates.legacyAuthBlocked,
	});
	const verdicts: Record<VerdictKey, VerdictResult> = {mfaAllUsers, mfaAdmins, legacyAuthBlocked};
	const all = [mfaAllUsers, mfaAdmins, legacyAuthBlocked];

	// Readiness.
	const registration = registrationFacts(input, directory);
	const risk = riskFacts(input, directory, licences);
	const eligible = eligibleAdminsFact(input, directory, licences);
	const breakGlass = assessBreakGlass(directory, set.known ? set.policies : null);
	const upnOf = (id: string | null, fallback: string) =>
		(id ? directory.userById(id)?.userPrincipalName : undefined) ?? fallback;
	const signIns = input.signIns;
	const legacySubjects = signIns.legacy.subjects.map(s => ({
		...s,
		userPrincipalName: upnOf(s.userId, s.userPrincipalName),
	}));
	const accounts = signIns.automation.accounts.map(a => ({
		...a,
		userPrincipalName: upnOf(a.userId, a.userPrincipalName),
	}));
	const failedOnlyUsers = signIns.legacy.failedOnlyUsers.map(u => upnOf(u.userId, u.userPrincipalName));

	// Coverage.
	const coverage: Record<string, CoverageItem> = {};
	coverage.policies = policiesCoverage(input, set, candidates, t);
	coverage.signInLogs = signInCoverage(
		signIns,
		window.capped ? t('findings.windowCapped', {requested: window.requestedDays, days: window.days}) : undefined,
		t,
	);
	coverage.registration = fromFact(
		registration.coverage,
		registration.missingFromDetails > 0
			? t('findings.registrationMissing', {count: registration.missingFromDetails})
			: registration.coverage.status === 'partial' && registration.methodsRead
				? t('findings.perUserMethodsPartial', registration.methodsRead)
				: undefined,
	);
	coverage.perUserMfa = perUserMfaCoverage(input, perUserNeeded, members, t);
	coverage.risk = fromFact(risk.coverage);
	coverage.usageReports = item(input.usageReports.status, input.usageReports.reason, input.usageReports.detail);
	const sdProblem = sourceProblem(input.securityDefaults);
	coverage.securityDefaults = sdProblem ? item('unavailable', sdProblem.reason, sdProblem.detail) : item('complete');
	const skuProblem = sourceProblem(input.subscribedSkus);
	coverage.licences = skuProblem ? item('unavailable', skuProblem.reason, skuProblem.detail) : item('complete');
	coverage.directory = directoryCoverage(input, directory, t);
	coverage.roleEligibility = fromFact(
		eligible.coverage.status === 'partial'
			? {status: 'partial', reason: directoryReason(input, directory) ?? 'error'}
			: eligible.coverage,
	);

	const report: Report = {
		schemaVersion: REPORT_SCHEMA_VERSION,
		tool: {name: TOOL_NAME, version: options.toolVersion},
		generatedAt: window.to,
		mode: options.mode,
		tenant: {
			id: input.organization.id,
			displayName: input.organization.displayName,
			defaultDomain: input.organization.verifiedDomains?.find(d => d.isDefault)?.name ?? null,
			partnerTenantType: input.organization.partnerTenantType ?? null,
			cloud: options.cloud,
		},
		licences,
		window: {days: window.days, from: window.from, to: window.to},
		coverage: coverage as ReportCoverage,
		enforcement: {
			securityDefaults,
			mfaAllUsers: {verdict: mfaAllUsers.verdict, reasons: mfaAllUsers.reasons},
			mfaAdmins: {verdict: mfaAdmins.verdict, reasons: mfaAdmins.reasons},
			legacyAuthBlocked: {verdict: legacyAuthBlocked.verdict, reasons: legacyAuthBlocked.reasons},
			enforcedBy: enforcedBy(all),
			policies: set.policies.map(p => ({
				id: p.id,
				displayName: p.displayName,
				state: reportState(p.state),
				kinds: policyKinds(p),
				gaps: listedGaps(p, directory),
			})),
		},
		compliant: compliantOf(all),
		users: {
			enabledMembers: directory.enabledMembers?.length ?? null,
			guests: directory.guests,
			disabled: directory.disabled,
			mfaRegistered: registration.mfaRegistered,
			mfaNotRegistered: registration.mfaNotRegistered,
			admins: directory.admins?.size ?? null,
			adminsMfaRegistered: registration.adminsMfaRegistered,
			adminsMfaNotRegistered: registration.adminsMfaNotRegistered,
			eligibleAdmins: eligible.count,
		},
		legacyAuth: {
			signIns: signIns.legacy.signIns,
			successfulSignIns: signIns.legacy.successfulSignIns,
			users: signIns.legacy.users,
			failedOnlyAttempts: signIns.legacy.failedOnlyAttempts,
			byProtocol: {...signIns.legacy.byProtocol} as Report['legacyAuth']['byProtocol'],
			subjects: legacySubjects.map(s => ({
				userPrincipalName: s.userPrincipalName,
				protocols: s.protocols,
				successfulSignIns: s.successfulSignIns,
				lastSeen: s.lastSeen,
			})),
		},
		automation: {
			accounts: accounts.map(a => ({
				userPrincipalName: a.userPrincipalName,
				id: a.userId,
				reasons: a.reasons,
				signIns: a.signIns,
				lastSeen: a.lastSeen,
			})),
		},
		breakGlass: {
			declared: breakGlass.declared,
			checks: breakGlass.checks,
			warnings: breakGlass.warnings.map(w => warningText(w, t)),
		},
		risk: {
			riskyUsers: risk.riskyUsers,
			confirmedCompromised: risk.confirmedCompromised,
			leakedCredentials: risk.leakedCredentials,
		},
		findings: [],
	};

	const findings = buildFindings(
		{
			verdicts,
			candidates,
			windowDays: window.days,
			legacy: {
				users: signIns.legacy.users,
				failedOnlyAttempts: signIns.legacy.failedOnlyAttempts,
				subjects: legacySubjects.map(s => s.userPrincipalName),
				failedOnlyUsers,
			},
			automation: {complete: signIns.automation.complete, subjects: accounts.map(a => a.userPrincipalName)},
			registration: {
				enabledMembers: report.users.enabledMembers,
				admins: report.users.admins,
				mfaNotRegistered: registration.mfaNotRegistered,
				adminsMfaNotRegistered: registration.adminsMfaNotRegistered,
				notRegistered: registration.notRegistered,
				adminsNotRegistered: registration.adminsNotRegistered,
			},
			breakGlass: {declared: breakGlass.declared, checks: breakGlass.checks},
			risk,
			entraIdP1: licences.entraIdP1,
			countedPolicyIds: set.policies.filter(isCounted).map(p => p.id),
			coverage,
		},
		t,
	);
	return canonicalReport({...report, findings});
}

function directoryReason(input: AssessmentInput, directory: Directory): UnavailableReason | undefined {
	if (input.users.status === 'unavailable') return input.users.reason;
	if (input.roleAssignments.status === 'unavailable') return input.roleAssignments.reason;
	const group = directory.unreadableRoleGroups[0];
	return group === undefined ? undefined : groupReason(input, group);
}

function directoryCoverage(input: AssessmentInput, directory: Directory, t: Translator): CoverageItem {
	if (input.users.status === 'unavailable') return item('unavailable', input.users.reason, input.users.detail);
	const missing: string[] = [];
	if (input.roleAssignments.status === 'unavailable') missing.push(t('findings.directoryRoles'));
	if (directory.unreadableRoleGroups.length > 0) {
		missing.push(t('findings.groupsItem', {groups: list(directory.unreadableRoleGroups, t)}));
	}
	if (missing.length === 0) return item('complete');
	return item(
		'partial',
		directoryReason(input, directory),
		t('findings.directoryIncomplete', {items: t('findings.listJoin', {items: missing})}),
	);
}

function policiesCoverage(
	input: AssessmentInput,
	set: PolicySet,
	candidates: Readonly<Record<VerdictKey, readonly Candidate[]>>,
	t: Translator,
): CoverageItem {
	const source = input.conditionalAccessPolicies;
	if (source.status === 'unavailable') return item('unavailable', source.reason, source.detail);
	const named = new Set<string>();
	for (const p of set.policies) {
		for (const g of p.conditions.users?.includeGroups ?? []) named.add(g);
		for (const g of p.conditions.users?.excludeGroups ?? []) named.add(g);
	}
	const unreadableGroups = [...named].filter(g => input.groupMembers.get(g)?.status !== 'read').sort(compareCodeUnits);
	const uncertain = Object.values(candidates).some(list => list.some(c => c.gaps.some((g: Gap) => !g.certain)));
	if (unreadableGroups.length === 0 && !uncertain) return item('complete');
	const missing: string[] = [];
	let reason: UnavailableReason | undefined;
	if (unreadableGroups.length > 0) {
		missing.push(t('findings.groupsItem', {groups: list(unreadableGroups, t)}));
		reason = groupReason(input, unreadableGroups[0]!);
	}
	if (uncertain && input.users.status === 'unavailable') {
		missing.push(t('findings.directoryUsers'));
		reason ??= input.users.reason;
	}
	if (uncertain && input.roleAssignments.status === 'unavailable') {
		missing.push(t('findings.directoryRoles'));
		reason ??= input.roleAssignments.reason;
	}
	return item(
		'partial',
		reason ?? 'error',
		missing.length > 0 ? t('findings.policiesUncertain', {items: t('findings.listJoin', {items: missing})}) : undefined,
	);
}

function perUserMfaCoverage(
	input: AssessmentInput,
	needed: boolean,
	members: readonly string[] | null,
	t: Translator,
): CoverageItem {
	if (!needed) return item('skipped', 'notNeeded');
	const source = input.perUserMfa;
	if (source.status === 'notRead') return item('unavailable', 'notRead');
	if (source.status === 'unavailable') return item('unavailable', source.reason, source.detail);
	const problem = source.problem;
	if (members === null) {
		return item('partial', problem?.reason ?? (input.users.status === 'unavailable' ? input.users.reason : 'error'));
	}
	const read = members.filter(id => source.byUser.has(id)).length;
	if (read === members.length) return item('complete');
	if (read === 0) return item('unavailable', problem?.reason ?? 'error', problem?.detail);
	return item(
		'partial',
		problem?.reason ?? 'error',
		[t('findings.perUserMfaPartial', {read, total: members.length}), problem?.detail].filter(Boolean).join(' '),
	);
}
