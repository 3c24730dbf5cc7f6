import {afterEach} from 'vitest';
import {createSimulator, type Simulator, type SimulatorOptions} from '../../src/simulator/index.js';

/** A virtual clock: tests move time explicitly, so throttling and story events run without sleeping. */
export function virtualClock(start = Date.parse('2026-11-20T09:00:00Z')) {
	let now = start;
	return {
		now: () => now,
		advance(ms: number) {
			now += ms;
		},
		set(ms: number) {
			now = ms;
		},
	};
}

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies in tests are read loosely; the assertions check their shape.
export type Json = any;

const running: Simulator[] = [];

afterEach(async () => {
	while (running.length > 0) await running.pop()!.stop();
});

export interface Started {
	readonly sim: Simulator;
	readonly url: string;
	readonly token: string;
	/** fetch against the simulator with the default token (all scopes, the demo admin). */
	graph(path: string, init?: RequestInit & {token?: string | null}): Promise<Response>;
	json<T = Json>(
		path: string,
		init?: RequestInit & {token?: string | null},
	): Promise<{status: number; body: T; headers: Headers}>;
}

export async function startSim(options: Partial<SimulatorOptions> = {}): Promise<Started> {
	const sim = createSimulator({clock: virtualClock(), ...options});
	running.push(sim);
	const url = await sim.start();
	const token = sim.issueToken();
	const graph = (path: string, init: RequestInit & {token?: string | null} = {}) => {
		const {token: given, headers, ...rest} = init;
		const auth: Record<string, string> = given === null ? {} : {Authorization: `Bearer ${given ?? token}`};
		const target = path.startsWith('http') ? path : `${url}${path}`;
		return fetch(target, {...rest, headers: {...auth, ...(headers as Record<string, string> | undefined)}});
	};
	const json = async (path: string, init?: RequestInit & {token?: string | null}) => {
		const res = await graph(path, init);
		const text = await res.text();
		return {status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers};
	};
	return {sim, url, token, graph, json};
}

export async function postJson(
	started: Started,
	path: string,
	body: unknown,
	init: {token?: string; method?: string; headers?: Record<string, string>} = {},
) {
	return started.json(path, {
		method: init.method ?? 'POST',
		token: init.token,
		headers: {'Content-Type': 'application/json', ...(init.headers ?? {})},
		body: JSON.stringify(body),
	});
}

/** Follows @odata.nextLink until the end; returns every item and the number of pages. */
export async function pageAll<T = Json>(
	started: Started,
	first: string,
	headers: Record<string, string> = {},
): Promise<{items: T[]; pages: number}> {
	const items: T[] = [];
	let next: string | undefined = first;
	let pages = 0;
	while (next) {
		const res: {status: number; body: Json} = await started.json(next, {headers});
		if (res.status !== 200) throw new Error(`page ${pages + 1}: ${res.status} ${JSON.stringify(res.body)}`);
		items.push(...res.body.value);
		next = res.body['@odata.nextLink'];
		pages++;
		if (pages > 10_000) throw new Error('too many pages');
	}
	return {items, pages};
}
