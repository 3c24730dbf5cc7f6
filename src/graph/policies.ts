/**
 * Tenant-wide policies (GRAPH.md §4, §5, §6, §10): security defaults, the authentication methods policy,
 * authentication strengths and the authorization policy (SSPR for admins, MSOnline PowerShell).
 * Objects a change may be undone to keep every field they came with (loose objects).
 */
import {z} from 'zod';
import type {Graph} from './client.js';
import {segment} from './odata.js';
import {collect, getOne} from './paging.js';
import {endpointOf, list, openEnum, opt, parseModel} from './schema.js';

export const securityDefaultsSchema = z.object({
	id: opt(z.string()),
	displayName: opt(z.string()),
	description: opt(z.string()),
	isEnabled: z.boolean(),
});
export type SecurityDefaults = z.output<typeof securityDefaultsSchema>;

const SECURITY_DEFAULTS = '/policies/identitySecurityDefaultsEnforcementPolicy';
export const SECURITY_DEFAULTS_PATH = SECURITY_DEFAULTS;
/** GRAPH.md §5: the doc's "least" column is a quirk; this is the write scope to request. */
export const SECURITY_DEFAULTS_WRITE_SCOPES: readonly string[] = ['Policy.ReadWrite.SecurityDefaults'];

/** Scope Policy.Read.All. */
export function getSecurityDefaults(graph: Graph): Promise<SecurityDefaults> {
	return getOne(graph, {path: SECURITY_DEFAULTS, scopes: ['Policy.Read.All']}, securityDefaultsSchema);
}

/** Scope Policy.ReadWrite.SecurityDefaults (GRAPH.md §5: the doc's "least" column is a quirk). */
export async function setSecurityDefaults(graph: Graph, isEnabled: boolean): Promise<void> {
	await graph.request({
		method: 'PATCH',
		path: SECURITY_DEFAULTS,
		body: {isEnabled},
		scopes: SECURITY_DEFAULTS_WRITE_SCOPES,
	});
}

const targetSchema = z.looseObject({id: z.string(), targetType: opt(z.string())});

export const authMethodConfigurationSchema = z.looseObject({
	'@odata.type': opt(z.string()),
	id: z.string(),
	state: opt(openEnum(['enabled', 'disabled'])),
	includeTargets: list(targetSchema),
	excludeTargets: list(targetSchema),
});
export type AuthMethodConfiguration = z.output<typeof authMethodConfigurationSchema>;

export const authenticationMethodsPolicySchema = z.looseObject({
	id: opt(z.string()),
	displayName: opt(z.string()),
	policyVersion: opt(z.string()),
	policyMigrationState: opt(
		openEnum(['preMigration', 'migrationInProgress', 'migrationComplete', 'unknownFutureValue']),
	),
	registrationEnforcement: opt(
		z.looseObject({
			authenticationMethodsRegistrationCampaign: opt(
				z.looseObject({
					state: opt(openEnum(['default', 'enabled', 'disabled'])),
					snoozeDurationInDays: opt(z.number()),
					includeTargets: list(targetSchema),
					excludeTargets: list(targetSchema),
				}),
			),
		}),
	),
	authenticationMethodConfigurations: list(authMethodConfigurationSchema),
});
export type AuthenticationMethodsPolicy = z.output<typeof authenticationMethodsPolicySchema>;

const METHODS_POLICY = '/policies/authenticationMethodsPolicy';

/** Scope Policy.Read.All. */
export function getAuthenticationMethodsPolicy(graph: Graph): Promise<AuthenticationMethodsPolicy> {
	return getOne(graph, {path: METHODS_POLICY, scopes: ['Policy.Read.All']}, authenticationMethodsPolicySchema);
}

/** Scope Policy.ReadWrite.AuthenticationMethod. */
export async function updateAuthenticationMethodsPolicy(graph: Graph, patch: Record<string, unknown>): Promise<void> {
	await graph.request({
		method: 'PATCH',
		path: METHODS_POLICY,
		body: patch,
		scopes: ['Policy.ReadWrite.AuthenticationMethod'],
	});
}

/** One method's configuration (`Fido2`, `MicrosoftAuthenticator`, `HardwareOath` on beta…). */
export async function updateAuthenticationMethodConfiguration(
	graph: Graph,
	id: string,
	patch: Record<string, unknown>,
	options: {beta?: boolean} = {},
): Promise<void> {
	await graph.request({
		method: 'PATCH',
		path: `${METHODS_POLICY}/authenticationMethodConfigurations/${segment(id)}`,
		version: options.beta ? 'beta' : 'v1.0',
		body: patch,
		scopes: ['Policy.ReadWrite.AuthenticationMethod'],
	});
}

export const authenticationStrengthSchema = z.object({
	id: z.string(),
	displayName: opt(z.string()),
	description: opt(z.string()),
	policyType: opt(openEnum(['builtIn', 'custom', 'unknownFutureValue'])),
	allowedCombinations: list(z.string()),
});
export type AuthenticationStrength = z.output<typeof authenticationStrengthSchema>;

/** Built-in and custom strengths (GRAPH.md §6). Scope Policy.Read.All. */
export function listAuthenticationStrengths(graph: Graph): Promise<AuthenticationStrength[]> {
	return collect(
		graph,
		{path: '/policies/authenticationStrengthPolicies', scopes: ['Policy.Read.All']},
		authenticationStrengthSchema,
	);
}

export const authorizationPolicySchema = z.looseObject({
	id: opt(z.string()),
	allowedToUseSSPR: opt(z.boolean()),
	blockMsolPowerShell: opt(z.boolean()),
	allowEmailVerifiedUsersToJoinOrganization: opt(z.boolean()),
	defaultUserRolePermissions: opt(z.looseObject({})),
});
export type AuthorizationPolicy = z.output<typeof authorizationPolicySchema>;

/** Scope Policy.Read.All. Graph answers a single object (older tenants: a one-item collection). */
export async function getAuthorizationPolicy(graph: Graph): Promise<AuthorizationPolicy> {
	const response = await graph.request<unknown>({path: '/policies/authorizationPolicy', scopes: ['Policy.Read.All']});
	const body = response.body as {value?: unknown[]};
	const single = Array.isArray(body?.value) ? body.value[0] : response.body;
	return parseModel(authorizationPolicySchema, single, endpointOf('GET', response.url));
}

/** `allowedToUseSSPR` (SSPR for admins) and `blockMsolPowerShell`. Scope Policy.ReadWrite.Authorization. */
export async function updateAuthorizationPolicy(
	graph: Graph,
	patch: {allowedToUseSSPR?: boolean; blockMsolPowerShell?: boolean},
): Promise<void> {
	await graph.request({
		method: 'PATCH',
		path: '/policies/authorizationPolicy',
		body: patch,
		scopes: ['Policy.ReadWrite.Authorization'],
	});
}
