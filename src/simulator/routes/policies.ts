/**
 * Policies: security defaults, Conditional Access (policies with validation and the security-defaults conflict,
 * templates), the authentication methods policy and its method configurations, authentication strengths, the
 * authorization policy, and SharePoint's legacy-auth setting. GRAPH.md §4–6, §8, §10.
 */
import {AUTHENTICATION_STRENGTH} from '../../knowledge/auth-methods.js';
import {PRIVILEGED_ROLE_IDS, ROLE} from '../../knowledge/roles.js';
import type {RequestContext, Route, RouteCheckContext} from '../context.js';
import {badRequest, GraphError, notFound} from '../errors.js';
import {contextUrl, respondCollection, respondEntity} from '../odata/collection.js';
import type {FilterSchema} from '../odata/filter.js';
import {stableGuid} from '../rng.js';
import type {CaPolicy, CaState} from '../state.js';
import {
	AUTH_POLICY_ROLES,
	bodyObject,
	CA_WRITE_ROLES,
	created,
	noContent,
	onlyKeys,
	PRIVILEGED_ROLE_ADMIN,
} from './helpers.js';

const CA_STATES: readonly CaState[] = ['enabled', 'disabled', 'enabledForReportingButNotEnforced'];
const CLIENT_APP_TYPES = [
	'all',
	'browser',
	'mobileAppsAndDesktopClients',
	'exchangeActiveSync',
	'easSupported',
	'other',
	'unknownFutureValue',
];
const BUILT_IN_CONTROLS = [
	'block',
	'mfa',
	'compliantDevice',
	'domainJoinedDevice',
	'approvedApplication',
	'compliantApplication',
	'passwordChange',
	'riskRemediation',
	'unknownFutureValue',
];
const SPECIAL_USERS = ['All', 'None', 'GuestsOrExternalUsers'];
const SPECIAL_APPS = ['All', 'None', 'Office365', 'MicrosoftAdminPortals'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges a PATCH body into an object: nested objects merge, arrays and scalars replace. */
export function deepMerge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
	for (const [key, value] of Object.entries(patch)) {
		if (key.startsWith('@odata.')) continue;
		const current = target[key];
		target[key] = isObject(value) && isObject(current) ? deepMerge({...current}, value) : structuredClone(value);
	}
	return target;
}

function stringArray(value: unknown, where: string): string[] {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value) || value.some(v => typeof v !== 'string'))
		throw badRequest(`${where} must be an array of strings.`);
	return value as string[];
}

/** Fills the members Graph always returns, so reads look like Graph's (empty arrays and nulls). */
function normalizePolicy(policy: CaPolicy): CaPolicy {
	const c = (policy.conditions ?? {}) as Record<string, unknown>;
	const users = (c.users ?? {}) as Record<string, unknown>;
	const apps = (c.applications ?? {}) as Record<string, unknown>;
	policy.conditions = {
		userRiskLevels: [],
		signInRiskLevels: [],
		servicePrincipalRiskLevels: [],
		platforms: null,
		locations: null,
		devices: null,
		clientApplications: null,
		authenticationFlows: null,
		...c,
		applications: {
			includeApplications: [],
			excludeApplications: [],
			includeUserActions: [],
			includeAuthenticationContextClassReferences: [],
			applicationFilter: null,
			...apps,
		},
		users: {
			includeUsers: [],
			excludeUsers: [],
			includeGroups: [],
			excludeGroups: [],
			includeRoles: [],
			excludeRoles: [],
			includeGuestsOrExternalUsers: null,
			excludeGuestsOrExternalUsers: null,
			...users,
		},
	};
	if (policy.grantControls) {
		policy.grantControls = {
			customAuthenticationFactors: [],
			termsOfUse: [],
			authenticationStrength: null,
			...policy.grantControls,
		};
	}
	return policy;
}

/** Validates a policy the way Graph does for the members the product sends; messages are Graph-like. */
function validatePolicy(ctx: RequestContext, policy: CaPolicy): void {
	if (typeof policy.displayName !== 'string' || policy.displayName.trim() === '')
		throw badRequest("The 'displayName' property is required.");
	if (!CA_STATES.includes(policy.state))
		throw badRequest(`Invalid value '${String(policy.state)}' for property 'state'.`);
	const conditions = policy.conditions as Record<string, unknown>;
	if (!isObject(conditions)) throw badRequest("The 'conditions' property is required.");
	const users = conditions.users;
	const apps = conditions.applications;
	if (!isObject(users)) throw badRequest("The 'conditions.users' property is required.");
	if (!isObject(apps)) throw badRequest("The 'conditions.applications' property is required.");
	const clientAppTypes = stringArray(conditions.clientAppTypes, 'conditions.clientAppTypes');
	if (clientAppTypes.length === 0) throw badRequest("The 'conditions.clientAppTypes' property is required.");
	for (const value of clientAppTypes) {
		if (!CLIENT_APP_TYPES.includes(value)) {
			throw badRequest(
				`Request value '${value}' in 'conditions.clientAppTypes' does not match the schema of ConditionalAccessPolicy type.`,
			);
		}
	}
	for (const key of ['includeUsers', 'excludeUsers']) {
		for (const id of stringArray(users[key], `conditions.users.${key}`)) {
			if (SPECIAL_USERS.includes(id)) continue;
			if (!GUID.test(id) || !ctx.tenant.user(id))
				throw badRequest(`1009: The user '${id}' in conditions.users.${key} does not exist in the tenant.`);
		}
	}
	for (const key of ['includeGroups', 'excludeGroups']) {
		for (const id of stringArray(users[key], `conditions.users.${key}`)) {
			if (!ctx.tenant.group(id))
				throw badRequest(`1009: The group '${id}' in conditions.users.${key} does not exist in the tenant.`);
		}
	}
	for (const key of ['includeRoles', 'excludeRoles']) {
		for (const id of stringArray(users[key], `conditions.users.${key}`)) {
			if (!GUID.test(id)) throw badRequest(`1009: '${id}' in conditions.users.${key} is not a role template id.`);
		}
	}
	for (const key of ['includeApplications', 'excludeApplications']) {
		for (const id of stringArray(apps[key], `conditions.applications.${key}`)) {
			if (!SPECIAL_APPS.includes(id) && !GUID.test(id))
				throw badRequest(`'${id}' in conditions.applications.${key} is not an application id.`);
		}
	}
	const grant = policy.grantControls;
	if (!grant && !policy.sessionControls) throw badRequest('A policy needs grantControls or sessionControls.');
	if (grant) {
		if (!isObject(grant)) throw badRequest("Invalid 'grantControls'.");
		const operator = grant.operator;
		if (operator !== 'AND' && operator !== 'OR') throw badRequest("grantControls.operator must be 'AND' or 'OR'.");
		const controls = stringArray(grant.builtInControls, 'grantControls.builtInControls');
		for (const control of controls) {
			if (!BUILT_IN_CONTROLS.includes(control))
				throw badRequest(
					`Request value '${control}' in 'grantControls.builtInControls' does not match the schema of ConditionalAccessPolicy type.`,
				);
		}
		const strength = grant.authenticationStrength;
		if (isObject(strength)) {
			if (!STRENGTHS.some(s => s.id === strength.id))
				throw badRequest(`The authentication strength '${String(strength.id)}' does not exist.`);
			// The portal never combines them; the simulator refuses it too (GRAPH.md §6, UNVERIFIED for the API).
			if (controls.includes('mfa'))
				throw badRequest("The 'mfa' control and an authentication strength cannot be combined in one grant.");
		}
		if (
			controls.length === 0 &&
			!isObject(strength) &&
			stringArray(grant.termsOfUse, 'grantControls.termsOfUse').length === 0
		) {
			throw badRequest('grantControls needs at least one control.');
		}
	}
	// Risk conditions are P2 features (GRAPH.md §6; error text as seen from Graph).
	const usesRisk = ['userRiskLevels', 'signInRiskLevels', 'servicePrincipalRiskLevels'].some(
		k => stringArray(conditions[k], `conditions.${k}`).length > 0,
	);
	if (usesRisk && ctx.tenant.licenceTier() !== 'p2') {
		throw badRequest(
			'1039: Cannot create or update policies with premium P2 features. Upgrade to a premium P2 license and try again.',
		);
	}
	if (policy.state === 'enabled' && ctx.tenant.state.securityDefaults.isEnabled) {
		// The security-defaults conflict (GRAPH.md §5; wording community-observed).
		throw badRequest(
			'Security Defaults is enabled in the tenant. Please disable Security Defaults before enabling a Conditional Access policy.',
		);
	}
}

/** CA writes need Entra ID P1 (live tenants answer 403 AccessDenied). */
function caLicence(ctx: RouteCheckContext): GraphError | undefined {
	return ctx.tenant.licenceTier() === 'free'
		? new GraphError(
				403,
				'AccessDenied',
				'Your tenant is not licensed for this feature. Please upgrade your subscription to access it.',
			)
		: undefined;
}

function recordPolicy(ctx: RequestContext, id: string, policy: CaPolicy | null): void {
	ctx.tenant.state.caHistory.push({at: ctx.nowIso, id, policy: policy ? structuredClone(policy) : null});
}

const CA_FILTER: FilterSchema = {
	entity: 'microsoft.graph.conditionalAccessPolicy',
	directory: false,
	or: true,
	not: false,
	properties: {
		id: {type: 'string', ops: ['eq', 'in']},
		displayName: {type: 'string', ops: ['eq', 'startswith']},
		state: {type: 'enum', ops: ['eq', 'ne', 'in']},
		templateId: {type: 'string', ops: ['eq']},
		createdDateTime: {type: 'datetime', ops: ['eq', 'ge', 'le', 'gt', 'lt']},
		modifiedDateTime: {type: 'datetime', ops: ['eq', 'ge', 'le', 'gt', 'lt']},
	},
};

const CA_PATCHABLE = ['displayName', 'state', 'conditions', 'grantControls', 'sessionControls'];

function policyOr404(ctx: RequestContext): CaPolicy {
	const policy = ctx.tenant.state.caPolicies.find(p => p.id === ctx.params.id);
	if (!policy) throw notFound(ctx.params.id!);
	return policy;
}

const ADMIN_ROLES_FOR_TEMPLATE = PRIVILEGED_ROLE_IDS.filter(r => r !== ROLE.teamsAdministrator);

/**
 * Conditional Access templates. Only the admins template id is verified (GRAPH.md §6); the other ids are the
 * simulator's own — the product must look templates up by `name`, as GRAPH.md says.
 */
function templates(): Record<string, unknown>[] {
	const users = (extra: Record<string, unknown>) => ({
		includeUsers: [],
		excludeUsers: ['Current administrator will be excluded'],
		includeGroups: [],
		excludeGroups: [],
		includeRoles: [],
		excludeRoles: [],
		includeGuestsOrExternalUsers: null,
		excludeGuestsOrExternalUsers: null,
		...extra,
	});
	const conditions = (u: Record<string, unknown>, clientAppTypes: string[], apps: string[] = ['All']) => ({
		userRiskLevels: [],
		signInRiskLevels: [],
		clientAppTypes,
		servicePrincipalRiskLevels: [],
		platforms: null,
		locations: null,
		devices: null,
		clientApplications: null,
		applications: {
			includeApplications: apps,
			excludeApplications: [],
			includeUserActions: [],
			includeAuthenticationContextClassReferences: [],
			applicationFilter: null,
		},
		users: users(u),
	});
	const grant = (controls: string[]) => ({
		operator: 'OR',
		builtInControls: controls,
		customAuthenticationFactors: [],
		termsOfUse: [],
		authenticationStrength: null,
	});
	return [
		{
			id: 'c7503427-338e-4c5e-902d-abe252abfb43',
			name: 'Require multifactor authentication for admins',
			description:
				'Require multifactor authentication for privileged administrative accounts to reduce risk of compromise. This policy will target the same roles as security defaults.',
			scenarios: 'secureFoundation,zeroTrust,protectAdmins',
			details: {
				sessionControls: null,
				conditions: conditions({includeRoles: ADMIN_ROLES_FOR_TEMPLATE}, ['all']),
				grantControls: grant(['mfa']),
			},
		},
		{
			id: stableGuid('simulator:ca-template:mfa-all-users'),
			name: 'Require multifactor authentication for all users',
			description: 'Require multifactor authentication for all user accounts to reduce risk of compromise.',
			scenarios: 'secureFoundation,zeroTrust,remoteWork',
			details: {
				sessionControls: null,
				conditions: conditions({includeUsers: ['All']}, ['all']),
				grantControls: grant(['mfa']),
			},
		},
		{
			id: stableGuid('simulator:ca-template:block-legacy'),
			name: 'Block legacy authentication',
			description: 'Block legacy authentication endpoints that can be used to bypass multifactor authentication.',
			scenarios: 'secureFoundation,zeroTrust,remoteWork,protectAdmins',
			details: {
				sessionControls: null,
				conditions: conditions({includeUsers: ['All']}, ['exchangeActiveSync', 'other']),
				grantControls: grant(['block']),
			},
		},
		{
			id: stableGuid('simulator:ca-template:mfa-azure-management'),
			name: 'Require multifactor authentication for Azure management',
			description: 'Require multifactor authentication to protect privileged access to Azure management.',
			scenarios: 'secureFoundation,zeroTrust,protectAdmins',
			details: {
				sessionControls: null,
				conditions: conditions({includeUsers: ['All']}, ['all'], ['797f4846-ba00-4fd7-ba43-dac1f8f63013']),
				grantControls: grant(['mfa']),
			},
		},
		{
			id: stableGuid('simulator:ca-template:secure-registration'),
			name: 'Securing security info registration',
			description:
				'Secure when and how users register for Microsoft Entra multifactor authentication and self-service password reset.',
			scenarios: 'secureFoundation,zeroTrust,remoteWork',
			details: {
				sessionControls: null,
				conditions: {
					...conditions({includeUsers: ['All'], excludeGuestsOrExternalUsers: null}, ['all'], []),
					applications: {
						includeApplications: [],
						excludeApplications: [],
						includeUserActions: ['urn:user:registersecurityinfo'],
						includeAuthenticationContextClassReferences: [],
						applicationFilter: null,
					},
				},
				grantControls: grant(['mfa']),
			},
		},
	];
}

/** The built-in authentication strengths (GRAPH.md §6). */
const STRENGTHS: readonly Record<string, unknown>[] = [
	{
		id: AUTHENTICATION_STRENGTH.multifactor,
		displayName: 'Multifactor authentication',
		description: 'Combinations of methods that satisfy strong authentication, such as a password + SMS',
		policyType: 'builtIn',
		requirementsSatisfied: 'mfa',
		allowedCombinations: [
			'windowsHelloForBusiness',
			'fido2',
			'x509CertificateMultiFactor',
			'deviceBasedPush',
			'temporaryAccessPassOneTime',
			'temporaryAccessPassMultiUse',
			'password,microsoftAuthenticatorPush',
			'password,softwareOath',
			'password,hardwareOath',
			'password,sms',
			'password,voice',
			'federatedMultiFactor',
			'microsoftAuthenticatorPush,federatedSingleFactor',
			'softwareOath,federatedSingleFactor',
			'hardwareOath,federatedSingleFactor',
			'sms,federatedSingleFactor',
			'voice,federatedSingleFactor',
		],
		createdDateTime: '2021-12-01T00:00:00Z',
		modifiedDateTime: '2021-12-01T00:00:00Z',
	},
	{
		id: AUTHENTICATION_STRENGTH.passwordlessMfa,
		displayName: 'Passwordless MFA',
		description:
			'Passwordless methods that satisfy strong authentication, such as Passwordless sign-in with the Microsoft Authenticator',
		policyType: 'builtIn',
		requirementsSatisfied: 'mfa',
		allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor', 'deviceBasedPush'],
		createdDateTime: '2021-12-01T00:00:00Z',
		modifiedDateTime: '2021-12-01T00:00:00Z',
	},
	{
		id: AUTHENTICATION_STRENGTH.phishingResistantMfa,
		displayName: 'Phishing-resistant MFA',
		description:
			'Phishing-resistant, Passwordless methods for the strongest authentication, such as a FIDO2 security key',
		policyType: 'builtIn',
		requirementsSatisfied: 'mfa',
		allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
		createdDateTime: '2021-12-01T00:00:00Z',
		modifiedDateTime: '2021-12-01T00:00:00Z',
	},
];

function methodConfigs(ctx: RequestContext): Record<string, unknown>[] {
	const configs = ctx.tenant.state.authMethodsPolicy.authenticationMethodConfigurations;
	// Hardware OATH configuration exists only in beta (GRAPH.md §4).
	return ctx.version === 'beta' ? configs : configs.filter(c => String(c.id).toLowerCase() !== 'hardwareoath');
}

function checkCampaign(value: unknown): void {
	if (!isObject(value)) throw badRequest('Invalid registrationEnforcement.');
	const campaign = value.authenticationMethodsRegistrationCampaign;
	if (campaign === undefined) return;
	if (!isObject(campaign)) throw badRequest('Invalid authenticationMethodsRegistrationCampaign.');
	if (campaign.state !== undefined && !['default', 'enabled', 'disabled'].includes(String(campaign.state))) {
		throw badRequest(`Invalid value '${String(campaign.state)}' for 'state'.`);
	}
	const snooze = campaign.snoozeDurationInDays;
	if (snooze !== undefined && (typeof snooze !== 'number' || !Number.isInteger(snooze) || snooze < 0 || snooze > 14)) {
		throw badRequest('snoozeDurationInDays must be an integer from 0 to 14.');
	}
	for (const key of ['includeTargets', 'excludeTargets']) {
		const targets = campaign[key];
		if (targets === undefined) continue;
		if (!Array.isArray(targets)) throw badRequest(`${key} must be an array.`);
		for (const t of targets) {
			if (!isObject(t) || typeof t.id !== 'string' || !['user', 'group'].includes(String(t.targetType))) {
				throw badRequest(`Each entry of ${key} needs an id and a targetType of user or group.`);
			}
			if (
				key === 'includeTargets' &&
				t.targetedAuthenticationMethod !== undefined &&
				t.targetedAuthenticationMethod !== 'microsoftAuthenticator'
			) {
				throw badRequest("targetedAuthenticationMethod must be 'microsoftAuthenticator'.");
			}
		}
	}
}

export const policyRoutes: Route[] = [
	{
		method: 'GET',
		pattern: /^\/policies\/identitySecurityDefaultsEnforcementPolicy$/,
		scopes: ['Policy.Read.All'],
		handle: ctx =>
			respondEntity(ctx, 'policies/identitySecurityDefaultsEnforcementPolicy', {...ctx.tenant.state.securityDefaults}),
	},
	{
		method: 'PATCH',
		pattern: /^\/policies\/identitySecurityDefaultsEnforcementPolicy$/,
		scopes: ['Policy.ReadWrite.SecurityDefaults'],
		roles: CA_WRITE_ROLES,
		handle: ctx => {
			const body = bodyObject(ctx);
			onlyKeys(body, ['isEnabled'], 'microsoft.graph.identitySecurityDefaultsEnforcementPolicy');
			if (typeof body.isEnabled !== 'boolean') throw badRequest("The property 'isEnabled' must be true or false.");
			const state = ctx.tenant.state;
			if (body.isEnabled && state.caPolicies.some(p => p.state === 'enabled')) {
				// The reverse conflict: the portal refuses it; the exact Graph error is UNVERIFIED (GRAPH.md §5).
				throw badRequest(
					'Security Defaults cannot be enabled while Conditional Access policies are enabled. Disable those policies first.',
				);
			}
			if (state.securityDefaults.isEnabled !== body.isEnabled) {
				state.securityDefaults.isEnabled = body.isEnabled;
				state.securityDefaultsHistory.push({at: ctx.nowIso, isEnabled: body.isEnabled});
			}
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'GET',
		pattern: /^\/identity\/conditionalAccess\/policies$/,
		scopes: ['Policy.Read.ConditionalAccess'],
		handle: ctx =>
			respondCollection(
				ctx,
				{
					contextName: 'identity/conditionalAccess/policies',
					filter: CA_FILTER,
					directory: false,
					pageSize: 100,
					maxTop: 999,
					orderBy: ['displayName', 'createdDateTime'],
					project: p => structuredClone(p),
				},
				ctx.tenant.state.caPolicies,
			),
	},
	{
		method: 'GET',
		pattern: /^\/identity\/conditionalAccess\/policies\/(?<id>[^/]+)$/,
		scopes: ['Policy.Read.ConditionalAccess'],
		handle: ctx => respondEntity(ctx, 'identity/conditionalAccess/policies', structuredClone(policyOr404(ctx))),
	},
	{
		method: 'POST',
		pattern: /^\/identity\/conditionalAccess\/policies$/,
		// The docs ask for all three for writes (GRAPH.md §6).
		scopes: ['Policy.ReadWrite.ConditionalAccess', 'Policy.Read.All', 'Application.Read.All'],
		roles: CA_WRITE_ROLES,
		licence: caLicence,
		throttle: 'caWrite',
		handle: ctx => {
			const body = bodyObject(ctx);
			onlyKeys(body, [...CA_PATCHABLE, 'templateId'], 'microsoft.graph.conditionalAccessPolicy');
			const policy = normalizePolicy({
				id: ctx.tenant.newId('caPolicy'),
				templateId: typeof body.templateId === 'string' ? body.templateId : null,
				displayName: body.displayName as string,
				createdDateTime: ctx.nowIso,
				modifiedDateTime: null,
				state: body.state as CaState,
				sessionControls: (body.sessionControls as Record<string, unknown> | undefined) ?? null,
				conditions: structuredClone((body.conditions as Record<string, unknown>) ?? {}),
				grantControls: (structuredClone(body.grantControls) as Record<string, unknown> | undefined) ?? null,
			});
			validatePolicy(ctx, policy);
			ctx.tenant.state.caPolicies.push(policy);
			recordPolicy(ctx, policy.id, policy);
			ctx.changed();
			return created({
				'@odata.context': contextUrl(ctx, 'identity/conditionalAccess/policies/$entity'),
				...structuredClone(policy),
			});
		},
	},
	{
		method: 'PATCH',
		pattern: /^\/identity\/conditionalAccess\/policies\/(?<id>[^/]+)$/,
		scopes: ['Policy.ReadWrite.ConditionalAccess', 'Policy.Read.All', 'Application.Read.All'],
		roles: CA_WRITE_ROLES,
		licence: caLicence,
		throttle: 'caWrite',
		handle: ctx => {
			const current = policyOr404(ctx);
			const body = bodyObject(ctx);
			onlyKeys(body, CA_PATCHABLE, 'microsoft.graph.conditionalAccessPolicy');
			const next = normalizePolicy(deepMerge(structuredClone(current), body) as CaPolicy);
			next.modifiedDateTime = ctx.nowIso;
			validatePolicy(ctx, next);
			const state = ctx.tenant.state;
			state.caPolicies = state.caPolicies.map(p => (p.id === next.id ? next : p));
			recordPolicy(ctx, next.id, next);
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'DELETE',
		pattern: /^\/identity\/conditionalAccess\/policies\/(?<id>[^/]+)$/,
		scopes: ['Policy.ReadWrite.ConditionalAccess', 'Policy.Read.All', 'Application.Read.All'],
		roles: CA_WRITE_ROLES,
		throttle: 'caWrite',
		handle: ctx => {
			const policy = policyOr404(ctx);
			const state = ctx.tenant.state;
			state.caPolicies = state.caPolicies.filter(p => p !== policy);
			recordPolicy(ctx, policy.id, null);
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'GET',
		pattern: /^\/identity\/conditionalAccess\/templates$/,
		scopes: ['Policy.Read.All'],
		handle: ctx =>
			respondCollection(
				ctx,
				{
					contextName: 'identity/conditionalAccess/templates',
					filter: {
						entity: 'microsoft.graph.conditionalAccessTemplate',
						directory: false,
						or: true,
						not: false,
						properties: {name: {type: 'string', ops: ['eq', 'startswith']}, id: {type: 'string', ops: ['eq']}},
					},
					directory: false,
					pageSize: 100,
					project: t => t,
				},
				templates(),
			),
	},
	{
		method: 'GET',
		pattern: /^\/identity\/conditionalAccess\/templates\/(?<id>[^/]+)$/,
		scopes: ['Policy.Read.All'],
		handle: ctx => {
			const template = templates().find(t => t.id === ctx.params.id);
			if (!template) throw notFound(ctx.params.id!);
			return respondEntity(ctx, 'identity/conditionalAccess/templates', template);
		},
	},
	{
		method: 'GET',
		pattern: /^\/policies\/authenticationStrengthPolicies$/,
		scopes: ['Policy.Read.All'],
		handle: ctx =>
			respondCollection(
				ctx,
				{
					contextName: 'policies/authenticationStrengthPolicies',
					filter: {
						entity: 'microsoft.graph.authenticationStrengthPolicy',
						directory: false,
						or: true,
						not: false,
						properties: {policyType: {type: 'enum', ops: ['eq']}, id: {type: 'string', ops: ['eq']}},
					},
					directory: false,
					pageSize: 100,
					project: s => ({...s}),
				},
				STRENGTHS,
			),
	},
	{
		method: 'GET',
		pattern: /^\/policies\/authenticationStrengthPolicies\/(?<id>[^/]+)$/,
		scopes: ['Policy.Read.All'],
		handle: ctx => {
			const strength = STRENGTHS.find(s => s.id === ctx.params.id);
			if (!strength) throw notFound(ctx.params.id!);
			return respondEntity(ctx, 'policies/authenticationStrengthPolicies', {...strength});
		},
	},
	{
		method: 'GET',
		pattern: /^\/policies\/authenticationMethodsPolicy$/,
		scopes: ['Policy.Read.All'],
		handle: ctx => {
			const policy = structuredClone(ctx.tenant.state.authMethodsPolicy);
			policy.authenticationMethodConfigurations = methodConfigs(ctx);
			return respondEntity(ctx, 'policies/authenticationMethodsPolicy', policy);
		},
	},
	{
		method: 'PATCH',
		pattern: /^\/policies\/authenticationMethodsPolicy$/,
		scopes: ['Policy.ReadWrite.AuthenticationMethod'],
		roles: AUTH_POLICY_ROLES,
		handle: ctx => {
			const body = bodyObject(ctx);
			onlyKeys(
				body,
				[
					'registrationEnforcement',
					'reconfirmationInDays',
					'description',
					'policyMigrationState',
					'systemCredentialPreferences',
					'reportSuspiciousActivitySettings',
				],
				'microsoft.graph.authenticationMethodsPolicy',
			);
			if (body.registrationEnforcement !== undefined) checkCampaign(body.registrationEnforcement);
			if (
				body.policyMigrationState !== undefined &&
				!['preMigration', 'migrationInProgress', 'migrationComplete'].includes(String(body.policyMigrationState))
			) {
				throw badRequest(`Invalid value '${String(body.policyMigrationState)}' for 'policyMigrationState'.`);
			}
			const policy = ctx.tenant.state.authMethodsPolicy;
			deepMerge(policy, body);
			policy.lastModifiedDateTime = ctx.nowIso;
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'GET',
		pattern: /^\/policies\/authenticationMethodsPolicy\/authenticationMethodConfigurations\/(?<id>[^/]+)$/,
		scopes: ['Policy.Read.All'],
		handle: ctx => {
			const config = methodConfigs(ctx).find(c => String(c.id).toLowerCase() === ctx.params.id!.toLowerCase());
			if (!config) throw notFound(ctx.params.id!);
			return respondEntity(
				ctx,
				'policies/authenticationMethodsPolicy/authenticationMethodConfigurations',
				structuredClone(config),
			);
		},
	},
	{
		method: 'PATCH',
		pattern: /^\/policies\/authenticationMethodsPolicy\/authenticationMethodConfigurations\/(?<id>[^/]+)$/,
		scopes: ['Policy.ReadWrite.AuthenticationMethod'],
		roles: AUTH_POLICY_ROLES,
		handle: ctx => {
			const config = methodConfigs(ctx).find(c => String(c.id).toLowerCase() === ctx.params.id!.toLowerCase());
			if (!config) throw notFound(ctx.params.id!);
			const body = bodyObject(ctx);
			// Graph needs the derived type named in the body of a method-configuration update.
			if (body['@odata.type'] !== config['@odata.type']) {
				throw badRequest(`The request body must name '@odata.type': '${String(config['@odata.type'])}'.`);
			}
			if (body.state !== undefined && body.state !== 'enabled' && body.state !== 'disabled')
				throw badRequest(`Invalid value '${String(body.state)}' for 'state'.`);
			for (const key of ['includeTargets', 'excludeTargets']) {
				if (body[key] !== undefined && !Array.isArray(body[key])) throw badRequest(`${key} must be an array.`);
			}
			deepMerge(config, body);
			ctx.tenant.state.authMethodsPolicy.lastModifiedDateTime = ctx.nowIso;
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'GET',
		pattern: /^\/policies\/authorizationPolicy$/,
		scopes: ['Policy.Read.All'],
		handle: ctx => {
			const policy = structuredClone(ctx.tenant.state.authorizationPolicy);
			// Beta returns the authorization policy as a collection; v1.0 as a single object.
			return ctx.version === 'beta'
				? {status: 200, body: {'@odata.context': contextUrl(ctx, 'policies/authorizationPolicy'), value: [policy]}}
				: respondEntity(ctx, 'policies/authorizationPolicy', policy);
		},
	},
	{
		method: 'PATCH',
		pattern: /^\/policies\/authorizationPolicy(?:\/authorizationPolicy)?$/,
		scopes: ['Policy.ReadWrite.Authorization'],
		roles: PRIVILEGED_ROLE_ADMIN,
		handle: ctx => {
			const body = bodyObject(ctx);
			onlyKeys(
				body,
				[
					'allowedToUseSSPR',
					'blockMsolPowerShell',
					'allowInvitesFrom',
					'allowEmailVerifiedUsersToJoinOrganization',
					'allowedToSignUpEmailBasedSubscriptions',
					'defaultUserRolePermissions',
					'guestUserRoleId',
					'description',
					'displayName',
				],
				'microsoft.graph.authorizationPolicy',
			);
			for (const key of ['allowedToUseSSPR', 'blockMsolPowerShell']) {
				if (body[key] !== undefined && typeof body[key] !== 'boolean')
					throw badRequest(`The property '${key}' must be true or false.`);
			}
			deepMerge(ctx.tenant.state.authorizationPolicy, body);
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'GET',
		pattern: /^\/admin\/sharepoint\/settings$/,
		scopes: ['SharePointTenantSettings.Read.All'],
		handle: ctx =>
			respondEntity(ctx, 'admin/sharepoint/settings', {
				isLegacyAuthProtocolsEnabled: true,
				isResharingByExternalUsersEnabled: false,
				sharingCapability: 'externalUserAndGuestSharing',
				tenantDefaultTimezone: '(UTC+09:00) Seoul',
			}),
	},
];

export {STRENGTHS as AUTHENTICATION_STRENGTHS};
