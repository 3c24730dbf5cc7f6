/**
 * Facts the enforce step (PRODUCT.md step 6) relies on, each with its source.
 */

/**
 * How long a policy should run in report-only before it is switched on, in days. Our own default, not a Microsoft
 * number: a week covers a full working cycle (weekends, weekly jobs, monthly billing runs start to show). Microsoft's
 * own managed policies stay in report-only for about 45 days before they switch themselves on
 * (https://learn.microsoft.com/entra/identity/conditional-access/managed-policies, GRAPH.md §6), which is the upper
 * end of the same idea.
 */
export const MIN_REPORT_ONLY_DAYS = 7;

/**
 * The sign-in log's `appliedConditionalAccessPolicies[].result` values for report-only policies
 * (https://learn.microsoft.com/graph/api/resources/appliedconditionalaccesspolicy):
 * `reportOnlyFailure` — the policy would have blocked; `reportOnlyInterrupted` — it would have asked for more (MFA);
 * `reportOnlySuccess` — the sign-in already met it; `reportOnlyNotApplied` — its conditions did not match.
 */
export const REPORT_ONLY_RESULTS = [
	'reportOnlyFailure',
	'reportOnlyInterrupted',
	'reportOnlySuccess',
	'reportOnlyNotApplied',
] as const;
export type ReportOnlyResult = (typeof REPORT_ONLY_RESULTS)[number];

/**
 * Exchange Online PowerShell and MFA for partners (GRAPH.md §16). The 2019 partner requirements page listed a known
 * issue: partners could not use delegated admin privileges with Exchange Online PowerShell once MFA was enforced, and
 * suggested an account that never signs in interactively. That no longer applies: the REST-based V3 module
 * (ExchangeOnlineManagement 3.x) signs in with modern authentication and MFA, and `Connect-ExchangeOnline
 * -DelegatedOrganization <customer>` works for GDAP technicians. No MFA exclusion is needed for it.
 * Sources: https://learn.microsoft.com/powershell/exchange/connect-to-exchange-online-powershell and
 * https://learn.microsoft.com/powershell/partnercenter/exchange-online-gdap-app
 */
export const EXO_V3 = {
	module: 'ExchangeOnlineManagement',
	minimumVersion: '3.1.0',
	connect: 'Connect-ExchangeOnline -UserPrincipalName <you@partner> -DelegatedOrganization <customer>.onmicrosoft.com',
	source: 'https://learn.microsoft.com/powershell/exchange/connect-to-exchange-online-powershell',
} as const;

/**
 * Emergency-access ("break-glass") accounts: cloud-only, on the tenant's `*.onmicrosoft.com` domain (so they do not
 * depend on federation or a custom domain), Global Administrator, excluded from Conditional Access, with FIDO2 keys
 * or a long password kept offline. Source:
 * https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access
 */
export const EMERGENCY_ACCESS = {
	/** Local part of the account the wizard offers to create (a number is added when taken). */
	localPart: 'emergency-access',
	displayName: 'Emergency access account',
	/** Generated password length: far above Entra's 8-character minimum (max 256). */
	passwordLength: 32,
	source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access',
} as const;

/**
 * What security defaults enforce (GRAPH.md §5, https://learn.microsoft.com/entra/fundamentals/security-defaults):
 * MFA registration for everyone (no grace period for tenants since 29 July 2024), MFA at every sign-in for the
 * administrator roles, MFA "when necessary" for other users, legacy authentication blocked, MFA for Azure management.
 * No exclusions, except the Directory Synchronization Accounts role.
 */
export const SECURITY_DEFAULTS_SOURCE = 'https://learn.microsoft.com/entra/fundamentals/security-defaults';
