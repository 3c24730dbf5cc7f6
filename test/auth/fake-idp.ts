/**
 * An in-process stand-in for Entra ID's token endpoints, used as MSAL's network module in unit tests (the simulator's
 * identity endpoints cover the same flows end to end). Deterministic across "processes": a fixed user and tenant, and
 * any refresh token it issued is accepted, so separate MSAL instances sharing one cache file behave as in live runs.
 * Tokens are unsigned JWTs built at run time.
 */
import {randomUUID} from 'node:crypto';
import type {INetworkModule, NetworkRequestOptions, NetworkResponse} from '@azure/msal-node';

const b64u = (o: unknown) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${b64u({typ: 'JWT', alg: 'none'})}.${b64u(claims)}.`;
const OIDC = new Set(['openid', 'profile', 'offline_access', 'email']);

export const FAKE_TENANT = '4d3e6f1a-2b7c-4e8d-9a0b-c0c1d2e3f4a5';
export const FAKE_USER = {
	oid: '5e1f0c1d-0000-4000-8000-00000000d3e0',
	username: 'admin@contosopartner.onmicrosoft.com',
	name: 'Ada Admin',
};

export interface FakeIdp {
	readonly network: INetworkModule;
	readonly calls: string[];
	/** Set to make the next /devicecode answer an error body. */
	deviceCodeError?: Record<string, unknown>;
	/** Set to make refresh-token grants fail. */
	refreshError?: Record<string, unknown>;
	/** Scopes (short names) that need consent: a refresh for them fails with 65001 until consented interactively. */
	unconsented: Set<string>;
	/** Issued access tokens, newest last. */
	readonly issued: string[];
	error(error: string, code: number, description: string, extra?: Record<string, unknown>): Record<string, unknown>;
	now: () => number;
}

export function createFakeIdp(options: {now: () => number; pendingPolls?: number}): FakeIdp {
	let deviceCode: string | undefined;
	let pending = 0;
	const authCodes = new Set<string>();
	const res = (status: number, body: unknown): NetworkResponse<unknown> => ({status, headers: {}, body});
	const idp: FakeIdp = {
		calls: [],
		unconsented: new Set(),
		issued: [],
		now: options.now,
		error: (error, code, description, extra = {}) => ({
			error,
			error_description: `AADSTS${code}: ${description}`,
			error_codes: [code],
			correlation_id: randomUUID(),
			...extra,
		}),
		network: undefined as unknown as INetworkModule,
	};
	const tokens = (
		scope: string,
		grant: 'device_code' | 'refresh_token' | 'authorization_code' | 'client_credentials',
	) => {
		const now = Math.floor(idp.now() / 1000);
		const api = scope.split(' ').filter(s => s && !OIDC.has(s));
		const short = api.map(s => s.split('/').pop()!);
		if (grant === 'refresh_token' && short.some(s => idp.unconsented.has(s))) {
			return res(
				400,
				idp.error('invalid_grant', 65001, 'The user or administrator has not consented.', {
					suberror: 'consent_required',
				}),
			);
		}
		if (grant !== 'refresh_token') for (const s of short) idp.unconsented.delete(s);
		const base = {
			tid: FAKE_TENANT,
			oid: FAKE_USER.oid,
			sub: `sub-${FAKE_USER.oid}`,
			iat: now,
			nbf: now,
			name: FAKE_USER.name,
		};
		const access = jwt({
			...base,
			aud: 'https://graph.microsoft.com',
			exp: now + 3600,
			upn: FAKE_USER.username,
			...(grant === 'client_credentials' ? {roles: ['Policy.Read.All'], appid: 'app'} : {scp: short.join(' ')}),
		});
		idp.issued.push(access);
		return res(200, {
			token_type: 'Bearer',
			scope: grant === 'client_credentials' ? api.join(' ') : [...api, 'openid', 'profile', 'offline_access'].join(' '),
			expires_in: 3600,
			ext_expires_in: 3600,
			access_token: access,
			...(grant === 'client_credentials'
				? {}
				: {
						id_token: jwt({
							...base,
							iss: `https://login.microsoftonline.com/${FAKE_TENANT}/v2.0`,
							aud: 'client',
							exp: now + 3600,
							preferred_username: FAKE_USER.username,
							ver: '2.0',
						}),
						refresh_token: `fake-rt.${randomUUID()}`,
						client_info: b64u({uid: FAKE_USER.oid, utid: FAKE_TENANT}),
					}),
		});
	};
	const handle = (method: string, url: string, body?: string): NetworkResponse<unknown> => {
		const u = new URL(url);
		const form = Object.fromEntries(new URLSearchParams(body ?? ''));
		idp.calls.push(`${method} ${u.pathname} ${form.grant_type ?? ''}`.trim());
		if (u.pathname.endsWith('/oauth2/v2.0/devicecode')) {
			if (idp.deviceCodeError) return res(400, idp.deviceCodeError);
			deviceCode = `fake-dc.${randomUUID()}`;
			pending = options.pendingPolls ?? 1;
			return res(200, {
				user_code: 'DEMO1234',
				device_code: deviceCode,
				verification_uri: 'https://microsoft.com/devicelogin',
				expires_in: 900,
				interval: 0,
				message:
					'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code DEMO1234.',
			});
		}
		if (u.pathname.endsWith('/oauth2/v2.0/token')) {
			if (form.grant_type === 'device_code') {
				if (form.device_code !== deviceCode)
					return res(400, idp.error('invalid_grant', 70000, 'Provided grant is invalid.'));
				if (pending-- > 0) return res(400, idp.error('authorization_pending', 70016, 'Pending.'));
				return tokens(form.scope ?? '', 'device_code');
			}
			if (form.grant_type === 'refresh_token') {
				if (idp.refreshError) return res(400, idp.refreshError);
				return tokens(form.scope ?? '', 'refresh_token');
			}
			if (form.grant_type === 'authorization_code') {
				if (!authCodes.has(form.code ?? '')) return res(400, idp.error('invalid_grant', 70000, 'Bad code.'));
				authCodes.delete(form.code ?? '');
				return tokens(form.scope ?? '', 'authorization_code');
			}
			if (form.grant_type === 'client_credentials') {
				if (!form.client_assertion) return res(400, idp.error('invalid_client', 7000218, 'Needs client_assertion.'));
				return tokens(form.scope ?? '', 'client_credentials');
			}
		}
		return res(404, {error: 'not_found', error_description: `fake IdP: ${method} ${u.pathname}`});
	};
	(idp as {network: INetworkModule}).network = {
		sendGetRequestAsync: async <T>(url: string, o?: NetworkRequestOptions) =>
			handle('GET', url, o?.body) as NetworkResponse<T>,
		sendPostRequestAsync: async <T>(url: string, o?: NetworkRequestOptions) =>
			handle('POST', url, o?.body) as NetworkResponse<T>,
	};
	/** Plays the browser: follows MSAL's authorize URL back to its loopback listener with a code. */
	(idp as FakeIdp & {browser: (url: string) => Promise<void>}).browser = async (url: string) => {
		const authorize = new URL(url);
		idp.calls.push(`GET ${authorize.pathname}`);
		const code = `fake-code.${randomUUID()}`;
		authCodes.add(code);
		// MSAL 7's loopback listener only accepts response_mode=form_post: the browser POSTs the code back.
		const form = new URLSearchParams({
			code,
			state: authorize.searchParams.get('state') ?? '',
			client_info: b64u({uid: FAKE_USER.oid, utid: FAKE_TENANT}),
		});
		await (await fetch(authorize.searchParams.get('redirect_uri')!, {method: 'POST', body: form})).text();
	};
	return idp;
}

export type FakeIdpWithBrowser = FakeIdp & {browser: (url: string) => Promise<void>};

/** Makes every cached access token look expired to MSAL (it reads `expires_on`, seconds since the epoch). */
export async function expireAccessTokens(file: string): Promise<void> {
	const {promises: fs} = await import('node:fs');
	const cache = JSON.parse(await fs.readFile(file, 'utf8')) as {
		AccessToken?: Record<string, {expires_on: string; extended_expires_on?: string}>;
	};
	for (const entry of Object.values(cache.AccessToken ?? {})) {
		entry.expires_on = '1000';
		entry.extended_expires_on = '1000';
	}
	await fs.writeFile(file, JSON.stringify(cache));
}
