/**
 * Step 8's findings: the accounts to recover — Identity Protection's risky users and leaked-credential detections
 * (Entra ID P2), plus any account the admin names by UPN (the only way in without P2) — and what this tenant's licence
 * lets the step see. What the admin did to each account in this session is kept here too (`done`), so the list ticks
 * them off and the summary's open items stay true.
 */
import type {Assessment, RiskyUserInfo} from '../../assessment/types.js';
import type {CoverageItem} from '../../report/types.js';

export type LicenceTier = 'p2' | 'p1' | 'free' | 'unknown';
export type RiskAction = 'dismiss' | 'confirmCompromised';
export type RecoveryAction = 'reset' | 'revoke' | RiskAction;

export interface RecoveryUser {
	readonly id: string;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	/** Listed by Identity Protection, or named by the admin. */
	readonly source: 'risk' | 'manual';
	readonly riskLevel: string | null;
	readonly riskState: string | null;
	readonly riskDetail: string | null;
	readonly riskLastUpdatedDateTime: string | null;
	readonly leakedCredentials: boolean;
	/** False for accounts synchronised from on-premises AD (a reset then needs password writeback); null unknown. */
	readonly cloudOnly: boolean | null;
	readonly userType: string | null;
	/** When each action was applied in this session (RFC 3339). */
	readonly done: Readonly<Partial<Record<RecoveryAction, string>>>;
}

export interface RecoveryFindings {
	readonly licence: LicenceTier;
	/** Risky users could be listed (P2 and the permission). */
	readonly riskAvailable: boolean;
	/** Sign-in logs can be read for recent sign-ins (P1 or P2). */
	readonly signInLogs: boolean;
	/** Start of the sign-in window (RFC 3339). */
	readonly since: string;
	readonly users: readonly RecoveryUser[];
	readonly coverage: CoverageItem;
}

export function licenceTier(assessment: Assessment): LicenceTier {
	const {entraIdP1, entraIdP2} = assessment.licences;
	if (entraIdP2) return 'p2';
	if (entraIdP1) return 'p1';
	if (entraIdP1 === false && entraIdP2 === false) return 'free';
	return 'unknown';
}

const RANK: Readonly<Record<string, number>> = {high: 0, medium: 1, low: 2};

/** Confirmed compromised first, then by risk level, leaked credentials, UPN. */
export function compareUsers(a: RecoveryUser, b: RecoveryUser): number {
	const compromised = (u: RecoveryUser) => (u.riskState === 'confirmedCompromised' ? 0 : 1);
	return (
		compromised(a) - compromised(b) ||
		(RANK[a.riskLevel ?? ''] ?? 3) - (RANK[b.riskLevel ?? ''] ?? 3) ||
		Number(b.leakedCredentials) - Number(a.leakedCredentials) ||
		a.userPrincipalName.toLowerCase().localeCompare(b.userPrincipalName.toLowerCase())
	);
}

/** At risk or confirmed compromised (COMPLIANCE.md "Risk"). */
export function isAtRisk(riskState: string | null): boolean {
	return riskState === 'atRisk' || riskState === 'confirmedCompromised';
}

function fromRisky(info: RiskyUserInfo): RecoveryUser {
	return {
		id: info.id,
		userPrincipalName: info.userPrincipalName,
		displayName: info.displayName,
		source: 'risk',
		riskLevel: info.riskLevel,
		riskState: info.riskState,
		riskDetail: info.riskDetail,
		riskLastUpdatedDateTime: info.riskLastUpdatedDateTime,
		leakedCredentials: info.leakedCredentials,
		cloudOnly: info.cloudOnly,
		userType: null,
		done: {},
	};
}

export function findingsFrom(assessment: Assessment): RecoveryFindings {
	const licence = licenceTier(assessment);
	const signInLogs = assessment.report.coverage.signInLogs.status !== 'unavailable' && licence !== 'free';
	return {
		licence,
		riskAvailable: assessment.risk.available,
		signInLogs,
		since: assessment.report.window.from,
		users: assessment.risk.users
			.filter(u => isAtRisk(u.riskState))
			.map(fromRisky)
			.sort(compareUsers),
		coverage: assessment.risk.coverage,
	};
}

/** A user is recovered once the password was reset and the risk is settled (dismissed, or was never listed). */
export function isRecovered(user: RecoveryUser): boolean {
	if (!user.done.reset) return false;
	if (user.source === 'manual') return true;
	return user.done.dismiss !== undefined || !isAtRisk(user.riskState);
}

/** The findings with one action recorded for one user. */
export function withDone(f: RecoveryFindings, userId: string, action: RecoveryAction, at: string): RecoveryFindings {
	return {
		...f,
		users: f.users.map(u => {
			if (u.id !== userId) return u;
			const riskState =
				action === 'dismiss' ? 'dismissed' : action === 'confirmCompromised' ? 'confirmedCompromised' : u.riskState;
			return {...u, riskState, done: {...u.done, [action]: at}};
		}),
	};
}

/** The findings with a user the admin named (or fresher facts about a listed one). */
export function withUser(f: RecoveryFindings, user: RecoveryUser): RecoveryFindings {
	const existing = f.users.find(u => u.id === user.id);
	if (existing) {
		return {...f, users: f.users.map(u => (u.id === user.id ? {...user, source: u.source, done: u.done} : u))};
	}
	return {...f, users: [...f.users, user]};
}
