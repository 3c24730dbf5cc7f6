/**
 * Directory roles through the unified RBAC API (GRAPH.md §7): active assignments with their principal expanded, and
 * PIM eligibility (P2). Role definition ids of built-in roles equal their template ids (knowledge/roles.ts).
 */
import {z} from 'zod';
import type {Graph} from './client.js';
import {query, quote} from './odata.js';
import {collect, type IterateOptions, iterate} from './paging.js';
import {opt} from './schema.js';

export const principalSchema = z.object({
	'@odata.type': opt(z.string()),
	id: z.string(),
	displayName: opt(z.string()),
	userPrincipalName: opt(z.string()),
	appId: opt(z.string()),
	accountEnabled: opt(z.boolean()),
});
export type Principal = z.output<typeof principalSchema>;

export const roleAssignmentSchema = z.object({
	id: z.string(),
	roleDefinitionId: z.string(),
	principalId: z.string(),
	directoryScopeId: opt(z.string()),
	principal: opt(principalSchema),
});
export type RoleAssignment = z.output<typeof roleAssignmentSchema>;

/** Active assignments, principal expanded. Scope RoleManagement.Read.Directory. */
export function listRoleAssignments(
	graph: Graph,
	options: IterateOptions & {roleDefinitionId?: string} = {},
): AsyncGenerator<RoleAssignment, void, undefined> {
	const filter = options.roleDefinitionId ? `roleDefinitionId eq ${quote(options.roleDefinitionId)}` : undefined;
	return iterate(
		graph,
		{
			path: `/roleManagement/directory/roleAssignments${query({filter, expand: 'principal'})}`,
			scopes: ['RoleManagement.Read.Directory'],
		},
		roleAssignmentSchema,
		options,
	);
}

export const roleEligibilityScheduleSchema = z.object({
	id: z.string(),
	roleDefinitionId: z.string(),
	principalId: z.string(),
	directoryScopeId: opt(z.string()),
	memberType: opt(z.string()),
	status: opt(z.string()),
	principal: opt(principalSchema),
});
export type RoleEligibilitySchedule = z.output<typeof roleEligibilityScheduleSchema>;

/** PIM-eligible assignments (Entra ID P2). Scope RoleManagement.Read.Directory. */
export function listRoleEligibilitySchedules(
	graph: Graph,
	options: IterateOptions = {},
): AsyncGenerator<RoleEligibilitySchedule, void, undefined> {
	return iterate(
		graph,
		{
			path: `/roleManagement/directory/roleEligibilitySchedules${query({expand: 'principal'})}`,
			scopes: ['RoleManagement.Read.Directory'],
			feature: 'roleEligibility',
		},
		roleEligibilityScheduleSchema,
		options,
	);
}

export const roleDefinitionSchema = z.object({
	id: z.string(),
	displayName: opt(z.string()),
	templateId: opt(z.string()),
	isBuiltIn: opt(z.boolean()),
	isPrivileged: opt(z.boolean()),
});
export type RoleDefinition = z.output<typeof roleDefinitionSchema>;

export function listRoleDefinitions(graph: Graph): Promise<RoleDefinition[]> {
	return collect(
		graph,
		{
			path: `/roleManagement/directory/roleDefinitions${query({select: ['id', 'displayName', 'templateId', 'isBuiltIn']})}`,
			scopes: ['RoleManagement.Read.Directory'],
		},
		roleDefinitionSchema,
	);
}

/** Active role assignments (unified RBAC, GRAPH.md §7). */
export const ROLE_ASSIGNMENTS_PATH = '/roleManagement/directory/roleAssignments';
/** Creating or removing an assignment (the enforce step's emergency-access account gets Global Administrator). */
export const ROLE_ASSIGNMENT_WRITE_SCOPES: readonly string[] = ['RoleManagement.ReadWrite.Directory'];
