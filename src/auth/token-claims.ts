/**
 * Claims of a supplied access token (`--auth token`), read for display and scope hints only. Nothing here verifies a
 * signature or trusts a claim for a security decision: Graph verifies the token (PRODUCT.md, STACK.md MSAL pitfall 8).
 */

export interface TokenClaims {
	readonly tenantId?: string;
	readonly objectId?: string;
	/** `upn`, else `preferred_username`, else `unique_name`, else `app_displayname`. */
	readonly user?: string;
	readonly audience?: string;
	/** Delegated scopes (`scp`) and application roles (`roles`) together. */
	readonly scopes: readonly string[];
	readonly appOnly: boolean;
	/** Expiry, ms since the epoch. */
	readonly expiresAt?: number;
	readonly appId?: string;
}

/** Undefined when the value is not a JWT with a JSON payload. */
export function readTokenClaims(token: string): TokenClaims | undefined {
	const parts = token.trim().split('.');
	if (parts.length !== 3 || !parts[1]) return undefined;
	let payload: Record<string, unknown>;
	try {
		payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
	} catch {
		return undefined;
	}
	if (!payload || typeof payload !== 'object') return undefined;
	const str = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : undefined);
	const scp = (str('scp') ?? '').split(' ').filter(Boolean);
	const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
	return {
		tenantId: str('tid'),
		objectId: str('oid'),
		user: str('upn') ?? str('preferred_username') ?? str('unique_name') ?? str('app_displayname'),
		audience: str('aud'),
		scopes: [...scp, ...roles],
		appOnly: scp.length === 0 && roles.length > 0,
		expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : undefined,
		appId: str('appid') ?? str('azp'),
	};
}

/** Microsoft Graph's audience values: its app id, or its root URL in any cloud. */
export function isGraphAudience(audience: string | undefined, graphRoot: string): boolean {
	if (!audience) return false;
	const a = audience.replace(/\/+$/, '').toLowerCase();
	return (
		a === '00000003-0000-0000-c000-000000000000' ||
		a === graphRoot.replace(/\/+$/, '').toLowerCase() ||
		/^https:\/\/(graph\.microsoft\.(com|us)|dod-graph\.microsoft\.us|microsoftgraph\.chinacloudapi\.cn)$/.test(a)
	);
}
