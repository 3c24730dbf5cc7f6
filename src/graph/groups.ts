/** Groups and membership (GRAPH.md §10): break-glass exclusion groups, transitive members for policy scoping. */
import {z} from 'zod';
import type {Graph} from './client.js';
import {query, segment} from './odata.js';
import {type IterateOptions, iterate} from './paging.js';
import {list, opt} from './schema.js';

export const groupSchema = z.object({
	id: z.string(),
	displayName: opt(z.string()),
	securityEnabled: opt(z.boolean()),
	mailEnabled: opt(z.boolean()),
	isAssignableToRole: opt(z.boolean()),
	groupTypes: list(z.string()),
});
export type Group = z.output<typeof groupSchema>;

export function listGroups(
	graph: Graph,
	options: IterateOptions & {filter?: string; select?: readonly string[]} = {},
): AsyncGenerator<Group, void, undefined> {
	const select = options.select ?? [
		'id',
		'displayName',
		'securityEnabled',
		'mailEnabled',
		'isAssignableToRole',
		'groupTypes',
	];
	return iterate(
		graph,
		{path: `/groups${query({select, filter: options.filter, top: 999})}`, scopes: ['GroupMember.Read.All']},
		groupSchema,
		options,
	);
}

/** A member: a user, a group, a service principal or a device (`@odata.type` says which). */
export const directoryObjectSchema = z.object({
	'@odata.type': opt(z.string()),
	id: z.string(),
	displayName: opt(z.string()),
	userPrincipalName: opt(z.string()),
	appId: opt(z.string()),
	accountEnabled: opt(z.boolean()),
});
export type DirectoryObject = z.output<typeof directoryObjectSchema>;

/** Members of a group and of its nested groups. Scope GroupMember.Read.All. */
export function listTransitiveMembers(
	graph: Graph,
	groupId: string,
	options: IterateOptions = {},
): AsyncGenerator<DirectoryObject, void, undefined> {
	return iterate(
		graph,
		{
			path: `/groups/${segment(groupId)}/transitiveMembers${query({
				select: ['id', 'displayName', 'userPrincipalName', 'appId', 'accountEnabled'],
				top: 999,
			})}`,
			scopes: ['GroupMember.Read.All'],
		},
		directoryObjectSchema,
		options,
	);
}

/** Adds a member by reference. Scope GroupMember.ReadWrite.All (role-assignable groups also need RoleManagement). */
export async function addGroupMember(graph: Graph, groupId: string, objectId: string): Promise<void> {
	await graph.request({
		method: 'POST',
		path: `/groups/${segment(groupId)}/members/$ref`,
		body: {'@odata.id': `${graph.root}/v1.0/directoryObjects/${objectId}`},
		scopes: ['GroupMember.ReadWrite.All'],
	});
}

/** The undo of addGroupMember. */
export async function removeGroupMember(graph: Graph, groupId: string, objectId: string): Promise<void> {
	await graph.request({
		method: 'DELETE',
		path: `/groups/${segment(groupId)}/members/${segment(objectId)}/$ref`,
		scopes: ['GroupMember.ReadWrite.All'],
	});
}
