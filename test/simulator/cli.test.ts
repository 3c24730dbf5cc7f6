import {describe, expect, it} from 'vitest';
import {createTranslator} from '../../src/i18n/index.js';
import {runSimulate, type SimulateSession} from '../../src/simulator/cli.js';

function capture() {
	let stdout = '';
	let stderr = '';
	return {
		out: {stdout: {write: (s: string) => (stdout += s)}, stderr: {write: (s: string) => (stderr += s)}},
		get stdout() {
			return stdout;
		},
		get stderr() {
			return stderr;
		},
	};
}

function session(flags: SimulateSession['flags'] = {}, lang: 'en' | 'ko' = 'en'): SimulateSession {
	return {flags, t: createTranslator(lang, 'UTC'), clock: {now: () => new Date()}};
}

describe('mfa-onboard simulate', () => {
	it('prints the base URL, a token and curl lines that work, and stops when asked', async () => {
		const io = capture();
		const stop = new AbortController();
		const running = runSimulate(session(), io.out, stop.signal);
		await expect.poll(() => io.stdout, {timeout: 5000, interval: 10}).toContain('Ctrl-C');
		const url = /Base URL: +(http:\/\/127\.0\.0\.1:\d+)/.exec(io.stdout)![1]!;
		const token = /export TOKEN='([^']+)'/.exec(io.stdout)![1]!;
		const curls = [...io.stdout.matchAll(/curl -s -H "Authorization: Bearer \$TOKEN" '([^']+)'/g)].map(m => m[1]!);
		expect(curls).toHaveLength(2);
		for (const target of curls) {
			const res = await fetch(target, {headers: {Authorization: `Bearer ${token}`}});
			expect(res.status).toBe(200);
			expect(((await res.json()) as {value: unknown[]}).value.length).toBeGreaterThan(0);
		}
		expect(io.stdout).toContain('44 users');
		expect((await fetch(`${url}/v1.0/users`)).status).toBe(401);
		stop.abort();
		expect(await running).toBe(0);
		expect(io.stdout).toMatch(/Simulator stopped after 3 requests\./);
		await expect(fetch(`${url}/v1.0/users`)).rejects.toThrow();
	});

	it('speaks Korean and rejects invalid flags with usage errors', async () => {
		const io = capture();
		expect(await runSimulate(session({users: 10}, 'ko'), io.out, AbortSignal.abort())).toBe(2);
		expect(io.stderr).toContain('--users는 large 시나리오에서만');
		const io2 = capture();
		expect(await runSimulate(session({faultRate: 2}), io2.out, AbortSignal.abort())).toBe(2);
		expect(io2.stderr).toMatch(/fault-rate/);
		const io3 = capture();
		expect(await runSimulate(session({scenario: 'large', users: 0}), io3.out, AbortSignal.abort())).toBe(2);
		const io4 = capture();
		expect(await runSimulate(session({port: 70_000}), io4.out, AbortSignal.abort())).toBe(2);
	});

	it('reports a busy port', async () => {
		const {createServer} = await import('node:http');
		const server = createServer();
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		const port = (server.address() as {port: number}).port;
		try {
			const io = capture();
			expect(await runSimulate(session({port}), io.out, AbortSignal.abort())).toBe(2);
			expect(io.stderr).toContain(`Port ${port}`);
		} finally {
			await new Promise(resolve => server.close(resolve));
		}
	});

	it('runs the large scenario at a small scale with throttling and faults announced', async () => {
		const io = capture();
		const stop = new AbortController();
		const running = runSimulate(
			session({scenario: 'large', users: 500, signIns: 2000, seed: 3, throttle: 'real', faultRate: 0.05}),
			io.out,
			stop.signal,
		);
		await expect.poll(() => io.stdout, {timeout: 10_000, interval: 10}).toContain('Ctrl-C');
		expect(io.stdout).toContain('500 users, 2,000 sign-ins');
		expect(io.stdout).toContain('Throttling:');
		expect(io.stdout).toContain('5%');
		stop.abort();
		expect(await running).toBe(0);
	});
});
