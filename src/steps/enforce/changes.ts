/**
 * The enforce step's tenant writes as Changes (src/changes/change.ts): each finds its own effect before it is sent
 * (idempotency), records what it replaces (exact undo), reads itself back (verify) and says how to reverse it.
 * Paths and scopes are the Graph layer's (src/graph/conditional-access.ts, policies.ts, users.ts, roles.ts); CA
 * writes are paced to about one per second by that layer (GRAPH.md §6, §11: no Retry-After on CA throttling).
 */
import {
	type Change,
	type ChangeTransport,
	changeId,
	type Found,
	type Msg,
	type UndoPlan,
} from '../../changes/change.js';
import {CA_POLICIES_PATH, CA_WRITE_SCOPES} from '../../graph/conditional-access.js';
import {query, quote, segment} from '../../graph/odata.js';
import {SECURITY_DEFAULTS_PATH, SECURITY_DEFAULTS_WRITE_SCOPES} from '../../graph/policies.js';
import {ROLE_ASSIGNMENT_WRITE_SCOPES, ROLE_ASSIGNMENTS_PATH} from '../../graph/roles.js';
import {USER_WRITE_SCOPES} from '../../graph/users.js';
import type {MessageKey} from '../../i18n/index.js';
import {ROLE} from '../../knowledge/roles.js';
import type {JsonValue} from '../../wizard/reducer.js';
import {msg} from '../types.js';
import {
	markerOf,
	POLICY_TITLES,
	type PolicyKey,
	policyBody,
	policyDisplayName,
	type RawCaPolicy,
	type REPORT_ONLY,
	type UsersCondition,
} from './policies.js';

const STEP = 'enforce' as const;

/** Fields compared before an undo to notice edits made by someone else (content, not timestamps: this tool's own
 * later changes to the same policy are undone first, which restores them). */
const POLICY_FIELDS = ['displayName', 'state', 'conditions', 'grantControls'] as const;

/** How a policy is named in titles: this tool's own by their short title (the full name carries the marker). */
function label(policy: RawCaPolicy): string {
	const key = markerOf(policy.displayName);
	return key ? POLICY_TITLES[key] : policy.displayName;
}

function policyPath(id: string): string {
	return `${CA_POLICIES_PATH}/${segment(id)}`;
}

async function listPolicies(graph: ChangeTransport): Promise<RawCaPolicy[]> {
	const out: RawCaPolicy[] = [];
	let path: string | undefined = CA_POLICIES_PATH;
	while (path) {
		const response: {body: {value?: RawCaPolicy[]; '@odata.nextLink'?: string}} = await graph.request({path});
		out.push(...(response.body.value ?? []));
		path = response.body['@odata.nextLink'];
	}
	return out;
}

async function getPolicy(graph: ChangeTransport, id: string): Promise<RawCaPolicy | undefined> {
	const response = await graph.request<RawCaPolicy>({path: policyPath(id), acceptStatus: [404]});
	return response.status === 404 ? undefined : response.body;
}

/** A policy as it was, without OData annotations: what an undo puts back. */
function snapshot(policy: RawCaPolicy): JsonValue {
	return Object.fromEntries(Object.entries(policy).filter(([k]) => !k.startsWith('@odata.'))) as JsonValue;
}

function policyCheck(id: string): NonNullable<Extract<UndoPlan, {request: unknown}>['check']> {
	return {path: policyPath(id), version: 'v1.0', fields: [...POLICY_FIELDS]};
}

const CONSEQUENCE: Readonly<Record<PolicyKey, MessageKey>> = {
	mfaAllUsers: 'stepEnforce.consequenceMfaAllUsers',
	mfaAdmins: 'stepEnforce.consequenceMfaAdmins',
	blockLegacy: 'stepEnforce.consequenceBlockLegacy',
	userRisk: 'stepEnforce.consequenceUserRisk',
};

/** Creates this tool's policy for `key` in report-only (never enabled straight away). */
export function createPolicyChange(key: PolicyKey, breakGlassIds: readonly string[]): Change {
	const name = policyDisplayName(key);
	return {
		id: changeId(STEP, 'ca-create', key),
		step: STEP,
		title: msg('stepEnforce.changeCreatePolicy', {name: POLICY_TITLES[key]}),
		why: msg('stepEnforce.whyCreatePolicy'),
		request: {
			method: 'POST',
			version: 'v1.0',
			path: CA_POLICIES_PATH,
			body: policyBody(key, breakGlassIds),
			scopes: CA_WRITE_SCOPES,
		},
		confirmation: 'confirm',
		async find(graph) {
			const mine = (await listPolicies(graph)).filter(p => markerOf(p.displayName) === key);
			mine.sort((a, b) => String(a.createdDateTime ?? '').localeCompare(String(b.createdDateTime ?? '')));
			return mine[0] ? {objectId: mine[0].id, done: true} : undefined;
		},
		async verify(graph, objectId) {
			if (!objectId) return false;
			const policy = await getPolicy(graph, objectId);
			return policy?.displayName === name;
		},
		undo: objectId =>
			objectId
				? {
						request: {method: 'DELETE', version: 'v1.0', path: policyPath(objectId), scopes: CA_WRITE_SCOPES},
						check: policyCheck(objectId),
					}
				: {impossible: msg('stepEnforce.undoNoObject')},
	};
}

/** Sets a policy's users condition (and, for this tool's own policy, its whole shape back) — state untouched. */
export function scopePolicyChange(
	key: PolicyKey,
	policy: RawCaPolicy,
	users: UsersCondition,
	origin: 'ours' | 'equivalent',
	restoreShape: Record<string, JsonValue> | undefined,
	breakGlassCount: number,
): Change {
	const usersJson = users as unknown as JsonValue;
	const body: Record<string, JsonValue> = restoreShape
		? {
				conditions: {...(restoreShape.conditions as Record<string, JsonValue>), users: usersJson},
				grantControls: restoreShape.grantControls as JsonValue,
			}
		: {conditions: {users: usersJson}};
	return {
		id: changeId(STEP, 'ca-scope', policy.id),
		step: STEP,
		title: msg('stepEnforce.changeScopePolicy', {name: label(policy), count: breakGlassCount}),
		why: msg(origin === 'ours' ? 'stepEnforce.whyScopeOurs' : 'stepEnforce.whyScopeReuse'),
		request: {method: 'PATCH', version: 'v1.0', path: policyPath(policy.id), body, scopes: CA_WRITE_SCOPES},
		// Narrowing exclusions of an enabled policy challenges the people it now covers at once.
		confirmation: policy.state === 'enabled' ? 'type-domain' : 'confirm',
		consequence: policy.state === 'enabled' ? msg(CONSEQUENCE[key]) : undefined,
		async find(graph) {
			const current = await getPolicy(graph, policy.id);
			if (!current) return undefined;
			const done = JSON.stringify(pickUsers(current, users)) === JSON.stringify(normaliseUsers(users));
			return {objectId: policy.id, done: done && (!restoreShape || shapeEqual(current, restoreShape))};
		},
		async before(graph) {
			const current = await getPolicy(graph, policy.id);
			return current ? snapshot(current) : undefined;
		},
		async verify(graph) {
			const current = await getPolicy(graph, policy.id);
			return !!current && JSON.stringify(pickUsers(current, users)) === JSON.stringify(normaliseUsers(users));
		},
		undo: (_id, before) => {
			const previous = before as {conditions?: Record<string, JsonValue>; grantControls?: JsonValue} | undefined;
			if (!previous?.conditions) return {impossible: msg('stepEnforce.undoNoBefore')};
			const undoBody: Record<string, JsonValue> = restoreShape
				? {conditions: previous.conditions, grantControls: previous.grantControls ?? null}
				: {conditions: {users: previous.conditions.users ?? null}};
			return {
				request: {
					method: 'PATCH',
					version: 'v1.0',
					path: policyPath(policy.id),
					body: undoBody,
					scopes: CA_WRITE_SCOPES,
				},
				check: policyCheck(policy.id),
			};
		},
	};
}

function normaliseUsers(users: UsersCondition): Record<string, unknown> {
	const sorted = (v: readonly string[]) => [...v].map(s => s.toLowerCase()).sort();
	return {
		includeUsers: sorted(users.includeUsers),
		excludeUsers: sorted(users.excludeUsers),
		includeGroups: sorted(users.includeGroups),
		excludeGroups: sorted(users.excludeGroups),
		includeRoles: sorted(users.includeRoles),
		excludeRoles: sorted(users.excludeRoles),
		excludeGuestsOrExternalUsers: users.excludeGuestsOrExternalUsers ?? null,
	};
}

function pickUsers(policy: RawCaPolicy, like: UsersCondition): Record<string, unknown> {
	const users = ((policy.conditions as {users?: Record<string, unknown>} | undefined)?.users ?? {}) as Record<
		string,
		unknown
	>;
	const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
	return normaliseUsers({
		...like,
		includeUsers: list(users.includeUsers),
		excludeUsers: list(users.excludeUsers),
		includeGroups: list(users.includeGroups),
		excludeGroups: list(users.excludeGroups),
		includeRoles: list(users.includeRoles),
		excludeRoles: list(users.excludeRoles),
		excludeGuestsOrExternalUsers: (users.excludeGuestsOrExternalUsers ?? null) as JsonValue,
	});
}

function shapeEqual(policy: RawCaPolicy, shape: Record<string, JsonValue>): boolean {
	const c = (policy.conditions ?? {}) as Record<string, unknown>;
	const want = shape.conditions as Record<string, unknown>;
	const grant = (policy.grantControls ?? {}) as Record<string, unknown>;
	const wantGrant = shape.grantControls as Record<string, unknown>;
	const apps = (c.applications ?? {}) as Record<string, unknown>;
	const wantApps = want.applications as Record<string, unknown>;
	const same = (a: unknown, b: unknown) =>
		JSON.stringify([...((a as string[] | undefined) ?? [])].sort()) ===
		JSON.stringify([...((b as string[] | undefined) ?? [])].sort());
	return (
		same(apps.includeApplications, wantApps.includeApplications) &&
		same(apps.excludeApplications, wantApps.excludeApplications) &&
		same(c.clientAppTypes, want.clientAppTypes) &&
		same(c.userRiskLevels, want.userRiskLevels) &&
		grant.operator === wantGrant.operator &&
		same(grant.builtInControls, wantGrant.builtInControls)
	);
}

/** Moves a policy to a state: switching on (report-only → enabled), or to report-only before security defaults. */
export function policyStateChange(
	key: PolicyKey | undefined,
	policy: RawCaPolicy,
	state: 'enabled' | typeof REPORT_ONLY,
	/** One statement for a whole round (the confirmation screen shows each distinct consequence once). */
	roundConsequence?: Msg,
): Change {
	const on = state === 'enabled';
	return {
		id: changeId(STEP, on ? 'ca-enable' : 'ca-report-only', policy.id),
		step: STEP,
		title: msg(on ? 'stepEnforce.changeEnablePolicy' : 'stepEnforce.changeReportOnlyPolicy', {name: label(policy)}),
		why: msg(on ? 'stepEnforce.whyEnablePolicy' : 'stepEnforce.whyReportOnlyPolicy'),
		request: {method: 'PATCH', version: 'v1.0', path: policyPath(policy.id), body: {state}, scopes: CA_WRITE_SCOPES},
		// Switching on challenges or blocks people; switching off lifts protection until security defaults take over.
		confirmation: 'type-domain',
		consequence: roundConsequence
			? roundConsequence
			: on
				? msg(key ? CONSEQUENCE[key] : 'stepEnforce.consequenceEnableOther', {name: policy.displayName})
				: msg('stepEnforce.consequenceReportOnly', {name: policy.displayName}),
		async find(graph) {
			const current = await getPolicy(graph, policy.id);
			return current ? {objectId: policy.id, done: current.state === state} : undefined;
		},
		async before(graph) {
			const current = await getPolicy(graph, policy.id);
			return current ? snapshot(current) : undefined;
		},
		async verify(graph) {
			return (await getPolicy(graph, policy.id))?.state === state;
		},
		undo: (_id, before) => {
			const previous = (before as {state?: string} | undefined)?.state;
			if (!previous) return {impossible: msg('stepEnforce.undoNoBefore')};
			return {
				request: {
					method: 'PATCH',
					version: 'v1.0',
					path: policyPath(policy.id),
					body: {state: previous},
					scopes: CA_WRITE_SCOPES,
				},
				check: policyCheck(policy.id),
			};
		},
	};
}

async function securityDefaultsOn(graph: ChangeTransport): Promise<boolean> {
	const response = await graph.request<{isEnabled?: boolean}>({path: SECURITY_DEFAULTS_PATH});
	return response.body?.isEnabled === true;
}

/** Turns security defaults on or off (GRAPH.md §5). */
export function securityDefaultsChange(isEnabled: boolean): Change {
	return {
		id: changeId(STEP, isEnabled ? 'sd-on' : 'sd-off', 'tenant'),
		step: STEP,
		title: msg(isEnabled ? 'stepEnforce.changeSdOn' : 'stepEnforce.changeSdOff'),
		why: msg(isEnabled ? 'stepEnforce.whySdOn' : 'stepEnforce.whySdOff'),
		request: {
			method: 'PATCH',
			version: 'v1.0',
			path: SECURITY_DEFAULTS_PATH,
			body: {isEnabled},
			scopes: SECURITY_DEFAULTS_WRITE_SCOPES,
		},
		confirmation: 'type-domain',
		consequence: msg(isEnabled ? 'stepEnforce.consequenceSdOn' : 'stepEnforce.consequenceSdOff'),
		async find(graph) {
			return {done: (await securityDefaultsOn(graph)) === isEnabled};
		},
		async before(graph) {
			return {isEnabled: await securityDefaultsOn(graph)};
		},
		async verify(graph) {
			return (await securityDefaultsOn(graph)) === isEnabled;
		},
		undo: (_id, before) => {
			const previous = (before as {isEnabled?: boolean} | undefined)?.isEnabled;
			if (typeof previous !== 'boolean') return {impossible: msg('stepEnforce.undoNoBefore')};
			return {
				request: {
					method: 'PATCH',
					version: 'v1.0',
					path: SECURITY_DEFAULTS_PATH,
					body: {isEnabled: previous},
					scopes: SECURITY_DEFAULTS_WRITE_SCOPES,
				},
				check: {path: SECURITY_DEFAULTS_PATH, version: 'v1.0', fields: ['isEnabled']},
			};
		},
	};
}

export interface NewAccount {
	readonly userPrincipalName: string;
	readonly displayName: string;
	readonly mailNickname: string;
	/** Shown once to the admin after the account is created; never journaled, printed in a plan or saved. */
	readonly password: string;
}

async function findUser(graph: ChangeTransport, upn: string): Promise<Found | undefined> {
	const response = await graph.request<{id?: string}>({
		path: `/users/${segment(upn)}${query({select: ['id', 'userPrincipalName']})}`,
		acceptStatus: [404],
	});
	return response.status === 404 || !response.body?.id ? undefined : {objectId: response.body.id, done: true};
}

/** Creates a cloud-only emergency-access account (GRAPH.md §10); its password is shown once by the view. */
export function createAccountChange(account: NewAccount): Change {
	return {
		id: changeId(STEP, 'user-create', account.userPrincipalName.toLowerCase()),
		step: STEP,
		title: msg('stepEnforce.changeCreateAccount', {upn: account.userPrincipalName}),
		why: msg('stepEnforce.whyCreateAccount'),
		request: {
			method: 'POST',
			version: 'v1.0',
			path: '/users',
			body: {
				accountEnabled: true,
				displayName: account.displayName,
				mailNickname: account.mailNickname,
				userPrincipalName: account.userPrincipalName,
				// Kept offline as the account's real password (not a temporary one): see EMERGENCY_ACCESS.
				passwordProfile: {password: account.password, forceChangePasswordNextSignIn: false},
			},
			scopes: USER_WRITE_SCOPES,
		},
		confirmation: 'confirm',
		secretPaths: ['passwordProfile.password'],
		// Repeatable: `find` looks the account up by UPN, so a POST that never reached the tenant is simply sent again.
		find: graph => findUser(graph, account.userPrincipalName),
		async verify(graph) {
			return (await findUser(graph, account.userPrincipalName)) !== undefined;
		},
		undo: objectId =>
			objectId
				? {
						request: {
							method: 'DELETE',
							version: 'v1.0',
							path: `/users/${segment(objectId)}`,
							scopes: USER_WRITE_SCOPES,
						},
						check: {
							path: `/users/${segment(objectId)}${query({select: ['id', 'userPrincipalName', 'accountEnabled']})}`,
							version: 'v1.0',
							fields: ['userPrincipalName', 'accountEnabled'],
						},
					}
				: {impossible: msg('stepEnforce.undoNoObject')},
	};
}

async function findGlobalAdmin(graph: ChangeTransport, userId: string): Promise<Found | undefined> {
	const filter = `principalId eq ${quote(userId)} and roleDefinitionId eq ${quote(ROLE.globalAdministrator)}`;
	const response = await graph.request<{value?: {id: string; directoryScopeId?: string}[]}>({
		path: `${ROLE_ASSIGNMENTS_PATH}${query({filter})}`,
	});
	const assignment = (response.body.value ?? []).find(a => (a.directoryScopeId ?? '/') === '/');
	return assignment ? {objectId: assignment.id, done: true} : undefined;
}

/** Gives the emergency-access account Global Administrator, directory-wide and active (GRAPH.md §7). */
export function assignGlobalAdminChange(userId: string, upn: string): Change {
	return {
		id: changeId(STEP, 'role-ga', userId),
		step: STEP,
		title: msg('stepEnforce.changeAssignGlobalAdmin', {upn}),
		why: msg('stepEnforce.whyAssignGlobalAdmin'),
		request: {
			method: 'POST',
			version: 'v1.0',
			path: ROLE_ASSIGNMENTS_PATH,
			body: {principalId: userId, roleDefinitionId: ROLE.globalAdministrator, directoryScopeId: '/'},
			scopes: ROLE_ASSIGNMENT_WRITE_SCOPES,
		},
		confirmation: 'confirm',
		find: graph => findGlobalAdmin(graph, userId),
		async verify(graph) {
			return (await findGlobalAdmin(graph, userId)) !== undefined;
		},
		undo: objectId =>
			objectId
				? {
						request: {
							method: 'DELETE',
							version: 'v1.0',
							path: `${ROLE_ASSIGNMENTS_PATH}/${segment(objectId)}`,
							scopes: ROLE_ASSIGNMENT_WRITE_SCOPES,
						},
						check: {
							path: `${ROLE_ASSIGNMENTS_PATH}/${segment(objectId)}`,
							version: 'v1.0',
							fields: ['principalId', 'roleDefinitionId'],
						},
					}
				: {impossible: msg('stepEnforce.undoNoObject')},
	};
}
