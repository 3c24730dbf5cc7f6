/**
 * OData query options for object collections (users, groups, policies, registration details…): `$filter`, `$select`,
 * `$top` with per-endpoint maxima, `$orderby`, `$count` + `ConsistencyLevel: eventual`, `$expand`, and paging through an
 * opaque `$skiptoken` carried in an absolute `@odata.nextLink`.
 * https://learn.microsoft.com/graph/query-parameters, https://learn.microsoft.com/graph/paging,
 * https://learn.microsoft.com/graph/aad-advanced-queries
 */
import type {RequestContext, RouteResult} from '../context.js';
import {badRequest, GraphError, unsupportedQuery} from '../errors.js';
import {hash32} from '../rng.js';
import {
	analyzeFilter,
	compileFilter,
	FilterError,
	type FilterSchema,
	type Getter,
	objectPath,
	parseFilter,
} from './filter.js';

export interface CollectionSpec<T> {
	/** Entity set for `@odata.context` (`users`, `identity/conditionalAccess/policies`). */
	readonly contextName: string;
	/** `$filter` support; undefined → 400. */
	readonly filter?: FilterSchema;
	readonly getter?: Getter<T>;
	/** Directory objects follow the advanced-query rules (GRAPH.md §11). */
	readonly directory: boolean;
	/** `$top` maximum; undefined → `$top` is not supported (400). */
	readonly maxTop?: number;
	readonly pageSize: number;
	/** `$select` support: the selectable properties and the default set (everything when omitted); false → 400. */
	readonly select?: {readonly allowed: readonly string[]; readonly defaults?: readonly string[]} | false;
	/** Properties `$orderby` accepts. */
	readonly orderBy?: readonly string[];
	/** `$count=true` is accepted (directory objects: only with ConsistencyLevel: eventual). */
	readonly count?: boolean;
	readonly expand?: Readonly<Record<string, (item: T, ctx: RequestContext) => unknown>>;
	/** The full representation of an item for this request's version. */
	project(item: T, ctx: RequestContext): Record<string, unknown>;
	/** Extra key for the match cache (e.g. the parent group id). */
	readonly cacheKey?: string;
}

const KNOWN_OPTIONS = new Set([
	'$filter',
	'$select',
	'$top',
	'$skiptoken',
	'$count',
	'$orderby',
	'$expand',
	'$search',
	'$format',
	'$skip',
]);

export function readOption(query: URLSearchParams, name: string): string | undefined {
	for (const [key, value] of query) if (key.toLowerCase() === name) return value;
	return undefined;
}

/** Rejects system query options the simulator (and Graph, for these endpoints) does not know. */
export function checkKnownOptions(query: URLSearchParams): void {
	for (const key of query.keys()) {
		if (key.startsWith('$') && !KNOWN_OPTIONS.has(key.toLowerCase())) {
			throw badRequest(`Query option '${key}' is not allowed.`);
		}
	}
}

export function isEventual(ctx: Pick<RequestContext, 'headers'>): boolean {
	return (ctx.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
}

export function parseTop(query: URLSearchParams, max: number | undefined): number | undefined {
	const raw = readOption(query, '$top');
	if (raw === undefined) return undefined;
	if (max === undefined) throw badRequest("The query parameter '$top' is not supported on this resource.");
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1 || n > max) {
		throw badRequest(`Invalid page size specified: '${raw}'. Must be between 1 and ${max} inclusive.`);
	}
	return n;
}

export interface SkipToken {
	readonly offset: number;
	readonly extra?: number;
}

/** `$skiptoken` values are opaque to clients: base64url of the position plus a fingerprint of the query. */
export function encodeSkipToken(fingerprint: string, token: SkipToken): string {
	return Buffer.from(JSON.stringify({v: 1, f: hash32(fingerprint), ...token})).toString('base64url');
}

export function decodeSkipToken(fingerprint: string, raw: string | undefined): SkipToken | undefined {
	if (raw === undefined) return undefined;
	try {
		const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as {
			v?: number;
			f?: number;
			offset?: number;
			extra?: number;
		};
		if (
			parsed.v === 1 &&
			parsed.f === hash32(fingerprint) &&
			Number.isInteger(parsed.offset) &&
			(parsed.offset ?? -1) >= 0
		) {
			return {offset: parsed.offset!, extra: parsed.extra};
		}
	} catch {
		// Fall through: any token the simulator did not issue for this query is rejected below.
	}
	throw badRequest('The $skiptoken is invalid or does not belong to this query.', 'Request_BadRequest');
}

/** The absolute nextLink: the request's own $-options (original order) with a new $skiptoken. */
export function nextLink(ctx: RequestContext, skipToken: string): string {
	const parts: string[] = [];
	for (const [key, value] of ctx.query) {
		if (key.toLowerCase() === '$skiptoken') continue;
		parts.push(`${key}=${encodeQueryValue(value)}`);
	}
	parts.push(`$skiptoken=${skipToken}`);
	return `${ctx.origin}/${ctx.version}${ctx.rawPath}?${parts.join('&')}`;
}

function encodeQueryValue(value: string): string {
	return encodeURIComponent(value)
		.replaceAll('%24', '$')
		.replaceAll('%2C', ',')
		.replaceAll('%2F', '/')
		.replaceAll('%3A', ':');
}

export function contextUrl(ctx: RequestContext, name: string): string {
	return `${ctx.origin}/${ctx.version}/$metadata#${name}`;
}

function parseSelect(raw: string | undefined): string[] | undefined {
	if (raw === undefined) return undefined;
	return raw
		.split(',')
		.map(s => s.trim())
		.filter(Boolean);
}

interface ExpandItem {
	readonly name: string;
	readonly select?: string[];
}

function parseExpand(raw: string | undefined): ExpandItem[] {
	if (raw === undefined) return [];
	const items: ExpandItem[] = [];
	let depth = 0;
	let start = 0;
	const pieces: string[] = [];
	for (let i = 0; i < raw.length; i++) {
		if (raw[i] === '(') depth++;
		else if (raw[i] === ')') depth--;
		else if (raw[i] === ',' && depth === 0) {
			pieces.push(raw.slice(start, i));
			start = i + 1;
		}
	}
	pieces.push(raw.slice(start));
	for (const piece of pieces.map(p => p.trim()).filter(Boolean)) {
		const m = /^([A-Za-z]+)(?:\((.*)\))?$/.exec(piece);
		if (!m) throw badRequest(`Parsing OData Select and Expand failed: '${piece}' is not a valid expansion.`);
		const inner = m[2];
		let select: string[] | undefined;
		if (inner) {
			const sm = /^\$select=(.+)$/i.exec(inner.trim());
			if (!sm) throw badRequest(`Only $select is supported inside $expand ('${piece}').`);
			select = parseSelect(sm[1]);
		}
		items.push({name: m[1]!, select});
	}
	return items;
}

export function pickProperties(object: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	if (object['@odata.type'] !== undefined) result['@odata.type'] = object['@odata.type'];
	for (const key of keys) {
		const actual = Object.keys(object).find(k => k.toLowerCase() === key.toLowerCase()) ?? key;
		if (actual in object) result[actual] = object[actual];
	}
	return result;
}

export function compileQueryFilter<T>(raw: string, schema: FilterSchema, getter: Getter<T>) {
	try {
		const ast = parseFilter(raw);
		const analysis = analyzeFilter(ast, schema);
		return {ast, analysis, predicate: compileFilter(ast, schema, getter)};
	} catch (error) {
		if (error instanceof FilterError) {
			throw schemaError(schema, error.message);
		}
		throw error;
	}
}

function schemaError(schema: FilterSchema, message: string): GraphError {
	return schema.directory
		? new GraphError(400, 'Request_UnsupportedQuery', message)
		: badRequest(`Invalid filter clause: ${message}`);
}

function compareForOrder(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === null || a === undefined) return 1;
	if (b === null || b === undefined) return -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

/** Answers a collection GET for in-memory items with Graph's OData semantics. */
export function respondCollection<T>(
	ctx: RequestContext,
	spec: CollectionSpec<T>,
	items: readonly T[] | (() => readonly T[]),
): RouteResult {
	const q = ctx.query;
	checkKnownOptions(q);
	const getter: Getter<T> = spec.getter ?? ((row, path) => objectPath(row, path));
	const eventual = isEventual(ctx);
	const countParam = (readOption(q, '$count') ?? '').toLowerCase();
	const wantsCount = countParam === 'true';
	if (countParam !== '' && countParam !== 'true' && countParam !== 'false')
		throw badRequest(`Invalid $count value '${countParam}'.`);
	if (wantsCount) {
		if (!spec.count) throw badRequest('$count is not supported on this resource.');
		if (spec.directory && !eventual)
			throw new GraphError(400, 'Request_BadRequest', '$count is not currently supported.');
	}
	if (readOption(q, '$skip') !== undefined)
		throw badRequest("'$skip' is not supported by the service.", 'Request_BadRequest');
	if (readOption(q, '$search') !== undefined) {
		throw badRequest('$search is not supported by the simulator on this resource.', 'Request_UnsupportedQuery');
	}
	const advancedOk = spec.directory && eventual && wantsCount;

	const filterRaw = readOption(q, '$filter');
	let predicate: ((row: T) => boolean) | undefined;
	if (filterRaw !== undefined) {
		if (!spec.filter) throw badRequest('$filter is not supported on this resource.');
		const compiled = compileQueryFilter(filterRaw, spec.filter, getter);
		if (compiled.analysis.advanced && !advancedOk) {
			throw unsupportedQuery(
				'Unsupported Query. This filter needs advanced query parameters: the ConsistencyLevel: eventual header and $count=true.',
			);
		}
		predicate = compiled.predicate;
	}

	const orderRaw = readOption(q, '$orderby');
	const order: {path: string; desc: boolean}[] = [];
	if (orderRaw !== undefined) {
		for (const part of orderRaw.split(',')) {
			const m = /^\s*([A-Za-z/]+)(?:\s+(asc|desc))?\s*$/i.exec(part);
			const allowed = spec.orderBy?.find(p => p.toLowerCase() === m?.[1]?.toLowerCase());
			if (!m || !allowed)
				throw badRequest(
					`$orderby is not supported on '${part.trim()}' for this resource.`,
					spec.directory ? 'Request_UnsupportedQuery' : 'BadRequest',
				);
			order.push({path: allowed, desc: (m[2] ?? '').toLowerCase() === 'desc'});
		}
		if (spec.directory && filterRaw !== undefined && !advancedOk) {
			throw unsupportedQuery(
				'Unsupported Query. $orderby with $filter needs ConsistencyLevel: eventual and $count=true.',
			);
		}
	}

	const top = parseTop(q, spec.maxTop);
	const selectRaw = readOption(q, '$select');
	const select = parseSelect(selectRaw);
	if (select) {
		if (spec.select === false) throw badRequest("The query parameter '$select' is not supported on this resource.");
		const allowed = spec.select?.allowed;
		if (allowed) {
			for (const key of select) {
				if (!allowed.some(a => a.toLowerCase() === key.toLowerCase())) {
					throw badRequest(
						`Parsing OData Select and Expand failed: Could not find a property named '${key}' on type '${spec.filter?.entity ?? spec.contextName}'.`,
					);
				}
			}
		}
	}
	const expand = parseExpand(readOption(q, '$expand'));
	for (const e of expand) {
		if (!spec.expand?.[e.name]) {
			throw badRequest(
				`Parsing OData Select and Expand failed: Could not find a navigation property named '${e.name}'.`,
			);
		}
	}

	const fingerprint = [ctx.version, ctx.path, filterRaw ?? '', orderRaw ?? '', spec.cacheKey ?? ''].join('|');
	const cacheKey = `${fingerprint}|v${ctx.tenant.version}`;
	let matched = ctx.core.cache.get(cacheKey) as readonly T[] | undefined;
	if (!matched) {
		const all = typeof items === 'function' ? items() : items;
		let list = predicate ? all.filter(predicate) : [...all];
		if (order.length > 0) {
			list = list.sort((a, b) => {
				for (const o of order) {
					const c = compareForOrder(getter(a, o.path), getter(b, o.path));
					if (c !== 0) return o.desc ? -c : c;
				}
				return 0;
			});
		}
		matched = list;
		ctx.core.cache.set(cacheKey, matched);
		while (ctx.core.cache.size > ctx.core.options.maxPageCacheEntries) {
			const oldest = ctx.core.cache.keys().next().value;
			if (oldest === undefined) break;
			ctx.core.cache.delete(oldest);
		}
	}

	const pageSize = top ?? spec.pageSize;
	const tokenFingerprint = `${fingerprint}|${selectRaw ?? ''}|${top ?? ''}`;
	const offset = decodeSkipToken(tokenFingerprint, readOption(q, '$skiptoken'))?.offset ?? 0;
	const page = matched.slice(offset, offset + pageSize);
	const keys = select ?? (spec.select ? spec.select.defaults : undefined);
	const value = page.map(item => {
		const full = spec.project(item, ctx);
		const shaped = keys ? pickProperties(full, keys) : full;
		for (const e of expand) {
			const expanded = spec.expand![e.name]!(item, ctx);
			shaped[e.name] =
				e.select && expanded && typeof expanded === 'object' && !Array.isArray(expanded)
					? pickProperties(expanded as Record<string, unknown>, e.select)
					: expanded;
		}
		return shaped;
	});
	const body: Record<string, unknown> = {'@odata.context': contextUrl(ctx, spec.contextName)};
	if (wantsCount) body['@odata.count'] = matched.length;
	body.value = value;
	if (offset + pageSize < matched.length) {
		body['@odata.nextLink'] = nextLink(ctx, encodeSkipToken(tokenFingerprint, {offset: offset + pageSize}));
	}
	return {status: 200, body};
}

/** A single entity with `$select` (and `$expand`) applied. */
export function respondEntity(
	ctx: RequestContext,
	contextName: string,
	entity: Record<string, unknown>,
	options: {readonly allowed?: readonly string[]; readonly defaults?: readonly string[]} = {},
): RouteResult {
	checkKnownOptions(ctx.query);
	for (const option of ['$filter', '$top', '$skiptoken', '$orderby', '$count', '$expand', '$search', '$skip']) {
		// Loud rather than silently ignored: the product must not rely on an option the simulator would drop.
		if (readOption(ctx.query, option) !== undefined)
			throw badRequest(`The query option '${option}' is not supported on a single ${contextName} entity.`);
	}
	const select = parseSelect(readOption(ctx.query, '$select'));
	if (select && options.allowed) {
		for (const key of select) {
			if (!options.allowed.some(a => a.toLowerCase() === key.toLowerCase())) {
				throw badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${key}'.`);
			}
		}
	}
	const keys = select ?? options.defaults;
	const shaped = keys ? pickProperties(entity, keys) : entity;
	return {
		status: 200,
		body: {'@odata.context': `${ctx.origin}/${ctx.version}/$metadata#${contextName}/$entity`, ...shaped},
	};
}
