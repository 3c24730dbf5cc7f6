/**
 * The simulator in its own process for the assessment benchmark, so the assessing process's peak RSS holds only what
 * the product holds (the simulator's side of a 10⁶-sign-in run reaches ~1.2 GB).
 *
 * Its clock is virtual and belongs to the client: a second loopback server — a separate port, nothing under /v1.0 or
 * /beta, and nothing in src/simulator — takes `POST /clock {"now": ms}` from the client's VirtualClock before every
 * jump of virtual time, so Graph's throttling windows (`throttle: 'real'`) run on the same time as the client's pacer.
 * Other control routes, used after a run: `GET /log` (the Graph request log, sign-in queries and 429s), `POST /count`
 * (rows matching each sign-in query, counted through the simulator's own filter with throttling off), `GET /stats`.
 *
 * Usage (by bench/assessment.ts): node <out>/sim-host.mjs '{"users":…,"signIns":…,"start":…}'; prints one JSON
 * line `{url, token, control, …}` when ready and runs until `POST /stop` or stdin closes.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {createSimulator} from '../src/simulator/index.js';
import {cpuSeconds, peakRssBytes} from './lib/proc.js';

export interface SimHostConfig {
	readonly users: number;
	readonly signIns: number;
	readonly seed?: number;
	/** Virtual epoch ms at start. */
	readonly start: number;
}

export interface SimHostReady {
	readonly url: string;
	readonly token: string;
	readonly control: string;
	readonly tenantId: string;
	readonly startMs: number;
}

export interface SignInQuery {
	readonly path: string;
	readonly query: string;
	readonly status: number;
	readonly throttled: boolean;
}

export interface SimLogSummary {
	readonly graphRequests: number;
	readonly throttled: number;
	readonly byFamily: Readonly<Record<string, number>>;
	readonly signInQueries: readonly SignInQuery[];
}

function familyOfPath(path: string): string {
	const p = path.replace(/^\/(?:v1\.0|beta)/i, '').toLowerCase();
	if (p.startsWith('/auditlogs/')) return 'signIns';
	if (p === '/$batch') return 'batch';
	if (p.startsWith('/reports/')) return 'reports';
	if (p.startsWith('/identityprotection/')) return 'identityProtection';
	return 'directory';
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
	let text = '';
	for await (const chunk of req) text += chunk;
	return text ? JSON.parse(text) : undefined;
}

async function main(): Promise<void> {
	const config = JSON.parse(process.argv[2] ?? '{}') as SimHostConfig;
	let now = config.start;
	const cpuStart = process.cpuUsage();
	const started = performance.now();
	const sim = createSimulator({
		clock: {now: () => now},
		scenario: 'large',
		users: config.users,
		signIns: config.signIns,
		seed: config.seed ?? 1,
		throttle: 'real',
		// nextLinks carry Graph's own origin; the client rewrites it, as against real Graph (STACK.md pitfalls 1–2).
		publicOrigin: 'https://graph.microsoft.com',
	});
	const url = await sim.start();
	const token = sim.issueToken({lifetimeSeconds: 7 * 24 * 3600});
	const startMs = performance.now() - started;

	const countRows = async (pathAndQuery: string): Promise<number> => {
		let next: string | undefined = `${url}${pathAndQuery}`;
		let rows = 0;
		while (next) {
			const res: Response = await fetch(next, {headers: {Authorization: `Bearer ${token}`}});
			if (res.status !== 200) throw new Error(`count ${pathAndQuery}: ${res.status} ${await res.text()}`);
			const body = (await res.json()) as {value: unknown[]; '@odata.nextLink'?: string};
			rows += body.value.length;
			next = body['@odata.nextLink']?.replace('https://graph.microsoft.com', url);
		}
		return rows;
	};

	const control = http.createServer((req, res) => {
		const reply = (status: number, body?: unknown) => {
			res.writeHead(status, body === undefined ? {} : {'content-type': 'application/json'});
			res.end(body === undefined ? undefined : JSON.stringify(body));
		};
		(async () => {
			if (req.method === 'POST' && req.url === '/clock') {
				const {now: to} = (await readBody(req)) as {now: number};
				if (to > now) now = to;
				return reply(204);
			}
			if (req.method === 'GET' && req.url === '/log') {
				const entries = sim.log.graphRequests();
				const byFamily: Record<string, number> = {};
				for (const e of sim.log.entries) {
					if (e.kind !== 'graph') continue;
					const family = familyOfPath(e.path);
					byFamily[family] = (byFamily[family] ?? 0) + 1;
				}
				const summary: SimLogSummary = {
					graphRequests: sim.log.entries.filter(e => e.kind === 'graph').length,
					throttled: entries.filter(e => e.status === 429).length,
					byFamily,
					signInQueries: sim.log.entries
						.filter(e => e.kind === 'graph' && familyOfPath(e.path) === 'signIns')
						.map(e => ({path: e.path, query: e.query, status: e.status, throttled: e.status === 429})),
				};
				return reply(200, summary);
			}
			if (req.method === 'POST' && req.url === '/count') {
				const {queries} = (await readBody(req)) as {queries: string[]};
				sim.control.setThrottle('off');
				const counts: number[] = [];
				for (const q of queries) counts.push(await countRows(q));
				sim.control.setThrottle('real');
				return reply(200, {counts});
			}
			if (req.method === 'GET' && req.url === '/stats') {
				return reply(200, {peakRssBytes: peakRssBytes(), cpuSeconds: cpuSeconds(cpuStart)});
			}
			if (req.method === 'POST' && req.url === '/stop') {
				reply(204);
				await stop();
				return;
			}
			reply(404, {error: `${req.method} ${req.url}`});
		})().catch((error: unknown) => reply(500, {error: String((error as Error)?.stack ?? error)}));
	});
	await new Promise<void>(resolve => control.listen(0, '127.0.0.1', resolve));
	const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;

	let stopping = false;
	async function stop(): Promise<void> {
		if (stopping) return;
		stopping = true;
		control.close();
		control.closeAllConnections();
		await sim.stop();
	}
	// The parent going away (stdin closed) stops the host too: no orphaned simulator.
	process.stdin.on('end', () => {
		stop().catch(() => {});
	});
	process.stdin.resume();

	const ready: SimHostReady = {url, token, control: controlUrl, tenantId: sim.tenantId, startMs};
	process.stdout.write(`${JSON.stringify(ready)}\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
	process.exitCode = 1;
});
