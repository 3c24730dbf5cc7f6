import {afterEach, describe, expect, it} from 'vitest';
import {z} from 'zod';
import {batch, batchGet} from '../../src/graph/batch.js';
import {
	DryRunRefusal,
	GraphClosedError,
	GraphHttpError,
	GraphNetworkError,
	UntrustedUrlError,
} from '../../src/graph/errors.js';
import {collect, iterate} from '../../src/graph/paging.js';
import {type SeenRequest, startServer, type TestServer, testGraph} from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

const user = z.object({id: z.string()});

describe('origin rewrite and auth header', () => {
	it('sends to the configured origin with the real Graph path and a bearer token', async () => {
		server = await startServer(() => ({status: 200, body: {id: 'org'}}));
		const {graph, token} = testGraph(server);
		const response = await graph.request({path: '/organization?$select=id,displayName'});
		expect(response.status).toBe(200);
		expect(response.url).toBe('https://graph.microsoft.com/v1.0/organization?$select=id,displayName');
		expect(server.requests[0]!.url).toBe('/v1.0/organization?$select=id,displayName');
		expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
	});

	it('uses /beta when asked', async () => {
		server = await startServer(() => ({status: 200, body: {}}));
		const {graph} = testGraph(server);
		await graph.request({path: '/users/u1/authentication/requirements', version: 'beta'});
		expect(server.requests[0]!.url).toBe('/beta/users/u1/authentication/requirements');
	});

	it('refuses to send a token to a host that is not Graph or the configured endpoint', async () => {
		server = await startServer(() => ({status: 200, body: {}}));
		const {graph} = testGraph(server);
		await expect(graph.request({path: 'https://evil.example/v1.0/users'})).rejects.toBeInstanceOf(UntrustedUrlError);
		expect(server.requests).toHaveLength(0);
	});

	it('asks the token source for the call’s scopes, and for write only on writes', async () => {
		server = await startServer(() => ({status: 204}));
		const {graph, tokenRequests} = testGraph(server);
		await graph.request({path: '/auditLogs/signIns', scopes: ['AuditLog.Read.All']});
		await graph.request({
			method: 'PATCH',
			path: '/policies/identitySecurityDefaultsEnforcementPolicy',
			body: {isEnabled: true},
			scopes: ['Policy.ReadWrite.SecurityDefaults'],
		});
		expect(tokenRequests).toEqual([
			{scopes: ['AuditLog.Read.All'], write: false},
			{scopes: ['Policy.ReadWrite.SecurityDefaults'], write: true},
		]);
	});

	it('gets a fresh token once after a 401, then lets Graph’s answer stand', async () => {
		server = await startServer(() => ({
			status: 401,
			body: {error: {code: 'InvalidAuthenticationToken', message: 'Access token has expired.'}},
		}));
		const {graph, tokenRequests} = testGraph(server);
		const error = await graph.request({path: '/me'}).catch(e => e);
		expect(error).toBeInstanceOf(GraphHttpError);
		expect((error as GraphHttpError).status).toBe(401);
		expect(server.requests).toHaveLength(2);
		expect(tokenRequests[1]).toMatchObject({forceRefresh: true});
	});
});

describe('paging', () => {
	it('follows nextLinks verbatim (odd parameter order, repeated keys) and streams page by page', async () => {
		const odd = '/v1.0/users?$skiptoken=X%2B1&$top=2&x=1&x=2';
		server = await startServer(req => {
			if (req.url === '/v1.0/users?$select=id&$top=2') {
				return {
					status: 200,
					body: {value: [{id: 'a'}, {id: 'b'}], '@odata.nextLink': `https://graph.microsoft.com${odd}`},
				};
			}
			if (req.url === odd) return {status: 200, body: {value: [{id: 'c'}]}};
			return {status: 404, body: {error: {code: 'NotFound', message: req.url}}};
		});
		const {graph} = testGraph(server);
		const seen: string[] = [];
		const requestsWhenSeen: number[] = [];
		for await (const u of iterate(graph, {path: '/users?$select=id&$top=2'}, user)) {
			seen.push(u.id);
			requestsWhenSeen.push(server.requests.length);
		}
		expect(seen).toEqual(['a', 'b', 'c']);
		// The second page is fetched only after the first page's items were consumed.
		expect(requestsWhenSeen).toEqual([1, 1, 2]);
		expect(server.requests.map(r => r.url)).toEqual(['/v1.0/users?$select=id&$top=2', odd]);
	});

	it('accepts a nextLink written with the configured origin and keeps headers on every page', async () => {
		server = await startServer((_req, i) =>
			i === 0
				? {status: 200, body: {value: [{id: 'a'}], '@odata.nextLink': `${server!.origin}/v1.0/users?$skiptoken=2`}}
				: {status: 200, body: {value: [{id: 'b'}]}},
		);
		const {graph} = testGraph(server);
		const all = await collect(graph, {path: '/users?$count=true', headers: {ConsistencyLevel: 'eventual'}}, user);
		expect(all.map(u => u.id)).toEqual(['a', 'b']);
		expect(server.requests.map(r => r.headers.consistencylevel)).toEqual(['eventual', 'eventual']);
	});

	it('refuses a nextLink to another host', async () => {
		server = await startServer(() => ({
			status: 200,
			body: {value: [{id: 'a'}], '@odata.nextLink': 'https://attacker.example/v1.0/users?$skiptoken=1'},
		}));
		const {graph} = testGraph(server);
		await expect(collect(graph, {path: '/users'}, user)).rejects.toBeInstanceOf(UntrustedUrlError);
		expect(server.requests).toHaveLength(1);
	});
});

describe('retry', () => {
	it('waits exactly Retry-After on a 429 and counts it', async () => {
		server = await startServer((_req, i) =>
			i === 0
				? {status: 429, headers: {'retry-after': '7'}, body: {error: {code: 'TooManyRequests', message: 'slow down'}}}
				: {status: 200, body: {}},
		);
		const {graph, clock} = testGraph(server);
		await graph.request({path: '/users'});
		expect(clock.sleeps).toEqual([7000]);
		expect(graph.stats().families.directory).toMatchObject({requests: 2, throttled: 1, retries: 1});
		expect(graph.stats().throttled).toBe(1);
	});

	it('backs off with jitter on 503/504 without Retry-After, doubling up to the cap', async () => {
		server = await startServer((_req, i) => (i < 4 ? {status: i % 2 ? 504 : 503} : {status: 200, body: {}}));
		const {graph, clock} = testGraph(server, {retry: {baseDelayMs: 1000, maxDelayMs: 5000}});
		await graph.request({path: '/users'});
		// random() = 0.5 → three quarters of each ceiling: 1000, 2000, 4000, then the 5000 cap.
		expect(clock.sleeps).toEqual([750, 1500, 3000, 3750]);
	});

	it('gives up after maxAttempts and reports the last Retry-After', async () => {
		server = await startServer(() => ({status: 429, headers: {'retry-after': '2'}}));
		const {graph} = testGraph(server, {retry: {maxAttempts: 3}});
		const error = (await graph.request({path: '/users'}).catch(e => e)) as GraphHttpError;
		expect(error).toBeInstanceOf(GraphHttpError);
		expect(error.status).toBe(429);
		expect(error.attempts).toBe(3);
		expect(error.retryAfterMs).toBe(2000);
		expect(server.requests).toHaveLength(3);
	});

	it('does not wait out a Retry-After longer than the cap', async () => {
		server = await startServer(() => ({status: 429, headers: {'retry-after': '3600'}}));
		const {graph, clock} = testGraph(server);
		await expect(graph.request({path: '/users'})).rejects.toMatchObject({status: 429, retryAfterMs: 3_600_000});
		expect(clock.sleeps).toEqual([]);
	});

	it('retries a GET after a connection reset, but never a POST', async () => {
		server = await startServer((_req, i) => (i === 0 ? 'reset' : {status: 200, body: {ok: true}}));
		const {graph} = testGraph(server);
		await expect(graph.request({path: '/users'})).resolves.toMatchObject({status: 200});
		await server.close();
		server = await startServer(() => 'reset');
		const second = testGraph(server);
		const error = await second.graph
			.request({method: 'POST', path: '/identity/conditionalAccess/policies', body: {displayName: 'x'}})
			.catch(e => e);
		expect(error).toBeInstanceOf(GraphNetworkError);
		expect(server.requests).toHaveLength(1);
	});
});

describe('close', () => {
	it('ends a retry wait at once and sends nothing more, so quitting mid-read leaves no timer behind', async () => {
		server = await startServer(() => ({status: 503}));
		let pending = 0;
		// A real-time sleep that only ends when aborted: the handle must abort it, not wait it out.
		const sleep = (_ms: number, signal?: AbortSignal) =>
			new Promise<void>((_resolve, reject) => {
				pending++;
				signal?.addEventListener('abort', () => {
					pending--;
					reject(signal.reason);
				});
			});
		const {graph} = testGraph(server, {sleep});
		const inFlight = graph.request({path: '/users'}).catch(e => e);
		await expect.poll(() => pending).toBe(1);
		graph.close();
		expect(await inFlight).toBeInstanceOf(GraphClosedError);
		expect(pending).toBe(0);
		expect(server.requests).toHaveLength(1);
		await expect(graph.request({path: '/users'})).rejects.toBeInstanceOf(GraphClosedError);
		expect(server.requests).toHaveLength(1);
	});
});

describe('pacer', () => {
	it('keeps sign-in log calls at most 5 in any 10 s window, on virtual time', async () => {
		const {now} = {now: () => clockRef.now()};
		const clockRef = {now: () => 0};
		server = await startServer(
			() => ({status: 200, body: {value: []}}),
			() => now(),
		);
		const t = testGraph(server);
		clockRef.now = t.clock.now;
		for (let i = 0; i < 12; i++) await t.graph.request({path: `/auditLogs/signIns?$top=1&n=${i}`});
		const times = server.requests.map(r => r.at);
		for (const start of times)
			expect(times.filter(x => x >= start && x < start + 10_000).length).toBeLessThanOrEqual(5);
		// 12 calls need at least two full windows of waiting.
		expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(20_000);
		expect(t.graph.stats().pacedMs).toBeGreaterThan(0);
		expect(t.graph.stats().families.signIns.requests).toBe(12);
	});

	it('spaces Conditional Access writes about a second apart but leaves reads alone', async () => {
		const clockRef = {now: () => 0};
		server = await startServer(
			() => ({status: 200, body: {value: []}}),
			() => clockRef.now(),
		);
		const t = testGraph(server);
		clockRef.now = t.clock.now;
		for (let i = 0; i < 3; i++) await t.graph.request({path: '/identity/conditionalAccess/policies'});
		for (let i = 0; i < 3; i++) {
			await t.graph.request({
				method: 'PATCH',
				path: `/identity/conditionalAccess/policies/p${i}`,
				body: {state: 'enabled'},
			});
		}
		const [r0, r1, r2, w0, w1, w2] = server.requests.map(r => r.at);
		expect([r0, r1, r2]).toEqual([r0, r0, r0]);
		expect(w1! - w0!).toBeGreaterThanOrEqual(1000);
		expect(w2! - w1!).toBeGreaterThanOrEqual(1000);
	});
});

describe('dry-run guard', () => {
	it('refuses every non-GET before anything is sent, records it redacted, and never asks for a write token', async () => {
		server = await startServer(() => ({status: 200, body: {}}));
		const {graph, tokenRequests} = testGraph(server, {dryRun: true});
		const password = `Pw-${Math.random().toString(36).slice(2)}-x9!`;
		for (const [method, path, body] of [
			['POST', '/identity/conditionalAccess/policies', {displayName: 'CA001'}],
			['PATCH', '/users/u1', {passwordProfile: {password, forceChangePasswordNextSignIn: true}}],
			['DELETE', '/identity/conditionalAccess/policies/p1', undefined],
			['PUT', '/x', {}],
		] as const) {
			await expect(graph.request({method, path, body})).rejects.toBeInstanceOf(DryRunRefusal);
		}
		expect(server.requests).toHaveLength(0);
		expect(tokenRequests).toHaveLength(0);
		expect(graph.refused.map(r => `${r.method} ${r.url}`)).toEqual([
			'POST https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies',
			'PATCH https://graph.microsoft.com/v1.0/users/u1',
			'DELETE https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies/p1',
			'PUT https://graph.microsoft.com/v1.0/x',
		]);
		expect(JSON.stringify(graph.refused)).not.toContain(password);
	});

	it('lets GETs through, and a $batch of GETs, but refuses a $batch holding a write', async () => {
		server = await startServer(req =>
			req.url.endsWith('$batch')
				? {
						status: 200,
						body: {
							responses: JSON.parse(req.body).requests.map((r: {id: string}) => ({id: r.id, status: 200, body: {}})),
						},
					}
				: {status: 200, body: {}},
		);
		const {graph} = testGraph(server, {dryRun: true});
		await graph.request({path: '/users'});
		await batchGet(graph, ['/users/a', '/users/b']);
		await expect(
			batch(
				graph,
				[
					{url: '/users/a'},
					{method: 'PATCH', url: '/users/a/authentication/requirements', body: {perUserMfaState: 'enabled'}},
				],
				{version: 'beta'},
			),
		).rejects.toBeInstanceOf(DryRunRefusal);
		expect(server.requests.map(r => `${r.method} ${r.url}`)).toEqual(['GET /v1.0/users', 'POST /v1.0/$batch']);
		expect(graph.refused).toEqual([
			{
				method: 'PATCH',
				url: 'https://graph.microsoft.com/beta/users/a/authentication/requirements',
				body: {perUserMfaState: 'enabled'},
				batchId: '1',
			},
		]);
	});
});

describe('$batch', () => {
	function batchServer(
		answer: (
			r: {id: string; url: string; method: string},
			round: number,
		) => {status: number; headers?: Record<string, string>; body?: unknown},
	) {
		// `round` counts how often the server has seen each item id.
		const seen = new Map<string, number>();
		return startServer(req => {
			if (!req.url.endsWith('/$batch')) return {status: 404};
			const {requests} = JSON.parse(req.body) as {requests: {id: string; url: string; method: string}[]};
			return {
				status: 200,
				body: {
					responses: requests.map(r => {
						seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
						return {id: r.id, ...answer(r, seen.get(r.id)!)};
					}),
				},
			};
		});
	}

	it('sends chunks of 20 and answers per item, in input order', async () => {
		server = await batchServer(r => (r.url.endsWith('/7') ? {status: 404} : {status: 200, body: {url: r.url}}));
		const {graph} = testGraph(server);
		const urls = Array.from({length: 45}, (_, i) => `/users/${i}`);
		const results = await batchGet<{url: string}>(graph, urls);
		expect(server.requests).toHaveLength(3);
		expect(server.requests.map(r => JSON.parse(r.body).requests.length)).toEqual([20, 20, 5]);
		expect(results.map(r => r.body?.url ?? null)).toEqual(urls.map(u => (u.endsWith('/7') ? null : u)));
		expect(results[7]!.status).toBe(404);
		expect(graph.stats().families.directory.batchItems).toBe(45);
	});

	it('retries only the throttled items, after the longest inner Retry-After', async () => {
		server = await batchServer((r, round) =>
			round === 1 && (r.id === '1' || r.id === '3')
				? {status: 429, headers: {'Retry-After': r.id === '1' ? '2' : '5'}}
				: {status: 200, body: {id: r.id}},
		);
		const {graph, clock} = testGraph(server);
		const results = await batchGet(graph, ['/a', '/b', '/c', '/d']);
		expect(results.map(r => r.status)).toEqual([200, 200, 200, 200]);
		expect(results.map(r => r.attempts)).toEqual([1, 2, 1, 2]);
		const second = JSON.parse(server.requests[1]!.body).requests.map((r: {id: string}) => r.id);
		expect(second).toEqual(['1', '3']);
		expect(clock.sleeps).toEqual([5000]);
		expect(graph.stats().families.directory.throttled).toBe(2);
	});

	it('keeps dependsOn chains in one chunk and retries a 424 together with its throttled dependency', async () => {
		server = await batchServer((r, round) => {
			if (round === 1 && r.id === 'a') return {status: 503};
			if (round === 1 && r.id === 'b') return {status: 424};
			return {status: 200, body: {}};
		});
		const {graph} = testGraph(server);
		const items = [
			...Array.from({length: 19}, (_, i) => ({id: `x${i}`, url: `/x/${i}`})),
			{id: 'a', url: '/a'},
			{id: 'b', url: '/b', dependsOn: ['a']},
		];
		const results = await batch(graph, items);
		expect(results.every(r => r.status === 200)).toBe(true);
		const chunks = server.requests.map(r => JSON.parse(r.body).requests as {id: string; dependsOn?: string[]}[]);
		expect(chunks[0]!.map(r => r.id)).toHaveLength(19);
		expect(chunks[1]!.map(r => r.id)).toEqual(['a', 'b']);
		expect(chunks[2]!).toEqual([
			expect.objectContaining({id: 'a'}),
			expect.objectContaining({id: 'b', dependsOn: ['a']}),
		]);
	});

	it('paces inner sign-in-log requests like single ones', async () => {
		const clockRef = {now: () => 0};
		server = await startServer(
			(req: SeenRequest) => ({
				status: 200,
				body: {
					responses: JSON.parse(req.body).requests.map((r: {id: string}) => ({
						id: r.id,
						status: 200,
						body: {value: []},
					})),
				},
			}),
			() => clockRef.now(),
		);
		const t = testGraph(server);
		clockRef.now = t.clock.now;
		await batchGet(
			t.graph,
			Array.from({length: 7}, (_, i) => `/auditLogs/signIns?$filter=userId eq 'u${i}'`),
		);
		// 7 sign-in queries cannot be sent at once: the single batch waited for the window.
		expect(t.clock.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
	});
});
