/**
 * The collector against the simulator: a started simulator on a fixed clock, a Graph handle over it (instant sleeps,
 * no pacing unless asked), `collectFrom` with the usual options, and `withFailures` to make chosen requests fail the
 * way Graph does (a 403 on a whole request, or on items inside a `$batch`).
 */
import {afterEach} from 'vitest';
import {type CollectOptions, collect} from '../../src/assessment/collect.js';
import type {Assessment} from '../../src/assessment/types.js';
import {createGraph, type Graph, type GraphRequestSpec, type GraphResponse} from '../../src/graph/client.js';
import {GraphHttpError} from '../../src/graph/errors.js';
import {familyOf, versionRelative} from '../../src/graph/families.js';
import {Redactor} from '../../src/graph/redact.js';
import {createTranslator, type Lang} from '../../src/i18n/index.js';
import {createSimulator, type Simulator, type SimulatorOptions} from '../../src/simulator/index.js';
import {expectValidReport} from '../report/schema-helper.js';

export const NOW = new Date('2026-11-26T10:00:00Z');

const running: Simulator[] = [];
afterEach(async () => {
	while (running.length > 0) await running.pop()!.stop();
});

export interface SimGraph {
	readonly sim: Simulator;
	readonly graph: Graph;
	readonly token: string;
	readonly url: string;
}

export async function simGraph(
	options: Partial<SimulatorOptions> & {scopes?: readonly string[]; pacing?: false} = {},
): Promise<SimGraph> {
	const {scopes, pacing, ...simOptions} = options;
	const sim = createSimulator({
		clock: {now: () => NOW.getTime()},
		publicOrigin: 'https://graph.microsoft.com',
		...simOptions,
	});
	running.push(sim);
	const url = await sim.start();
	const token = sim.issueToken(scopes ? {scopes} : {});
	const redactor = new Redactor();
	redactor.add(token);
	const graph = createGraph({
		session: {
			cloud: {graphRoot: 'https://graph.microsoft.com', graphOrigin: url},
			dryRun: false,
			clock: {now: () => NOW, sleep: async () => {}},
		},
		tokens: {getToken: async () => token},
		sleep: async () => {},
		now: () => NOW.getTime(),
		random: () => 0.5,
		redactor,
		pacing: pacing ?? false,
	});
	return {sim, graph, token, url};
}

export function options(overrides: Partial<CollectOptions> & {lang?: Lang} = {}): CollectOptions {
	const {lang, ...rest} = overrides;
	return {
		now: NOW,
		breakGlass: [],
		t: createTranslator(lang ?? 'en'),
		toolVersion: '1.0.0-test',
		mode: 'demo',
		cloud: 'custom',
		...rest,
	};
}

/** Collects and validates the report against the schema. */
export async function collectFrom(graph: Graph, overrides: Partial<CollectOptions> = {}): Promise<Assessment> {
	const assessment = await collect(graph, options(overrides));
	expectValidReport(assessment.report);
	return assessment;
}

export interface FailureRule {
	/** Matched against the version-relative path with its query (`/auditLogs/signIns?$filter=…`). */
	readonly path: RegExp;
	readonly status: number;
	readonly code?: string;
	readonly message?: string;
	/** Only the first n matching requests (or batch items) fail. */
	readonly times?: number;
}

/**
 * A Graph handle whose matching requests fail like Graph's: a whole request throws a GraphHttpError (after the
 * layer's retries, as the real one would), a `$batch` item answers the status inside the batch.
 */
export function withFailures(graph: Graph, rules: readonly FailureRule[]): Graph & {failed: number} {
	const left = rules.map(r => r.times ?? Number.POSITIVE_INFINITY);
	let failed = 0;
	const match = (url: string): FailureRule | undefined => {
		const i = rules.findIndex((r, k) => left[k]! > 0 && r.path.test(url));
		if (i < 0) return undefined;
		left[i]!--;
		failed++;
		return rules[i];
	};
	const wrapped: Graph & {failed: number} = Object.create(graph);
	Object.defineProperty(wrapped, 'failed', {get: () => failed});
	wrapped.request = async <T>(spec: GraphRequestSpec): Promise<GraphResponse<T>> => {
		const relative = decodeURIComponent(versionRelative(spec.path));
		if (relative.split('?')[0] === '/$batch') {
			const body = spec.body as {requests: {id: string; url: string}[]};
			const response = await graph.request<{responses: {id: string; status: number; body: unknown}[]}>(spec);
			const responses = response.body.responses.map(r => {
				const item = body.requests.find(x => x.id === r.id);
				const rule = item ? match(decodeURIComponent(item.url)) : undefined;
				return rule
					? {
							id: r.id,
							status: rule.status,
							headers: {},
							body: {error: {code: rule.code ?? 'Authorization_RequestDenied', message: rule.message ?? 'Denied.'}},
						}
					: r;
			});
			return {...response, body: {responses} as T};
		}
		const rule = match(relative);
		if (rule) {
			throw new GraphHttpError({
				status: rule.status,
				code: rule.code ?? 'Authorization_RequestDenied',
				graphMessage: rule.message ?? 'Insufficient privileges to complete the operation.',
				method: spec.method ?? 'GET',
				url: `https://graph.microsoft.com${relative}`,
				family: familyOf(spec.method ?? 'GET', relative),
				scopes: spec.scopes ?? [],
				feature: spec.feature,
				attempts: 1,
			});
		}
		return graph.request<T>(spec);
	};
	return wrapped;
}

/** Sign-in log requests the simulator received, with their filters (decoded). */
export function signInRequests(sim: Simulator): {filter: string; page: number}[] {
	return sim.log.entries
		.filter(e => e.kind === 'graph' && e.path.endsWith('/auditLogs/signIns'))
		.map(e => {
			const query = new URLSearchParams(e.query ?? '');
			return {filter: query.get('$filter') ?? '', page: query.has('$skiptoken') ? 2 : 1};
		});
}
