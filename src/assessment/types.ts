/**
 * The assessment: one read of the tenant that the wizard's steps, `check`, `report` and the summary all share
 * (ARCHITECTURE.md: steps do not re-read what the assessment has). It holds
 * - `input`: the compliance engine's read model (in memory only: it has the user list);
 * - `report`: the REPORT.md object the engine computed from it (saved with the tenant's progress for `report`);
 * - per-step details the report does not carry (who signs in with which protocol from which device, Outlook versions,
 *   the methods policy, admins and their registration, risky users…), each with its own coverage.
 * Everything is plain data (no functions), so a digest of it can be saved and a step can be tested from a fixture.
 */
import type {AssessmentInput, SubscribedSku} from '../compliance/model.js';
import type {CoverageItem, Report, ReportCloud} from '../report/types.js';
import type {LegacyLine} from './evidence.js';

export interface TenantInfo {
	readonly id: string;
	readonly displayName: string;
	readonly defaultDomain: string | null;
	readonly initialDomain: string | null;
	readonly partnerTenantType: string | null;
	readonly cloud: ReportCloud;
	/** Directory synchronisation from on-premises AD is on (password resets then need writeback). */
	readonly onPremisesSyncEnabled: boolean | null;
}

/** The admin running the tool, as far as the tenant can tell. */
export interface SignedInAdmin {
	readonly id: string | null;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	/** Directory role template ids held actively (directly or through a group). */
	readonly roleTemplateIds: readonly string[];
	/** Has an MFA method registered; null when unknown. */
	readonly mfaRegistered: boolean | null;
}

export interface SkuInfo {
	readonly skuId: string | null;
	readonly skuPartNumber: string;
	readonly capabilityStatus: string;
	readonly consumedUnits: number | null;
	readonly enabledUnits: number | null;
	/** Service plan names provisioned successfully (AAD_PREMIUM, EXCHANGE_S_STANDARD, OFFICESUBSCRIPTION…). */
	readonly plans: readonly string[];
}

export interface LicenceDetails {
	readonly entraIdP1: boolean | null;
	readonly entraIdP2: boolean | null;
	readonly skus: readonly SkuInfo[] | null;
	/** Seats consumed on SKUs that include Exchange Online / Microsoft 365 Apps (null when SKUs were unreadable). */
	readonly exchangeSeats: number | null;
	readonly officeAppsSeats: number | null;
	readonly coverage: CoverageItem;
}

/** How a legacy-protocol user looks: a person, a device (scanner, printer, phone), a shared mailbox… with why. */
export type LegacyUserKind = 'person' | 'device' | 'sharedMailbox' | 'serviceAccount';

/** One line of the legacy-auth step: a user on one protocol from one app/device (the sign-in fold's line), classified. */
export interface LegacyUse extends LegacyLine {
	readonly kind: LegacyUserKind;
	/** Why `kind` was chosen (`nameLooksLikeScanner`, `noInteractiveSignIns`, `smtpOnly`, `mailboxPurposeShared`…). */
	readonly kindHints: readonly string[];
}

/** The email-apps usage report row (fallback without sign-in logs; also Outlook versions). */
export interface EmailAppUsageRow {
	/** A hash-like string when the tenant conceals names (`concealedNames`). */
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	readonly lastActivityDate: string | null;
	readonly pop3: boolean;
	readonly imap4: boolean;
	readonly smtp: boolean;
	/** Outlook for Windows versions seen (`Outlook 2013`, `Outlook 2016`…). */
	readonly outlookForWindows: readonly string[];
}

export interface LegacyDetails {
	/** Where the list comes from: sign-in logs (P1), the email-apps usage report (any M365), or nothing readable. */
	readonly source: 'signInLogs' | 'usageReport' | 'none';
	readonly uses: readonly LegacyUse[];
	/** The usage report rows with a POP3, IMAP4 or SMTP client (read whatever the source). */
	readonly usageReport: readonly EmailAppUsageRow[] | null;
	/** Report settings: names in usage reports are concealed (they cannot be joined to users). */
	readonly concealedNames: boolean | null;
	readonly coverage: CoverageItem;
}

export interface OfficeDetails {
	/** Users licensed for Exchange Online / Microsoft 365 Apps (seats consumed), null when unknown. */
	readonly exchangeUsers: number | null;
	readonly officeAppsUsers: number | null;
	/** Tenant-wide Outlook version counts from `getEmailAppUsageVersionsUserCounts` (D30). */
	readonly outlookVersions: Readonly<Record<string, number>> | null;
	/** Users seen on Outlook 2013 (usage report user detail); hash-like names when concealed. */
	readonly outlook2013Users: readonly string[] | null;
	readonly concealedNames: boolean | null;
	readonly coverage: CoverageItem;
}

export interface MethodConfig {
	/** `MicrosoftAuthenticator`, `Fido2`, `Sms`, `Voice`, `SoftwareOath`, `HardwareOath`, `TemporaryAccessPass`, `Email`… */
	readonly id: string;
	readonly state: string;
	readonly includeTargets: readonly {readonly id: string; readonly targetType: string}[];
	/** Groups the method is switched off for (a "no phones" group, for example). */
	readonly excludeTargets: readonly {readonly id: string; readonly targetType: string}[];
}

export interface MethodsDetails {
	readonly configurations: readonly MethodConfig[] | null;
	readonly registrationCampaign: {
		readonly state: string;
		readonly snoozeDurationInDays: number | null;
		readonly includeTargets: readonly {readonly id: string; readonly targetType: string}[];
	} | null;
	/**
	 * Members registered per method, by `methodsRegistered` name (`microsoftAuthenticatorPush`, `mobilePhone`,
	 * `fido2SecurityKey`…): `usersRegisteredByMethod` with P1, else counted from the per-user methods read for the
	 * registration fallback (`coverage.reason` is then `perUserMethods`); null when neither could be read.
	 */
	readonly registeredByMethod: Readonly<Record<string, number>> | null;
	readonly policyMigrationState: string | null;
	readonly coverage: CoverageItem;
}

export interface AutomationEvidence {
	readonly userId: string | null;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	/** As in the report: `ropc`, `scriptClient:<name>`, `legacyProtocolOnly`, `partnerCenterApi`. */
	readonly reasons: readonly string[];
	/** Client apps seen, busiest first. */
	readonly apps: readonly {
		readonly appId: string | null;
		readonly name: string;
		readonly signIns: number;
		readonly lastSeen: string;
	}[];
	/** Resources (APIs) signed in to. */
	readonly resources: readonly string[];
	/** `ropc`, `oAuth2`, legacy protocol names… */
	readonly protocols: readonly string[];
	readonly singleFactorSignIns: number;
	readonly signIns: number;
	readonly lastSeen: string | null;
}

export interface AdminRole {
	readonly roleTemplateId: string;
	/** Held directly, or through a role-assignable group (named). */
	readonly via: 'direct' | 'group';
	readonly groupId: string | null;
	readonly groupName: string | null;
	readonly eligible: boolean;
}

export interface AdminInfo {
	readonly id: string;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	readonly accountEnabled: boolean;
	readonly cloudOnly: boolean;
	readonly roles: readonly AdminRole[];
	readonly mfaRegistered: boolean | null;
	readonly ssprRegistered: boolean | null;
	/** `methodsRegistered` from registration details, or method types from the per-user fallback. */
	readonly methods: readonly string[] | null;
}

export interface AdminDetails {
	/** Enabled members holding a privileged role (active or eligible), Global Administrators first, then by UPN. */
	readonly admins: readonly AdminInfo[];
	/** Accounts that look like emergency access (name, exclusions) — shown, never assumed. */
	readonly breakGlassCandidates: readonly {
		readonly id: string;
		readonly userPrincipalName: string;
		readonly hints: readonly string[];
	}[];
	/** `authorizationPolicy.allowedToUseSSPR` (SSPR for administrators); null when unreadable. */
	readonly adminSsprAllowed: boolean | null;
	readonly coverage: CoverageItem;
}

export interface RiskyUserInfo {
	readonly id: string;
	readonly userPrincipalName: string;
	readonly displayName: string | null;
	readonly riskLevel: string;
	readonly riskState: string;
	readonly riskDetail: string | null;
	readonly riskLastUpdatedDateTime: string | null;
	readonly leakedCredentials: boolean;
	readonly cloudOnly: boolean | null;
}

export interface RiskDetails {
	/** False without P2 (or the permission): `users` is then empty and `coverage` says why. */
	readonly available: boolean;
	readonly users: readonly RiskyUserInfo[];
	readonly coverage: CoverageItem;
}

/** The CA policies as Graph returned them (unknown fields kept), for reuse detection and exact undo. */
export type RawPolicy = Readonly<Record<string, unknown>> & {
	readonly id: string;
	readonly displayName: string;
	readonly state: string;
};

export interface Assessment {
	/** RFC 3339 UTC. */
	readonly collectedAt: string;
	readonly tenant: TenantInfo;
	readonly signedIn: SignedInAdmin | null;
	readonly licences: LicenceDetails;
	readonly securityDefaults: boolean | null;
	readonly policies: readonly RawPolicy[] | null;
	readonly input: AssessmentInput;
	readonly report: Report;
	readonly legacy: LegacyDetails;
	readonly office: OfficeDetails;
	readonly methods: MethodsDetails;
	readonly automation: readonly AutomationEvidence[];
	readonly admins: AdminDetails;
	readonly risk: RiskDetails;
	/**
	 * Display names (groups) and UPNs (users) of the directory objects the policies name — the ids in verdict reasons
	 * and policy gaps (`excludeGroups:<id>`) — so steps and reports can say "excludes group Service Accounts".
	 */
	readonly directoryNames: Readonly<Record<string, string>>;
}

export type {SubscribedSku};
