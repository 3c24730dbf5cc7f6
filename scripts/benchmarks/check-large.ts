/**
 * `check` on the `large` scenario (10⁵ users, 10⁶ sign-ins). Run: `npx tsx scripts/benchmarks/check-large.ts
 * [--users N] [--sign-ins N] [--skip-real] [--skip-virtual]` after `npm run build`.
 *
 * 1. Virtual (in-process): the collector against the simulator with Graph's real throttling (`throttle: 'real'`) on a
 *    virtual clock shared by both, and the Graph layer's own pacer: how long a live run would take (projected
 *    seconds), how many requests were throttled. Timers fire in wake-up order, so waits that overlap (the sign-in
 *    log's pacing while the directory is read) count once.
 * 2. Real (child process): the built CLI, `check --json --verbose --auth token --graph-endpoint <simulator>`, under
 *    `/usr/bin/time`: wall time (the live pacer keeps sign-in requests to 5 per 10 s, in real time), peak RSS of the
 *    check process alone (the simulator runs in this process), exit code, requests per family (its --verbose line),
 *    and the sign-in requests per filter against the minimum the matching rows need (each filter re-read here).
 * Figures go to stdout, one JSON line at the end for the benchmark harness (bench/, later).
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {collect} from '../../src/assessment/collect.js';
import {createGraph} from '../../src/graph/client.js';
import {Redactor} from '../../src/graph/redact.js';
import {createTranslator} from '../../src/i18n/index.js';
import {createSimulator} from '../../src/simulator/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name: string) => {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
};
const USERS = Number(arg('--users') ?? 100_000);
const SIGN_INS = Number(arg('--sign-ins') ?? 1_000_000);
const figures: Record<string, unknown> = {users: USERS, signIns: SIGN_INS};

/** Discrete-event time: a sleep resolves when every earlier timer has fired; the clock jumps to its wake-up time. */
class VirtualTime {
	private current: number;
	private readonly timers: {at: number; seq: number; resolve: () => void}[] = [];
	private seq = 0;
	private scheduled = false;
	constructor(start: number) {
		this.current = start;
	}
	now = (): number => this.current;
	sleep = (ms: number): Promise<void> =>
		new Promise(resolve => {
			this.timers.push({at: this.current + Math.max(0, ms), seq: this.seq++, resolve});
			this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
			this.kick();
		});
	private kick(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		setImmediate(() => {
			this.scheduled = false;
			const timer = this.timers.shift();
			if (!timer) return;
			this.current = Math.max(this.current, timer.at);
			timer.resolve();
			if (this.timers.length > 0) this.kick();
		});
	}
}

function mb(bytes: number): number {
	return Math.round(bytes / 1e5) / 10;
}

async function virtualRun(): Promise<void> {
	const start = Date.parse('2026-11-26T10:00:00Z');
	const time = new VirtualTime(start);
	const sim = createSimulator({
		clock: {now: time.now, sleep: time.sleep},
		scenario: 'large',
		users: USERS,
		signIns: SIGN_INS,
		throttle: 'real',
		publicOrigin: 'https://graph.microsoft.com',
		story: {exchangeAdminDelayMs: false},
	});
	const url = await sim.start();
	const token = sim.issueToken({lifetimeSeconds: 48 * 3600});
	const redactor = new Redactor();
	redactor.add(token);
	const graph = createGraph({
		session: {
			cloud: {graphRoot: 'https://graph.microsoft.com', graphOrigin: url},
			dryRun: false,
			clock: {now: () => new Date(time.now()), sleep: time.sleep},
		},
		tokens: {getToken: async () => token},
		sleep: time.sleep,
		now: time.now,
		redactor,
	});
	const began = performance.now();
	const assessment = await collect(graph, {
		now: new Date(start),
		breakGlass: [],
		t: createTranslator('en'),
		toolVersion: 'bench',
		mode: 'live',
		cloud: 'custom',
	});
	const stats = graph.stats();
	const projected = (time.now() - start) / 1000;
	figures.virtual = {
		projectedSeconds: Math.round(projected),
		realSeconds: Math.round((performance.now() - began) / 1000),
		requests: stats.requests,
		signInRequests: stats.families.signIns.requests,
		throttled: stats.throttled,
		pacedSeconds: Math.round(stats.pacedMs / 1000),
		backoffSeconds: Math.round(stats.backoffMs / 1000),
		families: stats.families,
		compliant: assessment.report.compliant,
	};
	console.log(
		`virtual clock, throttle real: projected ${Math.round(projected)} s (ran in ${figures.virtual && (figures.virtual as {realSeconds: number}).realSeconds} s); ` +
			`${stats.requests} requests, ${stats.families.signIns.requests} to the sign-in log; ${stats.throttled} throttled; ` +
			`paced ${Math.round(stats.pacedMs / 1000)} s, backoff ${Math.round(stats.backoffMs / 1000)} s`,
	);
	await sim.stop();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
	return new Promise<{code: number | null; stdout: string; stderr: string}>((resolve, reject) => {
		const child = spawn(command, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', chunk => {
			stdout += chunk;
		});
		child.stderr.on('data', chunk => {
			stderr += chunk;
		});
		child.on('error', reject);
		child.on('close', code => resolve({code, stdout, stderr}));
	});
}

/** Rows a filter matches, read to the end here (never by the tool), and the pages that takes at 1,000 a page. */
async function matchingRows(url: string, token: string, filter: string): Promise<number> {
	let next: string | undefined = `${url}/beta/auditLogs/signIns?$filter=${encodeURIComponent(filter)}&$top=1000`;
	let rows = 0;
	while (next) {
		const res = await fetch(next.replace('https://graph.microsoft.com', url), {
			headers: {Authorization: `Bearer ${token}`},
		});
		const body = (await res.json()) as {value: unknown[]; '@odata.nextLink'?: string};
		rows += body.value.length;
		next = body['@odata.nextLink'];
	}
	return rows;
}

function kindOf(filter: string): string {
	if (/clientAppUsed eq 'IMAP4'/.test(filter)) return 'legacy';
	if (/authenticationProtocol eq 'ropc'/.test(filter)) return 'ropc';
	if (/appId eq/.test(filter)) return 'scriptClient';
	if (/resourceId eq/.test(filter)) return 'partnerCenterApi';
	if (/userId eq/.test(filter) && /clientAppUsed eq 'Browser'/.test(filter)) return 'modernInteractive';
	if (/clientAppUsed eq 'Browser'/.test(filter)) return 'modernInteractiveAll';
	if (/userId eq/.test(filter)) return 'user';
	return 'other';
}

async function realRun(): Promise<void> {
	const began = performance.now();
	const sim = createSimulator({
		clock: {now: () => Date.now()},
		scenario: 'large',
		users: USERS,
		signIns: SIGN_INS,
		story: {exchangeAdminDelayMs: false},
	});
	const url = await sim.start();
	console.log(
		`simulator: ${sim.tenant.state.users.length} users, ${sim.signIns.count} sign-ins, ready in ${Math.round((performance.now() - began) / 1000)} s`,
	);
	const token = sim.issueToken({lifetimeSeconds: 12 * 3600});
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mfa-bench-'));
	const env: NodeJS.ProcessEnv = {
		...process.env,
		MFA_ONBOARD_HOME: home,
		MFA_ONBOARD_ACCESS_TOKEN: token,
		NO_COLOR: '1',
	};
	const started = performance.now();
	const result = await run(
		'/usr/bin/time',
		[
			'-f',
			'TIME %M %e',
			process.execPath,
			path.join(ROOT, 'bin', 'mfa-onboard.js'),
			'check',
			'--json',
			'--verbose',
			'--auth',
			'token',
			'--graph-endpoint',
			url,
			'--tenant',
			sim.tenantId,
		],
		env,
	);
	const wall = (performance.now() - started) / 1000;
	const time = /TIME (\d+) ([\d.]+)/.exec(result.stderr);
	const statsLine = result.stderr.split('\n').find(l => l.startsWith('[graph] requests')) ?? '';
	let report: {compliant: boolean | null; legacyAuth: {signIns: number | null}} | undefined;
	try {
		report = JSON.parse(result.stdout);
	} catch {
		console.log(result.stderr.slice(-2000));
		throw new Error(`check did not print a report (exit ${result.code}): is dist/ built (npm run build)?`);
	}
	const peakMb = time ? Math.round(Number(time[1]) / 1024) : null;
	console.log(
		`check --json: exit ${result.code}, wall ${Math.round(wall)} s, peak RSS ${peakMb} MB (${peakMb !== null && peakMb < 300 ? 'under' : 'NOT under'} 300 MB)`,
	);
	console.log(statsLine);

	// Sign-in requests per filter, against what each filter's rows need.
	const byFilter = new Map<string, number>();
	for (const e of sim.log.entries) {
		if (e.kind !== 'graph' || !e.path.endsWith('/auditLogs/signIns')) continue;
		const filter = new URLSearchParams(e.query).get('$filter') ?? '';
		byFilter.set(filter, (byFilter.get(filter) ?? 0) + 1);
	}
	const perKind = new Map<string, {requests: number; filters: number; rows: number; minimum: number}>();
	for (const [filter, requests] of byFilter) {
		const rows = await matchingRows(url, token, filter);
		const kind = kindOf(filter);
		const k = perKind.get(kind) ?? {requests: 0, filters: 0, rows: 0, minimum: 0};
		k.requests += requests;
		k.filters++;
		k.rows += rows;
		k.minimum += Math.max(1, Math.ceil(rows / 1000));
		perKind.set(kind, k);
	}
	let total = 0;
	let minimum = 0;
	for (const [kind, k] of perKind) {
		total += k.requests;
		minimum += k.minimum;
		console.log(
			`  ${kind.padEnd(22)} ${String(k.requests).padStart(5)} requests for ${String(k.filters).padStart(4)} filters matching ${String(k.rows).padStart(7)} rows (minimum ${k.minimum})`,
		);
	}
	console.log(
		`  sign-in log: ${total} requests; Σ ceil(rows/1000) per filter = ${minimum}; a full scan of the window would be ${Math.ceil(sim.signIns.count / 1000)}+`,
	);
	figures.real = {
		exit: result.code,
		wallSeconds: Math.round(wall),
		peakRssMb: peakMb,
		statsLine,
		signInRequests: total,
		signInMinimum: minimum,
		perKind: Object.fromEntries(perKind),
		compliant: report?.compliant,
		rssSampledMb: mb(process.memoryUsage().rss),
	};
	fs.rmSync(home, {recursive: true, force: true});
	await sim.stop();
}

if (!process.argv.includes('--skip-virtual')) await virtualRun();
if (!process.argv.includes('--skip-real')) await realRun();
console.log(JSON.stringify(figures));
