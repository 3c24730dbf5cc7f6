import {mkdtemp, readFile, stat} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CONTOSO, contosoUserId, createSimulator} from '../../src/simulator/index.js';
import {postJson, startSim, virtualClock} from './helpers.js';

describe('throttling on a virtual clock', () => {
	it('allows 5 sign-in log requests per 10 s, then 429 with Retry-After', async () => {
		const clock = virtualClock();
		const s = await startSim({clock, throttle: 'real'});
		for (let i = 0; i < 5; i++) {
			expect((await s.json('/beta/auditLogs/signIns?$top=1')).status).toBe(200);
			clock.advance(1000);
		}
		const throttled = await s.json('/beta/auditLogs/signIns?$top=1');
		expect(throttled.status).toBe(429);
		expect(throttled.body.error.code).toBe('TooManyRequests');
		// The oldest request was at t=0; five seconds have passed, so the window frees in 5 s.
		expect(throttled.headers.get('retry-after')).toBe('5');
		expect(s.sim.log.entries.at(-1)).toMatchObject({status: 429, throttled: true});
		clock.advance(5000);
		expect((await s.json('/beta/auditLogs/signIns?$top=1')).status).toBe(200);
		// Other endpoints are not in that bucket.
		expect((await s.json('/v1.0/users?$top=1')).status).toBe(200);
	});

	it('limits Conditional Access writes and Identity Protection to about 1 per second, without Retry-After', async () => {
		const clock = virtualClock();
		const s = await startSim({clock, throttle: 'real'});
		const body = (n: number) => ({
			displayName: `CA ${n}`,
			state: 'disabled',
			conditions: {
				users: {includeUsers: ['All']},
				applications: {includeApplications: ['All']},
				clientAppTypes: ['all'],
			},
			grantControls: {operator: 'OR', builtInControls: ['mfa']},
		});
		expect((await postJson(s, '/v1.0/identity/conditionalAccess/policies', body(1))).status).toBe(201);
		const second = await postJson(s, '/v1.0/identity/conditionalAccess/policies', body(2));
		expect(second.status).toBe(429);
		expect(second.headers.get('retry-after')).toBeNull();
		// Reads of policies are not CA writes.
		expect((await s.json('/v1.0/identity/conditionalAccess/policies')).status).toBe(200);
		clock.advance(1000);
		expect((await postJson(s, '/v1.0/identity/conditionalAccess/policies', body(2))).status).toBe(201);

		expect((await s.json('/v1.0/identityProtection/riskyUsers')).status).toBe(200);
		const risky = await s.json('/v1.0/identityProtection/riskyUsers');
		expect(risky.status).toBe(429);
		expect(risky.headers.get('retry-after')).toBeNull();
	});

	it('spends a resource-unit bucket on directory reads and tells how long to wait', async () => {
		const clock = virtualClock();
		const s = await startSim({clock, throttle: 'real'});
		let status = 200;
		let n = 0;
		let last: Awaited<ReturnType<typeof s.json>> | undefined;
		while (status === 200 && n < 2000) {
			last = await s.json('/v1.0/users?$top=1');
			status = last.status;
			n++;
		}
		// Small tenant (< 50 users): 3,500 RU per 10 s, a user list costs 2 RU.
		expect(n).toBe(1751);
		expect(last!.headers.get('retry-after')).toBe('1');
		expect(last!.headers.get('x-ms-throttle-scope')).toMatch(/^Tenant_Application\/Read\//);
		clock.advance(1000);
		expect((await s.json('/v1.0/users?$top=1')).status).toBe(200);
	});

	it('throttles inner $batch requests one by one, each 429 with its own Retry-After', async () => {
		const clock = virtualClock();
		const s = await startSim({clock, throttle: 'real'});
		const requests = Array.from({length: 7}, (_, i) => ({
			id: String(i + 1),
			method: 'GET',
			url: '/auditLogs/signIns?$top=1',
		}));
		const res = await postJson(s, '/beta/$batch', {requests});
		expect(res.status).toBe(200);
		const statuses = res.body.responses.map((r: {status: number}) => r.status);
		expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
		expect(res.body.responses[5].headers['Retry-After']).toBe('10');
	});

	it('is off by default', async () => {
		const s = await startSim();
		for (let i = 0; i < 12; i++) expect((await s.json('/beta/auditLogs/signIns?$top=1')).status).toBe(200);
	});
});

describe('fault injection', () => {
	async function run(seed: number, count: number) {
		const s = await startSim({seed, faultRate: 0.3, faultKinds: ['429', '503']});
		const statuses: number[] = [];
		for (let i = 0; i < count; i++) statuses.push((await s.json('/v1.0/organization')).status);
		return {statuses, s};
	}

	it('is seeded and reproducible', async () => {
		const a = await run(7, 40);
		const b = await run(7, 40);
		const c = await run(8, 40);
		expect(a.statuses).toEqual(b.statuses);
		expect(a.statuses).not.toEqual(c.statuses);
		const faulty = a.statuses.filter(x => x !== 200);
		expect(faulty.length).toBeGreaterThan(4);
		expect(faulty.length).toBeLessThan(25);
		const entry = a.s.sim.log.entries.find(e => e.status === 429 || e.status === 503)!;
		expect(entry.fault).toBe(String(entry.status));
	});

	it('sends Retry-After with 429 and 503, resets connections, and adds latency through the clock', async () => {
		const slept: number[] = [];
		const clock = {...virtualClock(), sleep: async (ms: number) => void slept.push(ms)};
		const s = await startSim({clock, faultRate: 1, faultKinds: ['503']});
		const res = await s.json('/v1.0/organization');
		expect(res.status).toBe(503);
		expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		s.sim.control.setFaults({rate: 1, kinds: ['reset']});
		await expect(s.graph('/v1.0/organization')).rejects.toThrow();
		expect(s.sim.log.entries.at(-1)).toMatchObject({status: 0, fault: 'reset'});
		s.sim.control.setFaults({rate: 1, kinds: ['latency'], latencyMs: {min: 300, max: 300}});
		expect((await s.json('/v1.0/organization')).status).toBe(200);
		expect(slept).toEqual([300]);
		s.sim.control.setFaults({rate: 0});
		expect((await s.json('/v1.0/organization')).status).toBe(200);
	});

	it('leaves identity endpoints alone', async () => {
		const s = await startSim({faultRate: 1});
		const res = await fetch(`${s.url}/${s.sim.tenantId}/v2.0/.well-known/openid-configuration`);
		expect(res.status).toBe(200);
	});
});

describe('state: snapshot, restore, persistence and onChange', () => {
	it('fires onChange after writes, story events and control calls — not after reads', async () => {
		const changes: number[] = [];
		const s = await startSim({onChange: () => void changes.push(changes.length)});
		await s.json('/v1.0/users?$top=1');
		expect(changes).toHaveLength(0);
		await s.json(`/v1.0/users/${contosoUserId(CONTOSO.admin)}/revokeSignInSessions`, {method: 'POST'});
		expect(changes).toHaveLength(1);
		await postJson(s, '/v1.0/users/nobody', {displayName: 'x'}, {method: 'PATCH'});
		expect(changes).toHaveLength(1);
		s.sim.control.markMfaRegistered(CONTOSO.exchangeAdmin);
		expect(changes).toHaveLength(2);
	});

	it('round-trips through snapshot/restore and saveTo/loadFrom (atomic, mode 0600)', async () => {
		const clock = virtualClock();
		const s = await startSim({clock});
		await postJson(
			s,
			`/v1.0/users/${contosoUserId('jiho.kim')}`,
			{jobTitle: 'Principal Consultant'},
			{method: 'PATCH'},
		);
		s.sim.control.setSecurityDefaults(true);
		const snapshot = s.sim.snapshot();
		s.sim.control.setSecurityDefaults(false);
		s.sim.restore(snapshot);
		expect((await s.json('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy')).body.isEnabled).toBe(true);

		const dir = await mkdtemp(path.join(os.tmpdir(), 'sim-state-'));
		const file = path.join(dir, 'nested', 'demo-tenant.json');
		await s.sim.saveTo(file);
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect(JSON.parse(await readFile(file, 'utf8')).format).toBe('mfa-onboard-simulator-state');
		const other = createSimulator({clock});
		await other.loadFrom(file);
		expect(other.tenant.user(contosoUserId('jiho.kim'))!.jobTitle).toBe('Principal Consultant');
		expect(other.snapshot()).toEqual(snapshot);
		expect(() => other.restore({} as never)).toThrow(/snapshot/);
	});
});
