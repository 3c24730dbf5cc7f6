/**
 * The assessing process of the large-tenant benchmark (one per run, so its peak RSS is its own): either the product's
 * assessment or the naive baseline, against a simulator in another process, on a virtual clock shared with it.
 *
 * - `product`: the product's Graph layer (pacer, retry, counters) with the session clock virtual, reading the tenant
 *   as the assessment does.
 * - `naive`: what a script written with the Graph SDK alone would do: every user, then every sign-in of the window
 *   (interactive and non-interactive, beta) with `PageIterator`, classified client-side; 429s are answered by the
 *   SDK's retry behaviour (honour Retry-After) on the same virtual clock, and nothing paces it.
 *
 * Usage (by bench/assessment.ts): node <out>/assess-client.mjs '<AssessClientConfig JSON>' → one JSON line.
 */

import {
	Client,
	type Context,
	HTTPMessageHandler,
	type Middleware,
	PageIterator,
} from '@microsoft/microsoft-graph-client';
import {collect} from '../src/assessment/collect.js';
import {type SignIn as ComplianceSignIn, computeWindow} from '../src/compliance/index.js';
import {createGraph, type Graph, type GraphStats} from '../src/graph/client.js';
import {createTranslator} from '../src/i18n/index.js';
import {RESOURCE_APP, scriptClientByAppId} from '../src/knowledge/first-party-apps.js';
import {canonicalLegacyProtocol} from '../src/knowledge/legacy-protocols.js';
import {reportToJson} from '../src/report/json.js';
import type {Report} from '../src/report/types.js';
import {cpuSeconds, peakRssBytes} from './lib/proc.js';
import {VirtualClock} from './lib/virtual-clock.js';
import {GRAPH_ORIGIN, installVirtualNetwork, type LatencyModel} from './lib/virtual-network.js';
import type {SimHostReady} from './sim-host.js';

export interface AssessClientConfig {
	readonly mode: 'product' | 'naive';
	readonly sim: SimHostReady;
	/** Virtual epoch ms the run starts at (the simulator's clock is there too). */
	readonly start: number;
	readonly latency: LatencyModel;
	readonly days?: number;
}

/** What either mode found, in the same terms, so the two can be checked against each other. */
export interface Findings {
	readonly users: number;
	readonly legacySignIns: Readonly<Record<string, number>>;
	readonly legacyUsers: number;
	readonly automationAccounts: number;
	/** Sign-in rows the client received (naive; the product streams them inside collect). */
	readonly signInRowsRead?: number;
}

export interface AssessClientResult {
	readonly mode: 'product' | 'naive';
	/** Always `collect` (src/assessment/collect.ts); kept in the raw results so older ones stay comparable. */
	readonly collector: string;
	readonly projectedSeconds: number;
	readonly wallSeconds: number;
	readonly cpuSeconds: number;
	readonly peakRssBytes: number;
	/** Requests this process sent, per endpoint family (product: graph.stats(); naive: counted by path). */
	readonly requestsByFamily: Readonly<Record<string, number>>;
	/** Requests inside $batch envelopes, by their own family (product only). */
	readonly batchItemsByFamily?: Readonly<Record<string, number>>;
	readonly requests: number;
	readonly throttled: number;
	readonly pacedSeconds?: number;
	readonly backoffSeconds?: number;
	readonly clockAdvances: number;
	/** Bytes of the `check --json` output (product with the real collector only). */
	readonly reportJsonBytes?: number;
	/** Sampled every 100 ms: the largest V8 heap in use, and what the assessment was doing while RSS grew. */
	readonly memory: {
		readonly peakHeapUsedBytes: number;
		readonly peakExternalBytes: number;
		/** Where RSS's high-water mark grew most: the phases running while it rose, with the rise (largest first). */
		readonly rssGrowthByPhases: readonly {readonly phases: string; readonly bytes: number}[];
		/** Heap in use after a full GC with the assessment's result still referenced (product only). */
		readonly liveHeapWithResultBytes?: number;
	};
	/** Real seconds the simulator took to answer, per family: where the local wall time goes. */
	readonly simulatorSecondsByFamily: Readonly<Record<string, number>>;
	readonly findings: Findings;
}

/**
 * The V8 heap still in use after a full collection, taken while the assessment's result is still referenced: what
 * the product really holds, as opposed to garbage V8 had not collected yet at the peak RSS. Needs --expose-gc.
 */
let liveHeapWithResultBytes: number | undefined;
/** Size of the `check --json` document the report serialises to. */
let reportJsonBytes: number | undefined;
function measureLiveHeap(onProgress: (p: {phase: string; status: 'running' | 'done'}) => void): void {
	const gc = (globalThis as {gc?: () => void}).gc;
	if (!gc) return;
	// Named as a phase, so a peak caused by the collection itself is not blamed on the product.
	onProgress({phase: 'bench: full GC', status: 'running'});
	gc();
	liveHeapWithResultBytes = process.memoryUsage().heapUsed;
	onProgress({phase: 'bench: full GC', status: 'done'});
}

/** The real fetch, for the simulator's clock control: only Graph traffic goes through the virtual network. */
const realFetch = globalThis.fetch;

async function postJson(url: string, body: unknown): Promise<void> {
	const res = await realFetch(url, {
		method: 'POST',
		body: JSON.stringify(body),
		headers: {'content-type': 'application/json'},
	});
	if (!res.ok) throw new Error(`${url}: ${res.status}`);
	await res.arrayBuffer();
}

// ---------------------------------------------------------------------------------------------------------------
// product

/**
 * The product's assessment: `collect` from src/assessment/collect.ts (the read `check` and the wizard share), through
 * the product's Graph layer with the session clock virtual. `check --json` adds only printing the report.
 */
async function assessProduct(
	graph: Graph,
	now: Date,
	days: number | undefined,
	onProgress: (p: {phase: string; status: 'running' | 'done'}) => void,
): Promise<Findings> {
	const assessment = await collect(graph, {
		now,
		days,
		breakGlass: [],
		t: createTranslator('en'),
		toolVersion: 'bench',
		mode: 'live',
		cloud: 'global',
		onProgress,
	});
	// What `check --json` prints (src/commands/check.ts: collect, then reportToJson of its report).
	if (assessment.report) {
		onProgress({phase: 'reportToJson', status: 'running'});
		reportJsonBytes = Buffer.byteLength(reportToJson(assessment.report as Report));
		onProgress({phase: 'reportToJson', status: 'done'});
	}
	onProgress({phase: 'collect returned', status: 'running'});
	measureLiveHeap(onProgress);
	const facts = assessment.input.signIns;
	const legacySignIns: Record<string, number> = {};
	for (const [protocol, counts] of Object.entries(facts.legacy.byProtocol)) {
		if (counts) legacySignIns[protocol] = counts.signIns;
	}
	const users = assessment.input.users;
	return {
		users: users.status === 'read' ? (users.value?.length ?? 0) : 0,
		legacySignIns,
		legacyUsers: facts.legacy.users ?? 0,
		automationAccounts: facts.automation.accounts.length,
	};
}

// ---------------------------------------------------------------------------------------------------------------
// naive

interface NaiveCounters {
	requests: Record<string, number>;
	throttled: number;
}

/** The SDK's RetryHandler behaviour (honour Retry-After, else back off; 3 retries), on the virtual clock. */
class VirtualRetryHandler implements Middleware {
	#next?: Middleware;
	constructor(
		private readonly clock: VirtualClock,
		private readonly counters: NaiveCounters,
	) {}
	setNext(next: Middleware): void {
		this.#next = next;
	}
	async execute(context: Context): Promise<void> {
		for (let attempt = 0; ; attempt++) {
			const url = typeof context.request === 'string' ? context.request : context.request.url;
			const family = /\/auditLogs\//i.test(url) ? 'signIns' : 'directory';
			this.counters.requests[family] = (this.counters.requests[family] ?? 0) + 1;
			await this.#next!.execute(context);
			const status = context.response?.status;
			if ((status !== 429 && status !== 503 && status !== 504) || attempt >= 3) return;
			if (status === 429) this.counters.throttled++;
			const retryAfter = Number(context.response?.headers.get('Retry-After'));
			await this.clock.sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 2 ** attempt * 3000);
		}
	}
}

class BearerHandler implements Middleware {
	#next?: Middleware;
	constructor(private readonly token: string) {}
	setNext(next: Middleware): void {
		this.#next = next;
	}
	async execute(context: Context): Promise<void> {
		context.options ??= {};
		const options = context.options;
		const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
		headers.set('Authorization', `Bearer ${this.token}`);
		options.headers = Object.fromEntries(headers);
		await this.#next!.execute(context);
	}
}

async function assessNaive(
	clock: VirtualClock,
	config: AssessClientConfig,
	now: Date,
): Promise<{findings: Findings; counters: NaiveCounters}> {
	const counters: NaiveCounters = {requests: {}, throttled: 0};
	const retry = new VirtualRetryHandler(clock, counters);
	const bearer = new BearerHandler(config.sim.token);
	retry.setNext(bearer);
	bearer.setNext(new HTTPMessageHandler());
	const client = Client.initWithMiddleware({middleware: retry, baseUrl: `${GRAPH_ORIGIN}/`, defaultVersion: 'beta'});
	const window = computeWindow({now, licences: {entraIdP1: true, entraIdP2: false}, days: config.days});

	let users = 0;
	const firstUsers = await client.api('/users').select('id,userPrincipalName,accountEnabled,userType').top(999).get();
	await new PageIterator(client, firstUsers, () => {
		users++;
		return true;
	}).iterate();

	const legacySignIns: Record<string, number> = {};
	const legacyUsers = new Set<string>();
	const automation = new Set<string>();
	let rows = 0;
	const classify = (s: ComplianceSignIn & {resourceId?: string; appId?: string}) => {
		rows++;
		const user = s.userId ?? s.userPrincipalName ?? '';
		const protocol = canonicalLegacyProtocol(s.clientAppUsed);
		if (protocol) {
			legacySignIns[protocol] = (legacySignIns[protocol] ?? 0) + 1;
			if (s.status?.errorCode === 0) legacyUsers.add(user);
		}
		if (s.status?.errorCode === 0) {
			if (s.authenticationProtocol?.toLowerCase() === 'ropc') automation.add(user);
			else if (scriptClientByAppId(s.appId)) automation.add(user);
			else if (s.resourceId === RESOURCE_APP.partnerCenterApi) automation.add(user);
		}
		return true;
	};
	const range = `createdDateTime ge ${window.from} and createdDateTime le ${window.to}`;
	// Beta lists interactive sign-ins unless the filter names the event type (GRAPH.md §1): two listings.
	for (const filter of [range, `${range} and signInEventTypes/any(t: t eq 'nonInteractiveUser')`]) {
		const first = await client.api('/auditLogs/signIns').filter(filter).top(1000).get();
		await new PageIterator(client, first, classify).iterate();
	}
	return {
		findings: {
			users,
			legacySignIns,
			legacyUsers: legacyUsers.size,
			automationAccounts: automation.size,
			signInRowsRead: rows,
		},
		counters,
	};
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Samples memory on a real timer (virtual time has nothing to do with it); phases come from collect's progress. RSS
 * rarely falls back, so "the phase at the peak" would name whatever ran last: each rise is attributed instead to the
 * phases running while it happened.
 */
function memorySampler() {
	const running = new Set<string>();
	const timeline: {rss: number; phases: string[]}[] = [
		{rss: process.memoryUsage().rss, phases: ['before the first phase']},
	];
	let peakHeapUsedBytes = 0;
	let peakExternalBytes = 0;
	const sample = () => {
		const m = process.memoryUsage();
		peakHeapUsedBytes = Math.max(peakHeapUsedBytes, m.heapUsed);
		peakExternalBytes = Math.max(peakExternalBytes, m.external + m.arrayBuffers);
		const last = timeline[timeline.length - 1];
		const phases = [...running];
		if (!last || last.rss !== m.rss || last.phases.join() !== phases.join()) timeline.push({rss: m.rss, phases});
	};
	const timer = setInterval(sample, 100);
	timer.unref();
	return {
		onProgress(p: {phase: string; status: 'running' | 'done'}) {
			if (p.status === 'running') running.add(p.phase);
			else running.delete(p.phase);
			sample();
		},
		stop() {
			clearInterval(timer);
			sample();
			// Each new high of RSS, attributed to what was running while it rose (the phases of the sample before):
			// the rises add up to the peak minus the RSS at the start, so nothing is counted twice after a GC.
			const growth = new Map<string, number>();
			let high = timeline[0]!.rss;
			for (let i = 1; i < timeline.length; i++) {
				const rise = timeline[i]!.rss - high;
				if (rise <= 0) continue;
				high = timeline[i]!.rss;
				const label = timeline[i - 1]!.phases.join(' + ') || 'between phases';
				growth.set(label, (growth.get(label) ?? 0) + rise);
			}
			const rssGrowthByPhases = [...growth]
				.sort((a, b) => b[1] - a[1])
				.slice(0, 4)
				.map(([phases, bytes]) => ({phases, bytes}));
			return {peakHeapUsedBytes, peakExternalBytes, rssGrowthByPhases};
		},
	};
}

async function main(): Promise<void> {
	const config = JSON.parse(process.argv[2] ?? '{}') as AssessClientConfig;
	const clock = new VirtualClock({
		start: config.start,
		onAdvance: now => postJson(`${config.sim.control}/clock`, {now}),
	});
	const {counters: network} = installVirtualNetwork(clock, config.sim.url, config.latency);
	const now = new Date(config.start);
	const cpuStart = process.cpuUsage();
	const wallStart = performance.now();
	const sampler = memorySampler();
	let findings: Findings;
	let requestsByFamily: Record<string, number>;
	let throttled: number;
	let stats: GraphStats | undefined;
	let batchItemsByFamily: Record<string, number> | undefined;
	if (config.mode === 'product') {
		const graph = createGraph({
			session: {
				cloud: {graphRoot: GRAPH_ORIGIN, graphOrigin: config.sim.url},
				dryRun: false,
				clock: {now: () => new Date(clock.now()), sleep: ms => clock.sleep(ms)},
			},
			tokens: {getToken: async () => config.sim.token},
		});
		findings = await assessProduct(graph, now, config.days, sampler.onProgress);
		stats = graph.stats();
		requestsByFamily = Object.fromEntries(Object.entries(stats.families).map(([f, s]) => [f, s.requests]));
		batchItemsByFamily = Object.fromEntries(
			Object.entries(stats.families)
				.filter(([, s]) => s.batchItems > 0)
				.map(([f, s]) => [f, s.batchItems]),
		);
		throttled = stats.throttled;
	} else {
		const naive = await assessNaive(clock, config, now);
		findings = naive.findings;
		requestsByFamily = naive.counters.requests;
		throttled = naive.counters.throttled;
	}
	const memory = {...sampler.stop(), liveHeapWithResultBytes};
	const result: AssessClientResult = {
		mode: config.mode,
		collector: 'collect',
		projectedSeconds: (clock.now() - config.start) / 1000,
		wallSeconds: (performance.now() - wallStart) / 1000,
		cpuSeconds: cpuSeconds(cpuStart),
		peakRssBytes: peakRssBytes(),
		requestsByFamily,
		batchItemsByFamily,
		requests: network.requests,
		throttled,
		pacedSeconds: stats && stats.pacedMs / 1000,
		backoffSeconds: stats && stats.backoffMs / 1000,
		clockAdvances: clock.advances,
		reportJsonBytes,
		memory,
		simulatorSecondsByFamily: Object.fromEntries(
			Object.entries(network.realMsByFamily).map(([f, ms]) => [f, Math.round(ms) / 1000]),
		),
		findings,
	};
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
	process.exitCode = 1;
});
