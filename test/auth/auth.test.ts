import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {type AuthNotice, createAuth, type DeviceCodePrompt, type SignInUi} from '../../src/auth/auth.js';
import {renderDeviceCode} from '../../src/auth/render.js';
import {DEFAULT_CLIENT_ID, saveApp} from '../../src/auth/settings.js';
import {UserError} from '../../src/errors.js';
import {Redactor} from '../../src/graph/redact.js';
import {createTranslator} from '../../src/i18n/index.js';
import type {AuthMode} from '../../src/session.js';
import {createFakeIdp, expireAccessTokens, FAKE_TENANT, type FakeIdpWithBrowser} from './fake-idp.js';

const t = createTranslator('en');
let dir: string;
let now = Date.UTC(2026, 10, 26, 10, 0, 0);
beforeEach(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mfa-auth-'));
	now = Date.UTC(2026, 10, 26, 10, 0, 0);
});
afterEach(async () => {
	await fs.rm(dir, {recursive: true, force: true});
});

interface Harness {
	idp: FakeIdpWithBrowser;
	prompts: DeviceCodePrompt[];
	notices: AuthNotice[];
	browsed: string[];
	redactor: Redactor;
}

function makeAuth(
	idp: FakeIdpWithBrowser,
	opts: {
		auth?: AuthMode;
		tenant?: string;
		clientId?: string;
		dryRun?: boolean;
		token?: string;
		browserAvailable?: boolean;
		canPrompt?: boolean;
	} = {},
) {
	const h: Harness = {idp, prompts: [], notices: [], browsed: [], redactor: new Redactor()};
	const ui: SignInUi = {
		canPrompt: opts.canPrompt ?? true,
		onDeviceCode: p => h.prompts.push(p),
		onBrowser: url => h.browsed.push(url),
		onNotice: n => h.notices.push(n),
	};
	const auth = createAuth({
		session: {
			flags: {tenant: opts.tenant ?? FAKE_TENANT, clientId: opts.clientId, auth: opts.auth},
			paths: {tokenCache: path.join(dir, 'cfg', 'msal-cache.json'), settings: path.join(dir, 'cfg', 'settings.json')},
			cloud: {authorityHost: 'https://login.microsoftonline.com', graphRoot: 'https://graph.microsoft.com'},
			t,
			dryRun: opts.dryRun ?? false,
			suppliedToken: opts.token,
			clock: {now: () => new Date(now), nowIso: () => new Date(now).toISOString()},
		},
		ui,
		redactor: h.redactor,
		networkClient: idp.network,
		openBrowser: url => idp.browser(url),
		browserAvailable: opts.browserAvailable,
	});
	return {auth, h};
}

const newIdp = () => createFakeIdp({now: () => now}) as FakeIdpWithBrowser;

describe('device code', () => {
	it('shows the code, the URL and a QR code, then caches the sign-in in a 0600 file in a 0700 folder', async () => {
		const idp = newIdp();
		const {auth, h} = makeAuth(idp);
		const account = await auth.signIn();
		expect(account).toMatchObject({
			username: 'admin@contosopartner.onmicrosoft.com',
			tenantId: FAKE_TENANT,
			via: 'device-code',
		});
		expect(account.scopes).toContain('AuditLog.Read.All');
		expect(h.prompts[0]).toMatchObject({userCode: 'DEMO1234', verificationUri: 'https://microsoft.com/devicelogin'});
		expect(h.prompts[0]!.qr.split('\n').length).toBeGreaterThan(5);
		expect(h.notices.map(n => n.kind)).toEqual(['default-client']);
		const text = renderDeviceCode(h.prompts[0]!, t);
		expect(text).toContain('DEMO1234');
		expect(text).toContain('https://microsoft.com/devicelogin');
		const file = path.join(dir, 'cfg', 'msal-cache.json');
		expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
		expect((await fs.stat(path.dirname(file))).mode & 0o777).toBe(0o700);
		expect(account.clientId).toBe(DEFAULT_CLIENT_ID);
	});

	it('a second process reuses the cached sign-in without any network call', async () => {
		const idp = newIdp();
		await makeAuth(idp).auth.signIn();
		const before = idp.calls.length;
		const {auth, h} = makeAuth(idp);
		const account = await auth.signIn();
		expect(account.via).toBe('cache');
		expect(idp.calls.length).toBe(before);
		expect(h.prompts).toHaveLength(0);
		expect(h.notices.map(n => n.kind)).toContain('cached-sign-in');
	});

	it('when the access token has expired, a later process refreshes it silently', async () => {
		const idp = newIdp();
		await makeAuth(idp).auth.signIn();
		await expireAccessTokens(path.join(dir, 'cfg', 'msal-cache.json'));
		const {auth, h} = makeAuth(idp);
		expect((await auth.signIn()).via).toBe('cache');
		expect(idp.calls.at(-1)).toBe('POST /4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5/oauth2/v2.0/token refresh_token');
		expect(h.prompts).toHaveLength(0);
	});

	it('device code blocked by Conditional Access (53003) → explains and falls back to the browser', async () => {
		const idp = newIdp();
		idp.deviceCodeError = idp.error(
			'invalid_request',
			53003,
			'Access has been blocked by Conditional Access policies.',
		);
		const {auth, h} = makeAuth(idp);
		const account = await auth.signIn();
		expect(account.via).toBe('browser');
		expect(h.notices.find(n => n.kind === 'device-code-blocked')).toMatchObject({code: 53003});
		expect(h.notices.find(n => n.kind === 'device-code-blocked')!.text).toContain('AADSTS53003');
		// The callback never saw undefined fields, and MSAL never polled with device_code=undefined.
		expect(h.prompts).toHaveLength(0);
		expect(idp.calls.filter(c => c.endsWith('device_code'))).toHaveLength(0);
		expect(h.browsed[0]).toMatch(/^https:\/\/login\.microsoftonline\.com\/.+\/oauth2\/v2\.0\/authorize\?/);
	});

	it('device code blocked and no browser → a sign-in error with the real code and its fix', async () => {
		const idp = newIdp();
		idp.deviceCodeError = idp.error(
			'invalid_request',
			53003,
			'Access has been blocked by Conditional Access policies.',
		);
		const {auth} = makeAuth(idp, {browserAvailable: false});
		const error = (await auth.signIn().catch(e => e)) as UserError;
		expect(error).toBeInstanceOf(UserError);
		expect(error.code).toBe('sign-in-53003');
		expect(error.message).toContain('AADSTS53003');
		expect(error.hint).toContain('--auth browser');
	});

	it('refuses to prompt without a terminal', async () => {
		const {auth} = makeAuth(newIdp(), {canPrompt: false});
		await expect(auth.signIn()).rejects.toMatchObject({code: 'sign-in-no-tty'});
	});
});

describe('browser', () => {
	it('signs in through the loopback redirect', async () => {
		const idp = newIdp();
		const {auth, h} = makeAuth(idp, {auth: 'browser'});
		expect((await auth.signIn()).via).toBe('browser');
		expect(h.browsed).toHaveLength(1);
		expect(idp.calls.some(c => c.endsWith('authorization_code'))).toBe(true);
	});

	it('is the default where a browser can be opened; device code is the default where it cannot', async () => {
		const desktop = makeAuth(newIdp(), {browserAvailable: true});
		expect((await desktop.auth.signIn()).via).toBe('browser');
		expect(desktop.h.prompts).toHaveLength(0);
		await fs.rm(path.join(dir, 'cfg'), {recursive: true, force: true});
		const ssh = makeAuth(newIdp(), {browserAvailable: false});
		expect((await ssh.auth.signIn()).via).toBe('device-code');
		expect(ssh.h.browsed).toHaveLength(0);
	});
});

describe('dead refresh tokens', () => {
	for (const [label, extra, kind] of [
		['700082 as ServerError', {}, 'reauth-expired'],
		['700082 as InteractionRequiredAuthError (bad_token)', {suberror: 'bad_token'}, 'reauth-expired'],
	] as const) {
		it(`${label} → explanation, the account leaves the cache file, fresh sign-in`, async () => {
			const idp = newIdp();
			await makeAuth(idp).auth.signIn();
			await expireAccessTokens(path.join(dir, 'cfg', 'msal-cache.json'));
			idp.refreshError = idp.error('invalid_grant', 700082, 'The refresh token has expired due to inactivity.', extra);
			const {auth, h} = makeAuth(idp);
			const cacheFile = path.join(dir, 'cfg', 'msal-cache.json');
			let accountsWhenPrompted = -1;
			h.prompts.push = (...p: DeviceCodePrompt[]) => {
				// Given the dead sign-in, when the device code is shown, then the file no longer holds the old account.
				void fs.readFile(cacheFile, 'utf8').then(text => {
					accountsWhenPrompted = Object.keys(JSON.parse(text).Account ?? {}).length;
				});
				return Array.prototype.push.apply(h.prompts, p);
			};
			const account = await auth.signIn();
			expect(account.via).toBe('device-code');
			const n = h.notices.find(x => x.kind === kind)!;
			expect(n.code).toBe(700082);
			expect(n.text).toContain('AADSTS700082');
			expect(h.prompts).toHaveLength(1);
			await expect.poll(() => accountsWhenPrompted).toBe(0);
		});
	}

	it('50173 (revoked) is explained as revoked', async () => {
		const idp = newIdp();
		await makeAuth(idp).auth.signIn();
		await expireAccessTokens(path.join(dir, 'cfg', 'msal-cache.json'));
		idp.refreshError = idp.error('invalid_grant', 50173, 'The provided grant has expired due to it being revoked.');
		const {auth, h} = makeAuth(idp);
		await auth.signIn();
		expect(h.notices.find(n => n.kind === 'reauth-revoked')?.code).toBe(50173);
	});
});

describe('incremental scopes', () => {
	it('asks for a write scope only when a write needs it, with consent explained', async () => {
		const idp = newIdp();
		idp.unconsented.add('Policy.ReadWrite.ConditionalAccess');
		const {auth, h} = makeAuth(idp);
		const first = await auth.signIn();
		expect(first.scopes).not.toContain('Policy.ReadWrite.ConditionalAccess');
		const token = await auth.getToken({scopes: ['Policy.ReadWrite.ConditionalAccess'], write: true});
		expect(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).scp).toBe(
			'Policy.ReadWrite.ConditionalAccess',
		);
		expect(h.notices.find(n => n.kind === 'consent-needed')?.text).toContain('Policy.ReadWrite.ConditionalAccess');
		expect(h.prompts).toHaveLength(2);
	});

	it('never asks for a write token in a dry run', async () => {
		const {auth} = makeAuth(newIdp(), {dryRun: true});
		await expect(auth.getToken({scopes: ['Policy.ReadWrite.ConditionalAccess'], write: true})).rejects.toThrow(
			/dry run/,
		);
	});
});

describe('supplied token', () => {
	const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
	const token = (claims: Record<string, unknown>) => `${b64({alg: 'RS256'})}.${b64(claims)}.${'x'.repeat(40)}`;
	const good = () =>
		token({
			aud: 'https://graph.microsoft.com',
			tid: FAKE_TENANT,
			upn: 'ops@contoso.com',
			scp: 'User.Read Policy.Read.All',
			exp: now / 1000 + 600,
		});

	it('reads the claims for display, registers the token with the redactor and hints at missing scopes', async () => {
		const supplied = good();
		const {auth, h} = makeAuth(newIdp(), {auth: 'token', token: supplied});
		const account = await auth.signIn();
		expect(account).toMatchObject({username: 'ops@contoso.com', tenantId: FAKE_TENANT, via: 'token', kind: 'user'});
		expect(h.notices.find(n => n.kind === 'token-missing-scopes')?.text).toContain('AuditLog.Read.All');
		expect(h.redactor.text(`x ${supplied} y`)).toBe('x [redacted] y');
		await expect(auth.getToken({scopes: ['Policy.ReadWrite.ConditionalAccess'], write: true})).rejects.toMatchObject({
			code: 'token-scopes',
		});
	});

	it('refuses a missing, malformed, expired, wrong-audience or wrong-tenant token', async () => {
		const cases: [string | undefined, string][] = [
			[undefined, 'token-missing'],
			['not-a-jwt', 'token-invalid'],
			[token({aud: 'https://graph.microsoft.com', exp: now / 1000 - 1}), 'token-expired'],
			[token({aud: 'https://management.azure.com', exp: now / 1000 + 600}), 'token-audience'],
			[
				token({aud: 'https://graph.microsoft.com', tid: '00000000-0000-0000-0000-000000000001', exp: now / 1000 + 600}),
				'token-tenant',
			],
		];
		for (const [value, code] of cases) {
			const {auth} = makeAuth(newIdp(), {auth: 'token', token: value});
			await expect(auth.signIn()).rejects.toMatchObject({code});
		}
	});
});

describe('client id and sign-out', () => {
	it('uses the app `setup` saved for the tenant, and --client-id over both', async () => {
		const saved = '11111111-2222-3333-4444-555555555555';
		await saveApp(
			path.join(dir, 'cfg', 'settings.json'),
			[FAKE_TENANT],
			{clientId: saved, tenantId: FAKE_TENANT, displayName: 'mfa-onboard', createdAt: 'x'},
			t,
		);
		const {auth, h} = makeAuth(newIdp());
		expect((await auth.signIn()).clientId).toBe(saved);
		expect(h.notices.map(n => n.kind)).not.toContain('default-client');
		const flagged = makeAuth(newIdp(), {clientId: '99999999-2222-3333-4444-555555555555'});
		expect((await flagged.auth.signIn()).clientId).toBe('99999999-2222-3333-4444-555555555555');
		await expect(makeAuth(newIdp(), {clientId: 'nope'}).auth.signIn()).rejects.toMatchObject({code: 'usage'});
	});

	it('--sign-out removes the cache file', async () => {
		const idp = newIdp();
		const {auth} = makeAuth(idp);
		await auth.signIn();
		expect(await auth.signOut()).toBe(1);
		await expect(fs.stat(path.join(dir, 'cfg', 'msal-cache.json'))).rejects.toThrow();
		expect(await makeAuth(idp).auth.signOut()).toBe(0);
	});

	it('a corrupt cache is kept as a backup, explained, and the run signs in again', async () => {
		await fs.mkdir(path.join(dir, 'cfg'), {recursive: true});
		await fs.writeFile(path.join(dir, 'cfg', 'msal-cache.json'), '{not json');
		const {auth, h} = makeAuth(newIdp());
		expect((await auth.signIn()).via).toBe('device-code');
		expect(h.notices.map(n => n.kind)).toContain('cache-corrupt');
		const files = await fs.readdir(path.join(dir, 'cfg'));
		expect(files.some(f => f.startsWith('msal-cache.json.corrupt-'))).toBe(true);
	});
});
