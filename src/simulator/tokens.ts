/**
 * Unsigned JWTs (`alg: none`) for the simulator: access tokens Graph routes accept, id tokens MSAL reads, and the
 * parsing the Graph side does. Nothing here is secret or verifiable — MSAL does not check signatures (STACK.md, "What
 * MSAL validates"), and a demo token must never be mistaken for a real one (its issuer says so).
 * Tokens are built at run time, never stored as literals.
 */
import {randomUUID} from 'node:crypto';

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const ACCEPTED_AUDIENCES = new Set([GRAPH_AUDIENCE, `${GRAPH_AUDIENCE}/`, GRAPH_APP_ID]);

export const b64url = (value: string | object): string =>
	Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

export function unsignedJwt(claims: Record<string, unknown>): string {
	return `${b64url({typ: 'JWT', alg: 'none'})}.${b64url(claims)}.`;
}

export interface AccessTokenClaims {
	readonly tid: string;
	readonly oid: string;
	readonly appid: string;
	readonly aud: string;
	readonly iat: number;
	readonly nbf: number;
	readonly exp: number;
	readonly idtyp: 'user' | 'app';
	readonly scp?: string;
	readonly roles?: readonly string[];
	readonly upn?: string;
	readonly preferred_username?: string;
	readonly name?: string;
	readonly wids?: readonly string[];
	readonly [claim: string]: unknown;
}

export interface BuildAccessToken {
	readonly tenantId: string;
	readonly clientId: string;
	readonly nowSeconds: number;
	readonly lifetimeSeconds: number;
	readonly user?: {readonly id: string; readonly userPrincipalName: string; readonly displayName: string};
	readonly roleTemplateIds?: readonly string[];
	/** Delegated scopes (bare names) — or app roles for app-only tokens. */
	readonly permissions: readonly string[];
	readonly appOnly: boolean;
	readonly appObjectId?: string;
}

export function buildAccessToken(input: BuildAccessToken): string {
	const {tenantId, clientId, nowSeconds, lifetimeSeconds} = input;
	const base: Record<string, unknown> = {
		aud: GRAPH_AUDIENCE,
		iss: `https://sts.windows.net/${tenantId}/`,
		iat: nowSeconds,
		nbf: nowSeconds,
		exp: nowSeconds + lifetimeSeconds,
		tid: tenantId,
		appid: clientId,
		ver: '1.0',
		uti: randomUUID().replaceAll('-', '').slice(0, 22),
		xms_sim: 'mfa-onboard tenant simulator (unsigned, not valid anywhere else)',
	};
	if (input.appOnly) {
		return unsignedJwt({
			...base,
			oid: input.appObjectId ?? clientId,
			sub: input.appObjectId ?? clientId,
			idtyp: 'app',
			roles: [...input.permissions],
		});
	}
	const user = input.user;
	if (!user) throw new Error('buildAccessToken: a delegated token needs a user');
	return unsignedJwt({
		...base,
		oid: user.id,
		sub: `sub-${user.id}`,
		idtyp: 'user',
		upn: user.userPrincipalName,
		preferred_username: user.userPrincipalName,
		unique_name: user.userPrincipalName,
		name: user.displayName,
		scp: input.permissions.join(' '),
		wids: [...(input.roleTemplateIds ?? [])],
	});
}

export type TokenCheck = {ok: true; claims: AccessTokenClaims} | {ok: false; message: string};

/** The Graph side of a bearer token: well-formed, for Graph, for this tenant, and within its lifetime. */
export function checkAccessToken(authorization: string | undefined, tenantId: string, nowSeconds: number): TokenCheck {
	if (!authorization) return {ok: false, message: 'Access token is empty.'};
	const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
	if (!match) return {ok: false, message: 'Access token is empty.'};
	const parts = match[1]!.split('.');
	if (parts.length !== 3) return {ok: false, message: 'IDX14100: JWT is not well formed, there are no dots (.).'};
	let claims: AccessTokenClaims;
	try {
		claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as AccessTokenClaims;
		JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
	} catch {
		return {ok: false, message: 'Invalid JWT token. The token is malformed.'};
	}
	if (typeof claims !== 'object' || claims === null) return {ok: false, message: 'Invalid JWT token.'};
	if (!ACCEPTED_AUDIENCES.has(String(claims.aud))) {
		return {ok: false, message: 'Access token validation failure. Invalid audience.'};
	}
	if (String(claims.tid).toLowerCase() !== tenantId.toLowerCase()) {
		return {ok: false, message: 'Access token validation failure. Invalid issuer (tenant).'};
	}
	if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) {
		return {ok: false, message: 'Lifetime validation failed, the token is expired.'};
	}
	if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + 300) {
		return {ok: false, message: 'Lifetime validation failed, the token is not yet valid.'};
	}
	if (typeof claims.oid !== 'string') return {ok: false, message: 'Invalid JWT token: no object id.'};
	return {ok: true, claims};
}

/** Decodes any three-part JWT payload (client assertions); undefined when it is not one. */
export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
	const parts = token.split('.');
	if (parts.length !== 3) return undefined;
	try {
		const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
		return typeof payload === 'object' && payload !== null ? payload : undefined;
	} catch {
		return undefined;
	}
}
