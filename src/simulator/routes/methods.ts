/**
 * A user's authentication methods (list, per-type collections, delete, TAP / phone / email creation, password reset
 * as a long-running operation) and the beta per-user MFA state. GRAPH.md §4, §10.
 * https://learn.microsoft.com/graph/api/resources/authenticationmethods-overview
 */
import {randomBytes} from 'node:crypto';
import {PASSWORD_METHOD_ID} from '../../knowledge/auth-methods.js';
import {ROLE} from '../../knowledge/roles.js';
import type {RequestContext, Route, RouteCheckContext} from '../context.js';
import {badRequest, notFound} from '../errors.js';
import {contextUrl, respondEntity} from '../odata/collection.js';
import type {AuthMethod, MethodType, PerUserMfaState, SimUser} from '../state.js';
import {METHOD_ODATA_TYPE} from '../tenant.js';
import {
	AUTH_METHOD_ROLES,
	bodyObject,
	conflict,
	created,
	noContent,
	PRIVILEGED_USER_ROLES,
	userOr404,
} from './helpers.js';

/** The per-type collection segment for each method type. */
const SEGMENT: Readonly<Record<MethodType, string>> = {
	password: 'passwordMethods',
	microsoftAuthenticator: 'microsoftAuthenticatorMethods',
	phone: 'phoneMethods',
	fido2: 'fido2Methods',
	softwareOath: 'softwareOathMethods',
	hardwareOath: 'hardwareOathMethods',
	temporaryAccessPass: 'temporaryAccessPassMethods',
	email: 'emailMethods',
	windowsHelloForBusiness: 'windowsHelloForBusinessMethods',
};
const TYPE_BY_SEGMENT = new Map(
	Object.entries(SEGMENT).map(([type, segment]) => [segment.toLowerCase(), type as MethodType]),
);
const SEGMENTS = Object.values(SEGMENT).join('|');

export function methodJson(method: AuthMethod, now: number): Record<string, unknown> {
	const base: Record<string, unknown> = {'@odata.type': METHOD_ODATA_TYPE[method.type], id: method.id};
	switch (method.type) {
		case 'password':
			return {...base, password: null, createdDateTime: method.createdDateTime};
		case 'microsoftAuthenticator':
			return {
				...base,
				displayName: method.displayName ?? null,
				deviceTag: method.deviceTag ?? null,
				phoneAppVersion: method.phoneAppVersion ?? null,
				createdDateTime: method.createdDateTime,
			};
		case 'phone':
			return {
				...base,
				phoneNumber: method.phoneNumber ?? null,
				phoneType: method.phoneType ?? 'mobile',
				smsSignInState: 'notAllowedByPolicy',
			};
		case 'fido2':
			return {
				...base,
				displayName: method.displayName ?? null,
				createdDateTime: method.createdDateTime,
				aaGuid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8',
				model: method.model ?? null,
				attestationCertificates: [],
				attestationLevel: 'attested',
			};
		case 'softwareOath':
			return {...base, secretKey: null};
		case 'hardwareOath':
			return {
				...base,
				displayName: method.displayName ?? null,
				serialNumber: '00000000',
				manufacturer: 'Token vendor',
				model: 'OATH-TOTP',
			};
		case 'temporaryAccessPass': {
			const start = Date.parse(method.startDateTime ?? method.createdDateTime);
			const end = start + (method.lifetimeInMinutes ?? 60) * 60_000;
			const usable = now >= start && now < end;
			return {
				...base,
				temporaryAccessPass: null,
				createdDateTime: method.createdDateTime,
				startDateTime: method.startDateTime ?? method.createdDateTime,
				lifetimeInMinutes: method.lifetimeInMinutes ?? 60,
				isUsableOnce: method.isUsableOnce ?? false,
				isUsable: usable,
				methodUsabilityReason: usable ? 'EnabledByPolicy' : now < start ? 'NotYetValid' : 'Expired',
			};
		}
		case 'email':
			return {...base, emailAddress: method.emailAddress ?? null};
		case 'windowsHelloForBusiness':
			return {
				...base,
				displayName: method.displayName ?? null,
				createdDateTime: method.createdDateTime,
				keyStrength: 'normal',
			};
	}
}

/** hardwareOath methods are beta-only (GRAPH.md §4): v1.0 leaves them out of the list. */
function visible(ctx: RequestContext, method: AuthMethod): boolean {
	return ctx.version === 'beta' || method.type !== 'hardwareOath';
}

const targetIsAdmin = (ctx: RouteCheckContext): boolean => {
	const target = ctx.tenant.user(ctx.params.id ?? '');
	return !!target && ctx.tenant.isAdmin(target.id);
};

const methodWriteRoles = (ctx: RouteCheckContext) => (targetIsAdmin(ctx) ? PRIVILEGED_USER_ROLES : AUTH_METHOD_ROLES);

function listMethods(ctx: RequestContext, user: SimUser, type?: MethodType) {
	const value = user.sim.methods
		.filter(m => visible(ctx, m) && (!type || m.type === type))
		.map(m => methodJson(m, ctx.now));
	return {
		status: 200,
		body: {
			'@odata.context': contextUrl(ctx, `users('${user.id}')/authentication/${type ? SEGMENT[type] : 'methods'}`),
			value,
		},
	};
}

function createMethod(ctx: RequestContext, user: SimUser, type: MethodType) {
	const body = bodyObject(ctx);
	let method: AuthMethod;
	let secret: string | undefined;
	switch (type) {
		case 'temporaryAccessPass': {
			// Graph refuses a TAP while the method is disabled in the authentication methods policy.
			if (ctx.tenant.methodConfigState('temporaryAccessPass') !== 'enabled') {
				throw badRequest(
					'The Temporary Access Pass authentication method is not enabled by the authentication methods policy for this user.',
				);
			}
			if (user.sim.methods.some(m => m.type === 'temporaryAccessPass'))
				throw conflict('The user already has a Temporary Access Pass. Delete it before creating a new one.');
			const config =
				ctx.tenant.state.authMethodsPolicy.authenticationMethodConfigurations.find(
					c => c.id === 'TemporaryAccessPass',
				) ?? {};
			const min = Number(config.minimumLifetimeInMinutes ?? 60);
			const max = Number(config.maximumLifetimeInMinutes ?? 480);
			const lifetime =
				body.lifetimeInMinutes === undefined
					? Number(config.defaultLifetimeInMinutes ?? 60)
					: Number(body.lifetimeInMinutes);
			if (!Number.isInteger(lifetime) || lifetime < min || lifetime > max)
				throw badRequest(`lifetimeInMinutes must be between ${min} and ${max}.`);
			const start = typeof body.startDateTime === 'string' ? body.startDateTime : ctx.nowIso;
			method = {
				id: ctx.tenant.newId('tap'),
				type,
				createdDateTime: ctx.nowIso,
				startDateTime: start,
				lifetimeInMinutes: lifetime,
				isUsableOnce: body.isUsableOnce === true,
			};
			// The pass is returned once, in this response, and never stored.
			const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@#$%';
			secret = [...randomBytes(Number(config.defaultLength ?? 8))].map(b => alphabet[b % alphabet.length]).join('');
			break;
		}
		case 'phone': {
			const phoneNumber = body.phoneNumber;
			const phoneType = body.phoneType ?? 'mobile';
			if (typeof phoneNumber !== 'string' || !/^\+\d{1,3} \d{4,14}(x\d+)?$/.test(phoneNumber)) {
				throw badRequest("phoneNumber must look like '+{country code} {number}x{extension}'.");
			}
			if (!['mobile', 'alternateMobile', 'office'].includes(String(phoneType)))
				throw badRequest(`Invalid phoneType '${String(phoneType)}'.`);
			if (user.sim.methods.some(m => m.type === 'phone' && m.phoneType === phoneType))
				throw conflict(`The user already has a ${String(phoneType)} phone method.`);
			const ids = {
				mobile: '3179e48a-750b-4051-897c-87b9720928f7',
				alternateMobile: 'b6332ec1-7057-4abe-9331-3d72feddfe41',
				office: 'e37fc753-ff3b-4958-9484-eaa9425c82bc',
			} as const;
			method = {
				id: ids[phoneType as keyof typeof ids],
				type,
				createdDateTime: ctx.nowIso,
				phoneNumber,
				phoneType: phoneType as AuthMethod['phoneType'],
			};
			break;
		}
		case 'email': {
			if (typeof body.emailAddress !== 'string' || !body.emailAddress.includes('@'))
				throw badRequest('emailAddress is required.');
			if (user.sim.methods.some(m => m.type === 'email')) throw conflict('The user already has an email method.');
			method = {id: ctx.tenant.newId('email'), type, createdDateTime: ctx.nowIso, emailAddress: body.emailAddress};
			break;
		}
		default:
			throw badRequest(`Methods of type ${SEGMENT[type]} are registered by the user, not created through Graph.`);
	}
	user.sim.methods.push(method);
	ctx.changed();
	const json = methodJson(method, ctx.now);
	if (secret !== undefined) json.temporaryAccessPass = secret;
	return created({
		'@odata.context': contextUrl(ctx, `users('${user.id}')/authentication/${SEGMENT[type]}/$entity`),
		...json,
	});
}

/** Password resets through the password method run as long operations (202 + Location); they finish at once here. */
type Operations = Map<string, {userId: string; createdDateTime: string}>;
function operationsOf(ctx: RequestContext): Operations {
	let ops = ctx.core.memory.get('resetPasswordOperations') as Operations | undefined;
	if (!ops) {
		ops = new Map();
		ctx.core.memory.set('resetPasswordOperations', ops);
	}
	return ops;
}

const MFA_STATES: readonly PerUserMfaState[] = ['disabled', 'enabled', 'enforced'];

export const methodRoutes: Route[] = [
	{
		method: 'GET',
		pattern: /^\/users\/(?<id>[^/]+)\/authentication\/methods$/,
		scopes: ['UserAuthenticationMethod.Read.All'],
		cost: 2,
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			ctx.core.notify({kind: 'methods-read', userId: user.id});
			return listMethods(ctx, user);
		},
	},
	{
		method: 'GET',
		pattern: /^\/users\/(?<id>[^/]+)\/authentication\/methods\/(?<mid>[^/]+)$/,
		scopes: ['UserAuthenticationMethod.Read.All'],
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			const method = user.sim.methods.find(m => m.id === ctx.params.mid && visible(ctx, m));
			if (!method) throw notFound(ctx.params.mid!);
			return respondEntity(ctx, `users('${user.id}')/authentication/methods`, methodJson(method, ctx.now));
		},
	},
	{
		method: 'POST',
		pattern: new RegExp(`^/users/(?<id>[^/]+)/authentication/methods/(?<mid>${PASSWORD_METHOD_ID})/resetPassword$`),
		scopes: ['UserAuthenticationMethod.ReadWrite.All'],
		delegatedOnly: true,
		roles: ctx =>
			targetIsAdmin(ctx)
				? PRIVILEGED_USER_ROLES
				: {
						roles: [
							ROLE.helpdeskAdministrator,
							ROLE.passwordAdministrator,
							ROLE.authenticationAdministrator,
							ROLE.userAdministrator,
							ROLE.privilegedAuthenticationAdministrator,
						],
						detail: 'Authentication, Helpdesk, Password, User or Privileged Authentication Administrator',
					},
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			if (user.id === ctx.principal.userId)
				throw badRequest('An administrator cannot reset their own password with this API.');
			const body = ctx.body === undefined ? {} : bodyObject(ctx);
			if (body.newPassword !== undefined && (typeof body.newPassword !== 'string' || body.newPassword.length < 8)) {
				throw badRequest('The specified password does not comply with password complexity requirements.');
			}
			user.lastPasswordChangeDateTime = ctx.nowIso;
			user.signInSessionsValidFromDateTime = ctx.nowIso;
			user.sim.forceChangePasswordNextSignIn = true;
			ctx.changed();
			const operationId = ctx.tenant.newId('operation');
			operationsOf(ctx).set(operationId, {userId: user.id, createdDateTime: ctx.nowIso});
			return {
				status: 202,
				headers: {
					Location: `${ctx.origin}/${ctx.version}/users/${user.id}/authentication/operations/${operationId}`,
					'Retry-After': '1',
				},
			};
		},
	},
	{
		method: 'GET',
		pattern: /^\/users\/(?<id>[^/]+)\/authentication\/operations\/(?<op>[^/]+)$/,
		scopes: ['UserAuthenticationMethod.Read.All'],
		handle: ctx => {
			const op = operationsOf(ctx).get(ctx.params.op!);
			if (!op) throw notFound(ctx.params.op!);
			return respondEntity(ctx, `users('${op.userId}')/authentication/operations`, {
				id: ctx.params.op,
				createdDateTime: op.createdDateTime,
				lastActionDateTime: op.createdDateTime,
				status: 'succeeded',
				statusDetail: null,
				resourceLocation: `${ctx.origin}/${ctx.version}/users/${op.userId}/authentication/passwordMethods/${PASSWORD_METHOD_ID}`,
			});
		},
	},
	{
		method: 'GET',
		pattern: new RegExp(`^/users/(?<id>[^/]+)/authentication/(?<segment>${SEGMENTS})$`),
		scopes: ['UserAuthenticationMethod.Read.All'],
		handle: ctx => {
			const type = TYPE_BY_SEGMENT.get(ctx.params.segment!.toLowerCase())!;
			if (type === 'hardwareOath' && ctx.version === 'v1.0')
				throw badRequest("Resource not found for the segment 'hardwareOathMethods'.");
			return listMethods(ctx, userOr404(ctx, ctx.params.id!), type);
		},
	},
	{
		method: 'GET',
		pattern: new RegExp(`^/users/(?<id>[^/]+)/authentication/(?<segment>${SEGMENTS})/(?<mid>[^/]+)$`),
		scopes: ['UserAuthenticationMethod.Read.All'],
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			const type = TYPE_BY_SEGMENT.get(ctx.params.segment!.toLowerCase())!;
			const method = user.sim.methods.find(m => m.type === type && m.id === ctx.params.mid);
			if (!method) throw notFound(ctx.params.mid!);
			return respondEntity(ctx, `users('${user.id}')/authentication/${SEGMENT[type]}`, methodJson(method, ctx.now));
		},
	},
	{
		method: 'POST',
		pattern: new RegExp(`^/users/(?<id>[^/]+)/authentication/(?<segment>${SEGMENTS})$`),
		scopes: ['UserAuthenticationMethod.ReadWrite.All'],
		roles: methodWriteRoles,
		handle: ctx =>
			createMethod(ctx, userOr404(ctx, ctx.params.id!), TYPE_BY_SEGMENT.get(ctx.params.segment!.toLowerCase())!),
	},
	{
		method: 'DELETE',
		pattern: new RegExp(`^/users/(?<id>[^/]+)/authentication/(?<segment>${SEGMENTS})/(?<mid>[^/]+)$`),
		scopes: ['UserAuthenticationMethod.ReadWrite.All'],
		roles: methodWriteRoles,
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			const type = TYPE_BY_SEGMENT.get(ctx.params.segment!.toLowerCase())!;
			if (type === 'password') throw badRequest('The password method cannot be deleted.');
			const method = user.sim.methods.find(m => m.type === type && m.id === ctx.params.mid);
			if (!method) throw notFound(ctx.params.mid!);
			user.sim.methods = user.sim.methods.filter(m => m !== method);
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'GET',
		pattern: /^\/users\/(?<id>[^/]+)\/authentication\/requirements$/,
		betaOnly: true,
		scopes: ['Policy.Read.All'],
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			return respondEntity(ctx, `users('${user.id}')/authentication/requirements`, {
				perUserMfaState: user.sim.perUserMfaState,
			});
		},
	},
	{
		method: 'PATCH',
		pattern: /^\/users\/(?<id>[^/]+)\/authentication\/requirements$/,
		betaOnly: true,
		scopes: ['Policy.ReadWrite.AuthenticationMethod'],
		roles: ctx =>
			targetIsAdmin(ctx)
				? PRIVILEGED_USER_ROLES
				: {
						roles: [
							ROLE.authenticationPolicyAdministrator,
							ROLE.authenticationAdministrator,
							ROLE.privilegedAuthenticationAdministrator,
						],
						detail: 'Authentication Policy Administrator, Authentication Administrator',
					},
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			const body = bodyObject(ctx);
			const state = body.perUserMfaState;
			if (typeof state !== 'string' || !MFA_STATES.includes(state as PerUserMfaState)) {
				throw badRequest(`Invalid value '${String(state)}' for 'perUserMfaState'.`);
			}
			// Enabling per-user MFA for someone who already has a method makes it "enforced" (GRAPH.md §4).
			user.sim.perUserMfaState =
				state === 'enabled' && ctx.tenant.isMfaRegistered(user) ? 'enforced' : (state as PerUserMfaState);
			ctx.changed();
			return noContent;
		},
	},
];
