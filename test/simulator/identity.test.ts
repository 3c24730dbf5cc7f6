import {createHash, generateKeyPairSync, randomBytes} from 'node:crypto';
import {
	ConfidentialClientApplication,
	type INetworkModule,
	InteractionRequiredAuthError,
	type NetworkRequestOptions,
	type NetworkResponse,
	PublicClientApplication,
	ServerError,
} from '@azure/msal-node';
import {describe, expect, it} from 'vitest';
import {type Json, type Started, startSim} from './helpers.js';

const CLIENT = '9a2b7c1d-0000-4000-8000-00000000c11e';
const GRAPH = 'https://graph.microsoft.com';

function form(values: Record<string, string>): RequestInit {
	return {
		method: 'POST',
		headers: {'Content-Type': 'application/x-www-form-urlencoded'},
		body: new URLSearchParams(values).toString(),
	};
}

async function post(s: Started, path: string, values: Record<string, string>) {
	const res = await fetch(`${s.url}/${s.sim.tenantId}/oauth2/v2.0/${path}`, form(values));
	return {status: res.status, body: (await res.json()) as Record<string, Json>};
}

function claimsOf(jwt: string): Record<string, Json> {
	return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString());
}

/** MSAL's network module, pointed at the simulator: login.microsoftonline.com is rewritten to its origin. */
function networkClient(s: Started): INetworkModule {
	const send = async <T>(method: string, url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
		const target = url.replace(/^https:\/\/login\.microsoftonline\.com/, s.url);
		const res = await fetch(target, {method, headers: options?.headers, body: options?.body});
		const headers: Record<string, string> = {};
		res.headers.forEach((v, k) => {
			headers[k] = v;
		});
		return {status: res.status, headers, body: (await res.json()) as T};
	};
	return {
		sendGetRequestAsync: (url, options) => send('GET', url, options),
		sendPostRequestAsync: (url, options) => send('POST', url, options),
	};
}

describe('identity endpoints with plain fetch', () => {
	it('device code: pending polls, then tokens MSAL can use; refresh keeps the account', async () => {
		const s = await startSim({identity: {pendingPolls: 2, interval: 0}});
		const dc = await post(s, 'devicecode', {
			client_id: CLIENT,
			scope: `${GRAPH}/User.Read.All ${GRAPH}/AuditLog.Read.All offline_access openid profile`,
		});
		expect(dc.status).toBe(200);
		expect(dc.body).toMatchObject({
			user_code: expect.any(String),
			device_code: expect.any(String),
			verification_uri: expect.any(String),
			expires_in: 900,
			interval: 0,
		});
		expect(dc.body.message).toContain(dc.body.user_code);
		const poll = () =>
			post(s, 'token', {
				grant_type: 'device_code',
				client_id: CLIENT,
				device_code: dc.body.device_code,
				client_info: '1',
			});
		expect((await poll()).body.error).toBe('authorization_pending');
		expect((await poll()).body.error).toBe('authorization_pending');
		const ok = await poll();
		expect(ok.status).toBe(200);
		expect(ok.body.expires_in).toBeGreaterThan(300);
		const id = claimsOf(ok.body.id_token);
		expect(id).toMatchObject({
			tid: s.sim.tenantId,
			preferred_username: 'sarah.chen@contosopartner.onmicrosoft.com',
			name: 'Sarah Chen',
			aud: CLIENT,
		});
		expect(JSON.parse(Buffer.from(ok.body.client_info, 'base64url').toString())).toEqual({
			uid: id.oid,
			utid: s.sim.tenantId,
		});
		const access = claimsOf(ok.body.access_token);
		expect(access.scp.split(' ').sort()).toEqual(['AuditLog.Read.All', 'User.Read.All']);
		expect(access.aud).toBe(GRAPH);
		// The access token works against Graph on the same server.
		const me = await s.json('/v1.0/me', {token: ok.body.access_token});
		expect(me.body.displayName).toBe('Sarah Chen');
		// A used device code cannot be redeemed twice.
		expect((await poll()).status).toBe(400);

		const refreshed = await post(s, 'token', {
			grant_type: 'refresh_token',
			client_id: CLIENT,
			refresh_token: ok.body.refresh_token,
			scope: `${GRAPH}/User.Read.All offline_access`,
		});
		expect(refreshed.status).toBe(200);
		expect(claimsOf(refreshed.body.id_token).oid).toBe(id.oid);
		expect(refreshed.body.refresh_token).not.toBe(ok.body.refresh_token);
	});

	it('accepts refresh tokens from another simulator process for the same tenant', async () => {
		const a = await startSim({identity: {pendingPolls: 0, interval: 0}});
		const dc = await post(a, 'devicecode', {client_id: CLIENT, scope: `${GRAPH}/.default offline_access`});
		const tokens = await post(a, 'token', {
			grant_type: 'device_code',
			client_id: CLIENT,
			device_code: dc.body.device_code,
		});
		const b = await startSim();
		const refreshed = await post(b, 'token', {
			grant_type: 'refresh_token',
			client_id: CLIENT,
			refresh_token: tokens.body.refresh_token,
			scope: `${GRAPH}/.default`,
		});
		expect(refreshed.status).toBe(200);
		expect(claimsOf(refreshed.body.access_token).oid).toBe(claimsOf(tokens.body.access_token).oid);
		const junk = await post(b, 'token', {
			grant_type: 'refresh_token',
			client_id: CLIENT,
			refresh_token: 'sim-rt.bm9wZQ.x',
		});
		expect(junk.status).toBe(400);
	});

	it('injects AADSTS53003 on /devicecode and 700082 on refresh (with and without bad_token)', async () => {
		const s = await startSim({identity: {pendingPolls: 0, interval: 0}});
		s.sim.control.identity.injectError({endpoint: 'devicecode', code: 53003});
		const blocked = await post(s, 'devicecode', {client_id: CLIENT, scope: `${GRAPH}/User.Read`});
		expect(blocked.status).toBe(400);
		expect(blocked.body).toMatchObject({error: 'invalid_request', error_codes: [53003]});
		expect(blocked.body.error_description).toMatch(/^AADSTS53003:/);
		expect(blocked.body.suberror).toBeUndefined();
		// Once only: the next request works.
		const dc = await post(s, 'devicecode', {client_id: CLIENT, scope: `${GRAPH}/User.Read offline_access`});
		const tokens = await post(s, 'token', {
			grant_type: 'device_code',
			client_id: CLIENT,
			device_code: dc.body.device_code,
		});
		s.sim.control.identity.injectError({endpoint: 'token', grantType: 'refresh_token', code: 700082});
		const expired = await post(s, 'token', {
			grant_type: 'refresh_token',
			client_id: CLIENT,
			refresh_token: tokens.body.refresh_token,
		});
		expect(expired.body).toMatchObject({error: 'invalid_grant', error_codes: [700082]});
		expect(expired.body.suberror).toBeUndefined();
		s.sim.control.identity.injectError({
			endpoint: 'token',
			grantType: 'refresh_token',
			code: 700082,
			suberror: 'bad_token',
		});
		const bad = await post(s, 'token', {
			grant_type: 'refresh_token',
			client_id: CLIENT,
			refresh_token: tokens.body.refresh_token,
		});
		expect(bad.body).toMatchObject({error: 'invalid_grant', suberror: 'bad_token', error_codes: [700082]});
		s.sim.control.identity.injectError({endpoint: 'token', code: 50076, times: 2});
		expect(
			(
				await post(s, 'token', {
					grant_type: 'refresh_token',
					client_id: CLIENT,
					refresh_token: tokens.body.refresh_token,
				})
			).body.suberror,
		).toBe('basic_action');
		expect(
			(
				await post(s, 'token', {
					grant_type: 'refresh_token',
					client_id: CLIENT,
					refresh_token: tokens.body.refresh_token,
				})
			).body.error_codes,
		).toEqual([50076]);
		expect(
			(
				await post(s, 'token', {
					grant_type: 'refresh_token',
					client_id: CLIENT,
					refresh_token: tokens.body.refresh_token,
				})
			).status,
		).toBe(200);
	});

	it('revoking sessions invalidates earlier refresh tokens (AADSTS50173)', async () => {
		const clock = {now: () => Date.parse('2026-11-20T09:00:00Z')};
		const s = await startSim({clock, identity: {pendingPolls: 0, interval: 0}});
		const dc = await post(s, 'devicecode', {client_id: CLIENT, scope: `${GRAPH}/User.Read offline_access`});
		const tokens = await post(s, 'token', {
			grant_type: 'device_code',
			client_id: CLIENT,
			device_code: dc.body.device_code,
		});
		clock.now = () => Date.parse('2026-11-20T09:05:00Z');
		const me = await s.json('/v1.0/me?$select=id');
		await s.json(`/v1.0/users/${me.body.id}/revokeSignInSessions`, {method: 'POST'});
		const res = await post(s, 'token', {
			grant_type: 'refresh_token',
			client_id: CLIENT,
			refresh_token: tokens.body.refresh_token,
		});
		expect(res.body.error_codes).toEqual([50173]);
	});

	it('serves discovery and OpenID configuration, and 90002 for unknown tenants', async () => {
		const s = await startSim();
		const instance: Json = await (
			await fetch(
				`${s.url}/common/discovery/instance?api-version=1.1&authorization_endpoint=https://login.microsoftonline.com/x/oauth2/v2.0/authorize`,
			)
		).json();
		expect(instance.tenant_discovery_endpoint).toContain('/.well-known/openid-configuration');
		expect(instance.metadata[0].aliases).toContain('login.microsoftonline.com');
		const oidc: Json = await (await fetch(`${s.url}/${s.sim.tenantId}/v2.0/.well-known/openid-configuration`)).json();
		for (const key of ['authorization_endpoint', 'token_endpoint', 'issuer', 'jwks_uri'])
			expect(oidc).toHaveProperty(key);
		const byDomain = await fetch(`${s.url}/contosopartner.onmicrosoft.com/v2.0/.well-known/openid-configuration`);
		expect(byDomain.status).toBe(200);
		const unknown = await fetch(`${s.url}/nowhere.example/v2.0/.well-known/openid-configuration`);
		expect(unknown.status).toBe(400);
		expect(((await unknown.json()) as Json).error_codes).toEqual([90002]);
	});

	it('authorization code with PKCE through /authorize (query mode) and the verifier check', async () => {
		const s = await startSim();
		const verifier = randomBytes(32).toString('base64url');
		const challenge = createHash('sha256').update(verifier).digest('base64url');
		const authorize = new URL(`${s.url}/${s.sim.tenantId}/oauth2/v2.0/authorize`);
		for (const [k, v] of Object.entries({
			client_id: CLIENT,
			redirect_uri: 'http://localhost:53123/',
			response_type: 'code',
			scope: `${GRAPH}/User.Read openid`,
			state: 'st',
			code_challenge: challenge,
			code_challenge_method: 'S256',
		}))
			authorize.searchParams.set(k, v);
		const redirect = await fetch(authorize, {redirect: 'manual'});
		expect(redirect.status).toBe(302);
		const location = new URL(redirect.headers.get('location')!);
		expect(location.origin).toBe('http://localhost:53123');
		expect(location.searchParams.get('state')).toBe('st');
		const code = location.searchParams.get('code')!;
		const wrong = await post(s, 'token', {
			grant_type: 'authorization_code',
			client_id: CLIENT,
			code,
			redirect_uri: 'http://localhost:53123/',
			code_verifier: 'wrong',
		});
		expect(wrong.body.error_codes).toEqual([501481]);
		// A code is single-use, even after a failed redemption; ask for a new one.
		const again = new URL((await fetch(authorize, {redirect: 'manual'})).headers.get('location')!).searchParams.get(
			'code',
		)!;
		const ok = await post(s, 'token', {
			grant_type: 'authorization_code',
			client_id: CLIENT,
			code: again,
			redirect_uri: 'http://localhost:53123/',
			code_verifier: verifier,
		});
		expect(ok.status).toBe(200);
		s.sim.control.identity.setBrowserApproval('deny');
		const denied = new URL((await fetch(authorize, {redirect: 'manual'})).headers.get('location')!);
		expect(denied.searchParams.get('error')).toBe('access_denied');
		const foreign = new URL(authorize);
		foreign.searchParams.set('redirect_uri', 'https://evil.example/cb');
		expect((await fetch(foreign, {redirect: 'manual'})).status).toBe(400);
	});

	it('identity requests are logged without bodies', async () => {
		const s = await startSim();
		await post(s, 'devicecode', {client_id: CLIENT, scope: `${GRAPH}/User.Read`});
		const entry = s.sim.log.entries.at(-1)!;
		expect(entry).toMatchObject({
			kind: 'identity',
			method: 'POST',
			path: `/${s.sim.tenantId}/oauth2/v2.0/devicecode`,
			status: 200,
		});
		expect(s.sim.log.writes()).toBe(0);
	});
});

describe('MSAL Node against the simulator', () => {
	it('device code sign-in, cache hit, refresh, and 700082 as ServerError / InteractionRequiredAuthError', async () => {
		const s = await startSim({identity: {pendingPolls: 1, interval: 0}});
		const pca = new PublicClientApplication({
			auth: {clientId: CLIENT, authority: `https://login.microsoftonline.com/${s.sim.tenantId}`},
			system: {networkClient: networkClient(s)},
		});
		let message = '';
		const result = await pca.acquireTokenByDeviceCode({
			scopes: [`${GRAPH}/User.Read.All`],
			deviceCodeCallback: r => {
				message = r.message;
			},
		});
		expect(message).toMatch(/enter the code/);
		expect(result?.account?.username).toBe('sarah.chen@contosopartner.onmicrosoft.com');
		expect(result?.account?.tenantId).toBe(s.sim.tenantId);
		expect(result?.account?.homeAccountId).toBe(`${result?.account?.localAccountId}.${s.sim.tenantId}`);
		const [account] = await pca.getTokenCache().getAllAccounts();
		const silent = await pca.acquireTokenSilent({account: account!, scopes: [`${GRAPH}/User.Read.All`]});
		expect(silent.fromCache).toBe(true);
		const forced = await pca.acquireTokenSilent({
			account: account!,
			scopes: [`${GRAPH}/User.Read.All`],
			forceRefresh: true,
		});
		expect(forced.fromCache).toBe(false);
		const me = await s.json('/v1.0/me?$select=displayName', {token: forced.accessToken});
		expect(me.body.displayName).toBe('Sarah Chen');

		s.sim.control.identity.injectError({endpoint: 'token', grantType: 'refresh_token', code: 700082});
		const plain = await pca
			.acquireTokenSilent({account: account!, scopes: [`${GRAPH}/User.Read.All`], forceRefresh: true})
			.catch(e => e);
		expect(plain).toBeInstanceOf(ServerError);
		expect(plain.errorCode).toBe('invalid_grant');
		s.sim.control.identity.injectError({
			endpoint: 'token',
			grantType: 'refresh_token',
			code: 700082,
			suberror: 'bad_token',
		});
		const bad = await pca
			.acquireTokenSilent({account: account!, scopes: [`${GRAPH}/User.Read.All`], forceRefresh: true})
			.catch(e => e);
		expect(bad).toBeInstanceOf(InteractionRequiredAuthError);
	});

	it('interactive browser sign-in through the simulated browser (form_post to the loopback)', async () => {
		const s = await startSim();
		const pca = new PublicClientApplication({
			auth: {clientId: CLIENT, authority: `https://login.microsoftonline.com/${s.sim.tenantId}`},
			system: {networkClient: networkClient(s)},
		});
		const result = await pca.acquireTokenInteractive({
			scopes: [`${GRAPH}/User.Read`],
			openBrowser: url => s.sim.openBrowser(url),
		});
		expect(result.account?.username).toBe('sarah.chen@contosopartner.onmicrosoft.com');
		expect(claimsOf(result.accessToken).scp).toBe('User.Read');
	});

	it('certificate sign-in (client credentials with a client assertion) gets an app-only token', async () => {
		const s = await startSim();
		const {privateKey} = generateKeyPairSync('rsa', {modulusLength: 2048});
		const pem = privateKey.export({type: 'pkcs8', format: 'pem'}).toString();
		s.sim.control.grantAppRoles(CLIENT, ['User.Read.All', 'AuditLog.Read.All']);
		const cca = new ConfidentialClientApplication({
			auth: {
				clientId: CLIENT,
				authority: `https://login.microsoftonline.com/${s.sim.tenantId}`,
				clientCertificate: {thumbprintSha256: 'A'.repeat(64), privateKey: pem},
			},
			system: {networkClient: networkClient(s)},
		});
		const result = await cca.acquireTokenByClientCredential({scopes: [`${GRAPH}/.default`]});
		const claims = claimsOf(result!.accessToken);
		expect(claims.idtyp).toBe('app');
		expect(claims.roles).toEqual(['User.Read.All', 'AuditLog.Read.All']);
		expect((await s.json('/v1.0/users?$top=1', {token: result!.accessToken})).status).toBe(200);
		expect((await s.json('/v1.0/groups', {token: result!.accessToken})).status).toBe(403);
	});
});
