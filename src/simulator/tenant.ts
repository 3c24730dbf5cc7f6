/**
 * The tenant model over TenantState: look-ups and derived facts (a user's roles through groups, transitive members,
 * licence tier, registration details) with caches that are dropped whenever the state changes (`touch()`).
 */
import {isMfaMethodType} from '../knowledge/auth-methods.js';
import {SERVICE_PLAN} from '../knowledge/licences.js';
import {isPrivilegedRole, ROLE} from '../knowledge/roles.js';
import {stableGuid} from './rng.js';
import type {AuthMethod, MethodType, SimGroup, SimServicePrincipal, SimUser, TenantState} from './state.js';

export type LicenceTier = 'free' | 'p1' | 'p2';

/** The `@odata.type` Graph uses for each method type. */
export const METHOD_ODATA_TYPE: Readonly<Record<MethodType, string>> = {
	password: '#microsoft.graph.passwordAuthenticationMethod',
	microsoftAuthenticator: '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
	phone: '#microsoft.graph.phoneAuthenticationMethod',
	fido2: '#microsoft.graph.fido2AuthenticationMethod',
	softwareOath: '#microsoft.graph.softwareOathAuthenticationMethod',
	hardwareOath: '#microsoft.graph.hardwareOathAuthenticationMethod',
	temporaryAccessPass: '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
	email: '#microsoft.graph.emailAuthenticationMethod',
	windowsHelloForBusiness: '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod',
};

/** `methodsRegistered` values in userRegistrationDetails for each method (GRAPH.md §3). */
function registeredNames(method: AuthMethod): string[] {
	switch (method.type) {
		case 'microsoftAuthenticator':
			return ['microsoftAuthenticatorPush'];
		case 'phone':
			return [
				method.phoneType === 'office'
					? 'officePhone'
					: method.phoneType === 'alternateMobile'
						? 'alternateMobilePhone'
						: 'mobilePhone',
			];
		case 'fido2':
			return ['fido2SecurityKey'];
		case 'softwareOath':
			return ['softwareOneTimePasscode'];
		case 'hardwareOath':
			return ['hardwareOneTimePasscode'];
		case 'temporaryAccessPass':
			return ['temporaryAccessPass'];
		case 'email':
			return ['email'];
		case 'windowsHelloForBusiness':
			return ['windowsHelloForBusiness'];
		case 'password':
			return [];
	}
}

/** The authentication-methods-policy configuration id that governs a method type. */
const POLICY_CONFIG_ID: Partial<Record<MethodType, string>> = {
	microsoftAuthenticator: 'MicrosoftAuthenticator',
	phone: 'Sms',
	fido2: 'Fido2',
	softwareOath: 'SoftwareOath',
	hardwareOath: 'HardwareOath',
	temporaryAccessPass: 'TemporaryAccessPass',
	email: 'Email',
};

export interface RegistrationDetails {
	id: string;
	userPrincipalName: string;
	userDisplayName: string;
	userType: 'member' | 'guest';
	isAdmin: boolean;
	isSsprRegistered: boolean;
	isSsprEnabled: boolean;
	isSsprCapable: boolean;
	isMfaRegistered: boolean;
	isMfaCapable: boolean;
	isPasswordlessCapable: boolean;
	isSystemPreferredAuthenticationMethodEnabled: boolean;
	systemPreferredAuthenticationMethods: string[];
	methodsRegistered: string[];
	userPreferredMethodForSecondaryAuthentication: string;
	lastUpdatedDateTime: string;
	defaultMfaMethod?: string;
}

export class Tenant {
	private cacheVersion = -1;
	private usersById = new Map<string, SimUser>();
	private usersByUpn = new Map<string, SimUser>();
	private groupsById = new Map<string, SimGroup>();
	private spsById = new Map<string, SimServicePrincipal>();
	private groupsOfPrincipal = new Map<string, string[]>();
	private activeRolesCache = new Map<string, Set<string>>();
	private transitiveCache = new Map<string, Set<string>>();
	/** Bumped on every change; caches (here and in routes) compare against it. */
	version = 0;

	constructor(public state: TenantState) {}

	get tenantId(): string {
		return this.state.organization.id;
	}

	/** Marks the state as changed: drops derived caches. */
	touch(): void {
		this.version++;
	}

	private refresh(): void {
		if (this.cacheVersion === this.version) return;
		this.cacheVersion = this.version;
		this.usersById = new Map(this.state.users.map(u => [u.id, u]));
		this.usersByUpn = new Map(this.state.users.map(u => [u.userPrincipalName.toLowerCase(), u]));
		this.groupsById = new Map(this.state.groups.map(g => [g.id, g]));
		this.spsById = new Map(this.state.servicePrincipals.map(s => [s.id, s]));
		this.groupsOfPrincipal = new Map();
		for (const group of this.state.groups) {
			for (const member of group.sim.members) {
				// Arrays, not Sets: a large tenant has a membership entry for every user.
				const list = this.groupsOfPrincipal.get(member);
				if (list) list.push(group.id);
				else this.groupsOfPrincipal.set(member, [group.id]);
			}
		}
		this.activeRolesCache = new Map();
		this.transitiveCache = new Map();
	}

	user(idOrUpn: string): SimUser | undefined {
		this.refresh();
		return this.usersById.get(idOrUpn) ?? this.usersByUpn.get(idOrUpn.toLowerCase());
	}

	group(id: string): SimGroup | undefined {
		this.refresh();
		return this.groupsById.get(id);
	}

	servicePrincipal(id: string): SimServicePrincipal | undefined {
		this.refresh();
		return this.spsById.get(id);
	}

	/** A directory object by id: user, group or service principal (with its @odata.type). */
	directoryObject(
		id: string,
	): {type: 'user' | 'group' | 'servicePrincipal'; object: SimUser | SimGroup | SimServicePrincipal} | undefined {
		const user = this.user(id);
		if (user && user.id === id) return {type: 'user', object: user};
		const group = this.group(id);
		if (group) return {type: 'group', object: group};
		const sp = this.servicePrincipal(id);
		if (sp) return {type: 'servicePrincipal', object: sp};
		return undefined;
	}

	/** Every group a principal belongs to, directly or through nested groups. */
	groupsOf(principalId: string): Set<string> {
		this.refresh();
		const result = new Set<string>();
		const queue = [principalId];
		while (queue.length > 0) {
			const current = queue.pop()!;
			for (const groupId of this.groupsOfPrincipal.get(current) ?? []) {
				if (!result.has(groupId)) {
					result.add(groupId);
					queue.push(groupId);
				}
			}
		}
		return result;
	}

	/** Transitive members of a group (users, groups and service principals), nested groups traversed. */
	transitiveMembers(groupId: string): Set<string> {
		this.refresh();
		const cached = this.transitiveCache.get(groupId);
		if (cached) return cached;
		const result = new Set<string>();
		const queue = [groupId];
		const seen = new Set<string>([groupId]);
		while (queue.length > 0) {
			const group = this.groupsById.get(queue.pop()!);
			for (const member of group?.sim.members ?? []) {
				result.add(member);
				if (this.groupsById.has(member) && !seen.has(member)) {
					seen.add(member);
					queue.push(member);
				}
			}
		}
		this.transitiveCache.set(groupId, result);
		return result;
	}

	/** Role template ids a principal holds through active assignments, directly or through role-assignable groups. */
	activeRoles(principalId: string): Set<string> {
		this.refresh();
		const cached = this.activeRolesCache.get(principalId);
		if (cached) return cached;
		const holders = new Set([principalId, ...this.groupsOf(principalId)]);
		const roles = new Set<string>();
		for (const assignment of this.state.roleAssignments) {
			if (assignment.directoryScopeId === '/' && holders.has(assignment.principalId))
				roles.add(assignment.roleDefinitionId);
		}
		this.activeRolesCache.set(principalId, roles);
		return roles;
	}

	isAdmin(userId: string): boolean {
		for (const role of this.activeRoles(userId)) if (isPrivilegedRole(role)) return true;
		return false;
	}

	hasAnyRole(userId: string, roleIds: readonly string[]): boolean {
		const roles = this.activeRoles(userId);
		if (roles.has(ROLE.globalAdministrator)) return true;
		return roleIds.some(r => roles.has(r));
	}

	licenceTier(): LicenceTier {
		let tier: LicenceTier = 'free';
		for (const sku of this.state.skus) {
			if (sku.capabilityStatus !== 'Enabled') continue;
			for (const plan of sku.servicePlans) {
				if (plan.provisioningStatus !== 'Success') continue;
				if (plan.servicePlanId === SERVICE_PLAN.entraIdP2) return 'p2';
				if (plan.servicePlanId === SERVICE_PLAN.entraIdP1) tier = 'p1';
			}
		}
		return tier;
	}

	/** A new object id, deterministic from the seed and the number of objects created so far. */
	newId(kind: string): string {
		this.state.idCounter++;
		return stableGuid(`${this.state.seed}:${kind}:${this.state.idCounter}`);
	}

	methodConfigState(type: MethodType): 'enabled' | 'disabled' | undefined {
		const id = POLICY_CONFIG_ID[type];
		if (!id) return undefined;
		const config = this.state.authMethodsPolicy.authenticationMethodConfigurations.find(
			c => String(c.id).toLowerCase() === id.toLowerCase(),
		);
		return config?.state === 'enabled' ? 'enabled' : config ? 'disabled' : undefined;
	}

	registrationDetails(user: SimUser, beta: boolean): RegistrationDetails {
		const methods = user.sim.methods;
		const names = [...new Set(methods.flatMap(registeredNames))];
		const mfa = methods.filter(m => m.type !== 'password' && isMfaMethodType(METHOD_ODATA_TYPE[m.type]));
		const usable = mfa.filter(m => {
			const state = this.methodConfigState(m.type);
			return state === undefined || state === 'enabled';
		});
		const preferred = mfa.some(m => m.type === 'microsoftAuthenticator')
			? 'push'
			: mfa.some(m => m.type === 'phone')
				? 'sms'
				: mfa.some(m => m.type === 'softwareOath' || m.type === 'hardwareOath')
					? 'oath'
					: 'none';
		const passwordless = methods.some(m => m.type === 'fido2' || m.type === 'windowsHelloForBusiness');
		const ssprRegistered = methods.some(
			m => m.type === 'phone' || m.type === 'email' || m.type === 'microsoftAuthenticator',
		);
		const lastUpdated = [user.createdDateTime, ...methods.map(m => m.createdDateTime)].sort().at(-1)!;
		const details: RegistrationDetails = {
			id: user.id,
			userPrincipalName: user.userPrincipalName,
			userDisplayName: user.displayName,
			userType: user.userType === 'Guest' ? 'guest' : 'member',
			isAdmin: this.isAdmin(user.id),
			isSsprRegistered: ssprRegistered,
			isSsprEnabled: user.userType === 'Member',
			isSsprCapable: ssprRegistered && user.userType === 'Member',
			isMfaRegistered: mfa.length > 0,
			isMfaCapable: usable.length > 0,
			isPasswordlessCapable: passwordless,
			isSystemPreferredAuthenticationMethodEnabled: true,
			systemPreferredAuthenticationMethods: passwordless
				? ['Fido2']
				: usable.some(m => m.type === 'microsoftAuthenticator')
					? ['Push']
					: [],
			methodsRegistered: names,
			// The doc's own example returns "" when nothing is set (GRAPH.md §3); the simulator does the same.
			userPreferredMethodForSecondaryAuthentication: preferred === 'none' ? '' : preferred,
			lastUpdatedDateTime: lastUpdated,
		};
		if (beta) {
			details.defaultMfaMethod =
				preferred === 'push'
					? 'microsoftAuthenticatorPush'
					: preferred === 'sms'
						? 'mobilePhone'
						: preferred === 'oath'
							? 'softwareOneTimePasscode'
							: 'none';
		}
		return details;
	}

	isMfaRegistered(user: SimUser): boolean {
		return user.sim.methods.some(m => m.type !== 'password' && isMfaMethodType(METHOD_ODATA_TYPE[m.type]));
	}
}
