/**
 * Measures step 6's report-only impact read (src/steps/enforce/impact.ts) against the simulator: the `large` tenant's
 * report-only "CA002: Block legacy authentication" over the whole log since it was created (10⁶ sign-ins by default),
 * streamed and folded; prints time, sign-ins read and peak RSS. Pacing is off (the simulator does not throttle here):
 * against Graph the sign-in log allows 5 requests per 10 s, i.e. about 500 sign-ins a second at 1,000 per page.
 * Run: `node --expose-gc --import tsx scripts/benchmarks/enforce-impact.ts [users] [signIns] [maxPages]`.
 */
import {performance} from 'node:perf_hooks';
import {createGraph} from '../../src/graph/client.js';
import {createSimulator} from '../../src/simulator/index.js';
import {readImpact} from '../../src/steps/enforce/impact.js';

const USERS = Number(process.argv[2] ?? 100_000);
const SIGN_INS = Number(process.argv[3] ?? 1_000_000);
const MAX_PAGES = Number(process.argv[4] ?? 10_000);
let peak = 0;
let peakHeap = 0;
const gc = (globalThis as {gc?: () => void}).gc;
const sample = () => {
	peak = Math.max(peak, process.memoryUsage().rss);
	// With --expose-gc: the live heap after a collection, i.e. what the read really keeps (RSS also counts garbage V8
	// has not collected yet, and the in-process simulator's own buffers).
	if (gc) {
		gc();
		peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
	}
};
const now = Date.now();
const sim = createSimulator({clock: {now: () => now}, scenario: 'large', users: USERS, signIns: SIGN_INS});
const origin = await sim.start();
sample();
const graph = createGraph({
	session: {
		cloud: {graphRoot: 'https://graph.microsoft.com', graphOrigin: origin},
		dryRun: false,
		clock: {now: () => new Date(now), sleep: async () => undefined},
	},
	tokens: {getToken: async () => sim.issueToken({})},
	pacing: false,
});
const policy = sim.tenant.state.caPolicies.find(p => p.state === 'enabledForReportingButNotEnforced')!;
const baseline = process.memoryUsage().rss;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const result = await readImpact(
	graph,
	[{policyId: policy.id, key: 'blockLegacy', name: policy.displayName, since: policy.createdDateTime}],
	{now: new Date(now).toISOString(), maxPages: MAX_PAGES, onProgress: sample},
);
const ms = performance.now() - started;
sample();
await sim.stop();
const p = result.policies[0]!;
process.stdout.write(
	`${JSON.stringify(
		{
			users: USERS,
			signIns: SIGN_INS,
			policy: policy.displayName,
			daysRun: p.daysRun,
			signInsRead: result.signInsRead,
			complete: result.complete,
			blocked: p.blocked,
			affectedUsers: p.affectedUsers,
			usersKept: p.users.length,
			seconds: Math.round(ms) / 1000,
			signInsPerSecond: Math.round(result.signInsRead / (ms / 1000)),
			rssBeforeReadMb: Math.round(baseline / 1e6),
			peakRssMb: Math.round(peak / 1e6),
			...(gc ? {heapBeforeReadMb: Math.round(heapBefore / 1e6), peakLiveHeapMb: Math.round(peakHeap / 1e6)} : {}),
		},
		null,
		1,
	)}\n`,
);
