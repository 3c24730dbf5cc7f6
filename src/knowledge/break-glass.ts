/**
 * How emergency-access ("break-glass") accounts are commonly named, for a *warning* when such an account was not
 * declared (COMPLIANCE.md "Break-glass sanity": heuristics only warn, they never decide).
 * Microsoft's guidance names them for their purpose and keeps them cloud-only, excluded from Conditional Access and
 * holding Global Administrator: https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access
 * The name patterns are the community convention seen in that guidance's examples and in partner tenants
 * ("BreakGlass", "break-glass", "EmergencyAccess", Korean "비상"); matched against the UPN's local part and the display name.
 */
export const BREAK_GLASS_NAME_PATTERNS: readonly RegExp[] = [/break[\s._-]*glass/i, /emergency/i, /비상/];

export function looksLikeBreakGlass(userPrincipalName: string, displayName?: string | null): boolean {
	const local = userPrincipalName.split('@')[0] ?? userPrincipalName;
	return BREAK_GLASS_NAME_PATTERNS.some(p => p.test(local) || (!!displayName && p.test(displayName)));
}

/** Microsoft recommends at least two emergency-access accounts (same source). */
export const RECOMMENDED_BREAK_GLASS_ACCOUNTS = 2;
