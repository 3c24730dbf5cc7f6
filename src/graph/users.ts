/**
 * Users (GRAPH.md §4, §10): listing, sign-in methods, per-user MFA (beta only), and the account writes of the recovery
 * and enforcement steps (password reset, session revocation, creation). Writes go through the dry-run guard.
 */
import {z} from 'zod';
import {type BatchResult, batchStream} from './batch.js';
import type {Graph} from './client.js';
import {query, segment} from './odata.js';
import {collect, getOne, type IterateOptions, iterate} from './paging.js';
import {endpointOf, list, openEnum, opt, parseModel} from './schema.js';

export const userSchema = z.object({
	id: z.string(),
	userPrincipalName: opt(z.string()),
	displayName: opt(z.string()),
	accountEnabled: opt(z.boolean()),
	userType: opt(openEnum(['Member', 'Guest'])),
	mail: opt(z.string()),
	onPremisesSyncEnabled: opt(z.boolean()),
	createdDateTime: opt(z.string()),
	assignedLicenses: list(z.object({skuId: opt(z.string())})),
	signInActivity: opt(
		z.object({
			lastSignInDateTime: opt(z.string()),
			lastNonInteractiveSignInDateTime: opt(z.string()),
		}),
	),
});
export type User = z.output<typeof userSchema>;

export const DEFAULT_USER_SELECT = [
	'id',
	'userPrincipalName',
	'displayName',
	'accountEnabled',
	'userType',
	'onPremisesSyncEnabled',
	'createdDateTime',
] as const;

export interface ListUsersOptions extends IterateOptions {
	readonly select?: readonly string[];
	readonly filter?: string;
	/** Page size: 999 at most, 500 when signInActivity is selected (GRAPH.md §11). */
	readonly top?: number;
	/** Advanced query (`ne`, `endsWith`, `$count`): adds ConsistencyLevel: eventual and $count=true (GRAPH.md §11). */
	readonly advanced?: boolean;
}

/** Streams users. Scope User.Read.All (AuditLog.Read.All too when signInActivity is selected). */
export function listUsers(graph: Graph, options: ListUsersOptions = {}): AsyncGenerator<User, void, undefined> {
	const select = options.select ?? DEFAULT_USER_SELECT;
	const withActivity = select.includes('signInActivity');
	const path = `/users${query({
		select,
		filter: options.filter,
		top: options.top ?? (withActivity ? 500 : 999),
		count: options.advanced,
	})}`;
	return iterate(
		graph,
		{
			path,
			scopes: withActivity ? ['User.Read.All', 'AuditLog.Read.All'] : ['User.Read.All'],
			// signInActivity comes from the sign-in logs and has their licence gate (P1).
			feature: withActivity ? 'signInLogs' : undefined,
			headers: options.advanced ? {ConsistencyLevel: 'eventual'} : undefined,
		},
		userSchema,
		options,
	);
}

export function getUser(graph: Graph, idOrUpn: string, select: readonly string[] = DEFAULT_USER_SELECT): Promise<User> {
	return getOne(graph, {path: `/users/${segment(idOrUpn)}${query({select})}`, scopes: ['User.Read.All']}, userSchema);
}

/** A user's registered method; method-specific fields are kept as they came. */
export const authenticationMethodSchema = z.looseObject({
	'@odata.type': z.string(),
	id: z.string(),
});
export type AuthenticationMethod = z.output<typeof authenticationMethodSchema>;

/** GRAPH.md §4: not for whole-tenant loops (use userRegistrationDetails). Scope UserAuthenticationMethod.Read.All. */
export function listAuthenticationMethods(graph: Graph, userId: string): Promise<AuthenticationMethod[]> {
	return collect(
		graph,
		{
			path: `/users/${segment(userId)}/authentication/methods`,
			scopes: ['UserAuthenticationMethod.Read.All'],
			feature: 'authMethods',
		},
		authenticationMethodSchema,
	);
}

export const perUserMfaStateSchema = z.object({
	perUserMfaState: openEnum(['disabled', 'enabled', 'enforced', 'unknownFutureValue']),
});
export type PerUserMfaState = z.output<typeof perUserMfaStateSchema>['perUserMfaState'];

const requirementsPath = (userId: string) => `/users/${segment(userId)}/authentication/requirements`;

/** Per-user ("legacy") MFA state, BETA only (GRAPH.md §4). Scope Policy.Read.All. */
export async function getPerUserMfaState(graph: Graph, userId: string): Promise<PerUserMfaState> {
	const result = await getOne(
		graph,
		{path: requirementsPath(userId), version: 'beta', scopes: ['Policy.Read.All'], feature: 'perUserMfa'},
		perUserMfaStateSchema,
	);
	return result.perUserMfaState;
}

export interface PerUserMfaResult {
	readonly userId: string;
	/** Undefined when the item failed; `status` says why. */
	readonly state?: PerUserMfaState;
	readonly status: number;
}

/** Per-user MFA for many users: there is no filter across users, so one call each, 20 per $batch, streamed. */
export async function* perUserMfaStates(
	graph: Graph,
	userIds: Iterable<string> | AsyncIterable<string>,
): AsyncGenerator<PerUserMfaResult, void, undefined> {
	async function* items() {
		for await (const id of userIds) yield {id, url: requirementsPath(id)};
	}
	for await (const result of batchStream(graph, items(), {
		version: 'beta',
		scopes: ['Policy.Read.All'],
		feature: 'perUserMfa',
	})) {
		yield toPerUser(result);
	}
}

function toPerUser(result: BatchResult & {id: string}): PerUserMfaResult {
	if (result.status !== 200) return {userId: result.id, status: result.status};
	const body = parseModel(perUserMfaStateSchema, result.body, endpointOf('GET', `/beta${requirementsPath(result.id)}`));
	return {userId: result.id, state: body.perUserMfaState, status: 200};
}

/** Sets per-user MFA (BETA). Scope Policy.ReadWrite.AuthenticationMethod. */
export async function setPerUserMfaState(graph: Graph, userId: string, state: 'disabled' | 'enabled' | 'enforced') {
	await graph.request({
		method: 'PATCH',
		path: requirementsPath(userId),
		version: 'beta',
		body: {perUserMfaState: state},
		scopes: ['Policy.ReadWrite.AuthenticationMethod'],
	});
}

export interface NewUser {
	readonly displayName: string;
	readonly mailNickname: string;
	readonly userPrincipalName: string;
	readonly password: string;
	readonly accountEnabled?: boolean;
	readonly forceChangePasswordNextSignIn?: boolean;
}

/** Scope of account creation and deletion (GRAPH.md §10). */
export const USER_WRITE_SCOPES: readonly string[] = ['User.ReadWrite.All'];

/** Creates a cloud-only user (a break-glass account). Scope User.ReadWrite.All. The password is never logged. */
export async function createUser(graph: Graph, user: NewUser): Promise<User> {
	graph.redactor.add(user.password);
	const response = await graph.request({
		method: 'POST',
		path: '/users',
		body: {
			accountEnabled: user.accountEnabled ?? true,
			displayName: user.displayName,
			mailNickname: user.mailNickname,
			userPrincipalName: user.userPrincipalName,
			passwordProfile: {
				password: user.password,
				forceChangePasswordNextSignIn: user.forceChangePasswordNextSignIn ?? true,
			},
		},
		scopes: USER_WRITE_SCOPES,
	});
	return parseModel(userSchema, response.body, endpointOf('POST', response.url));
}

export interface PasswordReset {
	readonly password: string;
	readonly forceChangePasswordNextSignIn?: boolean;
	/** The user must do MFA before choosing a new password. */
	readonly forceChangePasswordNextSignInWithMfa?: boolean;
}

/**
 * Admin password reset through `passwordProfile` (GRAPH.md §10). Scope User-PasswordProfile.ReadWrite.All, which
 * User.ReadWrite.All does not include. The temporary password is registered with the redactor before anything is sent.
 */
export async function resetPassword(graph: Graph, userId: string, reset: PasswordReset): Promise<void> {
	graph.redactor.add(reset.password);
	await graph.request({
		method: 'PATCH',
		path: `/users/${segment(userId)}`,
		body: {
			passwordProfile: {
				password: reset.password,
				forceChangePasswordNextSignIn: reset.forceChangePasswordNextSignIn ?? true,
				forceChangePasswordNextSignInWithMfa: reset.forceChangePasswordNextSignInWithMfa ?? false,
			},
		},
		scopes: ['User-PasswordProfile.ReadWrite.All'],
	});
}

/** Invalidates the user's refresh tokens and sessions (GRAPH.md §10). Scope User.ReadWrite.All. Safe to repeat. */
export async function revokeSignInSessions(graph: Graph, userId: string): Promise<boolean> {
	const response = await graph.request<{value?: unknown}>({
		method: 'POST',
		path: `/users/${segment(userId)}/revokeSignInSessions`,
		scopes: ['User.ReadWrite.All'],
		idempotent: true,
	});
	return response.body?.value !== false;
}
