/**
 * The Graph layer's own failures, as data the one translator (translate.ts) turns into UserErrors. They carry only
 * redacted URLs and never a header or a token.
 */
import type {Family} from './families.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** What a licence- or permission-gated call was for, so a 403 can say what is unavailable and what happens instead. */
export type GraphFeature =
	| 'signInLogs'
	| 'registrationDetails'
	| 'conditionalAccess'
	| 'riskyUsers'
	| 'riskDetections'
	| 'roleEligibility'
	| 'usageReports'
	| 'perUserMfa'
	| 'authMethods';

/** A request the dry-run guard refused; the plan shows these as "would send". Bodies are redacted. */
export interface RefusedRequest {
	readonly method: HttpMethod;
	/** Graph URL as written (real Graph origin, version included), redacted. */
	readonly url: string;
	readonly body?: unknown;
	/** Set for requests found inside a `$batch`. */
	readonly batchId?: string;
}

export class GraphHttpError extends Error {
	override readonly name = 'GraphHttpError';
	readonly status: number;
	/** Graph's `error.code` (`Authorization_RequestDenied`, `Authentication_RequestFromNonPremiumTenantOrB2CTenant`…). */
	readonly code: string;
	/** Graph's `error.message`, redacted. */
	readonly graphMessage: string;
	readonly requestId?: string;
	readonly method: HttpMethod;
	readonly url: string;
	readonly family: Family;
	readonly scopes: readonly string[];
	readonly feature?: GraphFeature;
	readonly attempts: number;
	/** For a 429 that outlasted the retries: how long Graph asked to wait. */
	readonly retryAfterMs?: number;

	constructor(fields: {
		status: number;
		code: string;
		graphMessage: string;
		requestId?: string;
		method: HttpMethod;
		url: string;
		family: Family;
		scopes: readonly string[];
		feature?: GraphFeature;
		attempts: number;
		retryAfterMs?: number;
	}) {
		super(`${fields.method} ${fields.url} → ${fields.status} ${fields.code}: ${fields.graphMessage}`);
		this.status = fields.status;
		this.code = fields.code;
		this.graphMessage = fields.graphMessage;
		this.requestId = fields.requestId;
		this.method = fields.method;
		this.url = fields.url;
		this.family = fields.family;
		this.scopes = fields.scopes;
		this.feature = fields.feature;
		this.attempts = fields.attempts;
		this.retryAfterMs = fields.retryAfterMs;
	}
}

/** Graph could not be reached (reset, refused, DNS, timeout) after the retries allowed for this request. */
export class GraphNetworkError extends Error {
	override readonly name = 'GraphNetworkError';
	constructor(
		readonly method: HttpMethod,
		readonly url: string,
		readonly code: string,
		readonly attempts: number,
		options?: {cause?: unknown},
	) {
		super(`${method} ${url}: ${code} after ${attempts} attempt(s)`, options);
	}
}

/** The dry-run guard refused a request before anything was sent. Not a failure of the run: the plan records it. */
export class DryRunRefusal extends Error {
	override readonly name = 'DryRunRefusal';
	constructor(readonly requests: readonly RefusedRequest[]) {
		super(`dry run: refused ${requests.map(r => `${r.method} ${r.url}`).join(', ')}`);
	}
}

/** A response did not have the shape the read model expects (wrong type; not a missing optional or a new enum). */
export class GraphShapeError extends Error {
	override readonly name = 'GraphShapeError';
	constructor(
		/** `GET /v1.0/users` (no query). */
		readonly endpoint: string,
		/** `value[3].accountEnabled`. */
		readonly field: string,
		readonly problem: string,
	) {
		super(`${endpoint}: ${field}: ${problem}`);
	}
}

/** A URL the layer will not send a token to (not Graph, not the configured endpoint). */
export class UntrustedUrlError extends Error {
	override readonly name = 'UntrustedUrlError';
	constructor(readonly url: string) {
		super(`refusing to send a Graph request to ${url}: not the Graph endpoint of this session`);
	}
}

/** The Graph handle was closed (the run is ending): nothing more is sent. */
export class GraphClosedError extends Error {
	override readonly name = 'GraphClosedError';
	constructor() {
		super('the Graph session was closed before this request finished');
	}
}
