/**
 * Graph's error envelope: `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`.
 * Handlers throw GraphError; the server turns it into the envelope (innerError is filled in there).
 * Codes and messages follow what Graph sends (GRAPH.md; community-observed where Microsoft documents none).
 */
export class GraphError extends Error {
	readonly status: number;
	readonly code: string;
	readonly headers: Readonly<Record<string, string>>;

	constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
		super(message);
		this.name = 'GraphError';
		this.status = status;
		this.code = code;
		this.headers = headers;
	}
}

export function isGraphError(error: unknown): error is GraphError {
	return error instanceof GraphError;
}

export const badRequest = (message: string, code = 'BadRequest'): GraphError => new GraphError(400, code, message);

/** Directory objects answer a query they cannot serve with this code (advanced-query rules, unsupported filters). */
export const unsupportedQuery = (message = 'Unsupported Query.'): GraphError =>
	new GraphError(400, 'Request_UnsupportedQuery', message);

export const notFound = (id: string): GraphError =>
	new GraphError(
		404,
		'Request_ResourceNotFound',
		`Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
	);

/** Graph's answer to a path segment it does not know in this version (e.g. a beta-only path under /v1.0). */
export const segmentNotFound = (segment: string): GraphError =>
	new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);

/** A permission the token lacks. Graph itself only says "Insufficient privileges"; the simulator names what is needed. */
export function insufficientPrivileges(detail: string): GraphError {
	return new GraphError(
		403,
		'Authorization_RequestDenied',
		`Insufficient privileges to complete the operation. ${detail}`,
	);
}

/** Entra ID P1/P2 missing, as Graph answers for sign-in logs and registration details. */
export function nonPremiumTenant(): GraphError {
	return new GraphError(
		403,
		'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
		"Neither tenant is B2C or tenant doesn't have premium license",
	);
}

/** Identity Protection (and CA writes without P1) in an unlicensed tenant, as observed on live tenants. */
export function notLicensedForFeature(code = 'Forbidden'): GraphError {
	return new GraphError(403, code, 'Your tenant is not licensed for this feature.');
}

export function invalidToken(message: string): GraphError {
	return new GraphError(401, 'InvalidAuthenticationToken', message, {
		'WWW-Authenticate':
			'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
	});
}
