/**
 * Sign-in against the project's tenant simulator (issue 4 "Done when"): each flow, device code blocked by
 * Conditional Access → browser fallback, cache reuse across processes, an expired refresh token → a fresh sign-in,
 * and a token that Graph (the simulator) accepts. MSAL keeps the real authority; the network module rewrites
 * login.microsoftonline.com to the simulator, exactly as in demo mode.
 */
import {execFileSync} from 'node:child_process';
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {type AuthNotice, createAuth, type DeviceCodePrompt} from '../../src/auth/auth.js';
import {connect} from '../../src/auth/connect.js';
import {runSetup} from '../../src/commands/setup.js';
import {createGraph} from '../../src/graph/client.js';
import {getOrganization} from '../../src/graph/organization.js';
import {createTranslator} from '../../src/i18n/index.js';
import type {AuthMode} from '../../src/session.js';
import {buildSession, type Flags} from '../../src/session.js';
import {createSimulator, type Simulator} from '../../src/simulator/index.js';
import {virtualClock} from '../graph/helpers.js';
import {expireAccessTokens} from './fake-idp.js';

const t = createTranslator('en');
let dir: string;
const running: Simulator[] = [];
beforeEach(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mfa-auth-sim-'));
});
afterEach(async () => {
	while (running.length > 0) await running.pop()!.stop();
	await fs.rm(dir, {recursive: true, force: true});
});

async function startSim() {
	const clock = virtualClock();
	const sim = createSimulator({clock, publicOrigin: 'https://graph.microsoft.com', identity: {interval: 0}});
	running.push(sim);
	const url = await sim.start();
	return {sim, url, clock};
}

function signIn(
	env: Awaited<ReturnType<typeof startSim>>,
	opts: {auth?: AuthMode; browserAvailable?: boolean; certificate?: string; clientId?: string} = {},
) {
	const prompts: DeviceCodePrompt[] = [];
	const notices: AuthNotice[] = [];
	const browsed: string[] = [];
	const auth = createAuth({
		session: {
			flags: {tenant: env.sim.tenantId, auth: opts.auth, certificate: opts.certificate, clientId: opts.clientId},
			paths: {tokenCache: path.join(dir, 'msal-cache.json'), settings: path.join(dir, 'settings.json')},
			cloud: {authorityHost: 'https://login.microsoftonline.com', graphRoot: 'https://graph.microsoft.com'},
			t,
			dryRun: false,
			clock: {now: () => new Date(env.clock.now()), nowIso: () => new Date(env.clock.now()).toISOString()},
		},
		ui: {
			canPrompt: true,
			onDeviceCode: p => prompts.push(p),
			onNotice: n => notices.push(n),
			onBrowser: url => browsed.push(url),
		},
		loginOrigin: env.url,
		openBrowser: url => env.sim.openBrowser(url),
		browserAvailable: opts.browserAvailable,
	});
	const graph = createGraph({
		session: {
			cloud: {graphRoot: 'https://graph.microsoft.com', graphOrigin: env.url},
			dryRun: false,
			clock: {now: () => new Date(env.clock.now()), sleep: env.clock.sleep},
		},
		tokens: auth,
	});
	return {auth, graph, prompts, notices, browsed};
}

const identityCalls = (sim: Simulator) => sim.log.entries.filter(e => e.kind === 'identity');

describe('sign-in against the simulator', () => {
	it('device code: code, URL and QR shown; the token reads Graph', async () => {
		const env = await startSim();
		const {auth, graph, prompts} = signIn(env);
		const account = await auth.signIn();
		expect(account.via).toBe('device-code');
		expect(account.username).toMatch(/^sarah\.chen@/);
		expect(account.tenantId).toBe(env.sim.tenantId);
		expect(prompts[0]!.userCode).toBeTruthy();
		expect(prompts[0]!.qr.length).toBeGreaterThan(50);
		expect((await getOrganization(graph)).id).toBe(env.sim.tenantId);
	});

	it('browser: loopback redirect with the form_post MSAL 7 requires', async () => {
		const env = await startSim();
		const {auth, browsed} = signIn(env, {auth: 'browser'});
		expect((await auth.signIn()).via).toBe('browser');
		expect(browsed[0]).toContain(`${env.url}/${env.sim.tenantId}/oauth2/v2.0/authorize?`);
	});

	it('device code blocked by Conditional Access (53003) → message with the real code, then the browser', async () => {
		const env = await startSim();
		env.sim.control.identity.injectError({endpoint: 'devicecode', code: 53003});
		const {auth, notices, prompts} = signIn(env);
		const account = await auth.signIn();
		expect(account.via).toBe('browser');
		expect(prompts).toHaveLength(0);
		const blocked = notices.find(n => n.kind === 'device-code-blocked')!;
		expect(blocked.code).toBe(53003);
		expect(blocked.text).toContain('AADSTS53003');
	});

	it('device code blocked and no browser here → a sign-in error naming AADSTS53003 and --auth browser', async () => {
		const env = await startSim();
		env.sim.control.identity.injectError({endpoint: 'devicecode', code: 53003});
		const {auth} = signIn(env, {browserAvailable: false});
		const error = await auth.signIn().catch(e => e);
		expect(error).toMatchObject({code: 'sign-in-53003', exitCode: 3});
		expect(error.hint).toContain('--auth browser');
	});

	it('cache reuse across processes: the second sign-in sends nothing to the identity endpoints', async () => {
		const env = await startSim();
		await signIn(env).auth.signIn();
		const before = identityCalls(env.sim).length;
		const second = signIn(env);
		expect((await second.auth.signIn()).via).toBe('cache');
		expect(identityCalls(env.sim).length).toBe(before);
		expect(second.prompts).toHaveLength(0);
		expect((await getOrganization(second.graph)).id).toBe(env.sim.tenantId);
	});

	for (const suberror of [undefined, 'bad_token'] as const) {
		it(`expired refresh token (700082${suberror ? ', bad_token' : ''}) → explained, removed from the cache, fresh sign-in`, async () => {
			const env = await startSim();
			await signIn(env).auth.signIn();
			await expireAccessTokens(path.join(dir, 'msal-cache.json'));
			env.sim.control.identity.injectError({endpoint: 'token', grantType: 'refresh_token', code: 700082, suberror});
			const next = signIn(env);
			const account = await next.auth.signIn();
			expect(account.via).toBe('device-code');
			expect(next.notices.find(n => n.kind === 'reauth-expired')?.code).toBe(700082);
			expect(next.prompts).toHaveLength(1);
			// A third process finds the fresh sign-in, not the dead one.
			expect((await signIn(env).auth.signIn()).via).toBe('cache');
		});
	}

	it('revoked sessions (50173) after a password reset → explained as revoked, fresh sign-in', async () => {
		const env = await startSim();
		await signIn(env).auth.signIn();
		await expireAccessTokens(path.join(dir, 'msal-cache.json'));
		env.sim.control.identity.injectError({endpoint: 'token', grantType: 'refresh_token', code: 50173});
		const next = signIn(env);
		await next.auth.signIn();
		expect(next.notices.find(n => n.kind === 'reauth-revoked')?.code).toBe(50173);
	});

	it.skipIf(!hasOpenssl())('certificate: app-only token the simulator accepts', async () => {
		const env = await startSim();
		execFileSync(
			'openssl',
			[
				'req',
				'-x509',
				'-newkey',
				'rsa:2048',
				'-nodes',
				'-keyout',
				'k.pem',
				'-out',
				'c.pem',
				'-days',
				'2',
				'-subj',
				'/CN=t',
			],
			{cwd: dir, stdio: 'ignore'},
		);
		const pem =
			(await fs.readFile(path.join(dir, 'c.pem'), 'utf8')) + (await fs.readFile(path.join(dir, 'k.pem'), 'utf8'));
		await fs.writeFile(path.join(dir, 'app.pem'), pem);
		const {auth, graph} = signIn(env, {
			auth: 'certificate',
			certificate: path.join(dir, 'app.pem'),
			clientId: '11111111-2222-3333-4444-555555555555',
		});
		expect((await auth.signIn()).kind).toBe('app');
		expect((await getOrganization(graph)).id).toBe(env.sim.tenantId);
	});

	it('supplied token: the simulator’s token is read for display and accepted by Graph', async () => {
		const env = await startSim();
		const token = env.sim.issueToken({});
		const s = buildSession(
			'check',
			[],
			flags({auth: 'token', tenant: env.sim.tenantId, graphEndpoint: env.url}),
			facts(token),
		);
		const {auth, graph} = connect(s, {ui: {canPrompt: false}});
		expect((await auth.signIn()).via).toBe('token');
		expect((await getOrganization(graph)).id).toBe(env.sim.tenantId);
	});

	it('setup against the simulator: one app registered, zero writes with --dry-run', async () => {
		const env = await startSim();
		const token = env.sim.issueToken({});
		const dry = buildSession(
			'setup',
			[],
			flags({auth: 'token', dryRun: true, tenant: env.sim.tenantId, graphEndpoint: env.url}),
			facts(token),
		);
		const out: string[] = [];
		await runSetup(dry, {out: x => out.push(x), err: () => {}, ui: {canPrompt: false}});
		expect(env.sim.log.writes()).toBe(0);
		expect(out.join('')).toContain('[Dry run] Would POST https://graph.microsoft.com/v1.0/applications');
		const live = buildSession(
			'setup',
			[],
			flags({auth: 'token', tenant: env.sim.tenantId, graphEndpoint: env.url}),
			facts(token),
		);
		const result = await runSetup(live, {out: () => {}, err: () => {}, ui: {canPrompt: false}});
		expect(env.sim.log.writes()).toBe(1);
		expect(result.created).toBe(true);
		expect(env.sim.tenant.state.applications.some(a => a.appId === result.appId)).toBe(true);
	});
});

function hasOpenssl(): boolean {
	try {
		execFileSync('openssl', ['version'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

function flags(f: Partial<Flags>): Flags {
	return {
		demo: false,
		dryRun: false,
		yes: false,
		json: false,
		resume: false,
		fresh: false,
		cloud: 'global',
		signOut: false,
		breakGlass: [],
		all: false,
		force: false,
		iUnderstandLockoutRisk: false,
		color: false,
		verbose: false,
		...f,
	};
}

function facts(token: string) {
	return {
		env: {MFA_ONBOARD_HOME: dir, MFA_ONBOARD_ACCESS_TOKEN: token},
		homedir: dir,
		platform: 'linux' as const,
		cwd: dir,
		pid: 1,
		hostname: 'h',
		argv: [],
		terminal: {stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, columns: 80, rows: 24},
		now: () => Date.UTC(2026, 10, 26, 10, 0, 0),
		sleep: async () => {},
		version: 'test',
	};
}
