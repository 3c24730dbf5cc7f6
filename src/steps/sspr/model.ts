/**
 * Step 7's findings: the admins (Global Administrators first, then every other privileged role) with their MFA and
 * SSPR registration, where that state comes from, whether admins may use SSPR at all, and the Authenticator
 * registration campaign. Built from the shared assessment; the live re-check (recheck.ts) refreshes the admins.
 */
import type {AdminInfo, Assessment} from '../../assessment/types.js';
import {isPrivilegedRole, PRIVILEGED_ROLE_IDS, ROLE} from '../../knowledge/roles.js';
import type {CoverageItem} from '../../report/types.js';

/**
 * Where registration state comes from: registration details (Entra ID P1: MFA and SSPR), each admin's registered
 * methods (no P1: MFA only — SSPR registration cannot be read), or nowhere.
 */
export type RegistrationSource = 'registrationDetails' | 'perUserMethods' | 'unavailable';

export interface SsprAdmin {
	readonly id: string;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	/** Privileged role template ids, Global Administrator first. */
	readonly roles: readonly string[];
	readonly isGlobalAdmin: boolean;
	/** Holds the roles only as PIM-eligible (must activate them, and then needs MFA too). */
	readonly eligibleOnly: boolean;
	/** Null when unknown. */
	readonly mfaRegistered: boolean | null;
	/** Null when unknown (always without registration details). */
	readonly ssprRegistered: boolean | null;
	readonly methods: readonly string[] | null;
	/**
	 * A declared emergency-access account: it signs in with keys kept in a safe and is not expected to use SSPR, so a
	 * missing SSPR registration is not held against it.
	 */
	readonly isBreakGlass: boolean;
	/** Looks like an emergency-access account (name, exclusions) but was not declared: shown, never assumed. */
	readonly looksLikeBreakGlass: boolean;
	/** When the live re-check last read this admin (RFC 3339), null when only the assessment's read is known. */
	readonly checkedAt: string | null;
}

export interface CampaignState {
	/** `default` (Microsoft-managed), `enabled`, `disabled`. */
	readonly state: string;
	readonly snoozeDurationInDays: number | null;
	/** Includes every user (`all_users`). */
	readonly targetsAllUsers: boolean;
}

export interface SsprFindings {
	readonly admins: readonly SsprAdmin[];
	readonly source: RegistrationSource;
	/** `authorizationPolicy.allowedToUseSSPR`; null when unreadable. */
	readonly adminSsprAllowed: boolean | null;
	readonly campaign: CampaignState | null;
	/** Enabled members without MFA (the campaign's audience), null when unknown. */
	readonly usersNotRegistered: number | null;
	readonly entraIdP1: boolean | null;
	readonly coverage: CoverageItem;
	/** The last live re-check (RFC 3339), and how many admins it could not read. */
	readonly lastCheck: {readonly at: string; readonly failed: number} | null;
}

export function registrationSource(assessment: Assessment): RegistrationSource {
	const registration = assessment.report.coverage.registration;
	if (registration.status === 'unavailable' || registration.status === 'skipped') {
		return assessment.admins.admins.some(a => a.mfaRegistered !== null) ? 'perUserMethods' : 'unavailable';
	}
	return registration.reason === 'perUserMethods' ? 'perUserMethods' : 'registrationDetails';
}

function adminOf(
	info: AdminInfo,
	source: RegistrationSource,
	breakGlass: ReadonlySet<string>,
	candidates: ReadonlySet<string>,
): SsprAdmin | undefined {
	const privileged = info.roles.filter(r => isPrivilegedRole(r.roleTemplateId));
	if (privileged.length === 0 || !info.accountEnabled) return undefined;
	// PRIVILEGED_ROLE_IDS lists Global Administrator first.
	const roles = [...new Set(privileged.map(r => r.roleTemplateId.toLowerCase()))].sort(
		(a, b) => PRIVILEGED_ROLE_IDS.indexOf(a) - PRIVILEGED_ROLE_IDS.indexOf(b),
	);
	return {
		id: info.id,
		userPrincipalName: info.userPrincipalName,
		displayName: info.displayName,
		roles,
		isGlobalAdmin: roles.includes(ROLE.globalAdministrator),
		eligibleOnly: privileged.every(r => r.eligible),
		mfaRegistered: info.mfaRegistered,
		// SSPR registration is only in the registration details; a value from elsewhere would be a guess.
		ssprRegistered: source === 'registrationDetails' ? info.ssprRegistered : null,
		methods: info.methods,
		isBreakGlass: breakGlass.has(info.id.toLowerCase()) || breakGlass.has(info.userPrincipalName.toLowerCase()),
		looksLikeBreakGlass: candidates.has(info.id),
		checkedAt: null,
	};
}

/** Global Administrators first, then by UPN (lower-cased). */
export function compareAdmins(a: SsprAdmin, b: SsprAdmin): number {
	if (a.isGlobalAdmin !== b.isGlobalAdmin) return a.isGlobalAdmin ? -1 : 1;
	const x = a.userPrincipalName.toLowerCase();
	const y = b.userPrincipalName.toLowerCase();
	return x < y ? -1 : x > y ? 1 : 0;
}

/** `breakGlass`: the declared emergency-access accounts (UPNs or object ids). */
export function findingsFrom(assessment: Assessment, breakGlass: readonly string[] = []): SsprFindings {
	const source = registrationSource(assessment);
	const declared = new Set(breakGlass.map(b => b.toLowerCase()));
	const candidates = new Set(assessment.admins.breakGlassCandidates.map(c => c.id));
	const admins = assessment.admins.admins
		.map(info => adminOf(info, source, declared, candidates))
		.filter((a): a is SsprAdmin => a !== undefined)
		.sort(compareAdmins);
	const campaign = assessment.methods.registrationCampaign;
	return {
		admins,
		source,
		adminSsprAllowed: assessment.admins.adminSsprAllowed,
		campaign: campaign
			? {
					state: campaign.state,
					snoozeDurationInDays: campaign.snoozeDurationInDays,
					targetsAllUsers: campaign.includeTargets.some(t => t.id === 'all_users'),
				}
			: null,
		usersNotRegistered: assessment.report.users.mfaNotRegistered,
		entraIdP1: assessment.licences.entraIdP1,
		coverage: assessment.admins.coverage,
		lastCheck: null,
	};
}

/** Done: MFA registered, and SSPR registered too when that can be known (not asked of break-glass accounts). */
export function isRegistered(admin: SsprAdmin): boolean {
	return admin.mfaRegistered === true && (admin.ssprRegistered !== false || admin.isBreakGlass);
}

export function campaignIsOn(campaign: CampaignState | null): boolean {
	return campaign?.state === 'enabled' && campaign.targetsAllUsers;
}
