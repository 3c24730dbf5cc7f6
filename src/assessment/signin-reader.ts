/**
 * Reads the sign-in log for the aggregator (compliance/signins.ts): asks `pendingSlices()` what to read, turns the
 * slices into as few server-side-filtered requests as it can, streams every row to the aggregator and the evidence
 * folds, and reports each slice complete or failed. Sign-ins are never kept.
 *
 * Why so few requests: the log allows 5 requests per 10 s per tenant (GRAPH.md §1, §11), so a 100,000-user tenant
 * is only practical when requests track the rows that match, about ceil(rows / 1000) per filter, never a scan.
 * - Slices are bookkeeping, not requests (signins.ts): slices of one kind share one filter, an `or` of their values —
 *   the 13 legacy protocols in one request, the script clients in another, users 15 at a time. Each row is added
 *   under its own slice (its protocol, app or user). Fifteen terms per `or` keeps every filter inside the limit
 *   Graph sets on `or` clauses elsewhere in the directory and well under URL length limits.
 * - Beta returns interactive sign-ins only unless the filter names `signInEventTypes` (GRAPH.md §1); both user event
 *   types are asked for in the same request (`combined`), or in two (`split`, if a tenant's Graph refuses the `or`).
 * - The modern-interactive check (stage 2) only needs one successful row per user: a group's request stops as soon
 *   as every user in it has one, and users still open when a page answered some of them are asked again with the next
 *   group, so a busy user does not make the others page through all of that user's sign-ins.
 * - Users' own reads (stage 3) are packed so each request is expected to fill about one page, from the rows already
 *   seen for each user (a lower bound).
 * - Filters add `status/errorCode eq 0` and `authenticationRequirement eq 'singleFactorAuthentication'` where only
 *   such rows can give a reason (ROPC cannot do MFA, so ROPC rows are always single-factor).
 * A 403 (licence or permission) on any request means the log cannot be read: `unavailable`. Any other failure, after
 * the Graph layer's retries, fails only the slices of that request.
 */
import type {SignInAggregator, SignInSlice} from '../compliance/index.js';
import {sliceKey} from '../compliance/index.js';
import type {Graph} from '../graph/client.js';
import {quote} from '../graph/odata.js';
import type {PageInfo} from '../graph/paging.js';
import {listSignIns} from '../graph/sign-ins.js';
import {RESOURCE_APP} from '../knowledge/first-party-apps.js';
import {canonicalLegacyProtocol, MODERN_CLIENT_APPS} from '../knowledge/legacy-protocols.js';
import type {EvidenceRow, SignInSink} from './evidence.js';
import {problemOf} from './read.js';

export const DEFAULT_OR_TERMS = 15;
/** Graph's largest sign-in page (GRAPH.md §1). */
export const SIGN_IN_PAGE = 1000;

export interface SignInReadProgress {
	readonly requests: number;
	readonly rows: number;
}

export interface SignInReaderOptions {
	readonly window: {readonly from: string; readonly to: string};
	/** `combined` (default): both user event types in one request; `split`: one request per event type. */
	readonly eventTypes?: 'combined' | 'split';
	/** Values per `or` (users, protocols, apps). Default 15. */
	readonly orTerms?: number;
	/** Rows a user's own read is expected to return (at least the rows seen so far), to pack users into requests. */
	readonly estimate?: (userId: string) => number;
	readonly onProgress?: (progress: SignInReadProgress) => void;
	/** Checked between requests: another part of the run failed, stop reading. */
	readonly cancelled?: () => boolean;
}

interface Query {
	/** The filter without the window and the event types. */
	readonly filter: string;
	/** Both user event types (else interactive only, beta's default). */
	readonly allEventTypes: boolean;
	readonly slices: readonly SignInSlice[];
	/** The slice a row belongs to (its home among `slices`), or undefined to drop it. */
	readonly route: (row: EvidenceRow) => SignInSlice | undefined;
}

const EVENT_TYPES = ['interactiveUser', 'nonInteractiveUser'] as const;
const SINGLE_FACTOR = `authenticationRequirement eq 'singleFactorAuthentication'`;
const SUCCESS = 'status/errorCode eq 0';

function anyOf(property: string, values: readonly string[]): string {
	const terms = values.map(v => `${property} eq ${quote(v)}`);
	return terms.length === 1 ? terms[0]! : `(${terms.join(' or ')})`;
}

function eventFilter(types: readonly string[]): string {
	const terms = types.map(t => `signInEventTypes/any(t: t eq ${quote(t)})`);
	return terms.length === 1 ? terms[0]! : `(${terms.join(' or ')})`;
}

function listsBothEventTypes(row: EvidenceRow): boolean {
	const types = row.signInEventTypes ?? [];
	return types.includes('interactiveUser') && types.includes('nonInteractiveUser');
}

function chunk<T>(items: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

const MODERN = anyOf('clientAppUsed', MODERN_CLIENT_APPS);

export async function readSignInLog(
	graph: Graph,
	aggregator: SignInAggregator,
	sinks: readonly SignInSink[],
	options: SignInReaderOptions,
): Promise<SignInReadProgress> {
	const orTerms = Math.max(1, options.orTerms ?? DEFAULT_OR_TERMS);
	const split = options.eventTypes === 'split';
	const windowFilter = `createdDateTime ge ${options.window.from} and createdDateTime le ${options.window.to}`;
	let requests = 0;
	let rows = 0;
	let halt = false;
	const isStopped = () => halt || options.cancelled?.() === true;
	const progress = () => options.onProgress?.({requests, rows});

	const feed = (row: EvidenceRow, slice: SignInSlice) => {
		aggregator.add(row, slice);
		for (const sink of sinks) sink.add(row, slice);
	};

	/** Streams one filter (once, or once per event type) page by page; `onPageEnd` may stop it. */
	async function stream(
		query: Query,
		onRow: (row: EvidenceRow) => void,
		onPageEnd?: (page: PageInfo) => boolean,
	): Promise<void> {
		const variants: (readonly string[] | undefined)[] = !query.allEventTypes
			? [undefined]
			: split
				? EVENT_TYPES.map(t => [t])
				: [EVENT_TYPES];
		// A row listing both event types comes back from both requests of a split read: feed it once.
		const twice = split && query.allEventTypes ? new Set<string>() : undefined;
		let halted = false;
		for (const types of variants) {
			if (halted) break;
			const filter = [windowFilter, query.filter, ...(types ? [eventFilter(types)] : [])].join(' and ');
			let page: PageInfo | undefined;
			let left = 0;
			const pages = listSignIns(graph, {
				filter,
				beta: true,
				top: SIGN_IN_PAGE,
				onPage: info => {
					requests++;
					page = info;
					left = info.items;
					progress();
				},
			});
			for await (const row of pages) {
				rows++;
				left--;
				if (twice && listsBothEventTypes(row)) {
					if (twice.has(row.id)) continue;
					twice.add(row.id);
				}
				onRow(row);
				if (left === 0 && page && onPageEnd && !onPageEnd(page)) {
					halted = true;
					break;
				}
			}
		}
	}

	/** The whole log is unreadable (licence, permission), or the slices of one request failed. Rethrows the rest. */
	function failed(error: unknown, open: readonly SignInSlice[]): void {
		const problem = problemOf(error, graph.redactor);
		if (!problem) throw error;
		if (problem.reason === 'licence' || problem.reason === 'permission') {
			aggregator.unavailable(problem);
			halt = true;
			return;
		}
		for (const slice of open) aggregator.fail(slice, problem);
	}

	async function run(query: Query): Promise<void> {
		try {
			await stream(query, row => {
				const slice = query.route(row);
				if (slice) feed(row, slice);
			});
		} catch (error) {
			failed(error, query.slices);
			return;
		}
		for (const slice of query.slices) aggregator.complete(slice);
	}

	/** Stage 2, per user: stop as soon as each user in the group has one successful modern interactive sign-in. */
	async function modernChecks(slices: readonly SignInSlice[]): Promise<void> {
		const queue = [...slices];
		while (queue.length > 0 && !isStopped()) {
			const group = queue.splice(0, orTerms);
			const open = new Map(group.map(s => [(s as {userId: string}).userId, s]));
			let answeredOnPage = 0;
			const query: Query = {
				filter: `${anyOf('userId', [...open.keys()])} and ${SUCCESS} and ${MODERN}`,
				allEventTypes: false,
				slices: group,
				route: () => undefined,
			};
			try {
				await stream(
					query,
					row => {
						const slice = row.userId ? open.get(row.userId) : undefined;
						if (!slice) return;
						feed(row, slice);
						aggregator.complete(slice);
						open.delete(row.userId!);
						answeredOnPage++;
					},
					page => {
						const more = page.hasNext && open.size > 0;
						if (more && answeredOnPage > 0) {
							// Ask again for the users still open, with the next group: fewer pages than reading on.
							queue.unshift(...open.values());
							open.clear();
							return false;
						}
						answeredOnPage = 0;
						return more;
					},
				);
			} catch (error) {
				failed(error, [...open.values()]);
				continue;
			}
			// Read to the end without a row: these users have no successful modern interactive sign-in.
			for (const slice of open.values()) aggregator.complete(slice);
		}
	}

	/** Stage 3: users packed so each request should fill about one page. */
	function userQueries(slices: readonly SignInSlice[]): Query[] {
		const estimate = options.estimate ?? (() => 1);
		const groups: SignInSlice[][] = [];
		let current: SignInSlice[] = [];
		let expected = 0;
		for (const slice of slices) {
			const rowsOf = Math.max(1, estimate((slice as {userId: string}).userId));
			if (current.length > 0 && (current.length >= orTerms || expected + rowsOf > SIGN_IN_PAGE)) {
				groups.push(current);
				current = [];
				expected = 0;
			}
			current.push(slice);
			expected += rowsOf;
		}
		if (current.length > 0) groups.push(current);
		return groups.map(group => {
			const byUser = new Map(group.map(s => [(s as {userId: string}).userId, s]));
			return {
				filter: anyOf('userId', [...byUser.keys()]),
				allEventTypes: true,
				slices: group,
				route: row => (row.userId ? byUser.get(row.userId) : undefined),
			};
		});
	}

	function baseQueries(pending: readonly SignInSlice[]): Query[] {
		const queries: Query[] = [];
		const legacy = pending.filter(s => s.kind === 'legacy');
		for (const group of chunk(legacy, orTerms)) {
			const byProtocol = new Map(group.map(s => [(s as {protocol: string}).protocol, s]));
			queries.push({
				filter: anyOf('clientAppUsed', [...byProtocol.keys()]),
				allEventTypes: true,
				slices: group,
				route: row => {
					const protocol = canonicalLegacyProtocol(row.clientAppUsed);
					return protocol ? byProtocol.get(protocol) : undefined;
				},
			});
		}
		const ropc = pending.find(s => s.kind === 'ropc');
		if (ropc) {
			queries.push({
				filter: `authenticationProtocol eq 'ropc' and ${SUCCESS}`,
				allEventTypes: true,
				slices: [ropc],
				route: () => ropc,
			});
		}
		const scripts = pending.filter(s => s.kind === 'scriptClient');
		for (const group of chunk(scripts, orTerms)) {
			const byApp = new Map(group.map(s => [(s as {appId: string}).appId.toLowerCase(), s]));
			queries.push({
				filter: `${anyOf('appId', [...byApp.keys()])} and ${SUCCESS} and ${SINGLE_FACTOR}`,
				allEventTypes: true,
				slices: group,
				route: row => (row.appId ? byApp.get(row.appId.toLowerCase()) : undefined),
			});
		}
		const partner = pending.find(s => s.kind === 'partnerCenterApi');
		if (partner) {
			queries.push({
				filter: `resourceId eq ${quote(RESOURCE_APP.partnerCenterApi)} and ${SUCCESS} and ${SINGLE_FACTOR}`,
				allEventTypes: true,
				slices: [partner],
				route: () => partner,
			});
		}
		const all = pending.find(s => s.kind === 'modernInteractiveAll');
		if (all) {
			queries.push({filter: `${SUCCESS} and ${MODERN}`, allEventTypes: false, slices: [all], route: () => all});
		}
		return queries;
	}

	for (
		let pending = aggregator.pendingSlices();
		pending.length > 0 && !isStopped();
		pending = aggregator.pendingSlices()
	) {
		const before = new Set(pending.map(sliceKey));
		for (const query of baseQueries(pending)) {
			if (isStopped()) break;
			await run(query);
		}
		if (!isStopped()) await modernChecks(pending.filter(s => s.kind === 'modernInteractive'));
		for (const query of userQueries(pending.filter(s => s.kind === 'user'))) {
			if (isStopped()) break;
			await run(query);
		}
		// Every slice asked for must now be finished; anything else would loop for ever.
		if (isStopped()) break;
		const again = aggregator.pendingSlices().filter(s => before.has(sliceKey(s)));
		if (again.length > 0) throw new Error(`Sign-in slices left open: ${again.map(sliceKey).join(', ')}`);
	}
	return {requests, rows};
}
