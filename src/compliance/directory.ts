/**
 * The directory as the rules see it (COMPLIANCE.md "Definitions"): enabled members, guests, disabled accounts, admins,
 * declared break-glass accounts, transitive group members and role holders.
 *
 * Answers are three-valued where data can be missing: `true`, `false`, or `null` for "could not be read". Policy gaps
 * built on a `null` are *uncertain* (see policies.ts), so a verdict is `unknown` rather than guessed.
 */
import {PRIVILEGED_ROLE_IDS} from '../knowledge/roles.js';
import type {AssessmentInput, DirectoryUser, RoleAssignment, Source} from './model.js';

export type Tri = boolean | null;

/** What the policy rules ask of the directory. */
export interface PolicyContext {
	/** Whether the user (by object id) is a declared break-glass account. */
	isBreakGlass(userId: string): Tri;
	/** Whether the user is an admin: an enabled member with an active, directory-wide privileged role. */
	isAdmin(userId: string): Tri;
	/** Transitive user members of a group, or null when they could not be read. */
	groupMembers(groupId: string): readonly string[] | null;
	/** Users holding a role actively and directory-wide (directly or through a group), or null when unknown. */
	roleHolders(roleTemplateId: string): ReadonlySet<string> | null;
}

export interface Directory extends PolicyContext {
	readonly users: readonly DirectoryUser[] | null;
	userById(id: string): DirectoryUser | undefined;
	readonly enabledMembers: readonly DirectoryUser[] | null;
	readonly guests: number | null;
	readonly disabled: number | null;
	/** Admin user ids, or null when they cannot all be known. */
	readonly admins: ReadonlySet<string> | null;
	/** Enabled members who are not admins and hold an eligible directory-wide privileged role; null when unknown. */
	readonly eligibleAdmins: ReadonlySet<string> | null;
	/** The declared entries, trimmed, in order, without empty ones. */
	readonly declared: readonly string[];
	/** The user a declared entry names: a user, `undefined` when none, `null` when users could not be read. */
	declaredUser(entry: string): DirectoryUser | undefined | null;
	/** Groups whose members were needed by the role rules but could not be read. */
	readonly unreadableRoleGroups: readonly string[];
}

export function isEnabledMember(user: DirectoryUser): boolean {
	return user.accountEnabled && !isGuest(user);
}

export function isGuest(user: DirectoryUser): boolean {
	return user.userType?.toLowerCase() === 'guest';
}

/** Declared break-glass entries as given: trimmed, in order, empty ones dropped (COMPLIANCE.md "Definitions"). */
export function normaliseDeclared(entries: readonly string[]): string[] {
	return entries.map(e => e.trim()).filter(e => e.length > 0);
}

function isDirectoryWide(assignment: RoleAssignment): boolean {
	return assignment.directoryScopeId === '/';
}

interface Holders {
	readonly users: Set<string>;
	complete: boolean;
}

function roleHolderMap(
	assignments: Source<readonly RoleAssignment[]>,
	groupMembers: (groupId: string) => readonly string[] | null,
	unreadable: Set<string>,
): Map<string, Holders> | null {
	if (assignments.status !== 'read') return null;
	const map = new Map<string, Holders>();
	for (const a of assignments.value) {
		if (!isDirectoryWide(a)) continue;
		const role = a.roleDefinitionId.toLowerCase();
		let holders = map.get(role);
		if (!holders) {
			holders = {users: new Set(), complete: true};
			map.set(role, holders);
		}
		if (a.principalType === 'user') holders.users.add(a.principalId);
		else if (a.principalType === 'group') {
			const members = groupMembers(a.principalId);
			if (members === null) {
				holders.complete = false;
				unreadable.add(a.principalId);
			} else for (const m of members) holders.users.add(m);
		}
		// Service principals are never admins (COMPLIANCE.md "Admin").
	}
	return map;
}

export function buildDirectory(input: AssessmentInput, declaredEntries: readonly string[]): Directory {
	const users = input.users.status === 'read' ? input.users.value : null;
	const byId = new Map<string, DirectoryUser>();
	const byUpn = new Map<string, DirectoryUser>();
	for (const u of users ?? []) {
		byId.set(u.id, u);
		byUpn.set(u.userPrincipalName.toLowerCase(), u);
	}
	const declared = normaliseDeclared(declaredEntries);
	const declaredIds = new Set(declared);
	const declaredUpns = new Set(declared.map(d => d.toLowerCase()));

	const groupMembers = (groupId: string): readonly string[] | null => {
		const source = input.groupMembers.get(groupId);
		return source?.status === 'read' ? source.value : null;
	};

	const unreadableRoleGroups = new Set<string>();
	const active = roleHolderMap(input.roleAssignments, groupMembers, unreadableRoleGroups);
	const eligible = roleHolderMap(input.roleEligibilities, groupMembers, unreadableRoleGroups);

	const enabledMembers = users ? users.filter(isEnabledMember) : null;
	const enabledIds = new Set((enabledMembers ?? []).map(u => u.id));

	const privilegedHolders = (map: Map<string, Holders> | null): {users: Set<string>; complete: boolean} | null => {
		if (!map) return null;
		const all = new Set<string>();
		let complete = true;
		for (const role of PRIVILEGED_ROLE_IDS) {
			const h = map.get(role);
			if (!h) continue;
			for (const u of h.users) all.add(u);
			complete &&= h.complete;
		}
		return {users: all, complete};
	};
	const activePrivileged = privilegedHolders(active);
	const eligiblePrivileged = privilegedHolders(eligible);

	let admins: Set<string> | null = null;
	if (users && activePrivileged?.complete) {
		admins = new Set([...activePrivileged.users].filter(id => enabledIds.has(id)));
	}
	let eligibleAdmins: Set<string> | null = null;
	if (admins && eligiblePrivileged?.complete) {
		const known = admins;
		eligibleAdmins = new Set([...eligiblePrivileged.users].filter(id => enabledIds.has(id) && !known.has(id)));
	}

	const isAdmin = (userId: string): Tri => {
		if (users) {
			const user = byId.get(userId);
			if (!user || !isEnabledMember(user)) return false;
		}
		if (!activePrivileged) return null;
		if (activePrivileged.users.has(userId)) return users ? true : null;
		return activePrivileged.complete ? false : null;
	};

	const isBreakGlass = (userId: string): Tri => {
		if (declaredIds.has(userId)) return true;
		if (declared.length === 0) return false;
		if (!users) return null;
		const user = byId.get(userId);
		return !!user && declaredUpns.has(user.userPrincipalName.toLowerCase());
	};

	const roleHolders = (roleTemplateId: string): ReadonlySet<string> | null => {
		if (!active) return null;
		const h = active.get(roleTemplateId.toLowerCase());
		if (!h) return new Set();
		return h.complete ? h.users : null;
	};

	const declaredUser = (entry: string): DirectoryUser | undefined | null => {
		if (!users) return null;
		return byId.get(entry) ?? byUpn.get(entry.toLowerCase());
	};

	return {
		users,
		userById: id => byId.get(id),
		enabledMembers,
		guests: users ? users.filter(isGuest).length : null,
		disabled: users ? users.filter(u => !isGuest(u) && !u.accountEnabled).length : null,
		admins,
		eligibleAdmins,
		declared,
		declaredUser,
		unreadableRoleGroups: [...unreadableRoleGroups].sort(),
		isBreakGlass,
		isAdmin,
		groupMembers,
		roleHolders,
	};
}
