/**
 * The machine-readable report, schema version 1 (REPORT.md; `schema/report.schema.json` is normative). A public
 * contract: scripts parse it, so fields are only ever added within a schema version. Field meanings are in
 * COMPLIANCE.md; `null` means "could not be computed" and `coverage` says why.
 */

export const REPORT_SCHEMA_VERSION = 1;
export const TOOL_NAME = 'mfa-onboard';

export type ReportCloud = 'global' | 'usgov' | 'usgovdod' | 'china' | 'custom';
export type CoverageStatus = 'complete' | 'partial' | 'unavailable' | 'skipped';
export type ReportVerdictName = 'enforced' | 'reportOnly' | 'partial' | 'none' | 'unknown';
export type ReportEnforcedBy = 'securityDefaults' | 'conditionalAccess' | 'perUserMfa' | 'mixed' | 'none';
export type FindingSeverity = 'high' | 'medium' | 'low' | 'info';

export interface CoverageItem {
	readonly status: CoverageStatus;
	readonly reason?: string;
	readonly detail?: string;
}

/** The six entries REPORT.md requires, in its order; entries may be added (the engine adds a few, see coverage.ts). */
export const REQUIRED_COVERAGE = [
	'policies',
	'signInLogs',
	'registration',
	'perUserMfa',
	'risk',
	'usageReports',
] as const;
export type RequiredCoverageName = (typeof REQUIRED_COVERAGE)[number];

export type ReportCoverage = {readonly [K in RequiredCoverageName]: CoverageItem} & {
	readonly [name: string]: CoverageItem;
};

export interface ReportVerdict {
	readonly verdict: ReportVerdictName;
	readonly reasons: readonly string[];
}

export interface ReportPolicy {
	readonly id: string;
	readonly displayName: string;
	readonly state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
	readonly kinds: readonly ('mfa' | 'block' | 'other')[];
	readonly gaps: readonly string[];
}

export interface ReportProtocolCounts {
	readonly signIns: number;
	readonly successfulSignIns: number;
	readonly users: number;
}

export interface ReportLegacySubject {
	readonly userPrincipalName: string;
	readonly protocols: readonly string[];
	readonly successfulSignIns: number;
	readonly lastSeen: string;
}

export interface ReportAutomationAccount {
	readonly userPrincipalName: string;
	readonly id: string | null;
	readonly reasons: readonly string[];
	readonly signIns: number;
	readonly lastSeen: string | null;
}

export interface ReportBreakGlassCheck {
	readonly account: string;
	readonly exists: boolean | null;
	readonly enabled: boolean | null;
	readonly cloudOnly: boolean | null;
	readonly globalAdmin: boolean | null;
	readonly excludedFromAllBlockingPolicies: boolean | null;
}

export interface Finding {
	/** Stable kebab-case identifier; never changes meaning. */
	readonly id: string;
	readonly severity: FindingSeverity;
	/** A wizard step id. */
	readonly step: string;
	readonly title: string;
	readonly detail: string;
	readonly count: number | null;
	readonly subjects: readonly string[];
}

export interface Report {
	readonly schemaVersion: 1;
	readonly tool: {readonly name: 'mfa-onboard'; readonly version: string};
	readonly generatedAt: string;
	readonly mode: 'live' | 'demo';
	readonly tenant: {
		readonly id: string;
		readonly displayName: string;
		readonly defaultDomain: string | null;
		readonly partnerTenantType: string | null;
		readonly cloud: ReportCloud;
	};
	readonly licences: {readonly entraIdP1: boolean | null; readonly entraIdP2: boolean | null};
	readonly window: {readonly days: number; readonly from: string; readonly to: string};
	readonly coverage: ReportCoverage;
	readonly enforcement: {
		readonly securityDefaults: boolean | null;
		readonly mfaAllUsers: ReportVerdict;
		readonly mfaAdmins: ReportVerdict;
		readonly legacyAuthBlocked: ReportVerdict;
		readonly enforcedBy: ReportEnforcedBy;
		readonly policies: readonly ReportPolicy[];
	};
	readonly compliant: boolean | null;
	readonly users: {
		readonly enabledMembers: number | null;
		readonly guests: number | null;
		readonly disabled: number | null;
		readonly mfaRegistered: number | null;
		readonly mfaNotRegistered: number | null;
		readonly admins: number | null;
		readonly adminsMfaRegistered: number | null;
		readonly adminsMfaNotRegistered: number | null;
		readonly eligibleAdmins: number | null;
	};
	readonly legacyAuth: {
		readonly signIns: number | null;
		readonly successfulSignIns: number | null;
		readonly users: number | null;
		readonly failedOnlyAttempts: number | null;
		readonly byProtocol: {readonly [protocol: string]: ReportProtocolCounts};
		readonly subjects: readonly ReportLegacySubject[];
	};
	readonly automation: {readonly accounts: readonly ReportAutomationAccount[]};
	readonly breakGlass: {
		readonly declared: readonly string[];
		readonly checks: readonly ReportBreakGlassCheck[];
		readonly warnings: readonly string[];
	};
	readonly risk: {
		readonly riskyUsers: number | null;
		readonly confirmedCompromised: number | null;
		readonly leakedCredentials: number | null;
	};
	readonly findings: readonly Finding[];
}
