/**
 * `createSimulator(options)`: the tenant simulator's public API (see README.md in this folder for the contract).
 */
import {randomUUID} from 'node:crypto';
import {chmod, mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {DEMO_TENANT} from './demo-tenant.js';
import type {FaultKind, FaultOptions} from './faults.js';
import {type IdentityOptions, IdentityService, type InjectedIdentityError} from './identity.js';
import type {RequestLog} from './log.js';
import {ALL_PERMISSIONS, READ_PERMISSIONS} from './permissions.js';
import {stableGuid} from './rng.js';
import {allRoutes} from './routes/index.js';
import {iso, method as makeMethod, makeSku} from './scenarios/common.js';
import {buildScenario, type ScenarioInput} from './scenarios/index.js';
import {type SimulatorClock, SimulatorCore} from './server.js';
import type {SignInStore} from './signins/store.js';
import type {
	AuthMethod,
	MethodType,
	PerUserMfaState,
	RiskLevel,
	RiskState,
	SimSku,
	SimUser,
	TenantState,
} from './state.js';
import {StoryEngine, type StoryOptions} from './story.js';
import {Tenant} from './tenant.js';
import {buildAccessToken} from './tokens.js';

/** The client id the simulator puts in tokens it issues directly (issueToken, the `simulate` command). */
export const SIMULATOR_CLIENT_ID = stableGuid('mfa-onboard:simulator-client');

export interface SimulatorOptions {
	/** `contoso` (default): the demo story; `large`: a generated tenant; or custom data. */
	readonly scenario?: ScenarioInput;
	/** Seed for generated data and fault injection (default 1). */
	readonly seed?: number;
	/** `large`: number of users (default 100,000). */
	readonly users?: number;
	/** `large`: number of sign-ins over 30 days (default 1,000,000). */
	readonly signIns?: number;
	/** Graph's published throttling limits on the simulator's clock, or none (default). */
	readonly throttle?: 'real' | 'off';
	readonly faultRate?: number;
	readonly faultKinds?: readonly FaultKind[];
	readonly faultLatencyMs?: {readonly min: number; readonly max: number};
	/** Latency added to every Graph response, ms. */
	readonly latency?: number | {readonly min: number; readonly max: number};
	/**
	 * The time source (epoch ms). Required, like every clock in the product (CONVENTIONS.md): the `simulate` command
	 * passes the session's clock, tests a virtual one, so throttling and story events can run on virtual time.
	 */
	readonly clock: SimulatorClock;
	/** Origin written into absolute URLs such as `@odata.nextLink` (default: the simulator's own URL). */
	readonly publicOrigin?: string;
	/** Appends every request-log entry as a JSON line to this file. */
	readonly logFile?: string;
	readonly identity?: IdentityOptions;
	readonly story?: StoryOptions;
	/** Called after every state-changing request, story event and control call. */
	readonly onChange?: (sim: Simulator) => void;
}

export interface IssueTokenOptions {
	/** Permission names (`User.Read.All`) or full scopes (`https://graph.microsoft.com/User.Read.All`, `.default`). */
	readonly scopes?: readonly string[];
	/** The signed-in user (UPN or object id); default: the scenario's signed-in admin. */
	readonly userPrincipalName?: string;
	readonly appOnly?: boolean;
	/** App-only permissions (default: every read permission). */
	readonly roles?: readonly string[];
	readonly clientId?: string;
	readonly lifetimeSeconds?: number;
}

export interface SimulatorControl {
	/** Adds a method to a user (default Microsoft Authenticator): the user becomes MFA-registered. */
	registerMethod(user: string, type?: MethodType, details?: Partial<AuthMethod>): AuthMethod;
	markMfaRegistered(user: string, type?: MethodType): void;
	/** Removes every method but the password. */
	removeMethods(user: string): void;
	setPerUserMfa(user: string, state: PerUserMfaState): void;
	setRisk(
		user: string,
		risk: {riskLevel: RiskLevel; riskState: RiskState; riskDetail?: string; detection?: string},
	): void;
	/** `free` (no Entra premium), `p1`, `p2`, or explicit SKUs. */
	setLicences(licences: 'free' | 'p1' | 'p2' | SimSku[]): void;
	setSecurityDefaults(isEnabled: boolean): void;
	setReportSettings(settings: {displayConcealedNames: boolean}): void;
	assignRole(principal: string, roleTemplateId: string): void;
	/** Who the identity endpoints sign in (device code, browser). */
	setSignInUser(user: string): void;
	/** Grants application permissions to a client id for client-credentials tokens. */
	grantAppRoles(clientId: string, roles: readonly string[]): void;
	readonly identity: {
		injectError(spec: InjectedIdentityError): void;
		clearErrors(): void;
		approveDeviceCode(userCode?: string): number;
		declineDeviceCode(userCode?: string): void;
		setBrowserApproval(mode: 'auto' | 'deny'): void;
		setDeviceCodePolling(options: {pendingPolls?: number; interval?: number}): void;
	};
	/** Fires a story event now (contoso: `exchange-admin-registers`). */
	triggerStory(id: string): boolean;
	setThrottle(mode: 'real' | 'off'): void;
	setFaults(options: FaultOptions): void;
	/** Any other change to the state (fires onChange). */
	mutate(change: (state: TenantState) => void): void;
}

export interface Simulator {
	readonly tenantId: string;
	readonly scenario: string;
	readonly seed: number;
	/** `http://127.0.0.1:<port>`; throws before start(). */
	readonly url: string;
	readonly log: RequestLog;
	readonly control: SimulatorControl;
	/** The generated sign-in log (read-only). */
	readonly signIns: SignInStore;
	/** The tenant model (read it; change it through control or Graph). */
	readonly tenant: Tenant;
	onChange: ((sim: Simulator) => void) | undefined;
	start(options?: {port?: number}): Promise<string>;
	stop(): Promise<void>;
	issueToken(options?: IssueTokenOptions): string;
	snapshot(): TenantState;
	restore(snapshot: TenantState): void;
	/** Writes the state atomically with mode 0600. */
	saveTo(file: string): Promise<void>;
	loadFrom(file: string): Promise<void>;
	/**
	 * A headless browser for the authorization-code flow: opens an authorize URL (login.microsoftonline.com URLs are
	 * sent to this simulator), and delivers the response to the loopback redirect URI (form_post or query).
	 */
	openBrowser(authorizeUrl: string): Promise<void>;
}

class SimulatorImpl implements Simulator {
	onChange: ((sim: Simulator) => void) | undefined;
	readonly control: SimulatorControl;
	private readonly core: SimulatorCore;
	private readonly clock: SimulatorClock;
	private readonly identity: IdentityService;
	private readonly story: StoryEngine;
	readonly scenario: string;
	readonly seed: number;

	constructor(options: SimulatorOptions) {
		this.clock = options.clock;
		this.seed = options.seed ?? 1;
		const now = this.clock.now();
		const built = buildScenario(options.scenario ?? 'contoso', {
			now,
			seed: this.seed,
			users: options.users,
			signIns: options.signIns,
		});
		this.scenario = built.state.scenario;
		const tenant = new Tenant(built.state);
		this.identity = new IdentityService(
			() => this.core.tenant,
			() => this.clock.now(),
			options.identity,
		);
		this.story = new StoryEngine(options.story);
		this.core = new SimulatorCore(tenant, built.signIns, allRoutes(), this.identity, this.story, {
			clock: this.clock,
			publicOrigin: options.publicOrigin,
			throttle: options.throttle ?? 'off',
			faults: {rate: options.faultRate ?? 0, kinds: options.faultKinds, latencyMs: options.faultLatencyMs},
			seed: this.seed,
			latency: options.latency,
			logFile: options.logFile,
		});
		this.onChange = options.onChange;
		this.core.onChange = () => this.onChange?.(this);
		this.control = this.makeControl();
	}

	get tenantId(): string {
		return this.core.tenant.tenantId;
	}

	get url(): string {
		return this.core.url;
	}

	get log(): RequestLog {
		return this.core.log;
	}

	get signIns(): SignInStore {
		return this.core.signIns;
	}

	get tenant(): Tenant {
		return this.core.tenant;
	}

	start(options: {port?: number} = {}): Promise<string> {
		return this.core.start(options.port ?? 0);
	}

	stop(): Promise<void> {
		return this.core.stop();
	}

	private resolveUser(key: string): SimUser {
		const tenant = this.core.tenant;
		const domains =
			(tenant.state.organization.verifiedDomains as {name: string; isDefault?: boolean}[] | undefined) ?? [];
		const fallbackDomain = domains.find(d => d.isDefault)?.name ?? DEMO_TENANT.defaultDomain;
		const user = tenant.user(key) ?? (key.includes('@') ? undefined : tenant.user(`${key}@${fallbackDomain}`));
		if (!user) throw new Error(`The simulated tenant has no user '${key}'.`);
		return user;
	}

	issueToken(options: IssueTokenOptions = {}): string {
		const tenant = this.core.tenant;
		const nowSeconds = Math.floor(this.clock.now() / 1000);
		const clientId = options.clientId ?? SIMULATOR_CLIENT_ID;
		const lifetimeSeconds = options.lifetimeSeconds ?? 3600;
		const names = (list: readonly string[]) => [
			...new Set(
				list.flatMap(s => {
					const bare = s.replace(/^https:\/\/graph\.microsoft\.com\//i, '');
					return bare === '.default' ? ALL_PERMISSIONS : [bare];
				}),
			),
		];
		if (options.appOnly) {
			return buildAccessToken({
				tenantId: tenant.tenantId,
				clientId,
				nowSeconds,
				lifetimeSeconds,
				permissions: names(options.roles ?? options.scopes ?? READ_PERMISSIONS),
				appOnly: true,
				appObjectId: tenant.state.servicePrincipals.find(s => s.appId === clientId)?.id,
			});
		}
		const user = options.userPrincipalName
			? this.resolveUser(options.userPrincipalName)
			: this.resolveUser(tenant.state.signInUserId);
		return buildAccessToken({
			tenantId: tenant.tenantId,
			clientId,
			nowSeconds,
			lifetimeSeconds,
			user,
			roleTemplateIds: [...tenant.activeRoles(user.id)],
			permissions: names(options.scopes ?? ALL_PERMISSIONS),
			appOnly: false,
		});
	}

	snapshot(): TenantState {
		return structuredClone(this.core.tenant.state);
	}

	restore(snapshot: TenantState): void {
		if (snapshot?.format !== 'mfa-onboard-simulator-state' || snapshot.version !== 1) {
			throw new Error('Not a simulator state snapshot (format mfa-onboard-simulator-state, version 1).');
		}
		this.core.tenant = new Tenant(structuredClone(snapshot));
		this.core.cache.clear();
	}

	async saveTo(file: string): Promise<void> {
		await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
		const tmp = `${file}.${randomUUID()}.tmp`;
		await writeFile(tmp, JSON.stringify(this.core.tenant.state), {mode: 0o600});
		await chmod(tmp, 0o600);
		await rename(tmp, file);
	}

	async loadFrom(file: string): Promise<void> {
		const text = await readFile(file, 'utf8');
		let parsed: TenantState;
		try {
			parsed = JSON.parse(text) as TenantState;
		} catch (error) {
			throw new Error(`The simulator state file ${file} is not valid JSON.`, {cause: error});
		}
		this.restore(parsed);
	}

	async openBrowser(authorizeUrl: string): Promise<void> {
		const target = new URL(authorizeUrl);
		const local = new URL(`${target.pathname}${target.search}`, this.url);
		const response = await fetch(local, {redirect: 'manual'});
		if (response.status === 302) {
			const location = response.headers.get('location');
			if (!location) throw new Error('The simulator redirected without a Location.');
			await (await fetch(location)).text();
			return;
		}
		const html = await response.text();
		if (response.status !== 200) throw new Error(`The simulated sign-in page answered ${response.status}: ${html}`);
		const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
		if (!action) throw new Error('The simulated sign-in page has no form to post.');
		const fields = new URLSearchParams();
		for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g))
			fields.append(unescapeHtml(m[1]!), unescapeHtml(m[2]!));
		await (
			await fetch(unescapeHtml(action), {
				method: 'POST',
				headers: {'Content-Type': 'application/x-www-form-urlencoded'},
				body: fields.toString(),
			})
		).text();
	}

	private changed(): void {
		this.core.changed();
	}

	private makeControl(): SimulatorControl {
		const self = this;
		const tenant = () => this.core.tenant;
		const nowIso = () => iso(this.clock.now());
		return {
			registerMethod(user, type = 'microsoftAuthenticator', details = {}) {
				const target = self.resolveUser(user);
				const m = makeMethod(`control:${target.id}`, type, self.clock.now(), {
					...(type === 'microsoftAuthenticator' ? {displayName: 'iPhone 15', deviceTag: 'SoftwareTokenActivated'} : {}),
					...(type === 'phone'
						? {phoneNumber: target.mobilePhone ?? '+82 1000000000', phoneType: 'mobile' as const}
						: {}),
					...(type === 'fido2' ? {displayName: 'YubiKey 5 NFC', model: 'YubiKey 5 NFC'} : {}),
					...details,
				});
				target.sim.methods.push(m);
				self.changed();
				return m;
			},
			markMfaRegistered(user, type = 'microsoftAuthenticator') {
				const target = self.resolveUser(user);
				if (!tenant().isMfaRegistered(target)) this.registerMethod(user, type);
			},
			removeMethods(user) {
				const target = self.resolveUser(user);
				target.sim.methods = target.sim.methods.filter(m => m.type === 'password');
				self.changed();
			},
			setPerUserMfa(user, state) {
				self.resolveUser(user).sim.perUserMfaState = state;
				self.changed();
			},
			setRisk(user, risk) {
				const target = self.resolveUser(user);
				const at = nowIso();
				const detail = risk.riskDetail ?? 'none';
				const history = target.sim.risk?.history ?? [];
				history.push({at, riskState: risk.riskState, riskLevel: risk.riskLevel, riskDetail: detail});
				target.sim.risk = {
					riskLevel: risk.riskLevel,
					riskState: risk.riskState,
					riskDetail: detail,
					riskLastUpdatedDateTime: at,
					history,
				};
				if (risk.detection) {
					tenant().state.riskDetections.push({
						id: tenant().newId('riskDetection'),
						requestId: null,
						correlationId: null,
						riskEventType: risk.detection,
						riskState: risk.riskState,
						riskLevel: risk.riskLevel,
						riskDetail: detail,
						source: 'IdentityProtection',
						detectionTimingType: 'offline',
						activity: 'user',
						tokenIssuerType: 'AzureAD',
						ipAddress: null,
						activityDateTime: at,
						detectedDateTime: at,
						lastUpdatedDateTime: at,
						userId: target.id,
						userDisplayName: target.displayName,
						userPrincipalName: target.userPrincipalName,
						additionalInfo: null,
						location: null,
					});
				}
				self.changed();
			},
			setLicences(licences) {
				const state = tenant().state;
				const id = state.organization.id;
				const name = state.organization.displayName;
				const seats = Math.max(1, state.users.length);
				if (Array.isArray(licences)) state.skus = structuredClone(licences);
				else if (licences === 'free') state.skus = [];
				else if (licences === 'p1') state.skus = [makeSku(id, 'businessPremium', seats, seats, name)];
				else state.skus = [makeSku(id, 'businessPremium', seats, seats, name), makeSku(id, 'entraIdP2', 5, 5, name)];
				self.changed();
			},
			setSecurityDefaults(isEnabled) {
				const state = tenant().state;
				state.securityDefaults.isEnabled = isEnabled;
				state.securityDefaultsHistory.push({at: nowIso(), isEnabled});
				self.changed();
			},
			setReportSettings(settings) {
				tenant().state.reportSettings.displayConcealedNames = settings.displayConcealedNames;
				self.changed();
			},
			assignRole(principal, roleTemplateId) {
				const t = tenant();
				const group = t.group(principal);
				const principalId = group ? group.id : self.resolveUser(principal).id;
				t.state.roleAssignments.push({
					id: t.newId('roleAssignment'),
					principalId,
					roleDefinitionId: roleTemplateId,
					directoryScopeId: '/',
					appScopeId: null,
					createdDateTime: nowIso(),
				});
				self.changed();
			},
			setSignInUser(user) {
				tenant().state.signInUserId = self.resolveUser(user).id;
				self.changed();
			},
			grantAppRoles(clientId, roles) {
				tenant().state.appRoleGrants[clientId] = [...roles];
				self.changed();
			},
			identity: {
				injectError: spec => self.identity.injectError(spec),
				clearErrors: () => self.identity.clearErrors(),
				approveDeviceCode: userCode => self.identity.approveDeviceCode(userCode),
				declineDeviceCode: userCode => self.identity.declineDeviceCode(userCode),
				setBrowserApproval: mode => {
					self.identity.options.browserApproval = mode;
				},
				setDeviceCodePolling: ({pendingPolls, interval}) => {
					if (pendingPolls !== undefined) self.identity.options.pendingPolls = pendingPolls;
					if (interval !== undefined) self.identity.options.interval = interval;
				},
			},
			triggerStory(id) {
				const fired = self.story.trigger(tenant(), id, self.clock.now());
				if (fired) self.changed();
				return fired;
			},
			setThrottle(mode) {
				self.core.throttler.mode = mode;
				self.core.throttler.reset();
			},
			setFaults(options) {
				self.core.faults.configure(options);
			},
			mutate(change) {
				change(tenant().state);
				self.changed();
			},
		};
	}
}

function unescapeHtml(text: string): string {
	return text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

export function createSimulator(options: SimulatorOptions): Simulator {
	return new SimulatorImpl(options);
}
