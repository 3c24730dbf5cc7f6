/** Small helpers the route modules share: body checks, password rules, directory-object shapes. */
import {ROLE} from '../../knowledge/roles.js';
import type {RequestContext, RoleRequirement} from '../context.js';
import {badRequest, GraphError, notFound} from '../errors.js';
import type {SimGroup, SimServicePrincipal, SimUser} from '../state.js';

export function bodyObject(ctx: RequestContext): Record<string, unknown> {
	const body = ctx.body;
	if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
		throw badRequest('The request body must be a JSON object.', 'Request_BadRequest');
	}
	return body as Record<string, unknown>;
}

export function requireString(body: Record<string, unknown>, key: string): string {
	const value = body[key];
	if (typeof value !== 'string' || value.trim() === '') {
		throw badRequest(`Invalid value specified for property '${key}' of resource.`, 'Request_BadRequest');
	}
	return value;
}

export function requireBoolean(body: Record<string, unknown>, key: string): boolean {
	const value = body[key];
	if (typeof value !== 'boolean')
		throw badRequest(`Invalid value specified for property '${key}' of resource.`, 'Request_BadRequest');
	return value;
}

/** Rejects properties a PATCH may not set (Graph names the first unknown one). */
export function onlyKeys(body: Record<string, unknown>, allowed: readonly string[], entity: string): void {
	for (const key of Object.keys(body)) {
		if (key.startsWith('@odata.')) continue;
		if (!allowed.includes(key)) {
			throw badRequest(
				`Property '${key}' is not supported or cannot be updated on type '${entity}'.`,
				'Request_BadRequest',
			);
		}
	}
}

/**
 * Entra's password rules for cloud accounts: 8–256 characters with three of lower case, upper case, digits and symbols.
 * https://learn.microsoft.com/entra/identity/authentication/concept-password-ban-bad-combined-policy
 */
export function checkPassword(password: unknown): void {
	if (typeof password !== 'string')
		throw badRequest('Invalid value specified for property passwordProfile.password.', 'Request_BadRequest');
	const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter(r => r.test(password)).length;
	if (password.length < 8 || password.length > 256 || classes < 3) {
		throw badRequest(
			'The specified password does not comply with password complexity requirements. Please provide a different password.',
			'Request_BadRequest',
		);
	}
}

export function userOr404(ctx: RequestContext, idOrUpn: string): SimUser {
	const user = ctx.tenant.user(idOrUpn);
	if (!user) throw notFound(idOrUpn);
	return user;
}

export function groupOr404(ctx: RequestContext, id: string): SimGroup {
	const group = ctx.tenant.group(id);
	if (!group) throw notFound(id);
	return group;
}

/** A user as Graph shows it (everything but the simulator's own `sim` data). */
export function userJson(user: SimUser): Record<string, unknown> {
	const {sim: _sim, ...rest} = user;
	return rest;
}

export function groupJson(group: SimGroup): Record<string, unknown> {
	const {sim: _sim, ...rest} = group;
	return rest;
}

export function directoryObjectJson(ctx: RequestContext, id: string): Record<string, unknown> | undefined {
	const found = ctx.tenant.directoryObject(id);
	if (!found) return undefined;
	switch (found.type) {
		case 'user':
			return {'@odata.type': '#microsoft.graph.user', ...userJson(found.object as SimUser)};
		case 'group':
			return {'@odata.type': '#microsoft.graph.group', ...groupJson(found.object as SimGroup)};
		case 'servicePrincipal':
			return {'@odata.type': '#microsoft.graph.servicePrincipal', ...(found.object as SimServicePrincipal)};
	}
}

/** The object id at the end of an `@odata.id` reference (`https://graph.microsoft.com/v1.0/directoryObjects/{id}`). */
export function referencedId(body: Record<string, unknown>): string {
	const ref = body['@odata.id'];
	if (typeof ref !== 'string') throw badRequest("The request body must contain '@odata.id'.", 'Request_BadRequest');
	const m = /\/(?:directoryObjects|users|groups|servicePrincipals)\/([^/?]+)\/?$/i.exec(ref);
	if (!m) throw badRequest(`Invalid object identifier '${ref}'.`, 'Request_BadRequest');
	return decodeURIComponent(m[1]!);
}

export const noContent = {status: 204} as const;

export function created(body: Record<string, unknown>): {status: 201; body: Record<string, unknown>} {
	return {status: 201, body};
}

/** Roles that may manage ordinary users, and the stricter set for targets that hold an admin role (GRAPH.md §10). */
export const USER_ADMIN_ROLES: RoleRequirement = {roles: [ROLE.userAdministrator], detail: 'User Administrator'};
export const PRIVILEGED_USER_ROLES: RoleRequirement = {
	roles: [ROLE.privilegedAuthenticationAdministrator],
	detail: 'Privileged Authentication Administrator (the target holds an admin role)',
};
export const PASSWORD_RESET_ROLES: RoleRequirement = {
	roles: [
		ROLE.passwordAdministrator,
		ROLE.helpdeskAdministrator,
		ROLE.authenticationAdministrator,
		ROLE.userAdministrator,
		ROLE.privilegedAuthenticationAdministrator,
	],
	detail: 'Helpdesk, Password, Authentication, User or Privileged Authentication Administrator',
};
export const CA_WRITE_ROLES: RoleRequirement = {
	roles: [ROLE.conditionalAccessAdministrator, ROLE.securityAdministrator],
	detail: 'Conditional Access Administrator, Security Administrator',
};
export const AUTH_POLICY_ROLES: RoleRequirement = {
	roles: [ROLE.authenticationPolicyAdministrator],
	detail: 'Authentication Policy Administrator',
};
export const AUTH_METHOD_ROLES: RoleRequirement = {
	roles: [ROLE.authenticationAdministrator, ROLE.privilegedAuthenticationAdministrator],
	detail: 'Authentication Administrator, Privileged Authentication Administrator',
};
export const APP_ROLES: RoleRequirement = {
	roles: [ROLE.applicationAdministrator, ROLE.cloudApplicationAdministrator],
	detail: 'Application Administrator, Cloud Application Administrator',
};
export const PRIVILEGED_ROLE_ADMIN: RoleRequirement = {
	roles: [ROLE.privilegedRoleAdministrator],
	detail: 'Privileged Role Administrator',
};
export const SECURITY_ADMIN_ROLES: RoleRequirement = {
	roles: [ROLE.securityAdministrator, ROLE.securityOperator],
	detail: 'Security Administrator, Security Operator',
};

export function conflict(message: string): GraphError {
	return new GraphError(400, 'Request_BadRequest', message);
}
