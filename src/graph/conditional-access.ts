/**
 * Conditional Access (GRAPH.md §6, Entra ID P1): policies, templates, and their CRUD. Policies are loose objects so an
 * undo can restore every field, including ones this tool does not know. CA writes are paced at about one per second
 * (families.ts) because Graph throttles them without a Retry-After.
 */
import {z} from 'zod';
import type {Graph} from './client.js';
import {segment} from './odata.js';
import {collect, getOne} from './paging.js';
import {endpointOf, list, openEnum, opt, parseModel} from './schema.js';

const READ = ['Policy.Read.All'];
/** GRAPH.md §6: the docs ask for all three on writes. */
const WRITE = ['Policy.ReadWrite.ConditionalAccess', 'Policy.Read.All', 'Application.Read.All'];
/** For changes built as data (the enforce step): the same scopes this module's writes use. */
export const CA_READ_SCOPES: readonly string[] = READ;
export const CA_WRITE_SCOPES: readonly string[] = WRITE;

export const CA_STATES = ['enabled', 'disabled', 'enabledForReportingButNotEnforced'] as const;

export const caUsersSchema = z.looseObject({
	includeUsers: list(z.string()),
	excludeUsers: list(z.string()),
	includeGroups: list(z.string()),
	excludeGroups: list(z.string()),
	includeRoles: list(z.string()),
	excludeRoles: list(z.string()),
});

export const caPolicySchema = z.looseObject({
	id: z.string(),
	displayName: opt(z.string()),
	state: openEnum(CA_STATES),
	createdDateTime: opt(z.string()),
	modifiedDateTime: opt(z.string()),
	templateId: opt(z.string()),
	conditions: opt(
		z.looseObject({
			users: opt(caUsersSchema),
			applications: opt(
				z.looseObject({
					includeApplications: list(z.string()),
					excludeApplications: list(z.string()),
					includeUserActions: list(z.string()),
				}),
			),
			clientAppTypes: list(
				openEnum(['all', 'browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'easSupported', 'other']),
			),
			userRiskLevels: list(z.string()),
			signInRiskLevels: list(z.string()),
		}),
	),
	grantControls: opt(
		z.looseObject({
			operator: opt(z.string()),
			builtInControls: list(z.string()),
			authenticationStrength: opt(z.looseObject({id: z.string()})),
		}),
	),
	sessionControls: opt(z.looseObject({})),
});
export type CaPolicy = z.output<typeof caPolicySchema>;

const POLICIES = '/identity/conditionalAccess/policies';
export const CA_POLICIES_PATH = POLICIES;

export function listCaPolicies(graph: Graph): Promise<CaPolicy[]> {
	return collect(graph, {path: POLICIES, scopes: READ, feature: 'conditionalAccess'}, caPolicySchema);
}

export function getCaPolicy(graph: Graph, id: string): Promise<CaPolicy> {
	return getOne(
		graph,
		{path: `${POLICIES}/${segment(id)}`, scopes: READ, feature: 'conditionalAccess'},
		caPolicySchema,
	);
}

/** Creates a policy (the wizard creates them report-only first). Returns the created policy. */
export async function createCaPolicy(graph: Graph, policy: Record<string, unknown>): Promise<CaPolicy> {
	const response = await graph.request({
		method: 'POST',
		path: POLICIES,
		body: policy,
		scopes: WRITE,
		feature: 'conditionalAccess',
	});
	return parseModel(caPolicySchema, response.body, endpointOf('POST', response.url));
}

export async function updateCaPolicy(graph: Graph, id: string, patch: Record<string, unknown>): Promise<void> {
	await graph.request({
		method: 'PATCH',
		path: `${POLICIES}/${segment(id)}`,
		body: patch,
		scopes: WRITE,
		feature: 'conditionalAccess',
	});
}

export async function deleteCaPolicy(graph: Graph, id: string): Promise<void> {
	await graph.request({
		method: 'DELETE',
		path: `${POLICIES}/${segment(id)}`,
		scopes: WRITE,
		feature: 'conditionalAccess',
	});
}

export const caTemplateSchema = z.looseObject({
	id: z.string(),
	name: opt(z.string()),
	description: opt(z.string()),
	scenarios: opt(z.string()),
	details: opt(z.looseObject({})),
});
export type CaTemplate = z.output<typeof caTemplateSchema>;

/** Microsoft's templates; look "all users" and "block legacy" up by name (their ids are UNVERIFIED, GRAPH.md §6). */
export function listCaTemplates(graph: Graph): Promise<CaTemplate[]> {
	return collect(
		graph,
		{path: '/identity/conditionalAccess/templates', scopes: READ, feature: 'conditionalAccess'},
		caTemplateSchema,
	);
}

export function getCaTemplate(graph: Graph, id: string): Promise<CaTemplate> {
	return getOne(
		graph,
		{path: `/identity/conditionalAccess/templates/${segment(id)}`, scopes: READ, feature: 'conditionalAccess'},
		caTemplateSchema,
	);
}
