/**
 * The directory as the compliance engine reads it (COMPLIANCE.md "Definitions"): every user (streamed page by page,
 * only the fields the rules use), active role assignments with their principal, PIM eligibilities (P2), and the
 * transitive user members of the groups the policies and role assignments name.
 */
import type {DirectoryUser, PrincipalType, RoleAssignment, Source} from '../compliance/index.js';
import type {Graph} from '../graph/client.js';
import {listGroups, listTransitiveMembers} from '../graph/groups.js';
import {quote} from '../graph/odata.js';
import {listRoleAssignments, listRoleEligibilitySchedules, type Principal} from '../graph/roles.js';
import {listUsers} from '../graph/users.js';
import {readSource} from './read.js';

export const USER_FIELDS = [
	'id',
	'userPrincipalName',
	'displayName',
	'accountEnabled',
	'userType',
	'onPremisesSyncEnabled',
] as const;

export async function readUsers(graph: Graph, onCount?: (users: number) => void): Promise<Source<DirectoryUser[]>> {
	return readSource(graph.redactor, async () => {
		const users: DirectoryUser[] = [];
		for await (const u of listUsers(graph, {select: USER_FIELDS, onPage: () => onCount?.(users.length)})) {
			users.push({
				id: u.id,
				userPrincipalName: u.userPrincipalName ?? u.id,
				displayName: u.displayName ?? null,
				userType: u.userType ?? null,
				// Graph returns it when selected; a missing value is the default, enabled.
				accountEnabled: u.accountEnabled !== false,
				onPremisesSyncEnabled: u.onPremisesSyncEnabled ?? null,
			});
		}
		onCount?.(users.length);
		return users;
	});
}

function principalType(principal: Principal | undefined): PrincipalType {
	const type = principal?.['@odata.type']?.toLowerCase() ?? '';
	if (type.endsWith('.user')) return 'user';
	if (type.endsWith('.group')) return 'group';
	if (type.endsWith('.serviceprincipal')) return 'servicePrincipal';
	return 'other';
}

export interface RoleRead {
	readonly assignments: Source<RoleAssignment[]>;
	/** Principal names by id (users and groups), for the admins list and group names. */
	readonly names: ReadonlyMap<string, string>;
}

export async function readRoleAssignments(graph: Graph): Promise<RoleRead> {
	const names = new Map<string, string>();
	const assignments = await readSource(graph.redactor, async () => {
		const out: RoleAssignment[] = [];
		for await (const a of listRoleAssignments(graph)) {
			if (a.principal?.displayName) names.set(a.principalId, a.principal.displayName);
			out.push({
				principalId: a.principalId,
				principalType: principalType(a.principal),
				roleDefinitionId: a.roleDefinitionId,
				directoryScopeId: a.directoryScopeId ?? '/',
			});
		}
		return out;
	});
	return {assignments, names};
}

/** PIM eligibilities that are in effect (Graph keeps revoked and expired schedules with another status). */
export async function readRoleEligibilities(graph: Graph): Promise<RoleRead> {
	const names = new Map<string, string>();
	const assignments = await readSource(graph.redactor, async () => {
		const out: RoleAssignment[] = [];
		for await (const e of listRoleEligibilitySchedules(graph)) {
			if (e.status && !/provisioned/i.test(e.status)) continue;
			if (e.principal?.displayName) names.set(e.principalId, e.principal.displayName);
			out.push({
				principalId: e.principalId,
				principalType: principalType(e.principal),
				roleDefinitionId: e.roleDefinitionId,
				directoryScopeId: e.directoryScopeId ?? '/',
			});
		}
		return out;
	});
	return {assignments, names};
}

/** Transitive *user* members of each group (nested groups traversed, not counted). */
export async function readGroupMembers(
	graph: Graph,
	groupIds: readonly string[],
	isUser: (id: string) => boolean,
): Promise<Map<string, Source<readonly string[]>>> {
	const out = new Map<string, Source<readonly string[]>>();
	for (const groupId of groupIds) {
		out.set(
			groupId,
			await readSource(graph.redactor, async () => {
				const members: string[] = [];
				for await (const m of listTransitiveMembers(graph, groupId)) {
					const type = m['@odata.type']?.toLowerCase();
					if (type ? type.endsWith('.user') : isUser(m.id)) members.push(m.id);
				}
				return members;
			}),
		);
	}
	return out;
}

/**
 * Display names of groups (for "excluded group Service Accounts" instead of an id), 15 ids per `in` filter — the
 * limit Graph documents for `in` on directory objects. Names are a nicety: a failure leaves them out.
 */
export async function readGroupNames(graph: Graph, groupIds: readonly string[]): Promise<Map<string, string>> {
	const names = new Map<string, string>();
	for (let i = 0; i < groupIds.length; i += 15) {
		const ids = groupIds.slice(i, i + 15);
		const result = await readSource(graph.redactor, async () => {
			for await (const g of listGroups(graph, {
				filter: `id in (${ids.map(quote).join(',')})`,
				select: ['id', 'displayName'],
			})) {
				if (g.displayName) names.set(g.id, g.displayName);
			}
		});
		if (result.status !== 'read') break;
	}
	return names;
}
