/**
 * The read model the compliance engine takes (COMPLIANCE.md), built by the collector from the Graph layer.
 *
 * Objects that come from Graph keep Graph's property names and shapes (GRAPH.md §3–§9), so the collector copies what
 * `src/graph` returns instead of translating it. Every source says whether it was read and, when it was not, why:
 * coverage, `null` counts and `unknown` verdicts are computed from that, never from an empty list. An empty list means
 * "read, and there is nothing"; `{status: 'unavailable'}` means "could not read".
 *
 * How a collector fills it (the order matters only where noted):
 * 1. `organization`, `subscribedSkus`, `securityDefaults`, `conditionalAccessPolicies`, `users`, `roleAssignments`
 *    (active, `$expand=principal`), `roleEligibilities` (PIM; P2) — each as `read(value)` or `unavailable(reason)`.
 *    A CA read refused for want of a licence is `unavailable('licence')`: the engine then knows no policy can be in force
 *    (a lapsed licence still lets Graph return policies, COMPLIANCE.md "Classifying one policy"), so it is not a source of
 *    `unknown`; any other reason is.
 * 2. `groupMembers`: transitive *user* member ids of every group `groupsToResolve(input)` names (groups the policies
 *    include or exclude, and role-assignable groups holding a role). A group missing from the map counts as unreadable.
 * 3. `perUserMfa`: only when `needsPerUserMfa(input, breakGlass)` says so (security defaults not known on and no policy
 *    enforcing MFA for all users); read each enabled member's beta `authentication/requirements` via `$batch`.
 *    Otherwise leave it `notRead` — the report then says `skipped` / `notNeeded`.
 * 4. `registrationDetails` (P1). When it is unavailable, `authenticationMethods` per enabled member (beta, `$batch`) is
 *    the fallback (`needsPerUserMethods(input)`); otherwise leave that `notRead`.
 * 5. `riskyUsers` and `riskDetections` (P2).
 * 6. `signIns`: the result of the streaming `createSignInAggregator` (see `signins.ts`), never an array of sign-ins.
 *
 * Per-user reads (`$batch`) that fail for some users are `{status: 'read', byUser, problem}`: the users in `byUser`
 * were read, every other user was not, and `problem` says why.
 */
import type {LegacyProtocol} from '../knowledge/legacy-protocols.js';

/** Why a source could not be read. `notRead`: the collector did not try (a bug, or an interrupted run). */
export type UnavailableReason = 'licence' | 'permission' | 'error' | 'throttled' | 'notRead';

export interface Unavailable {
	readonly status: 'unavailable';
	readonly reason: UnavailableReason;
	/** For people: what Graph said (error code and message), never a token or a secret. */
	readonly detail?: string;
}

export interface Read<T> {
	readonly status: 'read';
	readonly value: T;
}

/** A source read in one go (one list, one object). */
export type Source<T> = Read<T> | Unavailable;

export interface NotRead {
	readonly status: 'notRead';
}

export interface ReadProblem {
	readonly reason: UnavailableReason;
	readonly detail?: string;
}

/** A source read user by user: who was read, and why the others were not. */
export interface PerUserRead<T> {
	readonly status: 'read';
	readonly byUser: ReadonlyMap<string, T>;
	/** Set when some users could not be read (users absent from `byUser`). */
	readonly problem?: ReadProblem;
}

export type PerUserSource<T> = PerUserRead<T> | Unavailable | NotRead;

export function read<T>(value: T): Read<T> {
	return {status: 'read', value};
}

export function unavailable(reason: UnavailableReason, detail?: string): Unavailable {
	return detail === undefined ? {status: 'unavailable', reason} : {status: 'unavailable', reason, detail};
}

export const NOT_READ: NotRead = Object.freeze({status: 'notRead'});

/** `GET /organization` (GRAPH.md §8). */
export interface Organization {
	readonly id: string;
	readonly displayName: string;
	readonly partnerTenantType?: string | null;
	readonly verifiedDomains?: readonly {
		readonly name: string;
		readonly isDefault?: boolean | null;
		readonly isInitial?: boolean | null;
	}[];
}

/** `GET /subscribedSkus` (GRAPH.md §8). */
export interface SubscribedSku {
	readonly skuId?: string;
	readonly skuPartNumber?: string;
	readonly capabilityStatus: string;
	readonly servicePlans: readonly {
		readonly servicePlanId: string;
		readonly servicePlanName?: string;
		readonly provisioningStatus: string;
	}[];
}

/** `GET /policies/identitySecurityDefaultsEnforcementPolicy` (GRAPH.md §5). */
export interface SecurityDefaultsPolicy {
	readonly isEnabled: boolean;
}

export type PolicyState = 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';

/** `conditionalAccessPolicy` as v1.0 returns it (GRAPH.md §6); only the parts the rules read. */
export interface ConditionalAccessPolicy {
	readonly id: string;
	readonly displayName: string;
	/** Graph may add states (`unknownFutureValue`): anything but the two counted states is treated as disabled. */
	readonly state: PolicyState | (string & {});
	readonly conditions: ConditionalAccessConditions;
	readonly grantControls?: ConditionalAccessGrantControls | null;
}

export interface ConditionalAccessGuestsOrExternalUsers {
	/** Comma-joined flags: `internalGuest,b2bCollaborationGuest,…` or `none`. */
	readonly guestOrExternalUserTypes?: string | null;
}

export interface ConditionalAccessUsers {
	readonly includeUsers?: readonly string[] | null;
	readonly excludeUsers?: readonly string[] | null;
	readonly includeGroups?: readonly string[] | null;
	readonly excludeGroups?: readonly string[] | null;
	/** Role template ids. */
	readonly includeRoles?: readonly string[] | null;
	readonly excludeRoles?: readonly string[] | null;
	readonly includeGuestsOrExternalUsers?: ConditionalAccessGuestsOrExternalUsers | null;
	readonly excludeGuestsOrExternalUsers?: ConditionalAccessGuestsOrExternalUsers | null;
}

export interface ConditionalAccessApplications {
	readonly includeApplications?: readonly string[] | null;
	readonly excludeApplications?: readonly string[] | null;
	readonly includeUserActions?: readonly string[] | null;
}

export interface ConditionalAccessConditions {
	readonly users?: ConditionalAccessUsers | null;
	readonly applications?: ConditionalAccessApplications | null;
	/** Graph and the portal send `[]` or `["all"]` when the condition is not configured: both mean every client app. */
	readonly clientAppTypes?: readonly string[] | null;
	readonly platforms?: {
		readonly includePlatforms?: readonly string[] | null;
		readonly excludePlatforms?: readonly string[] | null;
	} | null;
	readonly locations?: {
		readonly includeLocations?: readonly string[] | null;
		readonly excludeLocations?: readonly string[] | null;
	} | null;
	readonly devices?: {
		readonly includeDevices?: readonly string[] | null;
		readonly excludeDevices?: readonly string[] | null;
		readonly deviceFilter?: {readonly mode?: string | null; readonly rule?: string | null} | null;
	} | null;
	readonly signInRiskLevels?: readonly string[] | null;
	readonly userRiskLevels?: readonly string[] | null;
	readonly servicePrincipalRiskLevels?: readonly string[] | null;
	readonly authenticationFlows?: {readonly transferMethods?: string | null} | null;
}

export interface ConditionalAccessGrantControls {
	readonly operator?: 'AND' | 'OR' | (string & {}) | null;
	readonly builtInControls?: readonly string[] | null;
	readonly customAuthenticationFactors?: readonly string[] | null;
	readonly termsOfUse?: readonly string[] | null;
	readonly authenticationStrength?: {readonly id: string} | null;
}

/** A user (`GET /users?$select=id,userPrincipalName,displayName,userType,accountEnabled,onPremisesSyncEnabled`). */
export interface DirectoryUser {
	readonly id: string;
	readonly userPrincipalName: string;
	readonly displayName?: string | null;
	/** `Member` or `Guest`; a missing value is treated as `Member`, Graph's default. */
	readonly userType: string | null;
	readonly accountEnabled: boolean;
	readonly onPremisesSyncEnabled?: boolean | null;
}

export type PrincipalType = 'user' | 'group' | 'servicePrincipal' | 'other';

/**
 * A unified-RBAC role assignment (`roleAssignments`, active) or PIM eligibility (`roleEligibilitySchedules`), with the
 * principal's kind taken from the expanded `principal`'s `@odata.type`. Which of the two it is follows from the list
 * it is in (`AssessmentInput.roleAssignments` / `roleEligibilities`).
 */
export interface RoleAssignment {
	readonly principalId: string;
	readonly principalType: PrincipalType;
	/** The role template id (for built-in roles `roleDefinitionId` equals the template id, GRAPH.md §7). */
	readonly roleDefinitionId: string;
	/** `/` for directory-wide; administrative-unit scopes do not make an admin (GRAPH.md §7). */
	readonly directoryScopeId: string;
}

/** Beta `/users/{id}/authentication/requirements` `perUserMfaState` (GRAPH.md §4). */
export type PerUserMfaState = 'disabled' | 'enabled' | 'enforced' | 'unknownFutureValue' | (string & {});

/** `userRegistrationDetails` (GRAPH.md §3); only the fields the rules read. */
export interface UserRegistrationDetails {
	readonly id: string;
	readonly userPrincipalName?: string | null;
	readonly isMfaRegistered: boolean;
}

/** One entry of `/beta/users/{id}/authentication/methods`. */
export interface AuthenticationMethod {
	readonly '@odata.type': string;
}

/** `identityProtection/riskyUsers` (GRAPH.md §9). */
export interface RiskyUser {
	readonly id: string;
	readonly userPrincipalName?: string | null;
	readonly riskState: string;
	readonly isDeleted?: boolean | null;
}

/** `identityProtection/riskDetections` (GRAPH.md §9). */
export interface RiskDetection {
	readonly userId?: string | null;
	readonly userPrincipalName?: string | null;
	readonly riskEventType: string;
}

/** A beta `signIn` (GRAPH.md §1), only the fields the rules read. */
export interface SignIn {
	readonly id: string;
	readonly createdDateTime: string;
	readonly userId?: string | null;
	readonly userPrincipalName?: string | null;
	readonly appId?: string | null;
	readonly resourceId?: string | null;
	readonly clientAppUsed?: string | null;
	readonly isInteractive?: boolean | null;
	readonly status?: {readonly errorCode?: number | null} | null;
	/** Beta: `singleFactorAuthentication` | `multiFactorAuthentication`. */
	readonly authenticationRequirement?: string | null;
	/** Beta: `none`, `oAuth2`, `ropc`, `wsFederation`, `saml20`, `deviceCode`, … */
	readonly authenticationProtocol?: string | null;
	/** Beta: `interactiveUser`, `nonInteractiveUser`, `servicePrincipal`, `managedIdentity`. */
	readonly signInEventTypes?: readonly string[] | null;
}

/** A coverage entry of REPORT.md, as the collector reports it for sources the engine only passes through. */
export interface CoverageInput {
	readonly status: 'complete' | 'partial' | 'unavailable' | 'skipped';
	readonly reason?: string;
	readonly detail?: string;
}

/** Per-protocol legacy counts (COMPLIANCE.md "Legacy authentication"). */
export interface ProtocolCounts {
	readonly signIns: number;
	readonly successfulSignIns: number;
	readonly users: number;
}

export interface LegacySubject {
	readonly userId: string | null;
	readonly userPrincipalName: string;
	readonly protocols: readonly LegacyProtocol[];
	readonly successfulSignIns: number;
	readonly lastSeen: string;
}

export interface AutomationAccount {
	readonly userId: string | null;
	readonly userPrincipalName: string;
	/** In COMPLIANCE.md's order: `ropc`, `scriptClient:<name>` (by name), `legacyProtocolOnly`, `partnerCenterApi`. */
	readonly reasons: readonly string[];
	/** Every sign-in of the account in the window, interactive and non-interactive, successful or not. */
	readonly signIns: number;
	/** Its latest sign-in of any kind (a failing script is still running). */
	readonly lastSeen: string | null;
}

/** A part of the sign-in log the collector reads with one server-side filter (see `signins.ts`). */
export type SignInSlice =
	| {readonly kind: 'legacy'; readonly protocol: LegacyProtocol}
	| {readonly kind: 'ropc'}
	| {readonly kind: 'scriptClient'; readonly appId: string}
	| {readonly kind: 'partnerCenterApi'}
	| {readonly kind: 'modernInteractive'; readonly userId: string}
	| {readonly kind: 'modernInteractiveAll'}
	| {readonly kind: 'user'; readonly userId: string};

export interface SliceProblem {
	readonly slice: SignInSlice;
	/** `notRead` when the collector never finished the slice. */
	readonly reason: UnavailableReason;
	readonly detail?: string;
}

/** What the sign-in aggregator computed (`SignInAggregator.result()`). */
export interface SignInFacts {
	readonly window: {readonly from: string; readonly to: string};
	readonly status: 'complete' | 'partial' | 'unavailable';
	/** Set when `status` is `unavailable` (the whole log could not be read). */
	readonly unavailable?: ReadProblem;
	/** Slices that were not read completely, in a stable order. */
	readonly problems: readonly SliceProblem[];
	readonly legacy: {
		/** `null` when a legacy slice was not read completely. */
		readonly signIns: number | null;
		readonly successfulSignIns: number | null;
		readonly users: number | null;
		readonly failedOnlyAttempts: number | null;
		/** Only protocols whose slice was read completely and that had at least one sign-in. */
		readonly byProtocol: Readonly<Partial<Record<LegacyProtocol, ProtocolCounts>>>;
		readonly subjects: readonly LegacySubject[];
		/** Users whose legacy sign-ins all failed (password-spray targets), as far as read. */
		readonly failedOnlyUsers: readonly {readonly userId: string | null; readonly userPrincipalName: string}[];
	};
	readonly automation: {
		/** False when a slice that could add an account or a reason was not read completely. */
		readonly complete: boolean;
		readonly accounts: readonly AutomationAccount[];
	};
}

export interface AssessmentInput {
	readonly organization: Organization;
	readonly subscribedSkus: Source<readonly SubscribedSku[]>;
	readonly securityDefaults: Source<SecurityDefaultsPolicy>;
	readonly conditionalAccessPolicies: Source<readonly ConditionalAccessPolicy[]>;
	readonly users: Source<readonly DirectoryUser[]>;
	/** Transitive user member ids per group id, for the groups `groupsToResolve` names. */
	readonly groupMembers: ReadonlyMap<string, Source<readonly string[]>>;
	/** Active assignments. */
	readonly roleAssignments: Source<readonly RoleAssignment[]>;
	/** PIM-eligible assignments (P2). */
	readonly roleEligibilities: Source<readonly RoleAssignment[]>;
	readonly perUserMfa: PerUserSource<PerUserMfaState>;
	readonly registrationDetails: Source<readonly UserRegistrationDetails[]>;
	/** Fallback when `registrationDetails` is unavailable: methods per enabled member. */
	readonly authenticationMethods: PerUserSource<readonly AuthenticationMethod[]>;
	readonly riskyUsers: Source<readonly RiskyUser[]>;
	readonly riskDetections: Source<readonly RiskDetection[]>;
	readonly signIns: SignInFacts;
	/** The email-app usage reports are read by the legacy-auth step; the report only shows their coverage. */
	readonly usageReports: CoverageInput;
}
