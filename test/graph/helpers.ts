/**
 * Tiny per-test HTTP servers and a virtual clock for the Graph layer's unit tests (the simulator covers the rest).
 * Tokens are built at run time so nothing token-shaped is committed.
 */
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {type CreateGraphOptions, createGraph, type Graph, type TokenRequest} from '../../src/graph/client.js';

export interface SeenRequest {
	readonly method: string;
	/** Path with query, exactly as received. */
	readonly url: string;
	readonly headers: http.IncomingHttpHeaders;
	readonly body: string;
	/** Virtual time of arrival. */
	readonly at: number;
}

export type Reply =
	| {status: number; body?: unknown; headers?: Record<string, string>}
	| 'reset'
	| ((req: SeenRequest) => Reply | Promise<Reply>);

export interface TestServer {
	readonly origin: string;
	readonly requests: SeenRequest[];
	close(): Promise<void>;
}

export async function startServer(
	handle: (req: SeenRequest, index: number) => Reply | Promise<Reply>,
	now: () => number = () => 0,
): Promise<TestServer> {
	const requests: SeenRequest[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', c => chunks.push(c as Buffer));
		req.on('end', () => {
			const seen: SeenRequest = {
				method: req.method ?? 'GET',
				url: req.url ?? '/',
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
				at: now(),
			};
			requests.push(seen);
			void (async () => {
				let reply: Reply = await handle(seen, requests.length - 1);
				while (typeof reply === 'function') reply = await reply(seen);
				if (reply === 'reset') {
					req.socket.destroy();
					return;
				}
				const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
				res.writeHead(reply.status, {
					...(body ? {'content-type': 'application/json'} : {}),
					...reply.headers,
				});
				res.end(body);
			})();
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise<void>(resolve => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Time that only moves when something sleeps: backoff and pacing cost nothing and are exact. */
export function virtualClock(start = Date.UTC(2026, 10, 26, 10, 0, 0)) {
	let now = start;
	const sleeps: number[] = [];
	return {
		now: () => now,
		sleeps,
		sleep: async (ms: number) => {
			sleeps.push(ms);
			now += ms;
		},
		advance: (ms: number) => {
			now += ms;
		},
	};
}

/** A token that looks like a real JWT (so redaction is tested against the real shape), built at run time. */
export function fakeJwt(claims: Record<string, unknown> = {}): string {
	const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
	return `${b64({typ: 'JWT', alg: 'RS256'})}.${b64({aud: 'https://graph.microsoft.com', ...claims})}.${'s'.repeat(43)}`;
}

export interface TestGraph {
	readonly graph: Graph;
	readonly clock: ReturnType<typeof virtualClock>;
	readonly tokenRequests: TokenRequest[];
	readonly token: string;
}

export function testGraph(
	server: TestServer,
	options: Partial<CreateGraphOptions> & {dryRun?: boolean} = {},
): TestGraph {
	const clock = virtualClock();
	const tokenRequests: TokenRequest[] = [];
	const token = fakeJwt({scp: 'User.Read'});
	const graph = createGraph({
		session: {
			cloud: {graphRoot: 'https://graph.microsoft.com', graphOrigin: server.origin},
			dryRun: options.dryRun ?? false,
			clock: {now: () => new Date(clock.now()), sleep: clock.sleep},
		},
		tokens: {
			getToken: async request => {
				tokenRequests.push(request);
				return token;
			},
		},
		sleep: clock.sleep,
		now: clock.now,
		random: () => 0.5,
		...options,
	});
	return {graph, clock, tokenRequests, token};
}
