/**
 * Sign-in logs (GRAPH.md §1, Entra ID P1): v1.0 and the beta-only fields a tool proving MFA coverage needs
 * (`authenticationRequirement`, `authenticationProtocol`, `signInEventTypes`). The beta list returns only interactive
 * sign-ins unless `signInEventTypes` is filtered. Narrow by `createdDateTime` (server-side), never scan wide: the
 * endpoint allows 5 requests per 10 s per tenant (the pacer keeps to that).
 */
import {z} from 'zod';
import type {Graph} from './client.js';
import {query, quote} from './odata.js';
import {type IterateOptions, iterate} from './paging.js';
import {list, openEnum, opt} from './schema.js';

export const signInSchema = z.object({
	id: z.string(),
	createdDateTime: z.string(),
	userId: opt(z.string()),
	userPrincipalName: opt(z.string()),
	userDisplayName: opt(z.string()),
	appId: opt(z.string()),
	appDisplayName: opt(z.string()),
	resourceId: opt(z.string()),
	resourceDisplayName: opt(z.string()),
	clientAppUsed: opt(z.string()),
	isInteractive: opt(z.boolean()),
	ipAddress: opt(z.string()),
	correlationId: opt(z.string()),
	userAgent: opt(z.string()),
	conditionalAccessStatus: opt(openEnum(['success', 'failure', 'notApplied', 'unknownFutureValue'])),
	status: opt(
		z.object({
			errorCode: opt(z.number()),
			failureReason: opt(z.string()),
			additionalDetails: opt(z.string()),
		}),
	),
	deviceDetail: opt(
		z.looseObject({
			deviceId: opt(z.string()),
			displayName: opt(z.string()),
			operatingSystem: opt(z.string()),
			browser: opt(z.string()),
			isCompliant: opt(z.boolean()),
			isManaged: opt(z.boolean()),
			trustType: opt(z.string()),
		}),
	),
	location: opt(z.looseObject({city: opt(z.string()), countryOrRegion: opt(z.string())})),
	appliedConditionalAccessPolicies: list(
		z.looseObject({id: opt(z.string()), displayName: opt(z.string()), result: opt(z.string())}),
	),
	riskLevelDuringSignIn: opt(z.string()),
	riskState: opt(z.string()),
	servicePrincipalId: opt(z.string()),
	// Beta only (absent from v1.0): see GRAPH.md §1 "Beta-only fields".
	authenticationRequirement: opt(openEnum(['singleFactorAuthentication', 'multiFactorAuthentication'])),
	authenticationProtocol: opt(
		openEnum([
			'none',
			'oAuth2',
			'ropc',
			'wsFederation',
			'saml20',
			'deviceCode',
			'unknownFutureValue',
			'authenticationTransfer',
			'nativeAuth',
		]),
	),
	signInEventTypes: list(
		openEnum(['interactiveUser', 'nonInteractiveUser', 'servicePrincipal', 'managedIdentity', 'unknownFutureValue']),
	),
	authenticationDetails: list(
		z.looseObject({
			authenticationMethod: opt(z.string()),
			succeeded: opt(z.boolean()),
			authenticationStepRequirement: opt(z.string()),
		}),
	),
	clientCredentialType: opt(z.string()),
	userType: opt(z.string()),
	crossTenantAccessType: opt(z.string()),
	incomingTokenType: opt(z.string()),
});
export type SignIn = z.output<typeof signInSchema>;

export type SignInEventType = 'interactiveUser' | 'nonInteractiveUser' | 'servicePrincipal' | 'managedIdentity';

export interface SignInFilter {
	/** Inclusive lower bound, RFC 3339 UTC (`2026-11-01T00:00:00Z`). */
	readonly since?: string;
	readonly until?: string;
	readonly clientAppUsed?: readonly string[];
	readonly userId?: string;
	readonly userPrincipalName?: string;
	readonly appId?: string;
	readonly errorCode?: number;
	/** Beta: event types to include (the beta list is interactive-only otherwise). */
	readonly eventTypes?: readonly SignInEventType[];
	/** Beta. */
	readonly authenticationProtocol?: string;
	/** Beta. */
	readonly authenticationRequirement?: 'singleFactorAuthentication' | 'multiFactorAuthentication';
}

/** The `$filter` for a SignInFilter, with only the operators GRAPH.md §1 lists as supported. */
export function signInFilter(filter: SignInFilter): string | undefined {
	const parts: string[] = [];
	if (filter.since) parts.push(`createdDateTime ge ${filter.since}`);
	if (filter.until) parts.push(`createdDateTime le ${filter.until}`);
	if (filter.userId) parts.push(`userId eq ${quote(filter.userId)}`);
	if (filter.userPrincipalName) parts.push(`userPrincipalName eq ${quote(filter.userPrincipalName)}`);
	if (filter.appId) parts.push(`appId eq ${quote(filter.appId)}`);
	if (filter.errorCode !== undefined) parts.push(`status/errorCode eq ${filter.errorCode}`);
	if (filter.clientAppUsed && filter.clientAppUsed.length > 0) {
		const ors = filter.clientAppUsed.map(c => `clientAppUsed eq ${quote(c)}`);
		parts.push(ors.length === 1 ? ors[0]! : `(${ors.join(' or ')})`);
	}
	if (filter.authenticationProtocol) parts.push(`authenticationProtocol eq ${quote(filter.authenticationProtocol)}`);
	if (filter.authenticationRequirement) {
		parts.push(`authenticationRequirement eq ${quote(filter.authenticationRequirement)}`);
	}
	if (filter.eventTypes && filter.eventTypes.length > 0) {
		const ors = filter.eventTypes.map(e => `signInEventTypes/any(t: t eq ${quote(e)})`);
		parts.push(ors.length === 1 ? ors[0]! : `(${ors.join(' or ')})`);
	}
	return parts.length > 0 ? parts.join(' and ') : undefined;
}

export interface ListSignInsOptions extends IterateOptions {
	/** A SignInFilter, or a raw `$filter` string. */
	readonly filter?: SignInFilter | string;
	/** Read the beta endpoint (forced when the filter uses beta-only fields). */
	readonly beta?: boolean;
	/** Page size, 1,000 at most. */
	readonly top?: number;
}

function usesBeta(filter: SignInFilter | string | undefined): boolean {
	if (!filter || typeof filter === 'string') return false;
	return !!(filter.eventTypes?.length || filter.authenticationProtocol || filter.authenticationRequirement);
}

/** Streams sign-ins, newest first. Scope AuditLog.Read.All; licence P1. */
export function listSignIns(graph: Graph, options: ListSignInsOptions = {}): AsyncGenerator<SignIn, void, undefined> {
	const filter = typeof options.filter === 'string' ? options.filter : options.filter && signInFilter(options.filter);
	return iterate(
		graph,
		{
			path: `/auditLogs/signIns${query({filter, top: Math.min(options.top ?? 1000, 1000)})}`,
			version: options.beta || usesBeta(options.filter) ? 'beta' : 'v1.0',
			scopes: ['AuditLog.Read.All'],
			feature: 'signInLogs',
		},
		signInSchema,
		options,
	);
}
