/** Types shared by the server pipeline and the route handlers. */
import type {GraphError} from './errors.js';
import type {LicenceTier, Tenant} from './tenant.js';
import type {ThrottleFamily} from './throttle.js';
import type {AccessTokenClaims} from './tokens.js';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type GraphVersion = 'v1.0' | 'beta';

export interface Principal {
	readonly kind: 'user' | 'app';
	/** The signed-in user's object id (delegated tokens). */
	readonly userId?: string;
	readonly appId: string;
	/** Effective permissions (implied ones included), lower-cased. */
	readonly permissions: ReadonlySet<string>;
	readonly claims: AccessTokenClaims;
}

/** What a route handler can see and do. */
export interface RequestContext {
	readonly tenant: Tenant;
	readonly core: CoreServices;
	readonly method: HttpMethod;
	readonly version: GraphVersion;
	/** Decoded path after the version (`/users/abc`). */
	readonly path: string;
	/** The path after the version as the client sent it (still percent-encoded), for nextLinks. */
	readonly rawPath: string;
	readonly params: Readonly<Record<string, string>>;
	readonly query: URLSearchParams;
	readonly headers: Readonly<Record<string, string | undefined>>;
	readonly body: unknown;
	readonly principal: Principal;
	/** Epoch ms from the simulator's clock. */
	readonly now: number;
	readonly nowIso: string;
	/** Origin written into absolute URLs (nextLinks): `publicOrigin`. */
	readonly origin: string;
	/** The simulator's own URL (report downloads, which clients fetch without the Graph origin rewrite). */
	readonly selfUrl: string;
	/** Handlers call this after changing the tenant (fires onChange, drops caches). */
	changed(): void;
}

export interface RouteResult {
	readonly status: number;
	readonly body?: unknown;
	readonly headers?: Readonly<Record<string, string>>;
	/** A non-JSON body (CSV, text/plain $count). */
	readonly text?: {readonly contentType: string; readonly body: string};
	/**
	 * A JSON body already serialised, in pieces whose concatenation is the document. Big pages (sign-ins) use it so
	 * each row's objects die young and no multi-megabyte string is built: the pieces are written one by one.
	 */
	readonly jsonParts?: readonly string[];
}

export interface RoleRequirement {
	/** Role template ids any of which allows the operation (Global Administrator always does). */
	readonly roles: readonly string[];
	/** Extra words for the 403 message. */
	readonly detail?: string;
}

export interface Route {
	readonly method: HttpMethod;
	/** Matched against the decoded path after the version, case-insensitively; named groups become params. */
	readonly pattern: RegExp;
	/** Permissions needed (all of them; each satisfied by itself or a higher one). */
	readonly scopes: readonly string[] | ((ctx: RouteCheckContext) => readonly string[]);
	/** Delegated calls only (application permissions are not supported for this API). */
	readonly delegatedOnly?: boolean;
	/** For delegated writes: the directory roles that allow the operation. */
	readonly roles?: RoleRequirement | ((ctx: RouteCheckContext) => RoleRequirement | undefined);
	/** Licence gate: the minimum tier, or a custom check returning the error to send. */
	readonly licence?: LicenceTier | ((ctx: RouteCheckContext) => GraphError | undefined);
	readonly throttle?: ThrottleFamily;
	/** Resource units the request costs in the directory bucket (GRAPH.md §11); default 1 (reads), 5 (writes). */
	readonly cost?: number;
	readonly betaOnly?: boolean;
	handle(ctx: RequestContext): RouteResult | Promise<RouteResult>;
}

/** The part of the context available before the handler runs (for scope/role/licence functions). */
export type RouteCheckContext = Omit<RequestContext, 'changed'>;

/** Services of the simulator core a handler may use (collections cache, sign-in store, story hooks). */
export interface CoreServices {
	/** Query results, dropped whenever the tenant changes. */
	readonly cache: Map<string, unknown>;
	/** Scratch space that lives as long as the simulator (long-running operations). */
	readonly memory: Map<string, unknown>;
	readonly signIns: import('./signins/store.js').SignInStore;
	readonly options: {readonly maxPageCacheEntries: number};
	/** Registration details for one user were read individually (the contoso story listens for it). */
	notify(event: StoryTrigger): void;
	/** Registers a short-lived, unauthenticated download (report CSVs). */
	registerDownload(contentType: string, body: string): string;
}

export type StoryTrigger =
	| {readonly kind: 'registration-details-read'; readonly userId: string}
	| {readonly kind: 'methods-read'; readonly userId: string};
