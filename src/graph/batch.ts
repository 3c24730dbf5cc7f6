/**
 * JSON batching (GRAPH.md §11, https://learn.microsoft.com/graph/json-batching):
 * - at most 20 requests per `$batch`; URLs are relative to the version;
 * - the batch answers 200 even when parts fail, so every item carries its own status;
 * - each inner request is throttled on its own: an inner 429/503/504 is retried alone, after its own Retry-After
 *   (or backoff), while the items that succeeded are never sent again;
 * - `dependsOn` runs items in order inside one batch; a failed dependency gives its dependents 424, so those are
 *   retried together with it. Items that depend on each other are kept in the same chunk.
 * The dry-run guard sees the inner requests (client.ts): a batch that would write is refused whole.
 */
import type {Graph, GraphVersion} from './client.js';
import type {GraphFeature, HttpMethod} from './errors.js';
import {familyOf, versionRelative} from './families.js';
import {backoffMs, isIdempotent, parseRetryAfter, RETRYABLE_STATUS} from './retry.js';

export const BATCH_LIMIT = 20;

export interface BatchItem {
	/** Unique within the call; defaults to the item's index. */
	readonly id?: string;
	readonly method?: HttpMethod;
	/** Version-relative URL (`/users/{id}/authentication/requirements`); a full Graph URL is accepted and trimmed. */
	readonly url: string;
	readonly body?: unknown;
	readonly headers?: Readonly<Record<string, string>>;
	readonly dependsOn?: readonly string[];
}

export interface BatchResult<T = unknown> {
	readonly id: string;
	readonly status: number;
	readonly headers: Readonly<Record<string, string>>;
	readonly body: T;
	/** How many times the item was sent. */
	readonly attempts: number;
}

export interface BatchOptions {
	readonly version?: GraphVersion;
	readonly scopes?: readonly string[];
	readonly feature?: GraphFeature;
}

interface Pending {
	readonly id: string;
	readonly item: BatchItem;
	readonly url: string;
	dependsOn: string[];
	attempts: number;
}

/** Runs the items in batches of 20 and answers one result per item, in input order. */
export async function batch<T = unknown>(
	graph: Graph,
	items: readonly BatchItem[],
	options: BatchOptions = {},
): Promise<BatchResult<T>[]> {
	const pending: Pending[] = items.map((item, index) => ({
		id: item.id ?? String(index),
		item,
		url: relativeUrl(item.url),
		dependsOn: [...(item.dependsOn ?? [])],
		attempts: 0,
	}));
	const ids = new Set<string>();
	for (const p of pending) {
		if (ids.has(p.id)) throw new Error(`batch: duplicate id ${p.id}`);
		ids.add(p.id);
	}
	for (const p of pending) {
		for (const dep of p.dependsOn) if (!ids.has(dep)) throw new Error(`batch: ${p.id} depends on unknown id ${dep}`);
	}
	const results = new Map<string, BatchResult<T>>();
	const limitOf = (p: Pending) => graph.policy.paceLimit(familyOf(p.item.method ?? 'GET', p.url));
	for (const chunk of chunkByDependencies(pending, limitOf)) await runChunk(graph, chunk, results, options);
	return pending.map(p => results.get(p.id)!);
}

/** GETs in batches; results in the order of `urls`, ids `0`, `1`, … */
export function batchGet<T = unknown>(
	graph: Graph,
	urls: readonly string[],
	options: BatchOptions = {},
): Promise<BatchResult<T>[]> {
	return batch<T>(
		graph,
		urls.map(url => ({url})),
		options,
	);
}

/**
 * Streams results for a (possibly async) sequence of independent items, 20 at a time, so per-user calls over a whole
 * tenant never hold more than one chunk. Items may not use `dependsOn` here.
 */
export async function* batchStream<T = unknown>(
	graph: Graph,
	items: Iterable<BatchItem> | AsyncIterable<BatchItem>,
	options: BatchOptions = {},
): AsyncGenerator<BatchResult<T> & {readonly item: BatchItem}, void, undefined> {
	let chunk: BatchItem[] = [];
	const flush = async function* () {
		const results = await batch<T>(
			graph,
			chunk.map((item, index) => ({...item, id: String(index)})),
			options,
		);
		for (let i = 0; i < results.length; i++)
			yield {...results[i]!, id: chunk[i]!.id ?? results[i]!.id, item: chunk[i]!};
		chunk = [];
	};
	for await (const item of items) {
		if (item.dependsOn?.length) throw new Error('batchStream: dependsOn needs batch()');
		chunk.push(item);
		if (chunk.length === BATCH_LIMIT) yield* flush();
	}
	if (chunk.length > 0) yield* flush();
}

function relativeUrl(url: string): string {
	const rel = versionRelative(url);
	return rel.startsWith('/') ? rel : `/${rel}`;
}

/**
 * Groups items connected by dependsOn, then packs groups (in input order) into chunks of at most 20 — and, for paced
 * families (sign-in logs: 5 per 10 s), no more of that family than one window allows, since a batch's inner requests
 * all reach Graph at once.
 */
function chunkByDependencies(items: readonly Pending[], limitOf: (p: Pending) => number | undefined): Pending[][] {
	const parent = new Map<string, string>(items.map(p => [p.id, p.id]));
	const find = (id: string): string => {
		let root = id;
		while (parent.get(root) !== root) root = parent.get(root)!;
		parent.set(id, root);
		return root;
	};
	for (const p of items) for (const dep of p.dependsOn) parent.set(find(p.id), find(dep));
	const groups = new Map<string, Pending[]>();
	for (const p of items) {
		const root = find(p.id);
		const group = groups.get(root) ?? [];
		group.push(p);
		groups.set(root, group);
	}
	const chunks: Pending[][] = [];
	let current: Pending[] = [];
	const overPace = (chunk: readonly Pending[]): boolean => {
		const counts = new Map<string, {n: number; limit: number}>();
		for (const p of chunk) {
			const limit = limitOf(p);
			if (limit === undefined) continue;
			const key = familyOf(p.item.method ?? 'GET', p.url);
			const entry = counts.get(key) ?? {n: 0, limit};
			entry.n++;
			counts.set(key, entry);
		}
		return [...counts.values()].some(c => c.n > c.limit);
	};
	for (const group of groups.values()) {
		if (group.length > BATCH_LIMIT || overPace(group)) {
			throw new Error(`batch: ${group.length} items depend on each other; too many for one batch`);
		}
		if (current.length + group.length > BATCH_LIMIT || overPace([...current, ...group])) {
			chunks.push(current);
			current = [];
		}
		current.push(...group);
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}

interface InnerResponse {
	id?: unknown;
	status?: unknown;
	headers?: Record<string, string>;
	body?: unknown;
}

async function runChunk<T>(
	graph: Graph,
	chunk: Pending[],
	results: Map<string, BatchResult<T>>,
	options: BatchOptions,
): Promise<void> {
	const {retry, now, random, sleep} = graph.policy;
	let pending = chunk;
	for (let round = 1; pending.length > 0; round++) {
		const readOnly = pending.every(p => (p.item.method ?? 'GET') === 'GET');
		const body = {
			requests: pending.map(p => ({
				id: p.id,
				method: p.item.method ?? 'GET',
				url: p.url,
				...(p.item.body === undefined ? {} : {body: p.item.body}),
				headers: {...(p.item.body === undefined ? {} : {'content-type': 'application/json'}), ...p.item.headers},
				...(p.dependsOn.length > 0 ? {dependsOn: p.dependsOn} : {}),
			})),
		};
		// Throttled families (sign-in logs…) are paced per inner request, exactly as if sent one by one.
		const releases = await Promise.all(pending.map(p => graph.policy.pace(familyOf(p.item.method ?? 'GET', p.url))));
		let response: Awaited<ReturnType<Graph['request']>>;
		try {
			for (const p of pending) p.attempts++;
			response = await graph.request({
				method: 'POST',
				path: '/$batch',
				version: options.version,
				body,
				scopes: options.scopes,
				feature: options.feature,
				idempotent: readOnly && pending.every(p => isIdempotent(p.item.method ?? 'GET')),
			});
		} finally {
			for (const release of releases) release();
		}
		const responses = ((response.body as {responses?: unknown})?.responses ?? []) as InnerResponse[];
		const byId = new Map(responses.map(r => [String(r.id), r]));
		const again: Pending[] = [];
		let waitMs = 0;
		const retriedIds = new Set<string>();
		for (const p of pending) {
			const inner = byId.get(p.id);
			const status = typeof inner?.status === 'number' ? inner.status : 500;
			graph.policy.countBatchItem(familyOf(p.item.method ?? 'GET', p.url), status);
			const headers = lowerKeys(inner?.headers ?? {});
			if (RETRYABLE_STATUS.has(status) && round < retry.maxAttempts) {
				const retryAfter = parseRetryAfter(headers['retry-after'], now());
				if ((retryAfter ?? 0) <= retry.maxRetryAfterMs) {
					waitMs = Math.max(waitMs, retryAfter ?? backoffMs(retry, round, random));
					again.push(p);
					retriedIds.add(p.id);
					continue;
				}
			}
			results.set(p.id, {id: p.id, status, headers, body: inner?.body as T, attempts: p.attempts});
		}
		// A 424 whose dependency is retried is retried with it; one whose dependency succeeded has nothing to wait for.
		for (const p of pending) {
			if (results.get(p.id)?.status === 424 && p.dependsOn.some(d => retriedIds.has(d)) && round < retry.maxAttempts) {
				results.delete(p.id);
				again.push(p);
			}
		}
		for (const p of again) p.dependsOn = p.dependsOn.filter(d => !results.has(d) || retriedIds.has(d));
		pending = chunk.filter(p => again.includes(p));
		if (pending.length > 0 && waitMs > 0) {
			graph.policy.countBackoff(waitMs);
			await sleep(waitMs);
		}
	}
}

function lowerKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
	return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}
