/**
 * The assessing process's view of the network during the benchmark: `fetch` replaced so that every Graph exchange
 * - goes to the simulator (Graph's own origin is rewritten, as the product's origin middleware does),
 * - costs modelled latency on the virtual clock (half before the simulator sees the request, half after it answered),
 * - holds virtual time still while the real exchange with the simulator is in flight (`VirtualClock.track`), and the
 *   body is read completely before the client sees the response, so nothing real is left in flight when time moves.
 * Projected seconds on real Graph = virtual time elapsed = throttling waits + modelled latency on the critical path.
 */
import type {VirtualClock} from './virtual-clock.js';

/** Per-request latency assumed for real Graph (round trip + server time), by endpoint family. */
export interface LatencyModel {
	/** `/auditLogs/signIns` pages (up to 1,000 rows): the slow endpoint. */
	readonly signInsMs: number;
	/** Everything else (directory pages, $batch, reports). */
	readonly otherMs: number;
}

export const DEFAULT_LATENCY: LatencyModel = {signInsMs: 1000, otherMs: 200};

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

export interface NetworkCounters {
	requests: number;
	bytes: number;
	/** Real time the simulator took to answer, per endpoint family (where local wall time goes). */
	readonly realMsByFamily: Record<string, number>;
}

function familyOfUrl(url: string): string {
	const path = new URL(url).pathname.replace(/^\/(?:v1\.0|beta)/i, '').toLowerCase();
	if (path.startsWith('/auditlogs/')) return 'signIns';
	if (path === '/$batch') return 'batch';
	if (path.startsWith('/reports/')) return 'reports';
	if (path.startsWith('/identityprotection/')) return 'identityProtection';
	return 'directory';
}

function urlOf(input: string | URL | Request): string {
	if (typeof input === 'string') return input;
	if (input instanceof URL) return input.href;
	return input.url;
}

/** Installs the virtual network as `globalThis.fetch`; returns counters and a function that restores the real one. */
export function installVirtualNetwork(
	clock: VirtualClock,
	simulatorUrl: string,
	latency: LatencyModel,
): {counters: NetworkCounters; restore: () => void} {
	const realFetch = globalThis.fetch;
	const counters: NetworkCounters = {requests: 0, bytes: 0, realMsByFamily: {}};
	const virtualFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
		let url = urlOf(input);
		if (url.startsWith(GRAPH_ORIGIN)) url = simulatorUrl + url.slice(GRAPH_ORIGIN.length);
		const ms = /\/auditLogs\/signIns/i.test(url) ? latency.signInsMs : latency.otherMs;
		await clock.sleep(ms / 2);
		const family = familyOfUrl(url);
		const answer = await clock.track(async () => {
			const started = performance.now();
			const response = await realFetch(input instanceof Request ? new Request(url, input) : url, init);
			const body = await response.arrayBuffer();
			counters.realMsByFamily[family] = (counters.realMsByFamily[family] ?? 0) + performance.now() - started;
			return {response, body};
		});
		counters.requests++;
		counters.bytes += answer.body.byteLength;
		await clock.sleep(ms / 2);
		const {status, statusText, headers} = answer.response;
		const empty = status === 204 || status === 205 || status === 304;
		return new Response(empty ? null : answer.body, {status, statusText, headers});
	};
	globalThis.fetch = virtualFetch as typeof fetch;
	return {
		counters,
		restore: () => {
			globalThis.fetch = realFetch;
		},
	};
}
