/**
 * Directory routes: organization, subscribedSkus, users (+ create, update incl. password reset, delete, revoke
 * sessions, memberOf), /me, groups (+ members, transitive members, $ref), directoryObjects, service principals and
 * applications. https://learn.microsoft.com/graph/api/resources/user, …/group, …/serviceprincipal, …/application
 */
import type {RequestContext, Route, RouteCheckContext, RouteResult} from '../context.js';
import {badRequest, GraphError, nonPremiumTenant, notFound} from '../errors.js';
import {
	type CollectionSpec,
	compileQueryFilter,
	contextUrl,
	isEventual,
	readOption,
	respondCollection,
	respondEntity,
} from '../odata/collection.js';
import type {FilterSchema, PropertySpec} from '../odata/filter.js';
import {objectPath} from '../odata/filter.js';
import {iso} from '../scenarios/common.js';
import type {SimApplication, SimGroup, SimServicePrincipal, SimUser} from '../state.js';
import {
	APP_ROLES,
	bodyObject,
	checkPassword,
	conflict,
	created,
	directoryObjectJson,
	groupJson,
	groupOr404,
	noContent,
	onlyKeys,
	PASSWORD_RESET_ROLES,
	PRIVILEGED_ROLE_ADMIN,
	PRIVILEGED_USER_ROLES,
	referencedId,
	requireBoolean,
	requireString,
	USER_ADMIN_ROLES,
	userJson,
	userOr404,
} from './helpers.js';

const str = (extra: Partial<PropertySpec> = {}): PropertySpec => ({
	type: 'string',
	ops: ['eq', 'startswith', 'in'],
	advancedOps: ['ne', 'endswith'],
	...extra,
});
const bool: PropertySpec = {type: 'boolean', ops: ['eq'], advancedOps: ['ne']};
// createdDateTime: eq/ge/le per the resource docs; the rest only in advanced queries.
const advancedDate: PropertySpec = {type: 'datetime', ops: ['eq', 'ge', 'le'], advancedOps: ['ne', 'gt', 'lt']};
const activityDate: PropertySpec = {type: 'datetime', ops: ['eq', 'ge', 'le', 'gt', 'lt']};

/** User properties filterable in Graph (https://learn.microsoft.com/graph/aad-advanced-queries, user table). */
export const USER_FILTER: FilterSchema = {
	entity: 'microsoft.graph.user',
	directory: true,
	or: true,
	not: 'advanced',
	properties: {
		id: {type: 'string', ops: ['eq', 'in'], advancedOps: ['ne']},
		userPrincipalName: str(),
		displayName: str(),
		mail: str(),
		mailNickname: str(),
		givenName: str(),
		surname: str(),
		jobTitle: str(),
		department: str(),
		companyName: str(),
		officeLocation: str(),
		usageLocation: str(),
		preferredLanguage: str(),
		mobilePhone: str(),
		userType: {type: 'string', ops: ['eq', 'in'], advancedOps: ['ne']},
		externalUserState: {type: 'string', ops: ['eq', 'in'], advancedOps: ['ne']},
		creationType: {type: 'string', ops: ['eq'], advancedOps: ['ne']},
		accountEnabled: bool,
		onPremisesSyncEnabled: bool,
		createdDateTime: advancedDate,
		businessPhones: {type: 'string', ops: ['eq'], collection: true, countable: true},
		assignedLicenses: {
			type: 'guid',
			ops: [],
			collection: true,
			countable: true,
			item: {skuId: {type: 'guid', ops: ['eq'], advancedOps: ['ne']}},
		},
		'signInActivity/lastSignInDateTime': activityDate,
		'signInActivity/lastNonInteractiveSignInDateTime': activityDate,
		'signInActivity/lastSuccessfulSignInDateTime': activityDate,
	},
};

/** Properties a v1.0 user carries without $select (https://learn.microsoft.com/graph/api/user-list#optional-query-parameters). */
export const USER_DEFAULT_V1 = [
	'businessPhones',
	'displayName',
	'givenName',
	'jobTitle',
	'mail',
	'mobilePhone',
	'officeLocation',
	'preferredLanguage',
	'surname',
	'userPrincipalName',
	'id',
];

export const USER_SELECTABLE = [
	'id',
	'displayName',
	'givenName',
	'surname',
	'userPrincipalName',
	'mail',
	'mailNickname',
	'accountEnabled',
	'userType',
	'createdDateTime',
	'jobTitle',
	'department',
	'officeLocation',
	'companyName',
	'mobilePhone',
	'businessPhones',
	'preferredLanguage',
	'usageLocation',
	'onPremisesSyncEnabled',
	'assignedLicenses',
	'externalUserState',
	'creationType',
	'signInSessionsValidFromDateTime',
	'lastPasswordChangeDateTime',
	'passwordPolicies',
	'signInActivity',
];

function signInActivity(ctx: RequestContext, user: SimUser): Record<string, unknown> {
	const last = ctx.core.signIns.lastSignIns().get(user.id);
	const at = (ms: number | undefined) => (ms ? iso(ms) : null);
	return {
		lastSignInDateTime: at(last?.interactive),
		lastSignInRequestId: null,
		lastNonInteractiveSignInDateTime: at(last?.nonInteractive),
		lastNonInteractiveSignInRequestId: null,
		lastSuccessfulSignInDateTime: at(last?.successful),
		lastSuccessfulSignInRequestId: null,
	};
}

function wantsSignInActivity(ctx: RequestContext): boolean {
	const select = readOption(ctx.query, '$select') ?? '';
	const filter = readOption(ctx.query, '$filter') ?? '';
	return /signInActivity/i.test(select) || /signInActivity/i.test(filter);
}

/** signInActivity needs AuditLog.Read.All and Entra ID P1 (https://learn.microsoft.com/graph/api/resources/signinactivity). */
function checkSignInActivity(ctx: RequestContext): void {
	if (!wantsSignInActivity(ctx)) return;
	if (!ctx.principal.permissions.has('auditlog.read.all')) {
		throw new GraphError(
			403,
			'Authorization_RequestDenied',
			'Insufficient privileges to complete the operation. Reading signInActivity needs AuditLog.Read.All.',
		);
	}
	if (ctx.tenant.licenceTier() === 'free') throw nonPremiumTenant();
}

function userSpec(ctx: RequestContext, contextName = 'users'): CollectionSpec<SimUser> {
	const activity = wantsSignInActivity(ctx);
	return {
		contextName,
		filter: USER_FILTER,
		directory: true,
		// With signInActivity the page size is capped at 500 (GRAPH.md §11).
		maxTop: activity ? 500 : 999,
		pageSize: 100,
		select: {
			allowed: USER_SELECTABLE,
			defaults: ctx.version === 'v1.0' ? USER_DEFAULT_V1 : USER_SELECTABLE.filter(k => k !== 'signInActivity'),
		},
		orderBy: ['displayName', 'userPrincipalName', 'createdDateTime'],
		count: true,
		getter: (user, path) =>
			path.startsWith('signInActivity/')
				? objectPath({signInActivity: signInActivity(ctx, user)}, path)
				: objectPath(user, path),
		project: user => (activity ? {...userJson(user), signInActivity: signInActivity(ctx, user)} : userJson(user)),
	};
}

const GROUP_FILTER: FilterSchema = {
	entity: 'microsoft.graph.group',
	directory: true,
	or: true,
	not: 'advanced',
	properties: {
		id: {type: 'string', ops: ['eq', 'in'], advancedOps: ['ne']},
		displayName: str(),
		mailNickname: str(),
		description: str(),
		securityEnabled: bool,
		mailEnabled: bool,
		isAssignableToRole: bool,
		createdDateTime: advancedDate,
		groupTypes: {type: 'string', ops: ['eq'], collection: true, countable: true},
	},
};

const GROUP_SELECTABLE = [
	'id',
	'displayName',
	'description',
	'mailEnabled',
	'mailNickname',
	'securityEnabled',
	'groupTypes',
	'isAssignableToRole',
	'createdDateTime',
	'visibility',
];

const groupSpec: CollectionSpec<SimGroup> = {
	contextName: 'groups',
	filter: GROUP_FILTER,
	directory: true,
	maxTop: 999,
	pageSize: 100,
	select: {allowed: GROUP_SELECTABLE},
	orderBy: ['displayName', 'createdDateTime'],
	count: true,
	project: group => groupJson(group),
};

const MEMBER_FILTER: FilterSchema = {
	entity: 'microsoft.graph.directoryObject',
	directory: true,
	or: true,
	not: 'advanced',
	properties: {
		id: {type: 'string', ops: ['eq', 'in']},
		displayName: str(),
		userType: {type: 'string', ops: ['eq'], advancedOps: ['ne']},
		accountEnabled: bool,
	},
};

function memberSpec(ctx: RequestContext, groupId: string, kind: string): CollectionSpec<string> {
	return {
		contextName: 'directoryObjects',
		filter: MEMBER_FILTER,
		directory: true,
		maxTop: 999,
		pageSize: 100,
		count: true,
		cacheKey: `${kind}:${groupId}`,
		getter: (id, path) => objectPath(directoryObjectJson(ctx, id), path),
		project: id => directoryObjectJson(ctx, id) ?? {id},
	};
}

function memberList(ctx: RequestContext, group: SimGroup, transitive: boolean, cast: string | undefined): string[] {
	const ids = transitive ? [...ctx.tenant.transitiveMembers(group.id)] : [...group.sim.members];
	if (!cast) return ids;
	const type = cast.toLowerCase().replace('microsoft.graph.', '');
	return ids.filter(id => ctx.tenant.directoryObject(id)?.type.toLowerCase() === type);
}

const SP_FILTER: FilterSchema = {
	entity: 'microsoft.graph.servicePrincipal',
	directory: true,
	or: true,
	not: 'advanced',
	properties: {
		id: {type: 'string', ops: ['eq', 'in']},
		appId: {type: 'string', ops: ['eq', 'in'], advancedOps: ['ne']},
		displayName: str(),
		servicePrincipalType: {type: 'string', ops: ['eq'], advancedOps: ['ne']},
		accountEnabled: bool,
		tags: {type: 'string', ops: ['eq'], collection: true},
	},
};

const APP_FILTER: FilterSchema = {
	entity: 'microsoft.graph.application',
	directory: true,
	or: true,
	not: 'advanced',
	properties: {
		id: {type: 'string', ops: ['eq', 'in']},
		appId: {type: 'string', ops: ['eq', 'in'], advancedOps: ['ne']},
		displayName: str(),
		signInAudience: {type: 'string', ops: ['eq'], advancedOps: ['ne']},
	},
};

function countText(ctx: RequestContext, total: () => number): RouteResult {
	// `/$count` is an advanced query: it needs ConsistencyLevel: eventual (GRAPH.md §11).
	if (!isEventual(ctx)) throw new GraphError(400, 'Request_BadRequest', '$count is not currently supported.');
	return {status: 200, text: {contentType: 'text/plain; charset=utf-8', body: String(total())}};
}

function filteredCount<T>(
	ctx: RequestContext,
	items: readonly T[],
	schema: FilterSchema,
	getter: (row: T, path: string) => unknown,
): number {
	const raw = readOption(ctx.query, '$filter');
	if (raw === undefined) return items.length;
	const {predicate} = compileQueryFilter(raw, schema, getter);
	return items.filter(predicate).length;
}

const targetIsAdmin = (ctx: RouteCheckContext): boolean => {
	const target = ctx.tenant.user(ctx.params.id ?? '');
	return !!target && ctx.tenant.isAdmin(target.id);
};

const USER_PATCHABLE = [
	'accountEnabled',
	'displayName',
	'givenName',
	'surname',
	'jobTitle',
	'department',
	'officeLocation',
	'companyName',
	'mobilePhone',
	'businessPhones',
	'usageLocation',
	'preferredLanguage',
	'passwordPolicies',
	'passwordProfile',
	'mailNickname',
];

function applyPasswordReset(ctx: RequestContext, user: SimUser, profile: Record<string, unknown>): void {
	checkPassword(profile.password);
	user.lastPasswordChangeDateTime = ctx.nowIso;
	// A password reset ends existing sessions: refresh tokens issued before it stop working.
	user.signInSessionsValidFromDateTime = ctx.nowIso;
	user.sim.forceChangePasswordNextSignIn = profile.forceChangePasswordNextSignIn !== false;
	const risk = user.sim.risk;
	if (risk && (risk.riskState === 'atRisk' || risk.riskState === 'confirmedCompromised')) {
		// An admin-generated temporary password remediates user risk (Identity Protection's documented behaviour).
		risk.riskState = 'remediated';
		risk.riskLevel = 'none';
		risk.riskDetail = 'adminGeneratedTemporaryPassword';
		risk.riskLastUpdatedDateTime = ctx.nowIso;
		risk.history.push({
			at: ctx.nowIso,
			riskState: 'remediated',
			riskLevel: 'none',
			riskDetail: 'adminGeneratedTemporaryPassword',
		});
		for (const d of ctx.tenant.state.riskDetections) {
			if (d.userId === user.id && d.riskState === 'atRisk') {
				d.riskState = 'remediated';
				d.riskDetail = 'adminGeneratedTemporaryPassword';
				d.lastUpdatedDateTime = ctx.nowIso;
			}
		}
	}
}

function verifiedDomains(ctx: RequestContext): string[] {
	return ((ctx.tenant.state.organization.verifiedDomains as {name: string}[] | undefined) ?? []).map(d =>
		d.name.toLowerCase(),
	);
}

function createUser(ctx: RequestContext): RouteResult {
	const body = bodyObject(ctx);
	const accountEnabled = requireBoolean(body, 'accountEnabled');
	const displayName = requireString(body, 'displayName');
	const mailNickname = requireString(body, 'mailNickname');
	const upn = requireString(body, 'userPrincipalName');
	const profile = body.passwordProfile as Record<string, unknown> | undefined;
	if (!profile || typeof profile !== 'object')
		throw badRequest(
			"Invalid value specified for property 'passwordProfile' of resource 'User'.",
			'Request_BadRequest',
		);
	checkPassword(profile.password);
	const domain = upn.split('@')[1]?.toLowerCase() ?? '';
	if (!verifiedDomains(ctx).includes(domain)) {
		throw badRequest(
			'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
			'Request_BadRequest',
		);
	}
	if (ctx.tenant.user(upn))
		throw conflict('Another object with the same value for property userPrincipalName already exists.');
	const user: SimUser = {
		id: ctx.tenant.newId('user'),
		displayName,
		givenName: typeof body.givenName === 'string' ? body.givenName : null,
		surname: typeof body.surname === 'string' ? body.surname : null,
		userPrincipalName: upn,
		mail: null,
		mailNickname,
		accountEnabled,
		userType: 'Member',
		createdDateTime: ctx.nowIso,
		jobTitle: typeof body.jobTitle === 'string' ? body.jobTitle : null,
		department: typeof body.department === 'string' ? body.department : null,
		officeLocation: null,
		companyName: null,
		mobilePhone: null,
		businessPhones: [],
		preferredLanguage: null,
		usageLocation: typeof body.usageLocation === 'string' ? body.usageLocation : null,
		onPremisesSyncEnabled: null,
		assignedLicenses: [],
		externalUserState: null,
		creationType: null,
		signInSessionsValidFromDateTime: ctx.nowIso,
		lastPasswordChangeDateTime: ctx.nowIso,
		passwordPolicies: typeof body.passwordPolicies === 'string' ? body.passwordPolicies : null,
		sim: {
			methods: [{id: '28c10230-6103-485e-b985-444c60001490', type: 'password', createdDateTime: ctx.nowIso}],
			perUserMfaState: 'disabled',
			risk: null,
			forceChangePasswordNextSignIn: profile.forceChangePasswordNextSignIn !== false,
			tags: [],
		},
	};
	ctx.tenant.state.users.push(user);
	ctx.changed();
	return created({'@odata.context': contextUrl(ctx, 'users/$entity'), ...userJson(user)});
}

function updateUser(ctx: RequestContext): RouteResult {
	const user = userOr404(ctx, ctx.params.id!);
	const body = bodyObject(ctx);
	onlyKeys(body, USER_PATCHABLE, 'microsoft.graph.user');
	if (body.passwordProfile !== undefined) {
		if (typeof body.passwordProfile !== 'object' || body.passwordProfile === null)
			throw badRequest('Invalid passwordProfile.', 'Request_BadRequest');
		applyPasswordReset(ctx, user, body.passwordProfile as Record<string, unknown>);
	}
	for (const key of USER_PATCHABLE) {
		if (key === 'passwordProfile' || !(key in body)) continue;
		const value = body[key];
		if (key === 'accountEnabled') {
			if (typeof value !== 'boolean')
				throw badRequest("Invalid value specified for property 'accountEnabled'.", 'Request_BadRequest');
			user.accountEnabled = value;
		} else if (key === 'businessPhones') {
			if (!Array.isArray(value))
				throw badRequest("Invalid value specified for property 'businessPhones'.", 'Request_BadRequest');
			user.businessPhones = value.map(String);
		} else {
			(user as unknown as Record<string, unknown>)[key] = value === null ? null : String(value);
		}
	}
	ctx.changed();
	return noContent;
}

function deleteUser(ctx: RequestContext): RouteResult {
	const user = userOr404(ctx, ctx.params.id!);
	const state = ctx.tenant.state;
	state.users = state.users.filter(u => u !== user);
	for (const group of state.groups) group.sim.members = group.sim.members.filter(m => m !== user.id);
	state.roleAssignments = state.roleAssignments.filter(a => a.principalId !== user.id);
	state.roleEligibilities = state.roleEligibilities.filter(a => a.principalId !== user.id);
	ctx.changed();
	return noContent;
}

function memberOf(ctx: RequestContext, transitive: boolean): RouteResult {
	const user = userOr404(ctx, ctx.params.id!);
	const groups = transitive
		? [...ctx.tenant.groupsOf(user.id)]
		: ctx.tenant.state.groups.filter(g => g.sim.members.includes(user.id)).map(g => g.id);
	const ids = [...groups];
	const spec: CollectionSpec<string> = {
		contextName: 'directoryObjects',
		filter: MEMBER_FILTER,
		directory: true,
		maxTop: 999,
		pageSize: 100,
		count: true,
		cacheKey: `memberOf:${transitive}:${user.id}`,
		getter: (id, path) => objectPath(directoryObjectJson(ctx, id), path),
		project: id => directoryObjectJson(ctx, id) ?? {id},
	};
	return respondCollection(ctx, spec, ids);
}

function addMember(ctx: RequestContext): RouteResult {
	const group = groupOr404(ctx, ctx.params.id!);
	const memberId = referencedId(bodyObject(ctx));
	const member = ctx.tenant.directoryObject(memberId);
	if (!member) throw notFound(memberId);
	if (group.sim.members.includes(member.object.id)) {
		throw conflict(
			"One or more added object references already exist for the following modified properties: 'members'.",
		);
	}
	group.sim.members.push(member.object.id);
	ctx.changed();
	return noContent;
}

function removeMember(ctx: RequestContext): RouteResult {
	const group = groupOr404(ctx, ctx.params.id!);
	const memberId = ctx.params.member!;
	if (!group.sim.members.includes(memberId)) throw notFound(memberId);
	group.sim.members = group.sim.members.filter(m => m !== memberId);
	ctx.changed();
	return noContent;
}

function createGroup(ctx: RequestContext): RouteResult {
	const body = bodyObject(ctx);
	const displayName = requireString(body, 'displayName');
	const mailNickname = requireString(body, 'mailNickname');
	const mailEnabled = requireBoolean(body, 'mailEnabled');
	const securityEnabled = requireBoolean(body, 'securityEnabled');
	const groupTypes = Array.isArray(body.groupTypes) ? body.groupTypes.map(String) : [];
	const group: SimGroup = {
		id: ctx.tenant.newId('group'),
		displayName,
		description: typeof body.description === 'string' ? body.description : null,
		mailEnabled,
		mailNickname,
		securityEnabled,
		groupTypes,
		isAssignableToRole: body.isAssignableToRole === true ? true : null,
		createdDateTime: ctx.nowIso,
		visibility: typeof body.visibility === 'string' ? body.visibility : null,
		sim: {members: []},
	};
	// `members@odata.bind` adds initial members in the same request.
	const binds = body['members@odata.bind'];
	if (Array.isArray(binds)) {
		for (const ref of binds) {
			const id = referencedId({'@odata.id': ref});
			if (!ctx.tenant.directoryObject(id)) throw notFound(id);
			group.sim.members.push(id);
		}
	}
	ctx.tenant.state.groups.push(group);
	ctx.changed();
	return created({'@odata.context': contextUrl(ctx, 'groups/$entity'), ...groupJson(group)});
}

function deleteGroup(ctx: RequestContext): RouteResult {
	const group = groupOr404(ctx, ctx.params.id!);
	const state = ctx.tenant.state;
	state.groups = state.groups.filter(g => g !== group);
	for (const g of state.groups) g.sim.members = g.sim.members.filter(m => m !== group.id);
	state.roleAssignments = state.roleAssignments.filter(a => a.principalId !== group.id);
	ctx.changed();
	return noContent;
}

function spByKey(ctx: RequestContext): SimServicePrincipal {
	const key = ctx.params.id ?? '';
	const byAppId = ctx.params.appId;
	const sp = byAppId
		? ctx.tenant.state.servicePrincipals.find(s => s.appId === byAppId)
		: ctx.tenant.state.servicePrincipals.find(s => s.id === key);
	if (!sp) throw notFound(byAppId ?? key);
	return sp;
}

function appByKey(ctx: RequestContext): SimApplication {
	const byAppId = ctx.params.appId;
	const app = byAppId
		? ctx.tenant.state.applications.find(a => a.appId === byAppId)
		: ctx.tenant.state.applications.find(a => a.id === ctx.params.id);
	if (!app) throw notFound(byAppId ?? ctx.params.id ?? '');
	return app;
}

const APP_PATCHABLE = [
	'displayName',
	'signInAudience',
	'isFallbackPublicClient',
	'publicClient',
	'web',
	'requiredResourceAccess',
	'description',
	'notes',
	'tags',
	'spa',
];

export const directoryRoutes: Route[] = [
	{
		method: 'GET',
		pattern: /^\/organization$/,
		scopes: ['User.Read'],
		handle: ctx =>
			respondCollection(ctx, {contextName: 'organization', directory: true, pageSize: 100, project: o => o}, [
				ctx.tenant.state.organization,
			]),
	},
	{
		method: 'GET',
		pattern: /^\/organization\/(?<id>[^/]+)$/,
		scopes: ['User.Read'],
		handle: ctx => {
			const org = ctx.tenant.state.organization;
			if (org.id !== ctx.params.id) throw notFound(ctx.params.id!);
			return respondEntity(ctx, 'organization', org);
		},
	},
	{
		method: 'GET',
		pattern: /^\/subscribedSkus$/,
		scopes: ['Organization.Read.All'],
		cost: 3,
		handle: ctx =>
			respondCollection(
				ctx,
				{contextName: 'subscribedSkus', directory: false, pageSize: 1000, project: s => ({...s})},
				ctx.tenant.state.skus,
			),
	},
	{
		method: 'GET',
		pattern: /^\/subscribedSkus\/(?<id>[^/]+)$/,
		scopes: ['Organization.Read.All'],
		handle: ctx => {
			const sku = ctx.tenant.state.skus.find(s => s.id === ctx.params.id);
			if (!sku) throw notFound(ctx.params.id!);
			return respondEntity(ctx, 'subscribedSkus', {...sku});
		},
	},
	{
		method: 'GET',
		pattern: /^\/users$/,
		scopes: ['User.Read.All'],
		cost: 2,
		handle: ctx => {
			checkSignInActivity(ctx);
			return respondCollection(ctx, userSpec(ctx), ctx.tenant.state.users);
		},
	},
	{
		method: 'GET',
		pattern: /^\/users\/\$count$/,
		scopes: ['User.Read.All'],
		handle: ctx =>
			countText(ctx, () => filteredCount(ctx, ctx.tenant.state.users, USER_FILTER, (u, p) => objectPath(u, p))),
	},
	{
		method: 'POST',
		pattern: /^\/users$/,
		scopes: ['User.ReadWrite.All'],
		roles: USER_ADMIN_ROLES,
		handle: createUser,
	},
	{
		method: 'GET',
		pattern: /^\/me$/,
		scopes: ['User.Read'],
		handle: ctx => {
			if (ctx.principal.kind !== 'user')
				throw badRequest('/me request is only valid with delegated authentication flow.');
			const user = userOr404(ctx, ctx.principal.userId!);
			checkSignInActivity(ctx);
			return respondEntity(ctx, 'users', userJson(user), {
				allowed: USER_SELECTABLE,
				defaults: ctx.version === 'v1.0' ? USER_DEFAULT_V1 : undefined,
			});
		},
	},
	{
		method: 'GET',
		pattern: /^\/users\/(?<id>[^/]+)$/,
		scopes: ['User.Read.All'],
		cost: 2,
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			checkSignInActivity(ctx);
			const full = wantsSignInActivity(ctx)
				? {...userJson(user), signInActivity: signInActivity(ctx, user)}
				: userJson(user);
			return respondEntity(ctx, 'users', full, {
				allowed: USER_SELECTABLE,
				defaults: ctx.version === 'v1.0' ? USER_DEFAULT_V1 : undefined,
			});
		},
	},
	{
		method: 'PATCH',
		pattern: /^\/users\/(?<id>[^/]+)$/,
		// A password reset needs its own permission: User.ReadWrite.All is not enough (GRAPH.md §10).
		scopes: ctx => {
			const body = ctx.body as Record<string, unknown> | undefined;
			return body && typeof body === 'object' && 'passwordProfile' in body
				? ['User-PasswordProfile.ReadWrite.All']
				: ['User.ReadWrite.All'];
		},
		roles: ctx => {
			const body = ctx.body as Record<string, unknown> | undefined;
			if (targetIsAdmin(ctx)) return PRIVILEGED_USER_ROLES;
			return body && typeof body === 'object' && 'passwordProfile' in body ? PASSWORD_RESET_ROLES : USER_ADMIN_ROLES;
		},
		handle: updateUser,
	},
	{
		method: 'DELETE',
		pattern: /^\/users\/(?<id>[^/]+)$/,
		scopes: ['User.ReadWrite.All'],
		roles: ctx => (targetIsAdmin(ctx) ? PRIVILEGED_USER_ROLES : USER_ADMIN_ROLES),
		handle: deleteUser,
	},
	{
		method: 'POST',
		pattern: /^\/users\/(?<id>[^/]+)\/revokeSignInSessions$/,
		scopes: ['User.RevokeSessions.All'],
		roles: ctx => (targetIsAdmin(ctx) ? PRIVILEGED_USER_ROLES : PASSWORD_RESET_ROLES),
		handle: ctx => {
			const user = userOr404(ctx, ctx.params.id!);
			user.signInSessionsValidFromDateTime = ctx.nowIso;
			ctx.changed();
			return {status: 200, body: {'@odata.context': contextUrl(ctx, 'Edm.Boolean'), value: true}};
		},
	},
	{
		method: 'GET',
		pattern: /^\/users\/(?<id>[^/]+)\/memberOf$/,
		scopes: ['GroupMember.Read.All'],
		handle: ctx => memberOf(ctx, false),
	},
	{
		method: 'GET',
		pattern: /^\/users\/(?<id>[^/]+)\/transitiveMemberOf$/,
		scopes: ['GroupMember.Read.All'],
		handle: ctx => memberOf(ctx, true),
	},
	{
		method: 'GET',
		pattern: /^\/groups$/,
		scopes: ['GroupMember.Read.All'],
		cost: 2,
		handle: ctx => respondCollection(ctx, groupSpec, ctx.tenant.state.groups),
	},
	{
		method: 'GET',
		pattern: /^\/groups\/\$count$/,
		scopes: ['GroupMember.Read.All'],
		handle: ctx =>
			countText(ctx, () => filteredCount(ctx, ctx.tenant.state.groups, GROUP_FILTER, (g, p) => objectPath(g, p))),
	},
	{
		method: 'POST',
		pattern: /^\/groups$/,
		scopes: ctx =>
			(ctx.body as Record<string, unknown> | undefined)?.isAssignableToRole === true
				? ['Group.ReadWrite.All', 'RoleManagement.ReadWrite.Directory']
				: ['Group.ReadWrite.All'],
		roles: ctx =>
			(ctx.body as Record<string, unknown> | undefined)?.isAssignableToRole === true
				? PRIVILEGED_ROLE_ADMIN
				: USER_ADMIN_ROLES,
		handle: createGroup,
	},
	{
		method: 'GET',
		pattern: /^\/groups\/(?<id>[^/]+)$/,
		scopes: ['GroupMember.Read.All'],
		handle: ctx =>
			respondEntity(ctx, 'groups', groupJson(groupOr404(ctx, ctx.params.id!)), {allowed: GROUP_SELECTABLE}),
	},
	{
		method: 'DELETE',
		pattern: /^\/groups\/(?<id>[^/]+)$/,
		scopes: ['Group.ReadWrite.All'],
		roles: ctx =>
			ctx.tenant.group(ctx.params.id ?? '')?.isAssignableToRole ? PRIVILEGED_ROLE_ADMIN : USER_ADMIN_ROLES,
		handle: deleteGroup,
	},
	{
		method: 'GET',
		pattern: /^\/groups\/(?<id>[^/]+)\/(?<kind>members|transitiveMembers)(?:\/(?<cast>microsoft\.graph\.[A-Za-z]+))?$/,
		scopes: ['GroupMember.Read.All'],
		handle: ctx => {
			const group = groupOr404(ctx, ctx.params.id!);
			const transitive = ctx.params.kind!.toLowerCase() === 'transitivemembers';
			return respondCollection(
				ctx,
				memberSpec(ctx, group.id, `${ctx.params.kind}:${ctx.params.cast ?? ''}`),
				memberList(ctx, group, transitive, ctx.params.cast),
			);
		},
	},
	{
		method: 'POST',
		pattern: /^\/groups\/(?<id>[^/]+)\/members\/\$ref$/,
		// Role-assignable groups also need RoleManagement.ReadWrite.Directory (GRAPH.md §10).
		scopes: ctx =>
			ctx.tenant.group(ctx.params.id ?? '')?.isAssignableToRole
				? ['GroupMember.ReadWrite.All', 'RoleManagement.ReadWrite.Directory']
				: ['GroupMember.ReadWrite.All'],
		roles: ctx =>
			ctx.tenant.group(ctx.params.id ?? '')?.isAssignableToRole ? PRIVILEGED_ROLE_ADMIN : USER_ADMIN_ROLES,
		handle: addMember,
	},
	{
		method: 'DELETE',
		pattern: /^\/groups\/(?<id>[^/]+)\/members\/(?<member>[^/]+)\/\$ref$/,
		scopes: ctx =>
			ctx.tenant.group(ctx.params.id ?? '')?.isAssignableToRole
				? ['GroupMember.ReadWrite.All', 'RoleManagement.ReadWrite.Directory']
				: ['GroupMember.ReadWrite.All'],
		roles: ctx =>
			ctx.tenant.group(ctx.params.id ?? '')?.isAssignableToRole ? PRIVILEGED_ROLE_ADMIN : USER_ADMIN_ROLES,
		handle: removeMember,
	},
	{
		method: 'GET',
		pattern: /^\/directoryObjects\/(?<id>[^/]+)$/,
		scopes: ['Directory.Read.All'],
		handle: ctx => {
			const json = directoryObjectJson(ctx, ctx.params.id!);
			if (!json) throw notFound(ctx.params.id!);
			return respondEntity(ctx, 'directoryObjects', json);
		},
	},
	{
		method: 'POST',
		pattern: /^\/directoryObjects\/getByIds$/,
		scopes: ['Directory.Read.All'],
		handle: ctx => {
			const body = bodyObject(ctx);
			if (!Array.isArray(body.ids)) throw badRequest("The request body must contain 'ids'.", 'Request_BadRequest');
			if (body.ids.length > 1000) throw badRequest('At most 1000 ids are allowed.', 'Request_BadRequest');
			const types = Array.isArray(body.types) ? body.types.map(t => String(t).toLowerCase()) : undefined;
			const value = body.ids
				.map(id => directoryObjectJson(ctx, String(id)))
				.filter((o): o is Record<string, unknown> => !!o)
				.filter(o => !types || types.includes(String(o['@odata.type']).replace('#microsoft.graph.', '').toLowerCase()));
			return {status: 200, body: {'@odata.context': contextUrl(ctx, 'directoryObjects'), value}};
		},
	},
	{
		method: 'GET',
		pattern: /^\/servicePrincipals$/,
		scopes: ['Application.Read.All'],
		handle: ctx =>
			respondCollection(
				ctx,
				{
					contextName: 'servicePrincipals',
					filter: SP_FILTER,
					directory: true,
					maxTop: 999,
					pageSize: 100,
					count: true,
					orderBy: ['displayName'],
					project: s => ({...s}),
				},
				ctx.tenant.state.servicePrincipals,
			),
	},
	{
		method: 'GET',
		pattern: /^\/servicePrincipals(?:\/(?<id>[^/(]+)|\(appId='(?<appId>[^']+)'\))$/,
		scopes: ['Application.Read.All'],
		handle: ctx => respondEntity(ctx, 'servicePrincipals', {...spByKey(ctx)}),
	},
	{
		method: 'POST',
		pattern: /^\/servicePrincipals$/,
		scopes: ['Application.ReadWrite.All'],
		roles: APP_ROLES,
		handle: ctx => {
			const body = bodyObject(ctx);
			const appId = requireString(body, 'appId');
			const app = ctx.tenant.state.applications.find(a => a.appId === appId);
			if (!app)
				throw badRequest(
					`The appId '${appId}' of the service principal does not reference a valid application object.`,
					'Request_BadRequest',
				);
			if (ctx.tenant.state.servicePrincipals.some(s => s.appId === appId))
				throw conflict('The service principal for this application already exists.');
			const sp: SimServicePrincipal = {
				id: ctx.tenant.newId('servicePrincipal'),
				appId,
				displayName: app.displayName,
				servicePrincipalType: 'Application',
				accountEnabled: true,
				appOwnerOrganizationId: ctx.tenant.tenantId,
				tags: Array.isArray(body.tags) ? body.tags.map(String) : [],
				createdDateTime: ctx.nowIso,
			};
			ctx.tenant.state.servicePrincipals.push(sp);
			ctx.changed();
			return created({'@odata.context': contextUrl(ctx, 'servicePrincipals/$entity'), ...sp});
		},
	},
	{
		method: 'DELETE',
		pattern: /^\/servicePrincipals\/(?<id>[^/]+)$/,
		scopes: ['Application.ReadWrite.All'],
		roles: APP_ROLES,
		handle: ctx => {
			const sp = spByKey(ctx);
			ctx.tenant.state.servicePrincipals = ctx.tenant.state.servicePrincipals.filter(s => s !== sp);
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'GET',
		pattern: /^\/applications$/,
		scopes: ['Application.Read.All'],
		handle: ctx =>
			respondCollection(
				ctx,
				{
					contextName: 'applications',
					filter: APP_FILTER,
					directory: true,
					maxTop: 999,
					pageSize: 100,
					count: true,
					orderBy: ['displayName'],
					project: a => ({...a}),
				},
				ctx.tenant.state.applications,
			),
	},
	{
		method: 'GET',
		pattern: /^\/applications(?:\/(?<id>[^/(]+)|\(appId='(?<appId>[^']+)'\))$/,
		scopes: ['Application.Read.All'],
		handle: ctx => respondEntity(ctx, 'applications', {...appByKey(ctx)}),
	},
	{
		method: 'POST',
		pattern: /^\/applications$/,
		scopes: ['Application.ReadWrite.All'],
		roles: APP_ROLES,
		handle: ctx => {
			const body = bodyObject(ctx);
			const displayName = requireString(body, 'displayName');
			const app: SimApplication = {
				id: ctx.tenant.newId('application'),
				appId: ctx.tenant.newId('appId'),
				displayName,
				signInAudience: typeof body.signInAudience === 'string' ? body.signInAudience : 'AzureADMyOrg',
				isFallbackPublicClient: typeof body.isFallbackPublicClient === 'boolean' ? body.isFallbackPublicClient : null,
				publicClient: {
					redirectUris: ((body.publicClient as {redirectUris?: unknown[]} | undefined)?.redirectUris ?? []).map(String),
				},
				web: {redirectUris: ((body.web as {redirectUris?: unknown[]} | undefined)?.redirectUris ?? []).map(String)},
				requiredResourceAccess: Array.isArray(body.requiredResourceAccess) ? body.requiredResourceAccess : [],
				createdDateTime: ctx.nowIso,
			};
			ctx.tenant.state.applications.push(app);
			ctx.changed();
			return created({'@odata.context': contextUrl(ctx, 'applications/$entity'), ...app});
		},
	},
	{
		method: 'PATCH',
		pattern: /^\/applications(?:\/(?<id>[^/(]+)|\(appId='(?<appId>[^']+)'\))$/,
		scopes: ['Application.ReadWrite.All'],
		roles: APP_ROLES,
		handle: ctx => {
			const app = appByKey(ctx);
			const body = bodyObject(ctx);
			onlyKeys(body, APP_PATCHABLE, 'microsoft.graph.application');
			Object.assign(app, body);
			ctx.changed();
			return noContent;
		},
	},
	{
		method: 'DELETE',
		pattern: /^\/applications\/(?<id>[^/]+)$/,
		scopes: ['Application.ReadWrite.All'],
		roles: APP_ROLES,
		handle: ctx => {
			const app = appByKey(ctx);
			ctx.tenant.state.applications = ctx.tenant.state.applications.filter(a => a !== app);
			ctx.changed();
			return noContent;
		},
	},
];
