/**
 * Paging (GRAPH.md §11, https://learn.microsoft.com/graph/paging): follow `@odata.nextLink` exactly as given — its
 * `$skiptoken` is opaque — and stream, so a 100,000-user tenant is folded page by page, never held whole.
 */
import type {z} from 'zod';
import type {Graph, GraphRequestSpec} from './client.js';
import {GraphShapeError} from './errors.js';
import {endpointOf, parseModel} from './schema.js';

export interface PageInfo {
	/** 1-based page number. */
	readonly page: number;
	/** `@odata.count`, when the first request asked for `$count=true`. */
	readonly count?: number;
	readonly items: number;
	/** Graph sent an `@odata.nextLink`: another page follows if the caller keeps reading. */
	readonly hasNext: boolean;
}

export interface IterateOptions {
	/** Stop after this many pages (a window that is enough for a preview). */
	readonly maxPages?: number;
	/** Called after each page is fetched, before its items are yielded. */
	readonly onPage?: (info: PageInfo) => void;
}

/** Yields the validated items of a collection, following nextLinks verbatim. */
export async function* iterate<S extends z.ZodType>(
	graph: Graph,
	spec: GraphRequestSpec,
	item: S,
	options: IterateOptions = {},
): AsyncGenerator<z.output<S>, void, undefined> {
	let next: string | undefined;
	let page = 0;
	let request: GraphRequestSpec = spec;
	do {
		const response = await graph.request<unknown>(request);
		page++;
		const endpoint = endpointOf(request.method ?? 'GET', response.url);
		const body = response.body as {value?: unknown; '@odata.nextLink'?: unknown; '@odata.count'?: unknown};
		if (!body || typeof body !== 'object' || !Array.isArray(body.value)) {
			throw new GraphShapeError(endpoint, 'value', 'expected an array (a collection page)');
		}
		const nextLink = body['@odata.nextLink'];
		if (nextLink !== undefined && nextLink !== null && typeof nextLink !== 'string') {
			throw new GraphShapeError(endpoint, '@odata.nextLink', 'expected a string');
		}
		next = nextLink ?? undefined;
		options.onPage?.({
			page,
			count: typeof body['@odata.count'] === 'number' ? body['@odata.count'] : undefined,
			items: body.value.length,
			hasNext: next !== undefined,
		});
		for (let i = 0; i < body.value.length; i++) yield parseModel(item, body.value[i], endpoint, `value[${i}]`);
		if (options.maxPages !== undefined && page >= options.maxPages) return;
		// The nextLink is absolute and complete: same headers and scopes, no version or query rebuilt.
		if (next) request = {...spec, path: next, version: undefined};
	} while (next);
}

/** All items in an array: for collections known to be small (CA policies, SKUs, role definitions). */
export async function collect<S extends z.ZodType>(
	graph: Graph,
	spec: GraphRequestSpec,
	item: S,
	options: IterateOptions = {},
): Promise<z.output<S>[]> {
	const out: z.output<S>[] = [];
	for await (const value of iterate(graph, spec, item, options)) out.push(value);
	return out;
}

/** One object, validated. */
export async function getOne<S extends z.ZodType>(
	graph: Graph,
	spec: GraphRequestSpec,
	schema: S,
): Promise<z.output<S>> {
	const response = await graph.request<unknown>(spec);
	return parseModel(schema, response.body, endpointOf(spec.method ?? 'GET', response.url));
}
