/**
 * Microsoft Graph permissions the simulator checks. A route names the least-privileged permission(s) it needs
 * (GRAPH.md, each Graph doc's permission table); a token satisfies one when it holds it or a higher permission that
 * implies it (e.g. Directory.Read.All for User.Read.All). Delegated tokens carry them in `scp`, app-only tokens in
 * `roles`; the names are the same for the permissions used here.
 */

/** Higher permission → the permissions it implies (transitively closed below). */
const IMPLIES: Readonly<Record<string, readonly string[]>> = {
	'Directory.AccessAsUser.All': ['Directory.ReadWrite.All', 'User-PasswordProfile.ReadWrite.All'],
	'Directory.ReadWrite.All': [
		'Directory.Read.All',
		'User.ReadWrite.All',
		'Group.ReadWrite.All',
		'GroupMember.ReadWrite.All',
		'Organization.ReadWrite.All',
		'Application.ReadWrite.All',
	],
	'Directory.Read.All': [
		'User.Read.All',
		'Group.Read.All',
		'GroupMember.Read.All',
		'Organization.Read.All',
		'RoleManagement.Read.Directory',
		'Application.Read.All',
		'AuditLog.Read.All',
	],
	'User.ReadWrite.All': ['User.Read.All', 'User.RevokeSessions.All'],
	'User.Read.All': ['User.ReadBasic.All', 'User.Read'],
	'User.ReadBasic.All': [],
	'Group.ReadWrite.All': ['Group.Read.All', 'GroupMember.ReadWrite.All'],
	'Group.Read.All': ['GroupMember.Read.All'],
	'GroupMember.ReadWrite.All': ['GroupMember.Read.All'],
	'Organization.ReadWrite.All': ['Organization.Read.All'],
	'RoleManagement.ReadWrite.Directory': ['RoleManagement.Read.Directory', 'RoleEligibilitySchedule.Read.Directory'],
	'RoleManagement.Read.Directory': ['RoleEligibilitySchedule.Read.Directory'],
	'Policy.ReadWrite.ConditionalAccess': ['Policy.Read.ConditionalAccess', 'Policy.ReadWrite.SecurityDefaults'],
	'Policy.Read.All': ['Policy.Read.ConditionalAccess'],
	'UserAuthenticationMethod.ReadWrite.All': ['UserAuthenticationMethod.Read.All'],
	'IdentityRiskyUser.ReadWrite.All': ['IdentityRiskyUser.Read.All'],
	'IdentityRiskEvent.ReadWrite.All': ['IdentityRiskEvent.Read.All'],
	'ReportSettings.ReadWrite.All': ['ReportSettings.Read.All'],
	'Application.ReadWrite.All': ['Application.Read.All'],
	'SharePointTenantSettings.ReadWrite.All': ['SharePointTenantSettings.Read.All'],
};

function closure(permission: string, seen = new Set<string>()): Set<string> {
	if (seen.has(permission)) return seen;
	seen.add(permission);
	for (const implied of IMPLIES[permission] ?? []) closure(implied, seen);
	return seen;
}

/** Every permission a set of granted permissions amounts to (compared without regard to case). */
export function effectivePermissions(granted: Iterable<string>): Set<string> {
	const all = new Set<string>();
	const canonical = new Map<string, string>();
	for (const key of [...Object.keys(IMPLIES), ...READ_PERMISSIONS, ...WRITE_PERMISSIONS])
		canonical.set(key.toLowerCase(), key);
	for (const permission of granted) {
		const name = canonical.get(permission.toLowerCase()) ?? permission;
		for (const p of closure(name)) all.add(p.toLowerCase());
	}
	return all;
}

/** The permissions that would satisfy `needed` (itself and everything above it), least privileged first. */
export function satisfiers(needed: string): string[] {
	const result = [needed];
	for (const candidate of Object.keys(IMPLIES)) {
		if (candidate !== needed && closure(candidate).has(needed)) result.push(candidate);
	}
	return result;
}

/** Read permissions the product uses (GRAPH.md §0 and the per-area sections). */
export const READ_PERMISSIONS: readonly string[] = [
	'User.Read',
	'User.Read.All',
	'Group.Read.All',
	'GroupMember.Read.All',
	'Organization.Read.All',
	'Directory.Read.All',
	'RoleManagement.Read.Directory',
	'RoleEligibilitySchedule.Read.Directory',
	'AuditLog.Read.All',
	'Reports.Read.All',
	'ReportSettings.Read.All',
	'Policy.Read.All',
	'UserAuthenticationMethod.Read.All',
	'IdentityRiskyUser.Read.All',
	'IdentityRiskEvent.Read.All',
	'Application.Read.All',
	'SharePointTenantSettings.Read.All',
];

/** Write permissions the product uses. */
export const WRITE_PERMISSIONS: readonly string[] = [
	'User.ReadWrite.All',
	'User-PasswordProfile.ReadWrite.All',
	'User.RevokeSessions.All',
	'Group.ReadWrite.All',
	'GroupMember.ReadWrite.All',
	'RoleManagement.ReadWrite.Directory',
	'Policy.ReadWrite.ConditionalAccess',
	'Policy.ReadWrite.SecurityDefaults',
	'Policy.ReadWrite.AuthenticationMethod',
	'Policy.ReadWrite.Authorization',
	'UserAuthenticationMethod.ReadWrite.All',
	'IdentityRiskyUser.ReadWrite.All',
	'ReportSettings.ReadWrite.All',
	'Application.ReadWrite.All',
];

export const ALL_PERMISSIONS: readonly string[] = [...READ_PERMISSIONS, ...WRITE_PERMISSIONS];
