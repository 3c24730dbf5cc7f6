/**
 * Sign-in: one object that the Graph layer asks for tokens (it is its TokenSource) and the UI or a headless command
 * drives through callbacks. Flows (PRODUCT.md, GRAPH.md §14, STACK.md MSAL section):
 * - device code (default): the callback gets the code, the URL and a QR code of the URL;
 * - browser: MSAL's loopback listener; `open` is best-effort (STACK.md pitfall 16), the URL is always shown;
 *   also the automatic fallback when device code is blocked by Conditional Access (AADSTS53003);
 * - certificate: an app registration's certificate, for unattended `check`;
 * - token: MFA_ONBOARD_ACCESS_TOKEN, read not verified.
 * Scopes are incremental: the read scopes at sign-in, a write scope only when a change is about to be applied (the
 * dry-run guard refuses writes before a token is asked for). A dead refresh token (AADSTS700082 / 50173, reported as
 * ServerError or InteractionRequiredAuthError) leads to a fresh sign-in with an explanation, and the dead account is
 * removed from the cache file (MSAL itself only drops it from memory: STACK.md MSAL pitfall 3).
 */
import {
	type AccountInfo,
	type AuthenticationResult,
	ConfidentialClientApplication,
	type DeviceCodeRequest,
	type INetworkModule,
	InteractionRequiredAuthError,
	PublicClientApplication,
} from '@azure/msal-node';
import qrcode from 'qrcode-terminal';
import {EXIT, UserError} from '../errors.js';
import type {TokenRequest, TokenSource} from '../graph/client.js';
import {Redactor} from '../graph/redact.js';
import {aadstsOf, isMsalError, translateError} from '../graph/translate.js';
import type {Translator} from '../i18n/index.js';
import {OIDC_SCOPES, READ_SCOPES} from '../knowledge/graph-permissions.js';
import type {AuthMode} from '../session.js';
import {clearCacheFile, fileCachePlugin} from './cache.js';
import {loadCertificate} from './certificate.js';
import {createNetworkClient, withDeviceCodeErrorGuard} from './network.js';
import {type ClientIdSource, DEFAULT_CLIENT_ID, isGuid, resolveClientId} from './settings.js';
import {isGraphAudience, readTokenClaims} from './token-claims.js';

/** What the device-code screen shows. */
export interface DeviceCodePrompt {
	readonly userCode: string;
	readonly verificationUri: string;
	/** Microsoft's own sentence (English), for logs; the UI builds its own from the fields. */
	readonly message: string;
	readonly expiresInSeconds: number;
	/** The verification URL as a small text QR code (qrcode-terminal). */
	readonly qr: string;
}

export type AuthNoticeKind =
	| 'default-client'
	| 'reauth-expired'
	| 'reauth-revoked'
	| 'reauth-interaction'
	| 'consent-needed'
	| 'device-code-blocked'
	| 'cache-corrupt'
	| 'token-missing-scopes'
	| 'cached-sign-in';

export interface AuthNotice {
	readonly kind: AuthNoticeKind;
	/** Already translated. */
	readonly text: string;
	/** The AADSTS code behind it, when there is one. */
	readonly code?: number;
}

export type SignInVia = 'cache' | 'device-code' | 'browser' | 'certificate' | 'token';

export interface SignedInAccount {
	readonly kind: 'user' | 'app';
	/** UPN for users, the client id for apps. */
	readonly username: string;
	readonly name?: string;
	readonly tenantId: string;
	readonly objectId?: string;
	readonly via: SignInVia;
	/** Graph permissions the token carries (short names), when known. */
	readonly scopes: readonly string[];
	readonly clientId: string;
	readonly clientIdSource: ClientIdSource | 'token';
}

/** How sign-in talks to the person: the Ink screen implements these, headless commands use render.ts. */
export interface SignInUi {
	/** False without a terminal: interactive flows then stop with a message naming the unattended options. */
	readonly canPrompt: boolean;
	onDeviceCode?(prompt: DeviceCodePrompt): void;
	/** The browser is about to be opened at `url` (always shown, since opening may fail silently). */
	onBrowser?(url: string): void;
	onNotice?(notice: AuthNotice): void;
	onSignedIn?(account: SignedInAccount): void;
}

/** The session facts sign-in needs (a Session satisfies it). */
export interface AuthSession {
	readonly flags: {
		readonly tenant?: string;
		readonly clientId?: string;
		readonly auth?: AuthMode;
		readonly certificate?: string;
	};
	readonly paths: {readonly tokenCache: string; readonly settings: string};
	readonly cloud: {readonly authorityHost: string; readonly graphRoot: string};
	readonly t: Translator;
	readonly dryRun: boolean;
	readonly suppliedToken?: string;
	readonly clock: {now(): Date; nowIso(): string};
}

export interface AuthOptions {
	readonly session: AuthSession;
	readonly ui: SignInUi;
	/** Shared with the Graph layer: every token issued is registered so no log or error can show it. */
	readonly redactor?: Redactor;
	/** Demo and tests: the identity endpoints' real origin is rewritten to this one (the simulator). */
	readonly loginOrigin?: string;
	/** Replaces the network module entirely (tests); the device-code guard is applied to it as well. */
	readonly networkClient?: INetworkModule;
	/** Opens a URL in the local browser; default: the `open` package, best-effort. */
	readonly openBrowser?: (url: string) => Promise<void>;
	/** Whether a local browser can plausibly be opened (cli.tsx decides from DISPLAY, platform, SSH). */
	readonly browserAvailable?: boolean;
	/** MFA_ONBOARD_CERTIFICATE_PASSWORD, read by cli.tsx. */
	readonly certificatePassword?: string;
	/** Scopes asked for at sign-in; default READ_SCOPES. */
	readonly readScopes?: readonly string[];
}

export interface Auth extends TokenSource {
	/** Signs in (from the cache when possible) with the read scopes; interactive only when needed. */
	signIn(): Promise<SignedInAccount>;
	account(): SignedInAccount | undefined;
	/** Forgets every cached sign-in (`--sign-out`); answers how many accounts were removed. */
	signOut(): Promise<number>;
}

const RENEW_MARGIN_MS = 5 * 60_000;

function shortScope(scope: string): string {
	return scope.includes('/') ? scope.slice(scope.lastIndexOf('/') + 1) : scope;
}

async function defaultOpenBrowser(url: string): Promise<void> {
	// Best-effort (STACK.md pitfall 16): `wait: false` resolves at once even without a browser; the URL is on screen.
	const {default: open} = await import('open');
	const child = await open(url, {wait: false});
	child.on('error', () => undefined);
	child.unref();
}

function qrOf(url: string): string {
	let out = '';
	qrcode.generate(url, {small: true}, text => {
		out = text;
	});
	return out;
}

/** Builds the sign-in object. Nothing is read or sent until signIn or getToken is called. */
export function createAuth(options: AuthOptions): Auth {
	const {session, ui} = options;
	const t = session.t;
	const redactor = options.redactor ?? new Redactor();
	// Issue 4: the browser is the default where one can be opened (a desktop session), device code elsewhere (SSH,
	// containers) — and the fallback when Conditional Access blocks device code (AADSTS53003).
	const mode: AuthMode = session.flags.auth ?? (options.browserAvailable === true ? 'browser' : 'device-code');
	const tenant = session.flags.tenant;
	const graphRoot = session.cloud.graphRoot.replace(/\/+$/, '');
	const authority = `${session.cloud.authorityHost.replace(/\/+$/, '')}/${tenant ?? 'organizations'}`;
	const readScopes = options.readScopes ?? READ_SCOPES;
	const notice = (kind: AuthNoticeKind, text: string, code?: number) => ui.onNotice?.({kind, text, code});
	const qualify = (scopes: readonly string[]) =>
		scopes.map(s => (s.includes('://') || OIDC_SCOPES.includes(s) ? s : `${graphRoot}/${s}`));
	const memo = new Map<string, {token: string; expiresAt: number}>();
	let current: SignedInAccount | undefined;
	let clientInfo: {clientId: string; source: ClientIdSource} | undefined;
	let pca: PublicClientApplication | undefined;
	let cca: ConfidentialClientApplication | undefined;
	let msalAccount: AccountInfo | undefined;

	const network = (): INetworkModule =>
		options.networkClient
			? // Tests inject a raw module: guard it like the real one so both paths behave the same.
				withDeviceCodeErrorGuard(options.networkClient)
			: createNetworkClient({authorityHost: session.cloud.authorityHost, loginOrigin: options.loginOrigin});

	const clientId = async () => {
		if (!clientInfo) {
			const flag = session.flags.clientId;
			if (flag && !isGuid(flag)) {
				throw new UserError(t('auth.clientIdInvalid', {value: flag}), {exitCode: EXIT.usage, code: 'usage'});
			}
			clientInfo = await resolveClientId(session.paths.settings, flag, tenant, t);
			if (clientInfo.source === 'default' && mode !== 'token' && mode !== 'certificate') {
				notice('default-client', t('auth.defaultClient'));
			}
		}
		return clientInfo;
	};

	const cachePlugin = () =>
		fileCachePlugin({
			file: session.paths.tokenCache,
			stamp: () => session.clock.nowIso().replace(/[:]/g, ''),
			onCorrupt: backup => notice('cache-corrupt', t('auth.cacheCorrupt', {path: session.paths.tokenCache, backup})),
		});

	const publicApp = async () => {
		if (!pca) {
			const {clientId: id} = await clientId();
			pca = new PublicClientApplication({
				auth: {clientId: id, authority},
				cache: {cachePlugin: cachePlugin()},
				system: {networkClient: network()},
			});
		}
		return pca;
	};

	const remember = (result: AuthenticationResult | null, via: SignInVia, source: ClientIdSource): string => {
		if (!result?.accessToken) throw new UserError(t('auth.browserFailed'), {exitCode: EXIT.signIn, code: 'sign-in'});
		redactor.add(result.accessToken);
		if (result.account) msalAccount = result.account;
		const claims = readTokenClaims(result.accessToken);
		const account: SignedInAccount = {
			kind: 'user',
			username: result.account?.username || claims?.user || '?',
			name: result.account?.name,
			tenantId: result.account?.tenantId || result.tenantId || claims?.tenantId || tenant || '?',
			objectId: result.account?.localAccountId || claims?.objectId,
			via,
			scopes: result.scopes.map(shortScope).filter(s => !OIDC_SCOPES.includes(s)),
			clientId: clientInfo?.clientId ?? DEFAULT_CLIENT_ID,
			clientIdSource: source,
		};
		const firstTime = current === undefined;
		current = account;
		if (firstTime) ui.onSignedIn?.(account);
		return result.accessToken;
	};

	const deviceCode = async (scopes: readonly string[]) => {
		const app = await publicApp();
		const callback: DeviceCodeRequest['deviceCodeCallback'] = response => {
			ui.onDeviceCode?.({
				userCode: response.userCode,
				verificationUri: response.verificationUri,
				message: response.message,
				expiresInSeconds: response.expiresIn,
				qr: qrOf(response.verificationUri),
			});
		};
		return app.acquireTokenByDeviceCode({scopes: qualify(scopes), deviceCodeCallback: callback});
	};

	const browser = async (scopes: readonly string[]) => {
		const app = await publicApp();
		const opener = options.openBrowser ?? defaultOpenBrowser;
		return app.acquireTokenInteractive({
			scopes: qualify(scopes),
			openBrowser: async url => {
				const shown = rewriteLogin(url, session.cloud.authorityHost, options.loginOrigin);
				ui.onBrowser?.(shown);
				await opener(shown).catch(() => undefined);
			},
			successTemplate: t('auth.browserDone'),
			errorTemplate: t('auth.browserFailed'),
		});
	};

	const interactive = async (scopes: readonly string[]): Promise<string> => {
		if (!ui.canPrompt) {
			throw new UserError(t('auth.noTtyForSignIn'), {
				hint: t('auth.noTtyForSignInHint'),
				exitCode: EXIT.signIn,
				code: 'sign-in-no-tty',
			});
		}
		const {source} = await clientId();
		try {
			if (mode === 'browser') return remember(await browser(scopes), 'browser', source);
			try {
				return remember(await deviceCode(scopes), 'device-code', source);
			} catch (error) {
				if (aadstsOf(error) !== 53003 || options.browserAvailable === false) throw error;
				// Conditional Access (often Microsoft's managed "Block device code flow" policy) blocks device code.
				notice('device-code-blocked', t('auth.deviceCodeBlockedFallback'), 53003);
				return remember(await browser(scopes), 'browser', source);
			}
		} catch (error) {
			throw translateError(error, t, redactor);
		}
	};

	/** Why a silent attempt needs the person again, or undefined when it is another kind of failure. */
	const reauthReason = (error: unknown): AuthNoticeKind | undefined => {
		if (!isMsalError(error)) return undefined;
		const code = aadstsOf(error);
		const errorCode = String(error.errorCode);
		if (code === 700082 || code === 70043) return 'reauth-expired';
		if (code === 50173) return 'reauth-revoked';
		if (code === 65001 || errorCode === 'consent_required') return 'consent-needed';
		if (error instanceof InteractionRequiredAuthError || errorCode === 'invalid_grant') return 'reauth-interaction';
		return undefined;
	};

	const silent = async (scopes: readonly string[], forceRefresh: boolean): Promise<string | undefined> => {
		const app = await publicApp();
		const accounts = await app.getTokenCache().getAllAccounts();
		const account = msalAccount ?? pickAccount(accounts, tenant);
		if (!account) return undefined;
		const {source} = await clientId();
		try {
			const result = await app.acquireTokenSilent({account, scopes: qualify(scopes), forceRefresh});
			const wasSignedIn = current !== undefined;
			const token = remember(result, 'cache', source);
			if (!wasSignedIn) notice('cached-sign-in', t('auth.usingCachedSignIn', {user: account.username}));
			return token;
		} catch (error) {
			const reason = reauthReason(error);
			if (!reason) throw translateError(error, t, redactor);
			const code = aadstsOf(error);
			const codeText = code === undefined ? String((error as {errorCode?: unknown}).errorCode) : `AADSTS${code}`;
			if (reason === 'consent-needed') {
				notice(reason, t('auth.reasonConsent', {scopes: scopes.map(shortScope).join(', ')}), code);
				return undefined;
			}
			// The refresh token is dead: drop the account through the plugin so the file forgets it too.
			await app.getTokenCache().removeAccount(account);
			msalAccount = undefined;
			memo.clear();
			const text =
				reason === 'reauth-expired'
					? t('auth.reasonExpired', {code: codeText})
					: reason === 'reauth-revoked'
						? t('auth.reasonRevoked', {code: codeText})
						: t('auth.reasonInteraction', {code: codeText});
			notice(reason, text, code);
			return undefined;
		}
	};

	const suppliedToken = (): string => {
		const token = session.suppliedToken;
		if (!token) {
			throw new UserError(t('auth.tokenMissing'), {
				hint: t('auth.tokenMissingHint'),
				exitCode: EXIT.signIn,
				code: 'token-missing',
			});
		}
		redactor.add(token);
		const claims = readTokenClaims(token);
		if (!claims)
			throw new UserError(t('auth.tokenNotJwt'), {
				hint: t('auth.tokenMissingHint'),
				exitCode: EXIT.signIn,
				code: 'token-invalid',
			});
		if (claims.audience && !isGraphAudience(claims.audience, graphRoot)) {
			throw new UserError(t('auth.tokenWrongAudience', {audience: claims.audience}), {
				hint: t('auth.tokenWrongAudienceHint'),
				exitCode: EXIT.signIn,
				code: 'token-audience',
			});
		}
		if (claims.expiresAt !== undefined && claims.expiresAt <= session.clock.now().getTime()) {
			throw new UserError(t('auth.tokenExpired', {when: t.dateTime(new Date(claims.expiresAt).toISOString())}), {
				hint: t('auth.tokenExpiredHint'),
				exitCode: EXIT.signIn,
				code: 'token-expired',
			});
		}
		if (tenant && isGuid(tenant) && claims.tenantId && claims.tenantId.toLowerCase() !== tenant.toLowerCase()) {
			throw new UserError(t('auth.tokenWrongTenant', {tokenTenant: claims.tenantId, tenant}), {
				exitCode: EXIT.signIn,
				code: 'token-tenant',
			});
		}
		if (!current) {
			const missing = readScopes.filter(s => !claims.scopes.some(c => c.toLowerCase() === s.toLowerCase()));
			current = {
				kind: claims.appOnly ? 'app' : 'user',
				username: claims.user ?? claims.appId ?? '?',
				tenantId: claims.tenantId ?? tenant ?? '?',
				objectId: claims.objectId,
				via: 'token',
				scopes: claims.scopes,
				clientId: claims.appId ?? '?',
				clientIdSource: 'token',
			};
			ui.onSignedIn?.(current);
			// Application tokens carry roles whose names match the scopes only roughly: hint for delegated ones only.
			if (!claims.appOnly && missing.length > 0) {
				notice('token-missing-scopes', t('auth.tokenMissingScopes', {scopes: missing.join(', ')}));
			}
		}
		return token;
	};

	const certificate = async (forceRefresh: boolean): Promise<string> => {
		if (!session.flags.clientId || !tenant) {
			throw new UserError(t('auth.certificateNeedsApp'), {exitCode: EXIT.usage, code: 'usage'});
		}
		if (!session.flags.certificate) {
			throw new UserError(t('auth.certificateNeedsPath'), {exitCode: EXIT.usage, code: 'usage'});
		}
		if (!cca) {
			const cert = await loadCertificate(session.flags.certificate, options.certificatePassword, t);
			cca = new ConfidentialClientApplication({
				auth: {
					clientId: session.flags.clientId,
					authority,
					clientCertificate: {thumbprintSha256: cert.thumbprintSha256, privateKey: cert.privateKey, x5c: cert.x5c},
				},
				system: {networkClient: network()},
			});
		}
		let result: AuthenticationResult | null;
		try {
			result = await cca.acquireTokenByClientCredential({scopes: [`${graphRoot}/.default`], skipCache: forceRefresh});
		} catch (error) {
			throw translateError(error, t, redactor);
		}
		if (!result?.accessToken) throw new UserError(t('auth.browserFailed'), {exitCode: EXIT.signIn, code: 'sign-in'});
		redactor.add(result.accessToken);
		if (!current) {
			const claims = readTokenClaims(result.accessToken);
			current = {
				kind: 'app',
				username: session.flags.clientId,
				tenantId: claims?.tenantId ?? tenant,
				via: 'certificate',
				scopes: claims?.scopes ?? [],
				clientId: session.flags.clientId,
				clientIdSource: 'flag',
			};
			ui.onSignedIn?.(current);
		}
		return result.accessToken;
	};

	async function getToken(request: TokenRequest): Promise<string> {
		if (request.write && session.dryRun) {
			// The Graph layer's guard refuses writes before asking for a token; reaching here is a bug, not a run state.
			throw new Error('auth: a write-scoped token was requested in a dry run');
		}
		if (mode === 'token') {
			const token = suppliedToken();
			const granted = readTokenClaims(token)?.scopes.map(s => s.toLowerCase()) ?? [];
			const lacking = request.scopes.filter(s => !granted.includes(s.toLowerCase()));
			if (request.write && lacking.length > 0) {
				// A supplied token cannot gain consent: say so before Graph answers 403.
				throw new UserError(t('auth.tokenCannotAddScopes', {scopes: lacking.join(', ')}), {
					hint: t('auth.tokenCannotAddScopesHint'),
					exitCode: EXIT.signIn,
					code: 'token-scopes',
				});
			}
			return token;
		}
		const scopes = request.scopes.length > 0 ? request.scopes : readScopes;
		const key = [...scopes]
			.map(s => s.toLowerCase())
			.sort()
			.join(' ');
		const now = session.clock.now().getTime();
		const cached = memo.get(key);
		if (cached && !request.forceRefresh && cached.expiresAt - RENEW_MARGIN_MS > now) return cached.token;
		const token =
			mode === 'certificate'
				? await certificate(request.forceRefresh === true)
				: ((await silent(scopes, request.forceRefresh === true)) ?? (await interactive(scopes)));
		const expiresAt = readTokenClaims(token)?.expiresAt ?? now + 30 * 60_000;
		memo.set(key, {token, expiresAt});
		return token;
	}

	return {
		getToken,
		async signIn() {
			await getToken({scopes: readScopes, write: false});
			return current!;
		},
		account: () => current,
		async signOut() {
			memo.clear();
			current = undefined;
			msalAccount = undefined;
			pca = undefined;
			return clearCacheFile(session.paths.tokenCache);
		},
	};
}

/** The account for this tenant: by tenant id when --tenant is a GUID, else by the UPN's domain, else the first. */
export function pickAccount(accounts: readonly AccountInfo[], tenant: string | undefined): AccountInfo | undefined {
	if (!tenant) return accounts[0];
	const t = tenant.toLowerCase();
	if (isGuid(t)) return accounts.find(a => a.tenantId.toLowerCase() === t);
	return accounts.find(a => a.username.toLowerCase().endsWith(`@${t}`)) ?? accounts[0];
}

function rewriteLogin(url: string, authorityHost: string, loginOrigin: string | undefined): string {
	if (!loginOrigin) return url;
	const host = authorityHost.replace(/\/+$/, '');
	return url.startsWith(host) ? loginOrigin.replace(/\/+$/, '') + url.slice(host.length) : url;
}
