/**
 * Graph's throttling, modelled on the published limits (GRAPH.md §11, https://learn.microsoft.com/graph/throttling-limits),
 * on the simulator's clock so tests and benchmarks can run "real" throttling on virtual time:
 * - identity and access reports (sign-in logs): 5 requests per 10 s per app per tenant, 429 with Retry-After;
 * - Conditional Access writes: about 1 request per second per tenant, 429 **without** Retry-After;
 * - Identity Protection: about 1 request per second per tenant, 429 **without** Retry-After;
 * - everything else in the directory: a resource-unit token bucket per app per tenant over 10 s (3,500 / 5,000 / 8,000
 *   RU for small / medium / large tenants) plus a write limit of 3,000 requests per 150 s; 429 with Retry-After.
 */
export type ThrottleFamily = 'signInLogs' | 'caWrite' | 'identityProtection' | 'directory' | 'reports' | 'none';

export type ThrottleDecision =
	| {readonly ok: true; readonly headers: Record<string, string>}
	| {
			readonly ok: false;
			readonly retryAfterSeconds?: number;
			readonly scope: string;
			readonly headers: Record<string, string>;
	  };

interface Window {
	times: number[];
}

export interface ThrottleInput {
	readonly family: ThrottleFamily;
	readonly appId: string;
	readonly isWrite: boolean;
	/** Resource units the request costs (directory family). */
	readonly cost: number;
	readonly now: number;
}

export class Throttler {
	private readonly windows = new Map<string, Window>();
	private readonly buckets = new Map<string, {tokens: number; at: number}>();
	mode: 'real' | 'off';

	constructor(
		mode: 'real' | 'off',
		private readonly tenantId: string,
		private readonly userCount: () => number,
	) {
		this.mode = mode;
	}

	reset(): void {
		this.windows.clear();
		this.buckets.clear();
	}

	/** Directory bucket size by tenant size (GRAPH.md §11: small < 50 users, medium ≤ 500, large above). */
	private bucketSize(): number {
		const users = this.userCount();
		return users < 50 ? 3500 : users <= 500 ? 5000 : 8000;
	}

	private slidingWindow(key: string, limit: number, periodMs: number, now: number): number | undefined {
		const window = this.windows.get(key) ?? {times: []};
		this.windows.set(key, window);
		while (window.times.length > 0 && window.times[0]! <= now - periodMs) window.times.shift();
		if (window.times.length >= limit) return window.times[0]! + periodMs - now;
		window.times.push(now);
		return undefined;
	}

	check(input: ThrottleInput): ThrottleDecision {
		if (this.mode === 'off' || input.family === 'none') return {ok: true, headers: {}};
		const {appId, now} = input;
		const tenantApp = `${this.tenantId}/${appId}`;
		switch (input.family) {
			case 'signInLogs': {
				const wait = this.slidingWindow(`signIns|${tenantApp}`, 5, 10_000, now);
				return wait === undefined
					? {ok: true, headers: {}}
					: {
							ok: false,
							retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)),
							scope: 'identity and access reports',
							headers: {},
						};
			}
			case 'caWrite': {
				const wait = this.slidingWindow(`ca|${this.tenantId}`, 1, 1000, now);
				return wait === undefined
					? {ok: true, headers: {}}
					: {ok: false, scope: 'conditional access writes', headers: {}};
			}
			case 'identityProtection': {
				const wait = this.slidingWindow(`idp|${this.tenantId}`, 1, 1000, now);
				return wait === undefined ? {ok: true, headers: {}} : {ok: false, scope: 'identity protection', headers: {}};
			}
			case 'reports':
			case 'directory': {
				if (input.isWrite) {
					const wait = this.slidingWindow(`writes|${tenantApp}`, 3000, 150_000, now);
					if (wait !== undefined) {
						return {
							ok: false,
							retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)),
							scope: 'directory writes',
							headers: {},
						};
					}
				}
				const size = this.bucketSize();
				const key = `ru|${tenantApp}`;
				const bucket = this.buckets.get(key) ?? {tokens: size, at: now};
				// Refill continuously: the whole bucket over 10 seconds.
				bucket.tokens = Math.min(size, bucket.tokens + ((now - bucket.at) * size) / 10_000);
				bucket.at = now;
				this.buckets.set(key, bucket);
				const cost = Math.max(1, input.cost);
				const scope = `Tenant_Application/${input.isWrite ? 'ReadWrite' : 'Read'}/${this.tenantId}/${appId}`;
				if (bucket.tokens < cost) {
					const waitMs = ((cost - bucket.tokens) * 10_000) / size;
					return {
						ok: false,
						retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
						scope,
						headers: {
							'x-ms-resource-unit': String(cost),
							'x-ms-throttle-scope': scope,
							'x-ms-throttle-limit-percentage': '1.0',
						},
					};
				}
				bucket.tokens -= cost;
				const used = 1 - bucket.tokens / size;
				const headers: Record<string, string> = {'x-ms-resource-unit': String(cost)};
				// Graph adds these two only once an app has used more than 80% of its limit.
				if (used > 0.8) {
					headers['x-ms-throttle-limit-percentage'] = used.toFixed(1);
					headers['x-ms-throttle-scope'] = scope;
				}
				return {ok: true, headers};
			}
		}
	}
}
