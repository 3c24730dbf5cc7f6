/**
 * Directory roles: unified RBAC role definitions and (active) role assignments with `$expand=principal`, PIM
 * eligibility schedules (P2), and the legacy `/directoryRoles` API (activated roles only, members up to 1,000, no paging).
 * https://learn.microsoft.com/graph/api/rbacapplication-list-roleassignments, …/directoryrole-list-members
 */
import {isPrivilegedRole, ROLE, ROLE_DISPLAY_NAME, type RoleName} from '../../knowledge/roles.js';
import type {RequestContext, Route} from '../context.js';
import {badRequest, GraphError, notFound} from '../errors.js';
import {type CollectionSpec, contextUrl, respondCollection, respondEntity} from '../odata/collection.js';
import {type FilterSchema, objectPath} from '../odata/filter.js';
import {stableGuid} from '../rng.js';
import type {SimRoleAssignment, SimRoleEligibility} from '../state.js';
import {
	bodyObject,
	conflict,
	created,
	directoryObjectJson,
	noContent,
	PRIVILEGED_ROLE_ADMIN,
	requireString,
} from './helpers.js';

const NAME_BY_ID = new Map<string, RoleName>(Object.entries(ROLE).map(([name, id]) => [id, name as RoleName]));

function roleDefinition(ctx: RequestContext, id: string): Record<string, unknown> | undefined {
	const name = NAME_BY_ID.get(id.toLowerCase());
	if (!name) return undefined;
	const definition: Record<string, unknown> = {
		id,
		templateId: id,
		displayName: ROLE_DISPLAY_NAME[name],
		description: `Built-in role: ${ROLE_DISPLAY_NAME[name]}.`,
		isBuiltIn: true,
		isEnabled: true,
		resourceScopes: ['/'],
		version: '1',
		rolePermissions: [],
	};
	// isPrivileged is a beta property (GRAPH.md §7).
	if (ctx.version === 'beta') definition.isPrivileged = isPrivilegedRole(id);
	return definition;
}

const ASSIGNMENT_FILTER: FilterSchema = {
	entity: 'microsoft.graph.unifiedRoleAssignment',
	directory: false,
	or: true,
	not: false,
	properties: {
		id: {type: 'string', ops: ['eq']},
		roleDefinitionId: {type: 'string', ops: ['eq', 'in']},
		principalId: {type: 'string', ops: ['eq', 'in']},
		directoryScopeId: {type: 'string', ops: ['eq']},
		'roleDefinition/isPrivileged': {type: 'boolean', ops: ['eq']},
	},
};

function assignmentSpec<T extends SimRoleAssignment | SimRoleEligibility>(
	ctx: RequestContext,
	contextName: string,
	kind: string,
): CollectionSpec<T> {
	return {
		contextName,
		filter: ASSIGNMENT_FILTER,
		directory: false,
		maxTop: 999,
		pageSize: 100,
		cacheKey: kind,
		getter: (item, path) => {
			if (path === 'roleDefinition/isPrivileged') {
				if (ctx.version !== 'beta')
					throw badRequest(
						"Could not find a property named 'isPrivileged' on type 'microsoft.graph.unifiedRoleDefinition'.",
					);
				return isPrivilegedRole(item.roleDefinitionId);
			}
			return objectPath(item, path);
		},
		project: item => ({...item}),
		expand: {
			principal: item => directoryObjectJson(ctx, item.principalId) ?? null,
			roleDefinition: item => roleDefinition(ctx, item.roleDefinitionId) ?? null,
		},
	};
}

interface ActivatedRole {
	readonly id: string;
	readonly roleTemplateId: string;
	readonly displayName: string;
	readonly description: string;
}

function activatedRoles(ctx: RequestContext): ActivatedRole[] {
	const ids = [...new Set(ctx.tenant.state.roleAssignments.map(a => a.roleDefinitionId))];
	return ids.map(templateId => {
		const name = NAME_BY_ID.get(templateId);
		const displayName = name ? ROLE_DISPLAY_NAME[name] : templateId;
		return {
			id: stableGuid(`${ctx.tenant.tenantId}:directoryRole:${templateId}`),
			roleTemplateId: templateId,
			displayName,
			description: `Built-in role: ${displayName}.`,
		};
	});
}

function directoryRoleMembers(ctx: RequestContext, role: ActivatedRole) {
	const members = ctx.tenant.state.roleAssignments
		.filter(a => a.roleDefinitionId === role.roleTemplateId && a.directoryScopeId === '/')
		.map(a => directoryObjectJson(ctx, a.principalId))
		.filter((m): m is Record<string, unknown> => !!m);
	if (ctx.query.has('$top')) throw badRequest("The query parameter '$top' is not supported on directoryRole members.");
	return {status: 200, body: {'@odata.context': contextUrl(ctx, 'directoryObjects'), value: members.slice(0, 1000)}};
}

/** Privileged Identity Management needs Entra ID P2; without it Graph answers this (observed wording). */
function pimLicence(ctx: {tenant: RequestContext['tenant']}): GraphError | undefined {
	return ctx.tenant.licenceTier() === 'p2'
		? undefined
		: new GraphError(403, 'AadPremiumLicenseRequired', 'The tenant needs an AAD Premium 2 license.');
}

export const roleRoutes: Route[] = [
	{
		method: 'GET',
		pattern: /^\/roleManagement\/directory\/roleDefinitions$/,
		scopes: ['RoleManagement.Read.Directory'],
		handle: ctx =>
			respondCollection(
				ctx,
				{
					contextName: 'roleManagement/directory/roleDefinitions',
					filter: {
						entity: 'microsoft.graph.unifiedRoleDefinition',
						directory: false,
						or: true,
						not: false,
						properties: {
							id: {type: 'string', ops: ['eq']},
							templateId: {type: 'string', ops: ['eq']},
							displayName: {type: 'string', ops: ['eq', 'startswith']},
							isBuiltIn: {type: 'boolean', ops: ['eq']},
							isPrivileged: {type: 'boolean', ops: ['eq']},
						},
					},
					directory: false,
					pageSize: 1000,
					project: d => d,
				},
				() => [...NAME_BY_ID.keys()].map(id => roleDefinition(ctx, id)!),
			),
	},
	{
		method: 'GET',
		pattern: /^\/roleManagement\/directory\/roleDefinitions\/(?<id>[^/]+)$/,
		scopes: ['RoleManagement.Read.Directory'],
		handle: ctx => {
			const definition = roleDefinition(ctx, ctx.params.id!);
			if (!definition) throw notFound(ctx.params.id!);
			return respondEntity(ctx, 'roleManagement/directory/roleDefinitions', definition);
		},
	},
	{
		method: 'GET',
		pattern: /^\/roleManagement\/directory\/roleAssignments$/,
		scopes: ['RoleManagement.Read.Directory'],
		handle: ctx =>
			respondCollection(
				ctx,
				assignmentSpec<SimRoleAssignment>(ctx, 'roleManagement/directory/roleAssignments', 'assignments'),
				ctx.tenant.state.roleAssignments,
			),
	},
	{
		method: 'GET',
		pattern: /^\/roleManagement\/directory\/roleAssignments\/(?<id>[^/]+)$/,
		scopes: ['RoleManagement.Read.Directory'],
		handle: ctx => {
			const assignment = ctx.tenant.state.roleAssignments.find(a => a.id === ctx.params.id);
			if (!assignment) throw notFound(ctx.params.id!);
			return respondEntity(ctx, 'roleManagement/directory/roleAssignments', {...assignment});
		},
	},
	{
		method: 'POST',
		pattern: /^\/roleManagement\/directory\/roleAssignments$/,
		scopes: ['RoleManagement.ReadWrite.Directory'],
		roles: PRIVILEGED_ROLE_ADMIN,
		handle: ctx => {
			const body = bodyObject(ctx);
			const principalId = requireString(body, 'principalId');
			const roleDefinitionId = requireString(body, 'roleDefinitionId');
			const directoryScopeId = typeof body.directoryScopeId === 'string' ? body.directoryScopeId : '/';
			const principal = ctx.tenant.directoryObject(principalId);
			if (!principal) throw notFound(principalId);
			if (
				principal.type === 'group' &&
				!(principal.object as {isAssignableToRole?: boolean | null}).isAssignableToRole
			) {
				throw badRequest('A role can be assigned to a group only when the group was created as role-assignable.');
			}
			if (!NAME_BY_ID.has(roleDefinitionId.toLowerCase())) throw notFound(roleDefinitionId);
			const state = ctx.tenant.state;
			if (
				state.roleAssignments.some(
					a =>
						a.principalId === principalId &&
						a.roleDefinitionId === roleDefinitionId &&
						a.directoryScopeId === directoryScopeId,
				)
			) {
				throw conflict(
					'A conflicting object with one or more of the specified property values is present in the directory.',
				);
			}
			const assignment: SimRoleAssignment = {
				id: ctx.tenant.newId('roleAssignment'),
				principalId,
				roleDefinitionId: roleDefinitionId.toLowerCase(),
				directoryScopeId,
				appScopeId: null,
				createdDateTime: ctx.nowIso,
			};
			state.roleAssignments.push(assignment);
			ctx.changed();
			return created({
				'@odata.context': contextUrl(ctx, 'roleManagement/directory/roleAssignments/$entity'),
				...assignment,
			});
		},
	},
	{
		method: 'DELETE',
		pattern: /^\/roleManagement\/directory\/roleAssignments\/(?<id>[^/]+)$/,
		scopes: ['RoleManagement.ReadWrite.Directory'],
		roles: PRIVILEGED_ROLE_ADMIN,
		handle: ctx => {
			const state = ctx.tenant.state;
			const assignment = state.roleAssignments.find(a => a.id === ctx.params.id);
			if (!assignment) throw notFound(ctx.params.id!);
			state.roleAssignments = state.roleAssignments.filter(a => a !== assignment);
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'GET',
		pattern: /^\/roleManagement\/directory\/(?<kind>roleEligibilitySchedules|roleEligibilityScheduleInstances)$/,
		scopes: ['RoleEligibilitySchedule.Read.Directory'],
		licence: pimLicence,
		handle: ctx =>
			respondCollection(
				ctx,
				assignmentSpec<SimRoleEligibility>(ctx, `roleManagement/directory/${ctx.params.kind}`, ctx.params.kind!),
				ctx.params.kind === 'roleEligibilitySchedules'
					? ctx.tenant.state.roleEligibilities
					: ctx.tenant.state.roleEligibilities.map(e => ({
							...e,
							startDateTime: e.scheduleInfo.startDateTime,
							endDateTime: e.scheduleInfo.expiration.endDateTime,
						})),
			),
	},
	{
		method: 'GET',
		pattern: /^\/directoryRoles$/,
		scopes: ['RoleManagement.Read.Directory'],
		handle: ctx =>
			respondCollection(
				ctx,
				{
					contextName: 'directoryRoles',
					filter: {
						entity: 'microsoft.graph.directoryRole',
						directory: true,
						or: true,
						not: false,
						properties: {
							roleTemplateId: {type: 'string', ops: ['eq']},
							displayName: {type: 'string', ops: ['eq']},
							id: {type: 'string', ops: ['eq']},
						},
					},
					directory: true,
					pageSize: 1000,
					project: r => ({...r}),
				},
				activatedRoles(ctx),
			),
	},
	{
		method: 'GET',
		pattern:
			/^\/directoryRoles(?:\/(?<id>[^/(=]+)|\(roleTemplateId='(?<template>[^']+)'\)|\/roleTemplateId=(?<template2>[^/]+))\/members$/,
		scopes: ['RoleManagement.Read.Directory'],
		handle: ctx => {
			const template = ctx.params.template ?? ctx.params.template2;
			const role = activatedRoles(ctx).find(r =>
				template ? r.roleTemplateId === template.toLowerCase() : r.id === ctx.params.id,
			);
			if (!role) throw notFound(template ?? ctx.params.id ?? '');
			return directoryRoleMembers(ctx, role);
		},
	},
	{
		method: 'GET',
		pattern: /^\/directoryRoles(?:\/(?<id>[^/(=]+)|\(roleTemplateId='(?<template>[^']+)'\))$/,
		scopes: ['RoleManagement.Read.Directory'],
		handle: ctx => {
			const template = ctx.params.template;
			const role = activatedRoles(ctx).find(r =>
				template ? r.roleTemplateId === template.toLowerCase() : r.id === ctx.params.id,
			);
			if (!role) throw notFound(template ?? ctx.params.id ?? '');
			return respondEntity(ctx, 'directoryRoles', {...role});
		},
	},
];
