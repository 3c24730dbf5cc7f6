/**
 * Endpoint families: the unit the pacer limits and the counters report.
 * Graph throttles some endpoints far below its global limits (GRAPH.md §11, https://learn.microsoft.com/graph/throttling-limits):
 * - sign-in and audit logs ("identity and access reports"): 5 requests per 10 s per app per tenant;
 * - Conditional Access writes: about 1 per second per tenant, answered without Retry-After;
 * - Identity Protection: about 1 per second per tenant, also without Retry-After.
 * Everything else shares the directory's resource-unit bucket, which a wizard cannot come near.
 */
export const FAMILIES = ['signIns', 'caWrite', 'identityProtection', 'reports', 'batch', 'directory'] as const;
export type Family = (typeof FAMILIES)[number];

export interface PaceLimit {
	/** Requests allowed in any window of `perMs`. */
	readonly requests: number;
	readonly perMs: number;
}

export const DEFAULT_PACING: Readonly<Partial<Record<Family, PaceLimit>>> = {
	signIns: {requests: 5, perMs: 10_000},
	caWrite: {requests: 1, perMs: 1_000},
	identityProtection: {requests: 1, perMs: 1_000},
};

/** The family of a request, from its method and its path relative to the version (`/auditLogs/signIns?…`). */
export function familyOf(method: string, versionRelativePath: string): Family {
	const path = versionRelativePath.split('?')[0]!.toLowerCase();
	const write = method.toUpperCase() !== 'GET';
	if (path === '/$batch') return 'batch';
	if (path.startsWith('/auditlogs/')) return 'signIns';
	if (path.startsWith('/identity/conditionalaccess/')) return write ? 'caWrite' : 'directory';
	if (path.startsWith('/identityprotection/')) return 'identityProtection';
	if (path.startsWith('/reports/')) return 'reports';
	return 'directory';
}

/** The path after `/v1.0` or `/beta` of a Graph URL, or of a version-relative path. */
export function versionRelative(urlOrPath: string): string {
	const withoutOrigin = urlOrPath.replace(/^https?:\/\/[^/]+/i, '');
	return withoutOrigin.replace(/^\/(?:v1\.0|beta)(?=\/|$)/i, '') || '/';
}
