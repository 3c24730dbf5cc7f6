/**
 * Identity endpoints on the simulator, for MSAL Node 7 (STACK.md, "MSAL Node 7 against an in-process fake identity
 * provider"): instance discovery, OpenID configuration, device code, token (device_code short form, refresh_token,
 * authorization_code with PKCE, client_credentials with a client assertion) and authorize (loopback redirect, form_post
 * as MSAL 7 requires). Answers are 200 or 400 only — MSAL throttles identical requests for 60 s after a 429/5xx.
 *
 * Refresh tokens are self-describing (`sim-rt.<payload>.<nonce>`): any one this simulator family could have issued for
 * the tenant is accepted, in any process, so a demo sign-in and a later refresh in another CLI process agree on the
 * account (MSAL refuses tokens for an account it does not hold).
 */
import {createHash, randomBytes, randomUUID} from 'node:crypto';
import {ALL_PERMISSIONS, READ_PERMISSIONS} from './permissions.js';
import type {Tenant} from './tenant.js';
import {b64url, buildAccessToken, decodeJwtPayload, unsignedJwt} from './tokens.js';

/** AADSTS codes the simulator can send, with the error/suberror Entra pairs them with and its description. */
export const AADSTS: Readonly<Record<number, {error: string; suberror?: string; description: string}>> = {
	50011: {
		error: 'invalid_request',
		description:
			'The redirect URI specified in the request does not match the redirect URIs configured for the application.',
	},
	50057: {error: 'invalid_grant', description: 'The user account is disabled.'},
	50076: {
		error: 'invalid_grant',
		suberror: 'basic_action',
		description:
			'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
	},
	50079: {
		error: 'invalid_grant',
		suberror: 'basic_action',
		description:
			'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
	},
	50126: {error: 'invalid_grant', description: 'Error validating credentials due to invalid username or password.'},
	50158: {
		error: 'interaction_required',
		description:
			'External security challenge not satisfied. User will be redirected to another page or authentication provider to satisfy additional authentication challenges.',
	},
	50173: {
		error: 'invalid_grant',
		description:
			'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
	},
	53003: {
		error: 'invalid_grant',
		suberror: 'message_only',
		description:
			'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
	},
	65001: {
		error: 'invalid_grant',
		suberror: 'consent_required',
		description:
			'The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.',
	},
	65004: {error: 'access_denied', description: 'User declined to consent to access the app.'},
	70000: {error: 'invalid_grant', description: 'Provided grant is invalid or malformed.'},
	70011: {error: 'invalid_scope', description: "The provided value for the input parameter 'scope' is not valid."},
	70016: {
		error: 'authorization_pending',
		description: 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
	},
	70019: {error: 'expired_token', description: 'Verification code expired.'},
	70043: {
		error: 'invalid_grant',
		suberror: 'bad_token',
		description: 'The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
	},
	90002: {
		error: 'invalid_request',
		description:
			'Tenant not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.',
	},
	90099: {
		error: 'invalid_grant',
		description:
			'The application has not been authorized in the tenant. Applications must be authorized to access the customer tenant before partner delegated administrators can use them.',
	},
	530034: {
		error: 'invalid_grant',
		description: 'Delegated admin sign-in is blocked because of suspicious activity on the partner account.',
	},
	530035: {
		error: 'invalid_grant',
		description:
			'Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies.',
	},
	700016: {error: 'unauthorized_client', description: 'Application was not found in the directory.'},
	700027: {
		error: 'invalid_client',
		description: 'Client assertion failed signature validation or is not valid for this token endpoint.',
	},
	700082: {
		error: 'invalid_grant',
		description:
			'The refresh token has expired due to inactivity. The token was issued on a date and was inactive for 90.00:00:00.',
	},
	7000218: {
		error: 'invalid_client',
		description: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
	},
	900144: {
		error: 'invalid_request',
		description: "The request body must contain the following parameter: 'client_id'.",
	},
	9002313: {error: 'invalid_request', description: 'Invalid request. Request is malformed or invalid.'},
};

export type IdentityEndpoint = 'devicecode' | 'token' | 'authorize';
export type GrantType = 'device_code' | 'refresh_token' | 'authorization_code' | 'client_credentials';

export interface InjectedIdentityError {
	readonly endpoint: IdentityEndpoint;
	/** Token endpoint only: the grant it applies to (any grant when omitted). */
	readonly grantType?: GrantType;
	readonly code: number;
	/** Defaults from AADSTS (e.g. 53003 on /devicecode → invalid_request, on /token → invalid_grant + message_only). */
	readonly error?: string;
	/** `null` sends no suberror even where the default has one. */
	readonly suberror?: string | null;
	/** How many requests it applies to (default 1; Infinity until cleared). */
	readonly times?: number;
}

export interface IdentityOptions {
	/** `authorization_pending` answers before a device code is approved (default 2). */
	readonly pendingPolls?: number;
	/** `interval` sent with a device code, seconds (default 1; use 0 in tests — MSAL sleeps exactly interval × 1000 ms). */
	readonly interval?: number;
	/** Access-token lifetime, seconds (default 3600; keep above 300 or MSAL refreshes on every call). */
	readonly accessTokenLifetimeSeconds?: number;
	/** What the simulated user does at /authorize: approve (default) or decline. */
	readonly browserApproval?: 'auto' | 'deny';
	/** Permissions granted for `.default` requests (default: every permission the product uses). */
	readonly consentedPermissions?: readonly string[];
	/** The authority origin written into discovery documents (default https://login.microsoftonline.com). */
	readonly authorityOrigin?: string;
}

export interface IdentityResponse {
	readonly status: number;
	readonly json?: unknown;
	readonly html?: string;
	readonly headers?: Record<string, string>;
}

interface DeviceCodeEntry {
	readonly userCode: string;
	readonly clientId: string;
	readonly scope: string;
	readonly expiresAt: number;
	pendingLeft: number;
	approved: boolean;
	declined: boolean;
	redeemed: boolean;
}

interface AuthCodeEntry {
	readonly clientId: string;
	readonly redirectUri: string;
	readonly challenge: string | undefined;
	readonly challengeMethod: string;
	readonly scope: string;
	readonly userId: string;
	readonly nonce: string | undefined;
	readonly expiresAt: number;
	used: boolean;
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const GRAPH_PREFIXES = ['https://graph.microsoft.com/', '00000003-0000-0000-c000-000000000000/'];
const RT_PREFIX = 'sim-rt.';

export class IdentityService {
	private readonly deviceCodes = new Map<string, DeviceCodeEntry>();
	private readonly authCodes = new Map<string, AuthCodeEntry>();
	private injected: {spec: InjectedIdentityError; left: number}[] = [];
	options: {-readonly [K in keyof Required<IdentityOptions>]: Required<IdentityOptions>[K]};

	constructor(
		private readonly tenant: () => Tenant,
		private readonly now: () => number,
		options: IdentityOptions = {},
	) {
		this.options = {
			pendingPolls: options.pendingPolls ?? 2,
			interval: options.interval ?? 1,
			accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 3600,
			browserApproval: options.browserApproval ?? 'auto',
			consentedPermissions: options.consentedPermissions ?? ALL_PERMISSIONS,
			authorityOrigin: (options.authorityOrigin ?? 'https://login.microsoftonline.com').replace(/\/$/, ''),
		};
	}

	injectError(spec: InjectedIdentityError): void {
		this.injected.push({spec, left: spec.times ?? 1});
	}

	clearErrors(): void {
		this.injected = [];
	}

	/** Approves pending device codes (all, or the one with this user code) regardless of the poll count. */
	approveDeviceCode(userCode?: string): number {
		let n = 0;
		for (const entry of this.deviceCodes.values()) {
			if (!entry.redeemed && (userCode === undefined || entry.userCode === userCode)) {
				entry.approved = true;
				n++;
			}
		}
		return n;
	}

	declineDeviceCode(userCode?: string): void {
		for (const entry of this.deviceCodes.values()) {
			if (!entry.redeemed && (userCode === undefined || entry.userCode === userCode)) entry.declined = true;
		}
	}

	private takeInjected(endpoint: IdentityEndpoint, grantType?: string): InjectedIdentityError | undefined {
		const found = this.injected.find(
			i => i.spec.endpoint === endpoint && (i.spec.grantType === undefined || i.spec.grantType === grantType),
		);
		if (!found) return undefined;
		found.left--;
		if (found.left <= 0) this.injected = this.injected.filter(i => i !== found);
		return found.spec;
	}

	private errorBody(code: number, overrides: {error?: string; suberror?: string | null} = {}): Record<string, unknown> {
		const known = AADSTS[code] ?? {error: 'invalid_request', description: 'Simulated error.'};
		const traceId = randomUUID();
		const correlationId = randomUUID();
		const timestamp = new Date(this.now())
			.toISOString()
			.replace('T', ' ')
			.replace(/\.\d+Z$/, 'Z');
		const body: Record<string, unknown> = {
			error: overrides.error ?? known.error,
			error_description: `AADSTS${code}: ${known.description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
			error_codes: [code],
			timestamp,
			trace_id: traceId,
			correlation_id: correlationId,
			error_uri: `https://login.microsoftonline.com/error?code=${code}`,
		};
		const suberror = overrides.suberror === null ? undefined : (overrides.suberror ?? known.suberror);
		if (suberror) body.suberror = suberror;
		return body;
	}

	private error(code: number, overrides: {error?: string; suberror?: string | null} = {}): IdentityResponse {
		return {status: 400, json: this.errorBody(code, overrides)};
	}

	private injectedResponse(spec: InjectedIdentityError, endpoint: IdentityEndpoint): IdentityResponse {
		// 53003 on /devicecode comes back as invalid_request without a suberror (STACK.md, MSAL section).
		const defaults = endpoint === 'devicecode' && spec.code === 53003 ? {error: 'invalid_request', suberror: null} : {};
		return this.error(spec.code, {
			...defaults,
			...(spec.error ? {error: spec.error} : {}),
			...(spec.suberror !== undefined ? {suberror: spec.suberror} : {}),
		});
	}

	private knownTenant(segment: string): boolean {
		const lower = segment.toLowerCase();
		if (lower === 'common' || lower === 'organizations') return true;
		const org = this.tenant().state.organization;
		if (org.id.toLowerCase() === lower) return true;
		const domains = (org.verifiedDomains as {name: string}[] | undefined) ?? [];
		return domains.some(d => d.name.toLowerCase() === lower);
	}

	/** Routes an identity request; undefined when the path is not an identity endpoint. */
	handle(method: string, url: URL, form: URLSearchParams): IdentityResponse | undefined {
		const path = url.pathname;
		if (method === 'GET' && path === '/common/discovery/instance') return this.instanceDiscovery(url);
		const m =
			/^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|oauth2\/v2\.0\/(devicecode|token|authorize|logout))$/.exec(
				path,
			);
		if (!m) return undefined;
		const tenantSegment = decodeURIComponent(m[1]!);
		if (!this.knownTenant(tenantSegment)) {
			return {
				status: 400,
				json: {...this.errorBody(90002), error_description: `AADSTS90002: Tenant '${tenantSegment}' not found.`},
			};
		}
		const endpoint = m[3] ?? (m[2]!.startsWith('discovery') ? 'keys' : 'openid');
		switch (endpoint) {
			case 'openid':
				return method === 'GET' ? this.openIdConfiguration(tenantSegment) : undefined;
			case 'keys':
				return method === 'GET' ? {status: 200, json: {keys: []}} : undefined;
			case 'logout':
				return {status: 200, html: '<html><body>Signed out (simulator).</body></html>'};
			case 'devicecode':
				return method === 'POST' ? this.deviceCode(form) : undefined;
			case 'token':
				return method === 'POST' ? this.token(form) : undefined;
			case 'authorize':
				return method === 'GET' ? this.authorize(url.searchParams) : undefined;
			default:
				return undefined;
		}
	}

	private instanceDiscovery(url: URL): IdentityResponse {
		const tenantId = this.tenant().tenantId;
		let host = new URL(this.options.authorityOrigin).host;
		const endpoint = url.searchParams.get('authorization_endpoint');
		if (endpoint) {
			try {
				host = new URL(endpoint).host;
			} catch {
				// Keep the configured authority host.
			}
		}
		return {
			status: 200,
			json: {
				tenant_discovery_endpoint: `https://${host}/${tenantId}/v2.0/.well-known/openid-configuration`,
				'api-version': '1.1',
				metadata: [{preferred_network: host, preferred_cache: host, aliases: [host]}],
			},
		};
	}

	private openIdConfiguration(tenantSegment: string): IdentityResponse {
		const base = `${this.options.authorityOrigin}/${tenantSegment}`;
		const tenantId = this.tenant().tenantId;
		return {
			status: 200,
			json: {
				issuer: `${this.options.authorityOrigin}/${tenantId}/v2.0`,
				authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
				token_endpoint: `${base}/oauth2/v2.0/token`,
				device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
				end_session_endpoint: `${base}/oauth2/v2.0/logout`,
				jwks_uri: `${this.options.authorityOrigin}/${tenantSegment}/discovery/v2.0/keys`,
				response_modes_supported: ['query', 'fragment', 'form_post'],
				response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
				scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
				subject_types_supported: ['pairwise'],
				id_token_signing_alg_values_supported: ['RS256'],
				token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
				claims_supported: [
					'sub',
					'iss',
					'aud',
					'exp',
					'iat',
					'auth_time',
					'nonce',
					'preferred_username',
					'name',
					'tid',
					'ver',
					'oid',
				],
				tenant_region_scope: 'AS',
				cloud_instance_name: 'microsoftonline.com',
				cloud_graph_host_name: 'graph.windows.net',
				msgraph_host: 'graph.microsoft.com',
			},
		};
	}

	/** Graph permissions named by a scope string; undefined when it asks for another resource. */
	private permissionsFor(scope: string): string[] | undefined {
		const result: string[] = [];
		for (const raw of scope.split(/\s+/).filter(Boolean)) {
			if (OIDC_SCOPES.has(raw.toLowerCase())) continue;
			let name = raw;
			for (const prefix of GRAPH_PREFIXES) if (raw.toLowerCase().startsWith(prefix)) name = raw.slice(prefix.length);
			if (name.includes('/') || name.includes(':')) return undefined;
			if (name === '.default' || name === '') result.push(...this.options.consentedPermissions);
			else result.push(name);
		}
		return [...new Set(result)];
	}

	private deviceCode(form: URLSearchParams): IdentityResponse {
		const injected = this.takeInjected('devicecode');
		if (injected) return this.injectedResponse(injected, 'devicecode');
		const clientId = form.get('client_id');
		if (!clientId) return this.error(900144);
		const scope = form.get('scope') ?? '';
		if (!this.permissionsFor(scope)) return this.error(70011);
		const deviceCode = `sim-dc.${randomBytes(24).toString('base64url')}`;
		const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
		let userCode = '';
		for (const byte of randomBytes(9)) userCode += alphabet[byte % alphabet.length];
		this.deviceCodes.set(deviceCode, {
			userCode,
			clientId,
			scope,
			expiresAt: this.now() + 900_000,
			pendingLeft: this.options.pendingPolls,
			approved: false,
			declined: false,
			redeemed: false,
		});
		return {
			status: 200,
			json: {
				user_code: userCode,
				device_code: deviceCode,
				verification_uri: 'https://microsoft.com/devicelogin',
				expires_in: 900,
				interval: this.options.interval,
				message: `To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ${userCode} to authenticate. (Simulated tenant: the sign-in is approved automatically.)`,
			},
		};
	}

	private token(form: URLSearchParams): IdentityResponse {
		const rawGrant = form.get('grant_type') ?? '';
		// MSAL sends the short form `device_code`; the RFC 8628 URN is accepted too (STACK.md pitfall 4).
		const grant = rawGrant === 'urn:ietf:params:oauth:grant-type:device_code' ? 'device_code' : rawGrant;
		const injected = this.takeInjected('token', grant);
		if (injected) return this.injectedResponse(injected, 'token');
		switch (grant) {
			case 'device_code':
				return this.redeemDeviceCode(form);
			case 'refresh_token':
				return this.redeemRefreshToken(form);
			case 'authorization_code':
				return this.redeemAuthCode(form);
			case 'client_credentials':
				return this.clientCredentials(form);
			default:
				return {
					status: 400,
					json: {
						...this.errorBody(70000),
						error: 'unsupported_grant_type',
						error_description: `AADSTS70003: The app requested an unsupported grant type '${rawGrant}'.`,
						error_codes: [70003],
					},
				};
		}
	}

	private redeemDeviceCode(form: URLSearchParams): IdentityResponse {
		const entry = this.deviceCodes.get(form.get('device_code') ?? '');
		if (!entry || entry.redeemed) return this.error(70000);
		if (this.now() > entry.expiresAt) return this.error(70019);
		if (entry.declined) return this.error(70000, {error: 'authorization_declined'});
		if (!entry.approved) {
			if (entry.pendingLeft > 0) {
				entry.pendingLeft--;
				return this.error(70016);
			}
			entry.approved = true;
		}
		entry.redeemed = true;
		const user = this.tenant().user(this.tenant().state.signInUserId);
		if (!user) return this.error(70000);
		if (!user.accountEnabled) return this.error(50057);
		return this.userTokens(user.id, entry.clientId, form.get('scope') ?? entry.scope, undefined);
	}

	private redeemRefreshToken(form: URLSearchParams): IdentityResponse {
		const token = form.get('refresh_token') ?? '';
		const payload = parseRefreshToken(token);
		const tenant = this.tenant();
		if (!payload || payload.tid.toLowerCase() !== tenant.tenantId.toLowerCase()) return this.error(9002313);
		const user = tenant.user(payload.oid);
		if (!user) return this.error(70000);
		if (!user.accountEnabled) return this.error(50057);
		// Revoked sessions or a password reset invalidate refresh tokens issued before them.
		if (payload.iat * 1000 < Date.parse(user.signInSessionsValidFromDateTime)) return this.error(50173);
		const clientId = form.get('client_id') ?? payload.cid;
		return this.userTokens(user.id, clientId, form.get('scope') ?? payload.scope, undefined);
	}

	private redeemAuthCode(form: URLSearchParams): IdentityResponse {
		const entry = this.authCodes.get(form.get('code') ?? '');
		if (!entry || entry.used || this.now() > entry.expiresAt) return this.error(70000);
		entry.used = true;
		if ((form.get('redirect_uri') ?? '') !== entry.redirectUri) return this.error(50011);
		if ((form.get('client_id') ?? '') !== entry.clientId) return this.error(70000);
		if (entry.challenge) {
			const verifier = form.get('code_verifier') ?? '';
			const computed =
				entry.challengeMethod === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
			if (computed !== entry.challenge) {
				return {
					status: 400,
					json: {
						...this.errorBody(70000),
						error_description:
							'AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.',
						error_codes: [501481],
					},
				};
			}
		}
		const user = this.tenant().user(entry.userId);
		if (!user) return this.error(70000);
		return this.userTokens(user.id, entry.clientId, form.get('scope') ?? entry.scope, entry.nonce);
	}

	private clientCredentials(form: URLSearchParams): IdentityResponse {
		const clientId = form.get('client_id') ?? '';
		if (!clientId) return this.error(900144);
		const assertion = form.get('client_assertion');
		const secret = form.get('client_secret');
		if (!assertion && !secret) return this.error(7000218);
		if (assertion) {
			const claims = decodeJwtPayload(assertion);
			const nowS = Math.floor(this.now() / 1000);
			const aud = String(claims?.aud ?? '');
			if (
				!claims ||
				claims.iss !== clientId ||
				claims.sub !== clientId ||
				!/\/oauth2\/v2\.0\/token$/.test(aud) ||
				typeof claims.exp !== 'number' ||
				claims.exp < nowS
			) {
				return this.error(700027);
			}
		}
		const scope = form.get('scope') ?? '';
		if (!/\/\.default$/.test(scope.trim())) return this.error(70011);
		const tenant = this.tenant();
		const roles = tenant.state.appRoleGrants[clientId] ?? READ_PERMISSIONS;
		const sp = tenant.state.servicePrincipals.find(s => s.appId === clientId);
		const lifetime = this.options.accessTokenLifetimeSeconds;
		return {
			status: 200,
			json: {
				token_type: 'Bearer',
				expires_in: lifetime,
				ext_expires_in: lifetime,
				access_token: buildAccessToken({
					tenantId: tenant.tenantId,
					clientId,
					nowSeconds: Math.floor(this.now() / 1000),
					lifetimeSeconds: lifetime,
					permissions: roles,
					appOnly: true,
					appObjectId: sp?.id,
				}),
			},
		};
	}

	private authorize(params: URLSearchParams): IdentityResponse {
		const clientId = params.get('client_id') ?? '';
		const redirectUri = params.get('redirect_uri') ?? '';
		let redirect: URL;
		try {
			redirect = new URL(redirectUri);
		} catch {
			return {
				status: 400,
				html: `<html><body>AADSTS50011: invalid redirect URI '${escapeHtml(redirectUri)}'.</body></html>`,
			};
		}
		// A public client's browser sign-in redirects to a loopback listener (http://localhost:<port>).
		if (redirect.protocol !== 'http:' || !['localhost', '127.0.0.1', '[::1]'].includes(redirect.hostname)) {
			return {
				status: 400,
				html: `<html><body>AADSTS50011: the simulator only redirects to loopback URIs, not '${escapeHtml(redirectUri)}'.</body></html>`,
			};
		}
		const responseMode = params.get('response_mode') ?? 'query';
		const state = params.get('state') ?? undefined;
		const fields: Record<string, string> = {};
		const injected = this.takeInjected('authorize');
		if (injected) {
			const body = this.injectedResponse(injected, 'authorize').json as Record<string, string>;
			fields.error = body.error!;
			fields.error_description = body.error_description!;
			if (body.suberror) fields.suberror = body.suberror;
		} else if (this.options.browserApproval === 'deny') {
			const body = this.errorBody(65004);
			fields.error = 'access_denied';
			fields.error_description = String(body.error_description);
		} else if (!clientId) {
			fields.error = 'invalid_request';
			fields.error_description = String(this.errorBody(900144).error_description);
		} else {
			const tenant = this.tenant();
			const hinted = params.get('login_hint');
			const user = (hinted ? tenant.user(hinted) : undefined) ?? tenant.user(tenant.state.signInUserId);
			if (!user) return {status: 400, html: '<html><body>No user to sign in.</body></html>'};
			const code = `sim-ac.${randomBytes(24).toString('base64url')}`;
			this.authCodes.set(code, {
				clientId,
				redirectUri,
				challenge: params.get('code_challenge') ?? undefined,
				challengeMethod: params.get('code_challenge_method') ?? 'plain',
				scope: params.get('scope') ?? '',
				userId: user.id,
				nonce: params.get('nonce') ?? undefined,
				expiresAt: this.now() + 600_000,
				used: false,
			});
			fields.code = code;
			fields.client_info = b64url({uid: user.id, utid: tenant.tenantId});
			fields.session_state = randomUUID();
		}
		if (state !== undefined) fields.state = state;
		if (responseMode === 'form_post') {
			const inputs = Object.entries(fields)
				.map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}"/>`)
				.join('');
			return {
				status: 200,
				html: `<html><head><title>Working...</title></head><body><form method="POST" name="hiddenform" action="${escapeHtml(redirectUri)}">${inputs}<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"/></noscript></form><script>document.forms[0].submit();</script></body></html>`,
			};
		}
		const location = new URL(redirectUri);
		for (const [k, v] of Object.entries(fields)) location.searchParams.set(k, v);
		return {status: 302, headers: {Location: location.toString()}};
	}

	private userTokens(userId: string, clientId: string, scope: string, nonce: string | undefined): IdentityResponse {
		const tenant = this.tenant();
		const user = tenant.user(userId)!;
		const permissions = this.permissionsFor(scope);
		if (!permissions) return this.error(70011);
		const nowS = Math.floor(this.now() / 1000);
		const lifetime = this.options.accessTokenLifetimeSeconds;
		const apiScopes = scope.split(/\s+/).filter(s => s && !OIDC_SCOPES.has(s.toLowerCase()));
		const idClaims: Record<string, unknown> = {
			aud: clientId,
			iss: `${this.options.authorityOrigin}/${tenant.tenantId}/v2.0`,
			iat: nowS,
			nbf: nowS,
			exp: nowS + 3600,
			name: user.displayName,
			oid: user.id,
			preferred_username: user.userPrincipalName,
			sub: `sub-${user.id}`,
			tid: tenant.tenantId,
			ver: '2.0',
		};
		if (nonce) idClaims.nonce = nonce;
		return {
			status: 200,
			json: {
				token_type: 'Bearer',
				scope: [...apiScopes, 'openid', 'profile', 'offline_access'].join(' '),
				expires_in: lifetime,
				ext_expires_in: lifetime,
				access_token: buildAccessToken({
					tenantId: tenant.tenantId,
					clientId,
					nowSeconds: nowS,
					lifetimeSeconds: lifetime,
					user,
					roleTemplateIds: [...tenant.activeRoles(user.id)],
					permissions,
					appOnly: false,
				}),
				refresh_token: makeRefreshToken({tid: tenant.tenantId, oid: user.id, cid: clientId, scope, iat: nowS}),
				id_token: unsignedJwt(idClaims),
				client_info: b64url({uid: user.id, utid: tenant.tenantId}),
			},
		};
	}
}

interface RefreshPayload {
	readonly tid: string;
	readonly oid: string;
	readonly cid: string;
	readonly scope: string;
	readonly iat: number;
}

export function makeRefreshToken(payload: RefreshPayload): string {
	return `${RT_PREFIX}${b64url(payload)}.${randomBytes(12).toString('base64url')}`;
}

function parseRefreshToken(token: string): RefreshPayload | undefined {
	if (!token.startsWith(RT_PREFIX)) return undefined;
	const [payload] = token.slice(RT_PREFIX.length).split('.');
	try {
		const parsed = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as RefreshPayload;
		return typeof parsed.tid === 'string' && typeof parsed.oid === 'string' && typeof parsed.iat === 'number'
			? parsed
			: undefined;
	} catch {
		return undefined;
	}
}

function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
