/**
 * Identity Protection (GRAPH.md §9): risky users (P2) and risk detections (P1 limited, P2 full), and the two risky-user
 * actions. Paced at about one request per second (families.ts): Graph throttles these without a Retry-After.
 */
import {z} from 'zod';
import type {Graph} from './client.js';
import {query, segment} from './odata.js';
import {type IterateOptions, iterate} from './paging.js';
import {endpointOf, openEnum, opt, parseModel} from './schema.js';

export const riskyUserSchema = z.object({
	id: z.string(),
	userPrincipalName: opt(z.string()),
	userDisplayName: opt(z.string()),
	riskLastUpdatedDateTime: opt(z.string()),
	isDeleted: opt(z.boolean()),
	isProcessing: opt(z.boolean()),
	riskLevel: opt(openEnum(['low', 'medium', 'high', 'hidden', 'none', 'unknownFutureValue'])),
	riskState: opt(
		openEnum([
			'none',
			'confirmedSafe',
			'remediated',
			'dismissed',
			'atRisk',
			'confirmedCompromised',
			'unknownFutureValue',
		]),
	),
	riskDetail: opt(z.string()),
});
export type RiskyUser = z.output<typeof riskyUserSchema>;

/** Scope IdentityRiskyUser.Read.All; licence P2. */
export function listRiskyUsers(
	graph: Graph,
	options: IterateOptions & {filter?: string} = {},
): AsyncGenerator<RiskyUser, void, undefined> {
	return iterate(
		graph,
		{
			path: `/identityProtection/riskyUsers${query({filter: options.filter})}`,
			scopes: ['IdentityRiskyUser.Read.All'],
			feature: 'riskyUsers',
		},
		riskyUserSchema,
		options,
	);
}

/** One user's risk, or null when Identity Protection has no record of them (404). Scope IdentityRiskyUser.Read.All; P2. */
export async function getRiskyUser(graph: Graph, userId: string): Promise<RiskyUser | null> {
	const response = await graph.request<unknown>({
		path: `/identityProtection/riskyUsers/${segment(userId)}`,
		scopes: ['IdentityRiskyUser.Read.All'],
		feature: 'riskyUsers',
		acceptStatus: [404],
	});
	if (response.status === 404 || !response.body) return null;
	return parseModel(riskyUserSchema, response.body, endpointOf('GET', response.url));
}

/** The beta doc allows up to 60 ids per action call. */
const ACTION_CHUNK = 60;

async function riskyUserAction(graph: Graph, action: 'dismiss' | 'confirmCompromised', userIds: readonly string[]) {
	for (let i = 0; i < userIds.length; i += ACTION_CHUNK) {
		await graph.request({
			method: 'POST',
			path: `/identityProtection/riskyUsers/${action}`,
			body: {userIds: userIds.slice(i, i + ACTION_CHUNK)},
			scopes: ['IdentityRiskyUser.ReadWrite.All'],
			feature: 'riskyUsers',
			// Dismissing or confirming twice leaves the same state.
			idempotent: true,
		});
	}
}

/** Scope IdentityRiskyUser.ReadWrite.All. */
export function dismissRiskyUsers(graph: Graph, userIds: readonly string[]): Promise<void> {
	return riskyUserAction(graph, 'dismiss', userIds);
}

export function confirmCompromisedUsers(graph: Graph, userIds: readonly string[]): Promise<void> {
	return riskyUserAction(graph, 'confirmCompromised', userIds);
}

export const riskDetectionSchema = z.object({
	id: z.string(),
	riskEventType: opt(z.string()),
	riskLevel: opt(z.string()),
	riskState: opt(z.string()),
	riskDetail: opt(z.string()),
	detectionTimingType: opt(z.string()),
	activity: opt(z.string()),
	ipAddress: opt(z.string()),
	userId: opt(z.string()),
	userPrincipalName: opt(z.string()),
	detectedDateTime: opt(z.string()),
});
export type RiskDetection = z.output<typeof riskDetectionSchema>;

/** Scope IdentityRiskEvent.Read.All; P1 sees limited detail. */
export function listRiskDetections(
	graph: Graph,
	options: IterateOptions & {filter?: string} = {},
): AsyncGenerator<RiskDetection, void, undefined> {
	return iterate(
		graph,
		{
			path: `/identityProtection/riskDetections${query({filter: options.filter})}`,
			scopes: ['IdentityRiskEvent.Read.All'],
			feature: 'riskDetections',
		},
		riskDetectionSchema,
		options,
	);
}
