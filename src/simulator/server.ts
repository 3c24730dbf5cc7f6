/**
 * The HTTP side of the simulator: one node:http server on 127.0.0.1 serving Graph (`/v1.0`, `/beta`, `$batch`), the
 * identity endpoints and report downloads, through one pipeline:
 *
 *   route (501 when unknown) → version (beta-only paths under v1.0 → 400) → bearer token (401) → injected fault
 *   (429 / 503 / reset / latency) → permissions (403) → directory role of the signed-in user for writes (403) →
 *   licence (403) → throttling (429) → story events due → handler → onChange when the tenant changed.
 *
 * Every answer that is not 2xx/3xx uses Graph's error envelope, and every request lands in the request log.
 */
import {randomUUID} from 'node:crypto';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import type {
	CoreServices,
	GraphVersion,
	HttpMethod,
	Principal,
	RequestContext,
	Route,
	RouteCheckContext,
	RouteResult,
	StoryTrigger,
} from './context.js';
import {
	badRequest,
	GraphError,
	insufficientPrivileges,
	invalidToken,
	isGraphError,
	nonPremiumTenant,
	notLicensedForFeature,
	segmentNotFound,
} from './errors.js';
import {type Fault, FaultInjector, type FaultOptions} from './faults.js';
import type {IdentityService} from './identity.js';
import {type LogEntry, RequestLog} from './log.js';
import {effectivePermissions, satisfiers} from './permissions.js';
import {iso} from './scenarios/common.js';
import type {SignInStore} from './signins/store.js';
import type {StoryEngine} from './story.js';
import type {Tenant} from './tenant.js';
import {type ThrottleFamily, Throttler} from './throttle.js';
import {checkAccessToken} from './tokens.js';

export interface SimulatorClock {
	now(): number;
	/** Used for injected latency when given; real timers otherwise. */
	sleep?(ms: number): Promise<void>;
}

export interface CoreConfig {
	readonly clock: SimulatorClock;
	readonly publicOrigin?: string;
	readonly throttle: 'real' | 'off';
	readonly faults: FaultOptions;
	readonly seed: number;
	/** Fixed latency added to every Graph response, ms (or a range). */
	readonly latency?: number | {readonly min: number; readonly max: number};
	readonly logFile?: string;
}

interface GraphRequest {
	readonly method: string;
	readonly version: GraphVersion;
	/** Path after the version, still percent-encoded, without the query. */
	readonly rawPath: string;
	readonly rawQuery: string;
	readonly headers: Readonly<Record<string, string | undefined>>;
	readonly body: unknown;
}

interface Outcome {
	readonly status: number;
	readonly headers: Record<string, string>;
	readonly body?: unknown;
	readonly text?: {readonly contentType: string; readonly body: string};
	readonly jsonParts?: readonly string[];
	readonly fault?: Fault;
	readonly throttled?: boolean;
	readonly requestId: string;
	readonly inner?: LogEntry[];
}

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const MAX_BODY = 4 * 1024 * 1024;
const BATCH_LIMIT = 20;

const sleepReal = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

export class SimulatorCore implements CoreServices {
	readonly cache = new Map<string, unknown>();
	readonly memory = new Map<string, unknown>();
	readonly options = {maxPageCacheEntries: 16};
	readonly log: RequestLog;
	readonly throttler: Throttler;
	readonly faults: FaultInjector;
	onChange?: () => void;
	private server?: Server;
	private readonly sockets = new Set<Socket>();
	private readonly downloads = new Map<string, {contentType: string; body: string; expires: number}>();
	private baseUrl?: string;
	private latencyRoll = 0;

	readonly routes: readonly Route[];

	constructor(
		public tenant: Tenant,
		public signIns: SignInStore,
		routes: readonly Route[],
		readonly identity: IdentityService,
		readonly story: StoryEngine,
		readonly config: CoreConfig,
	) {
		// Graph matches path segments without regard to case (/Users works like /users).
		this.routes = routes.map(r =>
			r.pattern.flags.includes('i') ? r : {...r, pattern: new RegExp(r.pattern.source, `${r.pattern.flags}i`)},
		);
		this.log = new RequestLog(config.logFile);
		this.throttler = new Throttler(config.throttle, tenant.tenantId, () => this.tenant.state.users.length);
		this.faults = new FaultInjector(config.seed, config.faults);
	}

	get url(): string {
		if (!this.baseUrl) throw new Error('The simulator is not started: call start() first.');
		return this.baseUrl;
	}

	get started(): boolean {
		return this.baseUrl !== undefined;
	}

	get publicOrigin(): string {
		return (this.config.publicOrigin ?? this.url).replace(/\/$/, '');
	}

	now(): number {
		return this.config.clock.now();
	}

	async start(port = 0): Promise<string> {
		if (this.server) return this.url;
		const server = createServer((req, res) => {
			this.onRequest(req, res).catch(error => {
				if (!res.headersSent) {
					res.writeHead(500, {'Content-Type': JSON_TYPE});
					res.end(
						JSON.stringify({error: {code: 'InternalServerError', message: String((error as Error)?.message ?? error)}}),
					);
				} else {
					res.destroy();
				}
			});
		});
		server.on('connection', socket => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				server.off('error', reject);
				resolve();
			});
		});
		this.server = server;
		this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		return this.baseUrl;
	}

	async stop(): Promise<void> {
		const server = this.server;
		this.server = undefined;
		if (server) {
			for (const socket of this.sockets) socket.destroy();
			this.sockets.clear();
			await new Promise<void>(resolve => server.close(() => resolve()));
		}
		await this.log.close();
	}

	// ----- CoreServices -----

	notify(event: StoryTrigger): void {
		if (this.story.notify(this.tenant, event, this.now())) this.changed();
	}

	registerDownload(contentType: string, body: string): string {
		const id = randomUUID();
		// Report download links are pre-authenticated and short-lived (GRAPH.md §2).
		this.downloads.set(id, {contentType, body, expires: this.now() + 5 * 60_000});
		return `${this.url}/_download/${id}`;
	}

	changed(): void {
		this.tenant.touch();
		this.cache.clear();
		this.onChange?.();
	}

	// ----- HTTP -----

	private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const rawUrl = req.url ?? '/';
		const queryAt = rawUrl.indexOf('?');
		const rawPath = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
		const rawQuery = queryAt < 0 ? '' : rawUrl.slice(queryAt + 1);
		const method = (req.method ?? 'GET').toUpperCase();
		const bodyText = await readBody(req);
		const headers = lowerHeaders(req.headers);

		const versionMatch = /^\/(v1\.0|beta)(\/.*)?$/i.exec(rawPath);
		if (versionMatch) {
			const version = versionMatch[1]!.toLowerCase() === 'beta' ? 'beta' : 'v1.0';
			await this.serveGraph(res, method, version, versionMatch[2] ?? '/', rawQuery, headers, bodyText);
			return;
		}
		const download = /^\/_download\/([\w-]+)$/.exec(rawPath);
		if (download && method === 'GET') {
			const entry = this.downloads.get(download[1]!);
			const ok = entry && entry.expires > this.now();
			this.log.add({
				kind: 'download',
				method,
				path: rawPath,
				query: rawQuery,
				status: ok ? 200 : 404,
				at: iso(this.now()),
			});
			if (!ok) {
				res.writeHead(404, {'Content-Type': 'text/plain'});
				res.end('The download link has expired.');
				return;
			}
			res.writeHead(200, {'Content-Type': entry.contentType});
			res.end(entry.body);
			return;
		}
		const url = new URL(rawUrl, 'http://127.0.0.1');
		const identity = this.identity.handle(method, url, new URLSearchParams(bodyText));
		if (identity) {
			this.log.add({
				kind: 'identity',
				method,
				path: rawPath,
				query: rawQuery,
				status: identity.status,
				at: iso(this.now()),
			});
			const extra = identity.headers ?? {};
			if (identity.html !== undefined) {
				res.writeHead(identity.status, {
					'Content-Type': 'text/html; charset=utf-8',
					'Cache-Control': 'no-store',
					...extra,
				});
				res.end(identity.html);
			} else if (identity.json !== undefined) {
				res.writeHead(identity.status, {
					'Content-Type': 'application/json; charset=utf-8',
					'Cache-Control': 'no-store',
					...extra,
				});
				res.end(JSON.stringify(identity.json));
			} else {
				res.writeHead(identity.status, {'Cache-Control': 'no-store', ...extra});
				res.end();
			}
			return;
		}
		const requestId = randomUUID();
		const error = notImplemented(method, rawPath);
		this.log.add({kind: 'graph', method, path: rawPath, query: rawQuery, status: 501, at: iso(this.now()), requestId});
		this.writeOutcome(res, this.errorOutcome(error, requestId, headers));
	}

	private async serveGraph(
		res: ServerResponse,
		method: string,
		version: GraphVersion,
		rawPath: string,
		rawQuery: string,
		headers: Record<string, string | undefined>,
		bodyText: string,
	): Promise<void> {
		let body: unknown;
		let bodyError: GraphError | undefined;
		if (bodyText.trim() !== '') {
			try {
				body = JSON.parse(bodyText);
			} catch {
				bodyError = badRequest(
					'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
				);
			}
		}
		const request: GraphRequest = {method, version, rawPath, rawQuery, headers, body};
		const outcome = /^\/\$batch\/?$/i.test(rawPath)
			? await this.batch(request, bodyError)
			: bodyError
				? this.errorOutcome(bodyError, randomUUID(), headers)
				: await this.execute(request, false, undefined);
		this.log.add({
			kind: 'graph',
			method,
			path: `/${version}${rawPath}`,
			query: rawQuery,
			status: outcome.fault?.kind === 'reset' ? 0 : outcome.status,
			at: iso(this.now()),
			requestId: outcome.requestId,
			...(outcome.fault ? {fault: outcome.fault.kind} : {}),
			...(outcome.throttled ? {throttled: true} : {}),
			...(outcome.inner ? {inner: outcome.inner} : {}),
		});
		if (outcome.fault?.kind === 'reset') {
			// A connection reset: the client sees ECONNRESET / "socket hang up" and no response at all.
			res.socket?.destroy();
			return;
		}
		const latency = this.configuredLatency();
		if (latency > 0) await (this.config.clock.sleep ?? sleepReal)(latency);
		this.writeOutcome(res, outcome);
	}

	private configuredLatency(): number {
		const latency = this.config.latency;
		if (latency === undefined) return 0;
		if (typeof latency === 'number') return latency;
		// Deterministic spread over the range, without consuming the fault PRNG.
		this.latencyRoll = (this.latencyRoll * 1103515245 + 12345) % 2147483648;
		return Math.round(latency.min + (this.latencyRoll / 2147483648) * (latency.max - latency.min));
	}

	private writeOutcome(res: ServerResponse, outcome: Outcome): void {
		const headers: Record<string, string> = {'Cache-Control': 'no-cache', ...outcome.headers};
		if (outcome.text) {
			headers['Content-Type'] = outcome.text.contentType;
			res.writeHead(outcome.status, headers);
			res.end(outcome.text.body);
			return;
		}
		if (outcome.jsonParts) {
			headers['Content-Type'] = JSON_TYPE;
			res.writeHead(outcome.status, headers);
			res.cork();
			for (const part of outcome.jsonParts) res.write(part);
			res.uncork();
			res.end();
			return;
		}
		if (outcome.body === undefined) {
			res.writeHead(outcome.status, headers);
			res.end();
			return;
		}
		headers['Content-Type'] = JSON_TYPE;
		res.writeHead(outcome.status, headers);
		res.end(JSON.stringify(outcome.body));
	}

	private errorOutcome(
		error: GraphError,
		requestId: string,
		headers: Readonly<Record<string, string | undefined>>,
		extra: Partial<Outcome> = {},
	): Outcome {
		const clientRequestId = headers['client-request-id'] ?? requestId;
		return {
			status: error.status,
			requestId,
			headers: {'request-id': requestId, 'client-request-id': clientRequestId, ...error.headers},
			body: {
				error: {
					code: error.code,
					message: error.message,
					innerError: {
						date: iso(this.now()).slice(0, 19),
						'request-id': requestId,
						'client-request-id': clientRequestId,
					},
				},
			},
			...extra,
		};
	}

	private findRoute(method: string, path: string): {route?: Route; params: Record<string, string>; pathKnown: boolean} {
		let pathKnown = false;
		for (const route of this.routes) {
			const m = route.pattern.exec(path);
			if (!m) continue;
			pathKnown = true;
			if (route.method !== method) continue;
			const params: Record<string, string> = {};
			for (const [key, value] of Object.entries(m.groups ?? {})) if (value !== undefined) params[key] = value;
			return {route, params, pathKnown};
		}
		return {params: {}, pathKnown};
	}

	private principalFor(headers: Readonly<Record<string, string | undefined>>): Principal | GraphError {
		const check = checkAccessToken(headers.authorization, this.tenant.tenantId, Math.floor(this.now() / 1000));
		if (!check.ok) return invalidToken(check.message);
		const claims = check.claims;
		const appOnly = claims.idtyp === 'app' || (claims.scp === undefined && Array.isArray(claims.roles));
		if (appOnly) {
			return {kind: 'app', appId: claims.appid, permissions: effectivePermissions(claims.roles ?? []), claims};
		}
		const user = this.tenant.user(claims.oid);
		if (!user || user.id !== claims.oid) {
			return invalidToken('The user the access token was issued to does not exist in this tenant.');
		}
		return {
			kind: 'user',
			userId: user.id,
			appId: claims.appid,
			permissions: effectivePermissions((claims.scp ?? '').split(' ').filter(Boolean)),
			claims,
		};
	}

	/** Runs one Graph request (top-level or inside $batch) through the pipeline. */
	private async execute(
		request: GraphRequest,
		inner: boolean,
		givenPrincipal: Principal | undefined,
	): Promise<Outcome> {
		const requestId = randomUUID();
		const {method, version, rawPath, headers} = request;
		let path: string;
		try {
			path = decodeURIComponent(rawPath);
		} catch {
			return this.errorOutcome(badRequest('The request URL is not valid.'), requestId, headers);
		}
		const {route, params, pathKnown} = this.findRoute(method, path.replace(/\/$/, '') || '/');
		if (!route) {
			const error = pathKnown
				? new GraphError(
						501,
						'NotImplemented',
						`The simulator does not implement ${method} on /${version}${rawPath} (the path is known for other methods).`,
					)
				: notImplemented(method, `/${version}${rawPath}`);
			return this.errorOutcome(error, requestId, headers);
		}
		if (route.betaOnly && version === 'v1.0') {
			const segment = path.split('/').filter(Boolean).pop() ?? path;
			return this.errorOutcome(segmentNotFound(segment), requestId, headers);
		}
		const principal = givenPrincipal ?? this.principalFor(headers);
		if (isGraphError(principal)) return this.errorOutcome(principal, requestId, headers);

		const fault = this.faults.draw(inner);
		if (fault) {
			if (fault.kind === 'reset') return {status: 0, headers: {}, requestId, fault};
			if (fault.kind === 'latency') await (this.config.clock.sleep ?? sleepReal)(fault.latencyMs ?? 0);
			if (fault.kind === '429') {
				return this.errorOutcome(
					new GraphError(429, 'TooManyRequests', 'Too many requests (injected fault).', {
						'Retry-After': String(fault.retryAfterSeconds ?? 1),
					}),
					requestId,
					headers,
					{fault},
				);
			}
			if (fault.kind === '503') {
				return this.errorOutcome(
					new GraphError(503, 'ServiceUnavailable', 'The service is temporarily unavailable (injected fault).', {
						'Retry-After': String(fault.retryAfterSeconds ?? 1),
					}),
					requestId,
					headers,
					{fault},
				);
			}
		}

		const now = this.now();
		const query = new URLSearchParams(request.rawQuery);
		const checkCtx: RouteCheckContext = {
			tenant: this.tenant,
			core: this,
			method: method as HttpMethod,
			version,
			path,
			rawPath,
			params,
			query,
			headers,
			body: request.body,
			principal,
			now,
			nowIso: iso(now),
			origin: this.publicOrigin,
			selfUrl: this.url,
		};
		try {
			this.authorize(route, checkCtx);
		} catch (error) {
			if (isGraphError(error)) return this.errorOutcome(error, requestId, headers, fault ? {fault} : {});
			throw error;
		}

		const family: ThrottleFamily = route.throttle ?? 'directory';
		const isWrite = method !== 'GET';
		let cost = route.cost ?? (isWrite ? 5 : 1);
		if (query.has('$select') && cost > 1) cost--;
		if (query.has('$expand')) cost++;
		const decision = this.throttler.check({family, appId: principal.appId, isWrite, cost, now});
		if (!decision.ok) {
			const retry: Record<string, string> =
				decision.retryAfterSeconds === undefined ? {} : {'Retry-After': String(decision.retryAfterSeconds)};
			return this.errorOutcome(
				new GraphError(
					429,
					'TooManyRequests',
					`Too many requests: the ${decision.scope} limit for this tenant was reached.`,
					{...retry, ...decision.headers},
				),
				requestId,
				headers,
				{throttled: true},
			);
		}

		if (this.story.tick(this.tenant, now)) this.changed();

		let changed = false;
		const ctx: RequestContext = {
			...checkCtx,
			changed: () => {
				changed = true;
				this.tenant.touch();
				this.cache.clear();
			},
		};
		let result: RouteResult;
		try {
			result = await route.handle(ctx);
		} catch (error) {
			if (changed) this.changed();
			if (isGraphError(error)) return this.errorOutcome(error, requestId, headers);
			return this.errorOutcome(
				new GraphError(
					500,
					'InternalServerError',
					`The simulator failed: ${(error as Error)?.message ?? String(error)}`,
				),
				requestId,
				headers,
			);
		}
		if (changed) this.onChange?.();
		const clientRequestId = headers['client-request-id'] ?? requestId;
		return {
			status: result.status,
			headers: {
				'request-id': requestId,
				'client-request-id': clientRequestId,
				...decision.headers,
				...(result.headers ?? {}),
			},
			body: result.body,
			text: result.text,
			jsonParts: result.jsonParts,
			requestId,
			...(fault ? {fault} : {}),
		};
	}

	/** Permissions, directory roles and licences, in that order (Graph answers 403 for each). */
	private authorize(route: Route, ctx: RouteCheckContext): void {
		const principal = ctx.principal;
		if (route.delegatedOnly && principal.kind === 'app') {
			throw new GraphError(
				403,
				'Authorization_RequestDenied',
				'This API supports delegated permissions only; application permissions are not supported.',
			);
		}
		const needed = typeof route.scopes === 'function' ? route.scopes(ctx) : route.scopes;
		const missing = needed.filter(n => !principal.permissions.has(n.toLowerCase()));
		if (missing.length > 0) {
			const kind = principal.kind === 'app' ? 'application permission' : 'delegated permission';
			const detail = missing.map(m => {
				const higher = satisfiers(m).slice(1);
				return higher.length > 0 ? `${m} (or a higher one: ${higher.join(', ')})` : m;
			});
			throw insufficientPrivileges(`This request needs the ${kind} ${detail.join(' and ')}.`);
		}
		if (principal.kind === 'user' && route.roles) {
			const requirement = typeof route.roles === 'function' ? route.roles(ctx) : route.roles;
			if (requirement && !this.tenant.hasAnyRole(principal.userId!, requirement.roles)) {
				throw insufficientPrivileges(
					`The signed-in user needs one of these directory roles: ${[requirement.detail ?? '', 'Global Administrator'].filter(Boolean).join(', ')}.`,
				);
			}
		}
		if (route.licence) {
			if (typeof route.licence === 'function') {
				const error = route.licence(ctx);
				if (error) throw error;
			} else {
				const tier = this.tenant.licenceTier();
				if (route.licence === 'p1' && tier === 'free') throw nonPremiumTenant();
				if (route.licence === 'p2' && tier !== 'p2') throw notLicensedForFeature();
			}
		}
	}

	private async batch(request: GraphRequest, bodyError: GraphError | undefined): Promise<Outcome> {
		const requestId = randomUUID();
		const {headers, version} = request;
		if (request.method !== 'POST') {
			return this.errorOutcome(
				new GraphError(405, 'BadRequest', 'A $batch request must use POST.'),
				requestId,
				headers,
			);
		}
		if (bodyError) return this.errorOutcome(bodyError, requestId, headers);
		const principal = this.principalFor(headers);
		if (isGraphError(principal)) return this.errorOutcome(principal, requestId, headers);
		const envelopeFault = this.faults.draw(false);
		if (envelopeFault?.kind === 'reset') return {status: 0, headers: {}, requestId, fault: envelopeFault};
		if (envelopeFault?.kind === '503' || envelopeFault?.kind === '429') {
			const code = envelopeFault.kind === '503' ? 'ServiceUnavailable' : 'TooManyRequests';
			return this.errorOutcome(
				new GraphError(Number(envelopeFault.kind), code, 'Injected fault.', {
					'Retry-After': String(envelopeFault.retryAfterSeconds ?? 1),
				}),
				requestId,
				headers,
				{fault: envelopeFault},
			);
		}
		if (envelopeFault?.kind === 'latency') await (this.config.clock.sleep ?? sleepReal)(envelopeFault.latencyMs ?? 0);

		const body = request.body as {requests?: unknown} | undefined;
		if (!body || typeof body !== 'object' || !Array.isArray(body.requests)) {
			return this.errorOutcome(
				badRequest('Invalid batch payload format: the body must have a "requests" array.'),
				requestId,
				headers,
			);
		}
		const items = body.requests as Record<string, unknown>[];
		if (items.length > BATCH_LIMIT) {
			return this.errorOutcome(
				badRequest(`The number of requests in a batch exceeds the limit of ${BATCH_LIMIT}.`),
				requestId,
				headers,
			);
		}
		const ids = new Set<string>();
		for (const item of items) {
			const id = item && typeof item === 'object' ? item.id : undefined;
			if (typeof id !== 'string' || id === '')
				return this.errorOutcome(badRequest('Every request in a batch needs a string "id".'), requestId, headers);
			if (ids.has(id))
				return this.errorOutcome(
					badRequest(`The batch contains the request id '${id}' more than once.`),
					requestId,
					headers,
				);
			ids.add(id);
			if (typeof item.method !== 'string' || typeof item.url !== 'string') {
				return this.errorOutcome(badRequest(`Request '${id}' needs a "method" and a "url".`), requestId, headers);
			}
			if (/^[a-z]+:\/\//i.test(item.url)) {
				return this.errorOutcome(
					badRequest(`Request '${id}': the url must be relative to the version (for example "/users"), not absolute.`),
					requestId,
					headers,
				);
			}
			const deps = item.dependsOn;
			if (
				deps !== undefined &&
				(!Array.isArray(deps) || deps.some(d => typeof d !== 'string' || !items.some(other => other.id === d)))
			) {
				return this.errorOutcome(
					badRequest(`Request '${id}' depends on a request that is not in the batch.`),
					requestId,
					headers,
				);
			}
		}
		const order = topological(items);
		if (!order)
			return this.errorOutcome(badRequest('The dependsOn chains in this batch form a cycle.'), requestId, headers);

		const statusById = new Map<string, number>();
		const responses = new Map<string, Record<string, unknown>>();
		const inner: LogEntry[] = [];
		for (const item of order) {
			const id = item.id as string;
			const method = String(item.method).toUpperCase();
			const url = String(item.url).replace(/^\/+/, '/');
			const relative = url.startsWith('/') ? url : `/${url}`;
			const q = relative.indexOf('?');
			const rawPath = q < 0 ? relative : relative.slice(0, q);
			const rawQuery = q < 0 ? '' : relative.slice(q + 1);
			const innerHeaders = lowerHeaders((item.headers as Record<string, string> | undefined) ?? {});
			const deps = (item.dependsOn as string[] | undefined) ?? [];
			let outcome: Outcome;
			if (deps.some(d => (statusById.get(d) ?? 0) >= 400)) {
				outcome = this.errorOutcome(
					new GraphError(424, 'FailedDependency', `A request this one depends on (${deps.join(', ')}) failed.`),
					randomUUID(),
					innerHeaders,
				);
			} else if (item.body !== undefined && !innerHeaders['content-type']) {
				// Graph needs a Content-Type on every inner request that has a body.
				outcome = this.errorOutcome(
					badRequest(`Request '${id}' has a body but no Content-Type header.`),
					randomUUID(),
					innerHeaders,
				);
			} else {
				outcome = await this.execute(
					{
						method,
						version,
						rawPath,
						rawQuery,
						headers: {...innerHeaders, authorization: headers.authorization},
						body: item.body,
					},
					true,
					principal,
				);
			}
			statusById.set(id, outcome.status);
			inner.push({
				kind: 'graph',
				method,
				path: `/${version}${rawPath}`,
				query: rawQuery,
				status: outcome.status,
				at: iso(this.now()),
				id,
				requestId: outcome.requestId,
				...(outcome.fault ? {fault: outcome.fault.kind} : {}),
				...(outcome.throttled ? {throttled: true} : {}),
			});
			const response: Record<string, unknown> = {id, status: outcome.status, headers: batchHeaders(outcome)};
			if (outcome.body !== undefined) response.body = outcome.body;
			else if (outcome.jsonParts) response.body = JSON.parse(outcome.jsonParts.join(''));
			else if (outcome.text) response.body = outcome.text.body;
			responses.set(id, response);
		}
		return {
			status: 200,
			requestId,
			headers: {'request-id': requestId, 'client-request-id': headers['client-request-id'] ?? requestId},
			body: {responses: items.map(item => responses.get(item.id as string))},
			inner,
			...(envelopeFault ? {fault: envelopeFault} : {}),
		};
	}
}

function batchHeaders(outcome: Outcome): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [key, value] of Object.entries(outcome.headers)) {
		if (key === 'request-id' || key === 'client-request-id') continue;
		result[key] = value;
	}
	result['Content-Type'] = outcome.text ? outcome.text.contentType : JSON_TYPE;
	return result;
}

function topological(items: Record<string, unknown>[]): Record<string, unknown>[] | undefined {
	const result: Record<string, unknown>[] = [];
	const done = new Set<string>();
	const visiting = new Set<string>();
	const byId = new Map(items.map(i => [i.id as string, i]));
	const visit = (item: Record<string, unknown>): boolean => {
		const id = item.id as string;
		if (done.has(id)) return true;
		if (visiting.has(id)) return false;
		visiting.add(id);
		for (const dep of (item.dependsOn as string[] | undefined) ?? []) if (!visit(byId.get(dep)!)) return false;
		visiting.delete(id);
		done.add(id);
		result.push(item);
		return true;
	};
	for (const item of items) if (!visit(item)) return undefined;
	return result;
}

function notImplemented(method: string, path: string): GraphError {
	return new GraphError(501, 'NotImplemented', `The simulator does not implement ${method} ${path}.`);
}

function lowerHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
	const result: Record<string, string | undefined> = {};
	for (const [key, value] of Object.entries(headers))
		result[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
	return result;
}

async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY) throw new Error('Request body too large.');
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks).toString('utf8');
}
