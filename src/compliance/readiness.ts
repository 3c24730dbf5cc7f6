/**
 * Readiness facts (COMPLIANCE.md "Readiness facts"): shown beside the verdicts, never part of `compliant`.
 * Every count is a number only when it was computed from data that was read; otherwise it is null and the coverage
 * entry says why. The subject lists (UPNs) feed the findings.
 */
import {isMfaMethodType} from '../knowledge/auth-methods.js';
import type {Directory} from './directory.js';
import type {AssessmentInput, DirectoryUser, UnavailableReason} from './model.js';
import {sortUpns} from './order.js';
import type {LicenceFlags} from './window.js';

export interface CoverageFact {
	readonly status: 'complete' | 'partial' | 'unavailable' | 'skipped';
	readonly reason?: UnavailableReason | 'notNeeded' | 'perUserMethods';
	/** Raw detail from the source (Graph's message), when any. */
	readonly sourceDetail?: string;
}

export interface RegistrationFacts {
	readonly coverage: CoverageFact;
	readonly mfaRegistered: number | null;
	readonly mfaNotRegistered: number | null;
	readonly adminsMfaRegistered: number | null;
	readonly adminsMfaNotRegistered: number | null;
	/** UPNs, sorted; empty when the counts are unknown. */
	readonly notRegistered: readonly string[];
	readonly adminsNotRegistered: readonly string[];
	/** Enabled members absent from `userRegistrationDetails` (counted as not registered). */
	readonly missingFromDetails: number;
	/** Fallback only: members whose methods were read, out of all enabled members. */
	readonly methodsRead?: {readonly read: number; readonly total: number};
}

function unavailableFact(reason: UnavailableReason, detail?: string): CoverageFact {
	return detail === undefined ? {status: 'unavailable', reason} : {status: 'unavailable', reason, sourceDetail: detail};
}

function counts(
	members: readonly DirectoryUser[],
	admins: ReadonlySet<string> | null,
	registered: (id: string) => boolean,
): Omit<RegistrationFacts, 'coverage' | 'missingFromDetails'> {
	const notRegistered: string[] = [];
	const adminsNotRegistered: string[] = [];
	let yes = 0;
	let adminYes = 0;
	for (const u of members) {
		const isAdmin = admins?.has(u.id) ?? false;
		if (registered(u.id)) {
			yes++;
			if (isAdmin) adminYes++;
		} else {
			notRegistered.push(u.userPrincipalName);
			if (isAdmin) adminsNotRegistered.push(u.userPrincipalName);
		}
	}
	return {
		mfaRegistered: yes,
		mfaNotRegistered: members.length - yes,
		adminsMfaRegistered: admins ? adminYes : null,
		adminsMfaNotRegistered: admins ? admins.size - adminYes : null,
		notRegistered: sortUpns(notRegistered),
		adminsNotRegistered: admins ? sortUpns(adminsNotRegistered) : [],
	};
}

const UNKNOWN_COUNTS = {
	mfaRegistered: null,
	mfaNotRegistered: null,
	adminsMfaRegistered: null,
	adminsMfaNotRegistered: null,
	notRegistered: [],
	adminsNotRegistered: [],
} as const;

/** From `userRegistrationDetails` (P1), else from each enabled member's methods (complete / partial / unavailable). */
export function registrationFacts(input: AssessmentInput, directory: Directory): RegistrationFacts {
	const members = directory.enabledMembers;
	const details = input.registrationDetails;
	if (details.status === 'read') {
		const coverage: CoverageFact = {status: 'complete'};
		if (!members) return {coverage, ...UNKNOWN_COUNTS, missingFromDetails: 0};
		const byId = new Map(details.value.map(d => [d.id, d.isMfaRegistered] as const));
		const missing = members.filter(u => !byId.has(u.id)).length;
		return {coverage, ...counts(members, directory.admins, id => byId.get(id) === true), missingFromDetails: missing};
	}

	const methods = input.authenticationMethods;
	if (methods.status === 'notRead') {
		return {coverage: unavailableFact(details.reason, details.detail), ...UNKNOWN_COUNTS, missingFromDetails: 0};
	}
	if (methods.status === 'unavailable') {
		return {coverage: unavailableFact(methods.reason, methods.detail), ...UNKNOWN_COUNTS, missingFromDetails: 0};
	}
	if (!members) {
		return {coverage: {status: 'partial', reason: 'perUserMethods'}, ...UNKNOWN_COUNTS, missingFromDetails: 0};
	}
	const read = members.filter(u => methods.byUser.has(u.id)).length;
	const methodsRead = {read, total: members.length};
	if (read === members.length) {
		const registered = (id: string) => (methods.byUser.get(id) ?? []).some(m => isMfaMethodType(m['@odata.type']));
		return {
			coverage: {status: 'complete', reason: 'perUserMethods'},
			...counts(members, directory.admins, registered),
			missingFromDetails: 0,
			methodsRead,
		};
	}
	if (read > 0) {
		return {
			coverage: {status: 'partial', reason: 'perUserMethods'},
			...UNKNOWN_COUNTS,
			missingFromDetails: 0,
			methodsRead,
		};
	}
	const problem = methods.problem ?? {reason: 'error' as const};
	return {
		coverage: unavailableFact(problem.reason, problem.detail),
		...UNKNOWN_COUNTS,
		missingFromDetails: 0,
		methodsRead,
	};
}

export interface RiskFacts {
	readonly coverage: CoverageFact;
	readonly riskyUsers: number | null;
	readonly confirmedCompromised: number | null;
	readonly leakedCredentials: number | null;
	readonly riskySubjects: readonly string[];
	readonly leakedSubjects: readonly string[];
}

/** Identity Protection (P2): risky users and leaked-credential detections; all null without P2. */
export function riskFacts(input: AssessmentInput, directory: Directory, licences: LicenceFlags): RiskFacts {
	const none = {
		riskyUsers: null,
		confirmedCompromised: null,
		leakedCredentials: null,
		riskySubjects: [],
		leakedSubjects: [],
	};
	if (licences.entraIdP2 === false) return {coverage: {status: 'unavailable', reason: 'licence'}, ...none};
	const upnOf = (id: string | null | undefined, upn: string | null | undefined): string =>
		(id ? directory.userById(id)?.userPrincipalName : undefined) ?? upn ?? id ?? '';

	const risky = input.riskyUsers;
	const detections = input.riskDetections;
	let riskyUsers: number | null = null;
	let confirmed: number | null = null;
	let riskySubjects: string[] = [];
	if (risky.status === 'read') {
		const atRisk = new Map<string, string>();
		const compromised = new Set<string>();
		for (const r of risky.value) {
			if (r.isDeleted) continue;
			const state = r.riskState.toLowerCase();
			if (state !== 'atrisk' && state !== 'confirmedcompromised') continue;
			atRisk.set(r.id, upnOf(r.id, r.userPrincipalName));
			if (state === 'confirmedcompromised') compromised.add(r.id);
		}
		riskyUsers = atRisk.size;
		confirmed = compromised.size;
		riskySubjects = sortUpns(atRisk.values());
	}
	let leaked: number | null = null;
	let leakedSubjects: string[] = [];
	if (detections.status === 'read') {
		const users = new Map<string, string>();
		for (const d of detections.value) {
			if (d.riskEventType.toLowerCase() !== 'leakedcredentials') continue;
			const key = d.userId || d.userPrincipalName?.toLowerCase();
			if (key) users.set(key, upnOf(d.userId, d.userPrincipalName));
		}
		leaked = users.size;
		leakedSubjects = sortUpns(users.values());
	}

	let coverage: CoverageFact;
	if (risky.status === 'read' && detections.status === 'read') coverage = {status: 'complete'};
	else if (risky.status === 'read' || detections.status === 'read') {
		const missing = risky.status === 'unavailable' ? risky : detections.status === 'unavailable' ? detections : null;
		coverage = {status: 'partial', reason: missing?.reason ?? 'error'};
	} else {
		const missing = risky.status === 'unavailable' ? risky : detections;
		coverage =
			missing.status === 'unavailable' ? unavailableFact(missing.reason, missing.detail) : unavailableFact('error');
	}
	return {
		coverage,
		riskyUsers,
		confirmedCompromised: confirmed,
		leakedCredentials: leaked,
		riskySubjects,
		leakedSubjects,
	};
}

/** PIM-eligible admins: null without P2, or when the eligibilities or the admins are unknown. */
export function eligibleAdminsFact(
	input: AssessmentInput,
	directory: Directory,
	licences: LicenceFlags,
): {readonly count: number | null; readonly coverage: CoverageFact} {
	if (licences.entraIdP2 === false) return {count: null, coverage: {status: 'unavailable', reason: 'licence'}};
	const eligible = input.roleEligibilities;
	if (eligible.status === 'unavailable')
		return {count: null, coverage: unavailableFact(eligible.reason, eligible.detail)};
	const admins = directory.eligibleAdmins;
	if (!admins) return {count: null, coverage: {status: 'partial', reason: 'error'}};
	return {count: admins.size, coverage: {status: 'complete'}};
}
