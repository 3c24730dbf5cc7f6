/** App registrations, for `mfa-onboard setup` (the tool's own public-client app in the tenant). */
import {z} from 'zod';
import {MICROSOFT_GRAPH_APP_ID} from '../knowledge/graph-permissions.js';
import type {Graph} from './client.js';
import {query, quote} from './odata.js';
import {collect, getOne} from './paging.js';
import {endpointOf, list, opt, parseModel} from './schema.js';

export const applicationSchema = z.looseObject({
	id: z.string(),
	appId: z.string(),
	displayName: opt(z.string()),
	signInAudience: opt(z.string()),
	isFallbackPublicClient: opt(z.boolean()),
	publicClient: opt(z.object({redirectUris: list(z.string())})),
	requiredResourceAccess: list(
		z.object({
			resourceAppId: z.string(),
			resourceAccess: list(z.object({id: z.string(), type: z.string()})),
		}),
	),
});
export type Application = z.output<typeof applicationSchema>;

/** Apps with this display name. Scope Application.Read.All. */
export function findApplications(graph: Graph, displayName: string): Promise<Application[]> {
	return collect(
		graph,
		{path: `/applications${query({filter: `displayName eq ${quote(displayName)}`})}`, scopes: ['Application.Read.All']},
		applicationSchema,
	);
}

/** Scope Application.ReadWrite.All. */
export async function createApplication(graph: Graph, body: Record<string, unknown>): Promise<Application> {
	const response = await graph.request({
		method: 'POST',
		path: '/applications',
		body,
		scopes: ['Application.ReadWrite.All'],
	});
	return parseModel(applicationSchema, response.body, endpointOf('POST', response.url));
}

const permissionScopeSchema = z.object({
	id: z.string(),
	value: opt(z.string()),
	type: opt(z.string()),
	isEnabled: opt(z.boolean()),
});

const graphServicePrincipalSchema = z.object({
	id: opt(z.string()),
	appId: opt(z.string()),
	oauth2PermissionScopes: list(permissionScopeSchema),
});

/**
 * Microsoft Graph's delegated permissions as this tenant knows them (name → id): the live source `setup` prefers to
 * its built-in table. Scope Application.Read.All.
 */
export async function graphPermissionIds(graph: Graph): Promise<Map<string, string>> {
	const sp = await getOne(
		graph,
		{
			path: `/servicePrincipals(appId='${MICROSOFT_GRAPH_APP_ID}')${query({select: ['id', 'appId', 'oauth2PermissionScopes']})}`,
			scopes: ['Application.Read.All'],
		},
		graphServicePrincipalSchema,
	);
	return new Map(
		sp.oauth2PermissionScopes.filter(s => s.value && s.isEnabled !== false).map(s => [s.value!.toLowerCase(), s.id]),
	);
}
