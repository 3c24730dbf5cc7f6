/**
 * Step 7's changes: the Authenticator registration campaign (GRAPH.md §4: `registrationEnforcement` of the
 * authentication methods policy) and SSPR for administrators (`authorizationPolicy.allowedToUseSSPR`, GRAPH.md §10).
 * Both are tenant-wide settings with an exact undo: the campaign goes back to the object it replaced.
 */
import {type Change, type ChangeTransport, changeId} from '../../changes/change.js';
import type {JsonValue} from '../../wizard/reducer.js';
import {msg} from '../types.js';

const METHODS_POLICY = '/policies/authenticationMethodsPolicy';
const AUTHORIZATION_POLICY = '/policies/authorizationPolicy';
const METHODS_SCOPE = 'Policy.ReadWrite.AuthenticationMethod';
const AUTHORIZATION_SCOPE = 'Policy.ReadWrite.Authorization';

/** Snooze the prompt for a day at most: long enough not to block a meeting, short enough to get people registered. */
export const CAMPAIGN_SNOOZE_DAYS = 1;

interface Campaign {
	state?: string;
	snoozeDurationInDays?: number;
	includeTargets?: {id: string; targetType?: string; targetedAuthenticationMethod?: string}[];
	excludeTargets?: {id: string; targetType?: string}[];
}

async function readCampaign(graph: ChangeTransport): Promise<Campaign | undefined> {
	const {body} = await graph.request<{
		registrationEnforcement?: {authenticationMethodsRegistrationCampaign?: Campaign};
	}>({path: METHODS_POLICY, scopes: ['Policy.Read.All']});
	return body?.registrationEnforcement?.authenticationMethodsRegistrationCampaign;
}

function campaignOn(campaign: Campaign | undefined): boolean {
	return (
		campaign?.state === 'enabled' &&
		(campaign.includeTargets ?? []).some(
			t =>
				t.id === 'all_users' &&
				(t.targetedAuthenticationMethod ?? 'microsoftAuthenticator') === 'microsoftAuthenticator',
		)
	);
}

/**
 * Turns the campaign on for every user who has not registered Microsoft Authenticator (the campaign itself skips users
 * who have), keeping the current exclusions and leaving out the declared break-glass accounts, which sign in with
 * keys kept in a safe and must not be nudged to add a phone.
 */
export function campaignChange(breakGlassIds: readonly string[]): Change {
	return {
		id: changeId('sspr', 'registration-campaign', 'all_users'),
		step: 'sspr',
		title: msg('stepSspr.changeCampaignTitle'),
		why: msg('stepSspr.changeCampaignWhy'),
		confirmation: 'confirm',
		request: {
			method: 'PATCH',
			version: 'v1.0',
			path: METHODS_POLICY,
			body: {
				registrationEnforcement: {
					authenticationMethodsRegistrationCampaign: {
						state: 'enabled',
						snoozeDurationInDays: CAMPAIGN_SNOOZE_DAYS,
						includeTargets: [
							{id: 'all_users', targetType: 'group', targetedAuthenticationMethod: 'microsoftAuthenticator'},
						],
						excludeTargets: breakGlassIds.map(id => ({id, targetType: 'user'})),
					},
				},
			},
			scopes: [METHODS_SCOPE],
		},
		async find(graph) {
			return campaignOn(await readCampaign(graph)) ? {done: true, objectId: 'authenticationMethodsPolicy'} : undefined;
		},
		async before(graph) {
			const campaign = await readCampaign(graph);
			return campaign === undefined ? undefined : (structuredClone(campaign) as unknown as JsonValue);
		},
		objectIdFrom: () => 'authenticationMethodsPolicy',
		async verify(graph) {
			return campaignOn(await readCampaign(graph));
		},
		undo(_objectId, before) {
			return {
				request: {
					method: 'PATCH',
					version: 'v1.0',
					path: METHODS_POLICY,
					body: {
						registrationEnforcement: {
							authenticationMethodsRegistrationCampaign: before ?? {state: 'default'},
						},
					},
					scopes: [METHODS_SCOPE],
				},
				check: {path: METHODS_POLICY, version: 'v1.0', fields: ['registrationEnforcement']},
			};
		},
	};
}

async function readAdminSspr(graph: ChangeTransport): Promise<boolean | undefined> {
	const {body} = await graph.request<{allowedToUseSSPR?: boolean; value?: {allowedToUseSSPR?: boolean}[]}>({
		path: AUTHORIZATION_POLICY,
		scopes: ['Policy.Read.All'],
	});
	// Graph answers one object; older tenants a one-item collection (graph/policies.ts).
	const policy = Array.isArray(body?.value) ? body.value[0] : body;
	return policy?.allowedToUseSSPR;
}

/** Lets administrators reset their own password (Microsoft's default; takes up to an hour to apply). */
export function adminSsprChange(): Change {
	const patch = (allowed: boolean) => ({
		method: 'PATCH' as const,
		version: 'v1.0' as const,
		path: AUTHORIZATION_POLICY,
		body: {allowedToUseSSPR: allowed},
		scopes: [AUTHORIZATION_SCOPE],
	});
	return {
		id: changeId('sspr', 'admin-sspr', 'allowedToUseSSPR'),
		step: 'sspr',
		title: msg('stepSspr.changeAdminSsprTitle'),
		why: msg('stepSspr.changeAdminSsprWhy'),
		confirmation: 'confirm',
		request: patch(true),
		async find(graph) {
			return (await readAdminSspr(graph)) === true ? {done: true, objectId: 'authorizationPolicy'} : undefined;
		},
		async before(graph) {
			const allowed = await readAdminSspr(graph);
			return allowed === undefined ? undefined : {allowedToUseSSPR: allowed};
		},
		objectIdFrom: () => 'authorizationPolicy',
		async verify(graph) {
			return (await readAdminSspr(graph)) === true;
		},
		undo(_objectId, before) {
			const previous = (before as {allowedToUseSSPR?: boolean} | undefined)?.allowedToUseSSPR ?? false;
			return {
				request: patch(previous),
				check: {path: AUTHORIZATION_POLICY, version: 'v1.0', fields: ['allowedToUseSSPR']},
			};
		},
	};
}
