/**
 * The delegated Microsoft Graph permissions this tool asks for, their ids, and the least directory role that lets the
 * signed-in admin use each one (a delegated scope alone is never enough: GRAPH.md "Conventions").
 *
 * Permission ids: the "All permissions and IDs" table of https://learn.microsoft.com/graph/permissions-reference
 * (the same ids Graph's own service principal lists in `oauth2PermissionScopes`, which `setup` reads live when it can).
 * `User-PasswordProfile.ReadWrite.All` is newer than the copies of that table we could check, so its id is left to the
 * live lookup.
 * Least-privileged scopes per endpoint: GRAPH.md §0–§10 (each Graph API page's permissions table).
 * Least roles: https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference and the role
 * notes of each API page (GRAPH.md §1–§10). `unverified` marks a role GRAPH.md could not confirm in a primary source.
 */
import {ROLE, type RoleName} from './roles.js';

/** Microsoft Graph's application (client) id: the resource every scope below belongs to. */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export interface GraphPermission {
	readonly scope: string;
	/** The delegated permission's id (`oauth2PermissionScopes[].id`), or undefined when only the live lookup has it. */
	readonly id?: string;
	/** True for permissions that change the tenant: asked for only when a change is about to be applied. */
	readonly write: boolean;
	/** The least directory role(s) that let a signed-in admin use it; empty when any user can. */
	readonly leastRoles: readonly RoleName[];
	readonly unverified?: boolean;
}

export const GRAPH_PERMISSIONS = [
	{scope: 'User.Read', id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', write: false, leastRoles: []},
	{scope: 'User.Read.All', id: 'a154be20-db9c-4678-8ab7-66f6cc099a59', write: false, leastRoles: ['directoryReaders']},
	{
		scope: 'Organization.Read.All',
		id: '4908d5b9-3fb2-4b1e-9336-1888b7937185',
		write: false,
		leastRoles: ['directoryReaders'],
	},
	{
		scope: 'GroupMember.Read.All',
		id: 'bc024368-1153-4739-b217-4326f2e966d0',
		write: false,
		leastRoles: ['directoryReaders'],
	},
	{
		scope: 'RoleManagement.Read.Directory',
		id: '741c54c3-0c1e-44a1-818b-3f97ab4e8c83',
		write: false,
		leastRoles: ['globalReader'],
	},
	{
		scope: 'Policy.Read.All',
		id: '572fea84-0151-49b2-9301-11cb16974376',
		write: false,
		leastRoles: ['securityReader', 'globalReader'],
	},
	{
		scope: 'Application.Read.All',
		id: 'c79f8feb-a9db-4090-85f9-90d820caa0eb',
		write: false,
		leastRoles: ['directoryReaders'],
	},
	{
		scope: 'AuditLog.Read.All',
		id: 'e4c9e354-4dc5-45b8-9e7c-e1393b0b1a20',
		write: false,
		leastRoles: ['reportsReader'],
	},
	{
		scope: 'Reports.Read.All',
		id: '02e97553-ed7b-43d0-ab3c-f8bace0d040c',
		write: false,
		leastRoles: ['reportsReader'],
	},
	{
		scope: 'ReportSettings.Read.All',
		id: '84fac5f4-33a9-4100-aa38-a20c6d29e5e7',
		write: false,
		leastRoles: ['reportsReader'],
		unverified: true,
	},
	{
		scope: 'UserAuthenticationMethod.Read.All',
		id: 'aec28ec7-4d02-4e8c-b864-50163aea77eb',
		write: false,
		leastRoles: ['authenticationAdministrator', 'globalReader'],
	},
	{
		scope: 'IdentityRiskyUser.Read.All',
		id: 'd04bb851-cb7c-4146-97c7-ca3e71baf56c',
		write: false,
		leastRoles: ['securityReader'],
	},
	{
		scope: 'IdentityRiskEvent.Read.All',
		id: '8f6a01e7-0391-4ee5-aa22-a3af122cef27',
		write: false,
		leastRoles: ['securityReader'],
	},
	{
		scope: 'Policy.ReadWrite.ConditionalAccess',
		id: 'ad902697-1014-4ef5-81ef-2b4301988e8c',
		write: true,
		leastRoles: ['conditionalAccessAdministrator'],
	},
	{
		scope: 'Policy.ReadWrite.SecurityDefaults',
		id: '0b2a744c-2abf-4f1e-ad7e-17a087e2be99',
		write: true,
		leastRoles: ['conditionalAccessAdministrator'],
	},
	{
		scope: 'Policy.ReadWrite.AuthenticationMethod',
		id: '7e823077-d88e-468f-a337-e18f1f0e6c7c',
		write: true,
		leastRoles: ['authenticationPolicyAdministrator'],
	},
	{
		scope: 'Policy.ReadWrite.Authorization',
		id: 'edd3c878-b384-41fd-95ad-e7407dd775be',
		write: true,
		leastRoles: ['privilegedRoleAdministrator'],
		unverified: true,
	},
	{
		scope: 'ReportSettings.ReadWrite.All',
		id: 'b955410e-7715-4a88-a940-dfd551018df3',
		write: true,
		leastRoles: ['globalAdministrator'],
		unverified: true,
	},
	{
		scope: 'IdentityRiskyUser.ReadWrite.All',
		id: 'e0a7cdbb-08b0-4697-8264-0069786e9674',
		write: true,
		leastRoles: ['securityAdministrator'],
	},
	{
		scope: 'User-PasswordProfile.ReadWrite.All',
		write: true,
		// Password administrators reset non-admins only; resetting another admin takes Privileged Authentication Admin.
		leastRoles: ['passwordAdministrator', 'privilegedAuthenticationAdministrator'],
	},
	{
		scope: 'User.ReadWrite.All',
		id: '204e0828-b5ca-4ad8-b9f3-f32a958e7cc4',
		write: true,
		leastRoles: ['userAdministrator'],
	},
	{
		scope: 'GroupMember.ReadWrite.All',
		id: 'f81125ac-d3b7-4573-a3b2-7099cc39df9e',
		write: true,
		leastRoles: ['groupsAdministrator'],
	},
	// The enforce step gives the emergency-access account it creates Global Administrator (POST roleAssignments:
	// https://learn.microsoft.com/graph/api/rbacapplication-post-roleassignments, least role Privileged Role Administrator).
	{
		scope: 'RoleManagement.ReadWrite.Directory',
		id: 'd01b97e9-cbc0-49fe-810a-750afd5527a3',
		write: true,
		leastRoles: ['privilegedRoleAdministrator'],
	},
	{
		scope: 'Application.ReadWrite.All',
		id: 'bdfbf15f-ee85-4955-8675-146e8e5296b5',
		write: true,
		leastRoles: ['applicationDeveloper', 'cloudApplicationAdministrator'],
	},
] as const satisfies readonly GraphPermission[];

export type GraphScope = (typeof GRAPH_PERMISSIONS)[number]['scope'];

const BY_SCOPE = new Map<string, GraphPermission>(GRAPH_PERMISSIONS.map(p => [p.scope.toLowerCase(), p]));

export function graphPermission(scope: string): GraphPermission | undefined {
	return BY_SCOPE.get(scope.toLowerCase());
}

/** Role template ids for a permission's least roles, for messages that link to a role. */
export function leastRoleIds(scope: string): readonly string[] {
	return (graphPermission(scope)?.leastRoles ?? []).map(r => ROLE[r]);
}

/** OpenID scopes MSAL adds on its own; they are never Graph permissions. */
export const OIDC_SCOPES: readonly string[] = ['openid', 'profile', 'offline_access'];

/**
 * What the assessment reads (PRODUCT.md steps 1–9, read half): asked for at the first sign-in so one consent covers
 * every step's assessment. Identity Protection and registration reports are included: without the licence the call
 * fails with a licence error the tool explains, not a consent prompt mid-wizard.
 */
export const READ_SCOPES: readonly GraphScope[] = [
	'User.Read',
	'User.Read.All',
	'Organization.Read.All',
	'GroupMember.Read.All',
	'RoleManagement.Read.Directory',
	'Policy.Read.All',
	'Application.Read.All',
	'AuditLog.Read.All',
	'Reports.Read.All',
	'ReportSettings.Read.All',
	'UserAuthenticationMethod.Read.All',
	'IdentityRiskyUser.Read.All',
	'IdentityRiskEvent.Read.All',
];

/** Every write permission a wizard change can need; each change asks only for its own, when it is applied. */
export const WRITE_SCOPES: readonly GraphScope[] = [
	'Policy.ReadWrite.ConditionalAccess',
	'Policy.ReadWrite.SecurityDefaults',
	'Policy.ReadWrite.AuthenticationMethod',
	'Policy.ReadWrite.Authorization',
	'ReportSettings.ReadWrite.All',
	'IdentityRiskyUser.ReadWrite.All',
	'User-PasswordProfile.ReadWrite.All',
	'User.ReadWrite.All',
	'GroupMember.ReadWrite.All',
	'RoleManagement.ReadWrite.Directory',
];

/** The permissions `setup` registers on the tool's own app: everything the wizard may use, nothing for setup itself. */
export const SETUP_APP_SCOPES: readonly GraphScope[] = [...READ_SCOPES, ...WRITE_SCOPES];

/** Features gated by a licence (GRAPH.md §0): what becomes unavailable without it. */
export const LICENCE_GATES = {
	signInLogs: 'P1',
	registrationDetails: 'P1',
	conditionalAccess: 'P1',
	riskDetections: 'P1',
	riskyUsers: 'P2',
	roleEligibility: 'P2',
} as const;

export type LicenceGatedFeature = keyof typeof LICENCE_GATES;
