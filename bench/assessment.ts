/**
 * Large-tenant assessment: the simulator (`large`, Graph's published throttling limits) in one process, the
 * assessing client in another, one virtual clock (the client's) driving both. Reports per run: requests per endpoint
 * family, 429s, projected seconds on real Graph (virtual time: throttling waits + modelled latency), local wall and
 * CPU seconds and the peak RSS of the assessing process; sign-in-log requests against the minimum the matching rows
 * need; and the naive SDK baseline at the largest size, in the same run.
 */
import {type ChildProcess, spawn} from 'node:child_process';
import path from 'node:path';
import type {AssessClientConfig, AssessClientResult} from './assess-client.js';
import {DEFAULT_LATENCY, type LatencyModel} from './lib/virtual-network.js';
import type {SignInQuery, SimHostConfig, SimHostReady, SimLogSummary} from './sim-host.js';

/** Virtual start of every run: fixed, so the generated tenant and its sign-in window are the same each time. */
export const VIRTUAL_START = Date.parse('2026-11-26T10:00:00Z');

export interface AssessmentOptions {
	readonly outDir: string;
	readonly users: number;
	/** Sign-in counts to run the product at (the RSS slope); the largest also runs the naive baseline. */
	readonly signIns: readonly number[];
	readonly naive: boolean;
	readonly latency?: LatencyModel;
	readonly log: (line: string) => void;
}

/** Sign-in-log requests against the minimum: ceil(rows / 1000) per distinct filter the run read to its end. */
export interface SignInEfficiency {
	readonly requests: number;
	readonly minimum: number;
	readonly ratio: number;
	readonly filters: number;
	/** Filters the client stopped reading early by design (it had what it needed); each counts 1 in the minimum. */
	readonly stoppedEarly: number;
	readonly matchingRows: number;
}

export interface AssessmentRun {
	readonly mode: 'product' | 'naive';
	readonly users: number;
	readonly signIns: number;
	readonly client: AssessClientResult;
	readonly simulator: {
		readonly startSeconds: number;
		readonly peakRssBytes: number;
		readonly cpuSeconds: number;
		readonly graphRequests: number;
		readonly throttled: number;
		readonly byFamily: Readonly<Record<string, number>>;
	};
	readonly efficiency?: SignInEfficiency;
	/** Ran at the same time as another size (its local wall time is not its own). */
	readonly sideBySide?: boolean;
}

/** Extra Node flags for the simulator or the client, to find where time goes: e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`. */
function nodeArgs(name: 'MFA_BENCH_SIM_NODE_ARGS' | 'MFA_BENCH_CLIENT_NODE_ARGS'): string[] {
	return (process.env[name] ?? '').split(' ').filter(Boolean);
}

function spawnNode(script: string, arg: unknown, flags: readonly string[]): ChildProcess {
	return spawn(process.execPath, [...flags, script, JSON.stringify(arg)], {stdio: ['pipe', 'pipe', 'pipe']});
}

/** The first JSON line the child prints (its result), or its stderr as an error. */
function firstJsonLine<T>(child: ChildProcess, what: string): Promise<T> {
	return new Promise((resolve, reject) => {
		let out = '';
		let err = '';
		child.stderr!.on('data', d => {
			err += d;
		});
		child.stdout!.on('data', d => {
			out += d;
			const nl = out.indexOf('\n');
			if (nl >= 0) {
				try {
					resolve(JSON.parse(out.slice(0, nl)) as T);
				} catch (error) {
					reject(error);
				}
			}
		});
		child.on('exit', code => reject(new Error(`${what} exited ${code}: ${err.trim().slice(-2000)}`)));
		child.on('error', reject);
	});
}

async function control<T>(sim: SimHostReady, method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
	const res = await fetch(`${sim.control}${route}`, {
		method,
		body: body === undefined ? undefined : JSON.stringify(body),
		headers: body === undefined ? {} : {'content-type': 'application/json'},
	});
	if (!res.ok) throw new Error(`simulator control ${route}: ${res.status} ${await res.text()}`);
	return (res.status === 204 ? undefined : await res.json()) as T;
}

/** The query without `$skiptoken`: the same filter's pages share it. */
export function filterKey(q: Pick<SignInQuery, 'path' | 'query'>): string {
	const params = new URLSearchParams(q.query);
	params.delete('$skiptoken');
	params.delete('$skipToken');
	return `${q.path}?${params.toString()}`;
}

/** The same query with the largest page, for counting its matching rows. */
export function countQuery(key: string): string {
	const [p, q = ''] = key.split('?');
	const params = new URLSearchParams(q);
	params.set('$top', '1000');
	return `${p}?${params.toString()}`;
}

export function efficiencyOf(
	queries: readonly SignInQuery[],
	rowsByKey: ReadonlyMap<string, number>,
): SignInEfficiency {
	const pages = new Map<string, {pages: number; top: number}>();
	for (const q of queries) {
		const key = filterKey(q);
		const entry = pages.get(key) ?? {pages: 0, top: Number(new URLSearchParams(q.query).get('$top') ?? 1000) || 1000};
		if (q.status !== 429) entry.pages++;
		pages.set(key, entry);
	}
	let minimum = 0;
	let stoppedEarly = 0;
	let matchingRows = 0;
	for (const [key, {pages: read, top}] of pages) {
		const rows = rowsByKey.get(key) ?? 0;
		matchingRows += rows;
		const full = Math.max(1, Math.ceil(rows / top));
		if (read < full) {
			stoppedEarly++;
			minimum += 1;
		} else {
			minimum += Math.max(1, Math.ceil(rows / 1000));
		}
	}
	return {
		requests: queries.length,
		minimum,
		ratio: minimum === 0 ? Number.NaN : queries.length / minimum,
		filters: pages.size,
		stoppedEarly,
		matchingRows,
	};
}

async function runOnce(options: AssessmentOptions, mode: 'product' | 'naive', signIns: number): Promise<AssessmentRun> {
	const hostConfig: SimHostConfig = {users: options.users, signIns, start: VIRTUAL_START};
	const host = spawnNode(path.join(options.outDir, 'sim-host.mjs'), hostConfig, nodeArgs('MFA_BENCH_SIM_NODE_ARGS'));
	try {
		const sim = await firstJsonLine<SimHostReady>(host, 'simulator host');
		const clientConfig: AssessClientConfig = {
			mode,
			sim,
			start: VIRTUAL_START,
			latency: options.latency ?? DEFAULT_LATENCY,
		};
		const clientProcess = spawnNode(path.join(options.outDir, 'assess-client.mjs'), clientConfig, [
			'--expose-gc',
			// What `check` and the wizard run with (limitHeapGrowth in src/cli.tsx); the naive baseline keeps V8's defaults.
			...(mode === 'product' ? ['--heap-growing-percent=30'] : []),
			...nodeArgs('MFA_BENCH_CLIENT_NODE_ARGS'),
		]);
		const client = await firstJsonLine<AssessClientResult>(clientProcess, `${mode} assessment`);
		const simLog = await control<SimLogSummary>(sim, 'GET', '/log');
		let efficiency: SignInEfficiency | undefined;
		if (mode === 'product') {
			const keys = [...new Set(simLog.signInQueries.map(filterKey))];
			const {counts} = await control<{counts: number[]}>(sim, 'POST', '/count', {queries: keys.map(countQuery)});
			efficiency = efficiencyOf(simLog.signInQueries, new Map(keys.map((k, i) => [k, counts[i]!])));
		}
		const simStats = await control<{peakRssBytes: number; cpuSeconds: number}>(sim, 'GET', '/stats');
		return {
			mode,
			users: options.users,
			signIns,
			client,
			simulator: {
				startSeconds: sim.startMs / 1000,
				peakRssBytes: simStats.peakRssBytes,
				cpuSeconds: simStats.cpuSeconds,
				graphRequests: simLog.graphRequests,
				throttled: simLog.throttled,
				byFamily: simLog.byFamily,
			},
			efficiency,
		};
	} finally {
		host.stdin!.end();
		if (host.exitCode === null) {
			await new Promise(resolve => {
				const timer = setTimeout(() => host.kill(), 10_000);
				host.once('exit', () => resolve(clearTimeout(timer)));
			});
		}
	}
}

export async function runAssessment(options: AssessmentOptions): Promise<AssessmentRun[]> {
	const sizes = [...new Set(options.signIns)].sort((a, b) => a - b);
	const largest = sizes[sizes.length - 1]!;
	const report = (run: AssessmentRun) =>
		options.log(
			`  ${run.mode}, ${run.users} users / ${run.signIns} sign-ins${run.sideBySide ? ' (side by side)' : ''}: ` +
				`projected ${run.client.projectedSeconds.toFixed(0)} s, wall ${run.client.wallSeconds.toFixed(1)} s, ` +
				`RSS ${(run.client.peakRssBytes / 2 ** 20).toFixed(0)} MiB, ${run.client.requests} requests, ` +
				`${run.simulator.throttled} × 429`,
		);
	// The smaller sizes only give the RSS slope: they run side by side (a client mostly waits for its simulator, so
	// two pairs share the two cores; peak RSS and projected time do not depend on it, local wall time does).
	// The largest size and the baseline run alone, so their wall and CPU times are their own.
	const small = await Promise.all(
		sizes.slice(0, -1).map(async n => ({...(await runOnce(options, 'product', n)), sideBySide: sizes.length > 2})),
	);
	small.forEach(report);
	const runs: AssessmentRun[] = [...small];
	const big = await runOnce(options, 'product', largest);
	report(big);
	runs.push(big);
	if (options.naive) {
		const naive = await runOnce(options, 'naive', largest);
		report(naive);
		runs.push(naive);
	}
	return runs;
}
