/** Tenant profile (GRAPH.md §8): `/organization`, `/subscribedSkus`, and the signed-in user (`/me`). */
import {z} from 'zod';
import type {Graph} from './client.js';
import {collect, getOne} from './paging.js';
import {list, openEnum, opt} from './schema.js';

export const verifiedDomainSchema = z.object({
	name: z.string(),
	isDefault: opt(z.boolean()),
	isInitial: opt(z.boolean()),
	type: opt(z.string()),
	capabilities: opt(z.string()),
});

export const organizationSchema = z.object({
	id: z.string(),
	displayName: opt(z.string()),
	verifiedDomains: list(verifiedDomainSchema),
	tenantType: opt(z.string()),
	partnerTenantType: opt(
		openEnum([
			'microsoftSupport',
			'syndicatePartner',
			'breadthPartner',
			'breadthPartnerDelegatedAdmin',
			'resellerPartnerDelegatedAdmin',
			'valueAddedResellerPartnerDelegatedAdmin',
			'unknownFutureValue',
		]),
	),
	onPremisesSyncEnabled: opt(z.boolean()),
	onPremisesLastSyncDateTime: opt(z.string()),
	createdDateTime: opt(z.string()),
	countryLetterCode: opt(z.string()),
	technicalNotificationMails: list(z.string()),
	assignedPlans: list(
		z.object({
			servicePlanId: opt(z.string()),
			service: opt(z.string()),
			capabilityStatus: opt(z.string()),
			assignedDateTime: opt(z.string()),
		}),
	),
});
export type Organization = z.output<typeof organizationSchema>;

/** The tenant the token is for (`/organization` holds exactly one). Scope User.Read. */
export async function getOrganization(graph: Graph): Promise<Organization> {
	const all = await collect(graph, {path: '/organization', scopes: ['User.Read']}, organizationSchema);
	if (!all[0]) throw new Error('graph: /organization returned no tenant');
	return all[0];
}

export const meSchema = z.object({
	id: z.string(),
	userPrincipalName: opt(z.string()),
	displayName: opt(z.string()),
});
export type Me = z.output<typeof meSchema>;

export function getMe(graph: Graph): Promise<Me> {
	return getOne(graph, {path: '/me?$select=id,userPrincipalName,displayName', scopes: ['User.Read']}, meSchema);
}

export const subscribedSkuSchema = z.object({
	id: opt(z.string()),
	skuId: z.string(),
	skuPartNumber: opt(z.string()),
	appliesTo: opt(z.string()),
	capabilityStatus: opt(openEnum(['Enabled', 'Warning', 'Suspended', 'Deleted', 'LockedOut'])),
	consumedUnits: opt(z.number()),
	prepaidUnits: opt(
		z.object({
			enabled: opt(z.number()),
			suspended: opt(z.number()),
			warning: opt(z.number()),
			lockedOut: opt(z.number()),
		}),
	),
	servicePlans: list(
		z.object({
			servicePlanId: z.string(),
			servicePlanName: opt(z.string()),
			provisioningStatus: opt(z.string()),
			appliesTo: opt(z.string()),
		}),
	),
});
export type SubscribedSku = z.output<typeof subscribedSkuSchema>;

/** Licences (GRAPH.md §8). Scope Organization.Read.All. */
export function listSubscribedSkus(graph: Graph): Promise<SubscribedSku[]> {
	return collect(graph, {path: '/subscribedSkus', scopes: ['Organization.Read.All']}, subscribedSkuSchema);
}
