/**
 * The Graph seam: one factory, one middleware chain over @microsoft/microsoft-graph-client, one retry/pacing policy,
 * one dry-run guard. Every Graph request of the product goes through `graph.request` (area modules wrap it in named,
 * typed functions; paging.ts and batch.ts build on it).
 *
 * The chain, outermost first:
 *   intent → dry-run guard → retry + pacer + counters → auth → log → origin rewrite → HTTPMessageHandler (fetch)
 * - intent: GraphRequest re-parses every URL (it reorders query parameters and drops repeated ones), which would break
 *   "follow @odata.nextLink verbatim"; the intent restores the exact URL we mean to send and keeps the request's facts.
 * - the guard sits before auth, so a dry run never even asks for a write-scoped token.
 * - origin rewrite (STACK.md pitfalls 1–2): URLs keep the real Graph origin everywhere (nextLinks, logs, the plan), and
 *   only the last step points them at --graph-endpoint or the simulator. That is the only way the library sends the
 *   Authorization header and follows nextLinks on a plain-http loopback origin.
 */
import {
	Client,
	type Context,
	HTTPMessageHandler,
	type Middleware,
	type MiddlewareOptions,
	ResponseType,
} from '@microsoft/microsoft-graph-client';
import {
	DryRunRefusal,
	GraphClosedError,
	type GraphFeature,
	GraphHttpError,
	GraphNetworkError,
	type HttpMethod,
	type RefusedRequest,
	UntrustedUrlError,
} from './errors.js';
import {DEFAULT_PACING, type Family, familyOf, type PaceLimit, versionRelative} from './families.js';
import {Pacer} from './pacer.js';
import {Redactor} from './redact.js';
import {
	backoffMs,
	DEFAULT_RETRY,
	isIdempotent,
	networkErrorCode,
	parseRetryAfter,
	RETRYABLE_STATUS,
	type RetryPolicy,
} from './retry.js';

export type GraphVersion = 'v1.0' | 'beta';

/** What a call needs from the auth layer: a bearer token carrying these scopes. */
export interface TokenRequest {
	readonly scopes: readonly string[];
	/** True when the scopes include a write permission: the auth layer may need a new consent for it. */
	readonly write: boolean;
	/** Graph answered 401 to the last token: get a new one rather than the cached one. */
	readonly forceRefresh?: boolean;
}

export interface TokenSource {
	getToken(request: TokenRequest): Promise<string>;
}

/** One HTTP attempt, redacted, for --verbose (the hook is `onLog`). */
export interface GraphLogEntry {
	readonly method: HttpMethod;
	readonly url: string;
	readonly family: Family;
	readonly attempt: number;
	readonly status?: number;
	readonly durationMs: number;
	readonly requestHeaders: Readonly<Record<string, string>>;
	readonly requestBody?: string;
	/** Network failure code, when there was no response. */
	readonly error?: string;
	/** Set when this attempt will be retried after that many ms. */
	readonly retryInMs?: number;
}

export interface FamilyStats {
	/** HTTP requests sent (every attempt counts). */
	requests: number;
	/** 429 answers (inner $batch answers included, under the inner request's family). */
	throttled: number;
	retries: number;
	/** Requests inside $batch bodies, by their own family. */
	batchItems: number;
}

export interface GraphStats {
	readonly families: Readonly<Record<Family, Readonly<FamilyStats>>>;
	readonly requests: number;
	readonly throttled: number;
	/** Time spent waiting for the pacer (ms). */
	readonly pacedMs: number;
	/** Time spent in retry backoff (ms). */
	readonly backoffMs: number;
}

/** The session facts the layer needs (a Session satisfies it). */
export interface GraphSession {
	readonly cloud: {readonly graphRoot: string; readonly graphOrigin?: string};
	readonly dryRun: boolean;
	readonly clock: {now(): Date; sleep(ms: number, signal?: AbortSignal): Promise<void>};
}

export interface CreateGraphOptions {
	readonly session: GraphSession;
	readonly tokens: TokenSource;
	/** Backoff and pacer waits; defaults to the session clock's sleep. Tests pass a virtual one. */
	readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
	/** Milliseconds since the epoch; defaults to the session clock. */
	readonly now?: () => number;
	/** Jitter source in [0, 1). */
	readonly random?: () => number;
	readonly retry?: Partial<RetryPolicy>;
	/** Per-family limits; `false` turns pacing off (the simulator with throttling off, benchmarks of raw speed). */
	readonly pacing?: Readonly<Partial<Record<Family, PaceLimit>>> | false;
	/** Redacted log of every attempt (--verbose). */
	readonly onLog?: (entry: GraphLogEntry) => void;
	/** Shared with the auth layer so every token it issues is known to the redactor. */
	readonly redactor?: Redactor;
	/** Per attempt; a silent server is cut off and the attempt counts as a network failure. */
	readonly requestTimeoutMs?: number;
	/** Scopes for calls that name none (the assessment's read scopes). */
	readonly defaultScopes?: readonly string[];
}

export interface GraphRequestSpec {
	readonly method?: HttpMethod;
	/** Version-relative path with query (`/users?$select=id`), or an absolute Graph URL (a nextLink) used verbatim. */
	readonly path: string;
	readonly version?: GraphVersion;
	readonly body?: unknown;
	readonly headers?: Readonly<Record<string, string>>;
	/** The least-privileged delegated scopes this call needs (GRAPH.md); they drive consent and 403 messages. */
	readonly scopes?: readonly string[];
	readonly feature?: GraphFeature;
	/** Statuses other than 2xx to hand back instead of throwing (e.g. 302 for report downloads). */
	readonly acceptStatus?: readonly number[];
	/** Send without Authorization, to any https (or loopback) URL: pre-authenticated download links. */
	readonly anonymous?: boolean;
	/** A POST that is safe to repeat after a dropped connection ($batch of reads, idempotent actions). */
	readonly idempotent?: boolean;
}

export interface GraphResponse<T = unknown> {
	readonly status: number;
	readonly headers: Headers;
	/** Parsed JSON, text for other content types, undefined for an empty body. */
	readonly body: T;
	/** The URL as written (real Graph origin). */
	readonly url: string;
}

/** The handle every area function takes. */
export interface Graph {
	/** The Graph root URLs are written with (`https://graph.microsoft.com`). */
	readonly root: string;
	/** Where requests actually go when it differs from root. */
	readonly origin?: string;
	readonly dryRun: boolean;
	readonly redactor: Redactor;
	request<T = unknown>(spec: GraphRequestSpec): Promise<GraphResponse<T>>;
	/** Per-family counters (copies). */
	stats(): GraphStats;
	/** Requests the dry-run guard refused, in order. */
	readonly refused: readonly RefusedRequest[];
	/**
	 * Ends the handle: requests in flight are aborted, retry and pacing waits end at once, and later requests fail with
	 * GraphClosedError. Work still running when the admin quits (a step reading ahead) then cannot keep the process alive.
	 */
	close(): void;
	/** For batch.ts: the same policy the middleware uses. */
	readonly policy: {
		readonly retry: RetryPolicy;
		readonly sleep: (ms: number) => Promise<void>;
		readonly now: () => number;
		readonly random: () => number;
		countBatchItem(family: Family, status: number): void;
		countBackoff(ms: number): void;
		/** Takes a pacer slot for a request inside a $batch; call the result when the batch answered. */
		pace(family: Family): Promise<() => void>;
		/** How many requests of a paced family may be in one window (undefined: not paced). */
		paceLimit(family: Family): number | undefined;
	};
}

/** Per-request facts carried through the chain (a graph-client middleware option). */
class Intent implements MiddlewareOptions {
	attempts = 0;
	failure?: unknown;
	/** Set after a 401: the next attempt asks the auth layer for a fresh token. */
	refreshToken = false;
	lastRetryAfterMs?: number;
	constructor(
		readonly url: string,
		readonly writtenUrl: string,
		readonly method: HttpMethod,
		readonly family: Family,
		readonly scopes: readonly string[],
		readonly write: boolean,
		readonly spec: GraphRequestSpec,
		readonly bodyText: string | undefined,
	) {}
}

function intentOf(context: Context): Intent {
	const intent = context.middlewareControl?.getMiddlewareOptions(Intent) as Intent | undefined;
	if (!intent) throw new Error('graph: request sent without an intent (use graph.request)');
	return intent;
}

abstract class Link implements Middleware {
	protected next?: Middleware;
	abstract execute(context: Context): Promise<void>;
	setNext(next: Middleware): void {
		this.next = next;
	}
	protected forward(context: Context): Promise<void> {
		if (!this.next) throw new Error('graph: middleware chain ends early');
		return this.next.execute(context);
	}
}

class IntentLink extends Link {
	async execute(context: Context): Promise<void> {
		const intent = intentOf(context);
		context.request = intent.url;
		try {
			await this.forward(context);
		} catch (error) {
			// GraphRequest wraps anything thrown in the chain into a GraphError; keep the original for graph.request.
			intent.failure = error;
			throw error;
		}
	}
}

class DryRunGuardLink extends Link {
	constructor(
		private readonly dryRun: boolean,
		private readonly refused: RefusedRequest[],
		private readonly redactor: Redactor,
		private readonly root: string,
	) {
		super();
	}

	async execute(context: Context): Promise<void> {
		const intent = intentOf(context);
		if (this.dryRun) {
			const refusals = this.refusalsFor(intent);
			if (refusals.length > 0) {
				this.refused.push(...refusals);
				throw new DryRunRefusal(refusals);
			}
		}
		await this.forward(context);
	}

	private refusalsFor(intent: Intent): RefusedRequest[] {
		const body = intent.spec.body === undefined ? undefined : this.redactor.value(intent.spec.body);
		if (intent.family !== 'batch') {
			return intent.method === 'GET' ? [] : [{method: intent.method, url: this.redactor.url(intent.writtenUrl), body}];
		}
		// A $batch is a POST that may carry only reads: it counts by its inner requests (PRODUCT.md ground rules).
		const version = /\/beta\//i.test(intent.writtenUrl) ? 'beta' : 'v1.0';
		const inner = (intent.spec.body as {requests?: unknown} | undefined)?.requests;
		if (!Array.isArray(inner)) return [{method: intent.method, url: this.redactor.url(intent.writtenUrl), body}];
		const refusals: RefusedRequest[] = [];
		for (const raw of inner as {id?: unknown; method?: unknown; url?: unknown; body?: unknown}[]) {
			const method = String(raw.method ?? 'GET').toUpperCase() as HttpMethod;
			if (method === 'GET') continue;
			const rel = String(raw.url ?? '');
			refusals.push({
				method,
				url: this.redactor.url(`${this.root}/${version}${rel.startsWith('/') ? '' : '/'}${rel}`),
				body: raw.body === undefined ? undefined : this.redactor.value(raw.body),
				batchId: raw.id === undefined ? undefined : String(raw.id),
			});
		}
		return refusals;
	}
}

class RetryLink extends Link {
	constructor(
		private readonly graph: GraphState,
		private readonly timeoutMs: number,
	) {
		super();
	}

	async execute(context: Context): Promise<void> {
		const intent = intentOf(context);
		const {retry, sleep, now, random} = this.graph;
		const repeatable = isIdempotent(intent.method) || intent.spec.idempotent === true;
		for (let attempt = 1; ; attempt++) {
			if (this.graph.closed.aborted) throw new GraphClosedError();
			intent.attempts = attempt;
			context.response = undefined;
			context.options = {
				...context.options,
				signal: AbortSignal.any([AbortSignal.timeout(this.timeoutMs), this.graph.closed]),
			};
			const release = await this.graph.pacer.take(intent.family);
			const stats = this.graph.counters[intent.family];
			stats.requests++;
			let networkCode: string | undefined;
			try {
				await this.forward(context);
			} catch (error) {
				if (this.graph.closed.aborted) throw new GraphClosedError();
				networkCode = networkErrorCode(error);
				if (!networkCode) throw error;
				if (!repeatable || attempt >= retry.maxAttempts) {
					throw new GraphNetworkError(intent.method, this.graph.redactor.url(intent.writtenUrl), networkCode, attempt, {
						cause: error,
					});
				}
			} finally {
				release();
			}
			const response = context.response as Response | undefined;
			let waitMs: number | undefined;
			if (networkCode) {
				waitMs = backoffMs(retry, attempt, random);
			} else if (response?.status === 401 && !intent.refreshToken && !intent.spec.anonymous) {
				// A token can expire or be revoked mid-run: one attempt with a fresh token, then Graph's answer stands.
				intent.refreshToken = true;
				waitMs = 0;
			} else if (response && RETRYABLE_STATUS.has(response.status)) {
				if (response.status === 429) stats.throttled++;
				const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now());
				intent.lastRetryAfterMs = retryAfter;
				const retryAllowed = attempt < retry.maxAttempts && (retryAfter ?? 0) <= retry.maxRetryAfterMs;
				if (retryAllowed) waitMs = retryAfter ?? backoffMs(retry, attempt, random);
			}
			if (waitMs === undefined) return;
			this.graph.logRetry(intent, attempt, waitMs);
			if (response) await response.arrayBuffer().catch(() => undefined);
			stats.retries++;
			if (waitMs > 0) {
				this.graph.backoffTotal += waitMs;
				await sleep(waitMs);
			}
		}
	}
}

class AuthLink extends Link {
	constructor(private readonly tokens: TokenSource) {
		super();
	}

	async execute(context: Context): Promise<void> {
		const intent = intentOf(context);
		const headers = new Headers(context.options?.headers as ConstructorParameters<typeof Headers>[0]);
		if (intent.spec.anonymous) {
			headers.delete('authorization');
		} else {
			const token = await this.tokens.getToken({
				scopes: intent.scopes,
				write: intent.write,
				...(intent.refreshToken ? {forceRefresh: true} : {}),
			});
			headers.set('authorization', `Bearer ${token}`);
		}
		context.options = {...context.options, headers: Object.fromEntries(headers)};
		await this.forward(context);
	}
}

class LogLink extends Link {
	constructor(private readonly graph: GraphState) {
		super();
	}

	async execute(context: Context): Promise<void> {
		const onLog = this.graph.onLog;
		if (!onLog) {
			await this.forward(context);
			return;
		}
		const intent = intentOf(context);
		const started = this.graph.now();
		const headers = this.graph.redactor.headers(
			Object.fromEntries(new Headers(context.options?.headers as ConstructorParameters<typeof Headers>[0])),
		);
		const base = {
			method: intent.method,
			url: this.graph.redactor.url(intent.writtenUrl, [new URL(this.graph.root).origin]),
			family: intent.family,
			attempt: intent.attempts,
			requestHeaders: headers,
			requestBody: this.graph.redactor.body(intent.bodyText),
		};
		try {
			await this.forward(context);
			onLog({
				...base,
				status: (context.response as Response | undefined)?.status,
				durationMs: this.graph.now() - started,
			});
		} catch (error) {
			onLog({...base, error: networkErrorCode(error) ?? 'error', durationMs: this.graph.now() - started});
			throw error;
		}
	}
}

class OriginRewriteLink extends Link {
	constructor(
		private readonly root: string,
		private readonly origin: string | undefined,
	) {
		super();
	}

	async execute(context: Context): Promise<void> {
		if (this.origin && typeof context.request === 'string' && startsWithOrigin(context.request, this.root)) {
			context.request = this.origin + context.request.slice(this.root.length);
		}
		await this.forward(context);
	}
}

function startsWithOrigin(url: string, origin: string): boolean {
	return url.toLowerCase() === origin.toLowerCase() || url.toLowerCase().startsWith(`${origin.toLowerCase()}/`);
}

interface GraphState {
	readonly root: string;
	readonly retry: RetryPolicy;
	readonly sleep: (ms: number) => Promise<void>;
	readonly now: () => number;
	readonly random: () => number;
	readonly pacer: Pacer;
	/** Aborted by Graph.close(). */
	readonly closed: AbortSignal;
	readonly redactor: Redactor;
	readonly counters: Record<Family, FamilyStats>;
	readonly onLog?: (entry: GraphLogEntry) => void;
	backoffTotal: number;
	logRetry(intent: Intent, attempt: number, waitMs: number): void;
}

function emptyCounters(): Record<Family, FamilyStats> {
	const zero = (): FamilyStats => ({requests: 0, throttled: 0, retries: 0, batchItems: 0});
	return {
		signIns: zero(),
		caWrite: zero(),
		identityProtection: zero(),
		reports: zero(),
		batch: zero(),
		directory: zero(),
	};
}

function isLoopback(hostname: string): boolean {
	return /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1)$/i.test(hostname);
}

/** Builds the Graph handle for one session (one tenant). Nothing is sent until a request is made. */
export function createGraph(options: CreateGraphOptions): Graph {
	const {session, tokens} = options;
	const root = session.cloud.graphRoot.replace(/\/+$/, '');
	const origin = session.cloud.graphOrigin?.replace(/\/+$/, '');
	const now = options.now ?? (() => session.clock.now().getTime());
	const closing = new AbortController();
	const baseSleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => session.clock.sleep(ms, signal));
	const sleep = (ms: number): Promise<void> => {
		if (closing.signal.aborted) return Promise.reject(new GraphClosedError());
		return new Promise<void>((resolve, reject) => {
			const onClose = () => reject(new GraphClosedError());
			closing.signal.addEventListener('abort', onClose, {once: true});
			baseSleep(ms, closing.signal).then(
				() => {
					closing.signal.removeEventListener('abort', onClose);
					resolve();
				},
				error => {
					closing.signal.removeEventListener('abort', onClose);
					reject(closing.signal.aborted ? new GraphClosedError() : error);
				},
			);
		});
	};
	const redactor = options.redactor ?? new Redactor();
	const refused: RefusedRequest[] = [];
	const state: GraphState = {
		root,
		retry: {...DEFAULT_RETRY, ...options.retry},
		sleep,
		now,
		random: options.random ?? Math.random,
		pacer: new Pacer(options.pacing === false ? {} : (options.pacing ?? DEFAULT_PACING), {now, sleep}),
		closed: closing.signal,
		redactor,
		counters: emptyCounters(),
		onLog: options.onLog,
		backoffTotal: 0,
		logRetry(intent, attempt, waitMs) {
			options.onLog?.({
				method: intent.method,
				url: redactor.url(intent.writtenUrl, [new URL(root).origin]),
				family: intent.family,
				attempt,
				durationMs: 0,
				requestHeaders: {},
				retryInMs: waitMs,
			});
		},
	};
	const chain: Middleware[] = [
		new IntentLink(),
		new DryRunGuardLink(session.dryRun, refused, redactor, root),
		new RetryLink(state, options.requestTimeoutMs ?? 100_000),
		new AuthLink(tokens),
		new LogLink(state),
		new OriginRewriteLink(root, origin),
		new HTTPMessageHandler(),
	];
	const client = Client.initWithMiddleware({middleware: chain, baseUrl: `${root}/`, defaultVersion: 'v1.0'});
	const defaultScopes = options.defaultScopes ?? [];

	const resolve = (spec: GraphRequestSpec): string => {
		if (/^https?:\/\//i.test(spec.path)) {
			const url = new URL(spec.path);
			const trusted =
				startsWithOrigin(spec.path, root) ||
				(origin !== undefined && startsWithOrigin(spec.path, origin)) ||
				(spec.anonymous === true && (url.protocol === 'https:' || isLoopback(url.hostname)));
			if (!trusted) throw new UntrustedUrlError(redactor.url(spec.path, [new URL(root).origin]));
			return spec.path;
		}
		const path = spec.path.startsWith('/') ? spec.path : `/${spec.path}`;
		return `${root}/${spec.version ?? 'v1.0'}${path}`;
	};

	async function request<T>(spec: GraphRequestSpec): Promise<GraphResponse<T>> {
		const method = spec.method ?? 'GET';
		const url = resolve(spec);
		// A nextLink on the configured origin (a simulator that writes its own origin) is written back as Graph's.
		const writtenUrl = origin && startsWithOrigin(url, origin) ? root + url.slice(origin.length) : url;
		const family = familyOf(method, versionRelative(writtenUrl));
		const scopes = spec.scopes && spec.scopes.length > 0 ? spec.scopes : defaultScopes;
		const write = method !== 'GET' && !(family === 'batch' && batchIsReadOnly(spec.body));
		const bodyText = spec.body === undefined ? undefined : JSON.stringify(spec.body);
		const intent = new Intent(url, writtenUrl, method, family, scopes, write, spec, bodyText);
		let call = client.api(url).responseType(ResponseType.RAW).middlewareOptions([intent]);
		if (spec.headers) call = call.headers({...spec.headers});
		// Report downloads answer 302 with a pre-authenticated link: follow it ourselves, without the token.
		call = call.option('redirect', 'manual');
		let raw: Response;
		try {
			switch (method) {
				case 'GET':
					raw = (await call.get()) as Response;
					break;
				case 'POST':
					raw = (await call.post(bodyText ?? '')) as Response;
					break;
				case 'PATCH':
					raw = (await call.patch(bodyText ?? '')) as Response;
					break;
				case 'PUT':
					raw = (await call.put(bodyText ?? '')) as Response;
					break;
				case 'DELETE':
					raw = (await call.delete()) as Response;
					break;
			}
		} catch (error) {
			throw intent.failure ?? error;
		}
		const body = await readBody(raw);
		const redactedUrl = redactor.url(writtenUrl, [new URL(root).origin]);
		if ((raw.status >= 200 && raw.status < 300) || spec.acceptStatus?.includes(raw.status)) {
			return {status: raw.status, headers: raw.headers, body: body as T, url: writtenUrl};
		}
		const envelope = (body as {error?: {code?: unknown; message?: unknown; innerError?: Record<string, unknown>}})
			?.error;
		throw new GraphHttpError({
			status: raw.status,
			code: typeof envelope?.code === 'string' ? envelope.code : `HTTP${raw.status}`,
			graphMessage: redactor.text(
				typeof envelope?.message === 'string' ? envelope.message : typeof body === 'string' ? body.slice(0, 300) : '',
			),
			requestId:
				(typeof envelope?.innerError?.['request-id'] === 'string' ? envelope.innerError['request-id'] : undefined) ??
				raw.headers.get('request-id') ??
				undefined,
			method,
			url: redactedUrl,
			family,
			scopes,
			feature: spec.feature,
			attempts: intent.attempts,
			retryAfterMs: raw.status === 429 ? intent.lastRetryAfterMs : undefined,
		});
	}

	return {
		root,
		origin,
		dryRun: session.dryRun,
		redactor,
		request,
		refused,
		close() {
			closing.abort();
		},
		stats() {
			const families = Object.fromEntries(
				Object.entries(state.counters).map(([family, s]) => [family, {...s}]),
			) as Record<Family, FamilyStats>;
			const all = Object.values(families);
			return {
				families,
				requests: all.reduce((n, s) => n + s.requests, 0),
				throttled: all.reduce((n, s) => n + s.throttled, 0),
				pacedMs: state.pacer.waitedMs,
				backoffMs: state.backoffTotal,
			};
		},
		policy: {
			retry: state.retry,
			sleep,
			now,
			random: state.random,
			countBatchItem(family, status) {
				state.counters[family].batchItems++;
				if (status === 429) state.counters[family].throttled++;
			},
			countBackoff(ms) {
				state.backoffTotal += ms;
			},
			pace: family => state.pacer.take(family),
			paceLimit: family => state.pacer.limit(family)?.requests,
		},
	};
}

function batchIsReadOnly(body: unknown): boolean {
	const inner = (body as {requests?: unknown} | undefined)?.requests;
	return (
		Array.isArray(inner) && inner.every(r => String((r as {method?: unknown}).method ?? 'GET').toUpperCase() === 'GET')
	);
}

async function readBody(response: Response): Promise<unknown> {
	const text = await response.text();
	if (text === '') return undefined;
	const type = response.headers.get('content-type') ?? '';
	if (/json/i.test(type) || /^\s*[{[]/.test(text)) {
		try {
			return JSON.parse(text);
		} catch {
			return text;
		}
	}
	return text;
}
