/**
 * The collector against the simulator, one tenant shape per test (issue 5 "Done when"): the demo story, security
 * defaults, Conditional Access with each gap kind, report-only vs enabled, declared vs undeclared break-glass
 * exclusions (nested groups), per-user MFA only, no P1, unreadable policies, a decided verdict beside an unknown one.
 * Every report is validated against the schema by `collectFrom`.
 */
import {describe, expect, it} from 'vitest';
import {reportToJson} from '../../src/report/json.js';
import {CONTOSO, contosoUserId} from '../../src/simulator/index.js';
import {contosoGroupId, upnOf} from '../../src/simulator/scenarios/contoso.js';
import type {CaPolicy, TenantState} from '../../src/simulator/state.js';
import {collectFrom, signInRequests, simGraph, withFailures} from './helpers.js';

const BG1 = contosoUserId(CONTOSO.breakGlass[0]);
const BG2 = contosoUserId(CONTOSO.breakGlass[1]);
const SERVICE_ACCOUNTS = contosoGroupId('Service Accounts');
const REPORT_ONLY = CONTOSO.reportOnlyPolicyId;

type PolicyShape = {
	state?: CaPolicy['state'];
	users?: Record<string, unknown>;
	applications?: Record<string, unknown>;
	conditions?: Record<string, unknown>;
	grant?: Record<string, unknown>;
	name?: string;
};

function policy(id: string, shape: PolicyShape = {}): CaPolicy {
	return {
		id,
		displayName: shape.name ?? `Policy ${id}`,
		createdDateTime: '2026-11-01T00:00:00Z',
		modifiedDateTime: null,
		state: shape.state ?? 'enabled',
		templateId: null,
		conditions: {
			users: {
				includeUsers: ['All'],
				excludeUsers: [],
				includeGroups: [],
				excludeGroups: [],
				includeRoles: [],
				excludeRoles: [],
				...shape.users,
			},
			applications: {
				includeApplications: ['All'],
				excludeApplications: [],
				includeUserActions: [],
				...shape.applications,
			},
			clientAppTypes: ['all'],
			...shape.conditions,
		},
		grantControls: {operator: 'OR', builtInControls: ['mfa'], ...shape.grant},
		sessionControls: null,
	};
}

const legacyBlock = (id: string, shape: PolicyShape = {}) =>
	policy(id, {
		...shape,
		conditions: {clientAppTypes: ['exchangeActiveSync', 'other'], ...shape.conditions},
		grant: {builtInControls: ['block']},
	});

function setPolicies(state: TenantState, policies: CaPolicy[]): void {
	state.caPolicies = policies;
	state.caHistory = policies.map(p => ({at: p.createdDateTime, id: p.id, policy: structuredClone(p)}));
}

const gid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the demo story (contoso)', () => {
	it('reports legacy users, automation accounts, the report-only policy, and not compliant', async () => {
		const {graph} = await simGraph();
		const a = await collectFrom(graph);
		const r = a.report;
		expect(r.compliant).toBe(false);
		expect(r.licences).toEqual({entraIdP1: true, entraIdP2: true});
		expect(r.enforcement.securityDefaults).toBe(false);
		expect(r.enforcement.policies).toEqual([
			expect.objectContaining({
				id: REPORT_ONLY,
				state: 'enabledForReportingButNotEnforced',
				kinds: ['mfa'],
				gaps: [`excludeUsers:${BG1}`, `excludeGroups:${SERVICE_ACCOUNTS}`],
			}),
		]);
		expect(r.enforcement.legacyAuthBlocked.verdict).toBe('none');
		expect(r.legacyAuth.subjects.map(s => s.userPrincipalName)).toEqual(
			[CONTOSO.pop3User, CONTOSO.scanner, CONTOSO.sharedMailbox, CONTOSO.easUser].map(upnOf),
		);
		expect(r.legacyAuth.byProtocol.POP3?.users).toBe(1);
		expect(r.legacyAuth.failedOnlyAttempts).toBeGreaterThan(0);
		const accounts = Object.fromEntries(r.automation.accounts.map(x => [x.userPrincipalName, x.reasons]));
		expect(accounts[upnOf(CONTOSO.ropcService)]).toEqual(['ropc', 'scriptClient:Microsoft Azure PowerShell']);
		expect(accounts[upnOf(CONTOSO.psaService)]).toEqual(['partnerCenterApi']);
		expect(accounts[upnOf(CONTOSO.scanner)]).toEqual(['legacyProtocolOnly']);
		expect(accounts[upnOf(CONTOSO.sharedMailbox)]).toEqual(['legacyProtocolOnly']);
		expect(r.coverage.signInLogs).toEqual({status: 'complete'});
		expect(r.risk).toEqual({riskyUsers: 1, confirmedCompromised: 0, leakedCredentials: 1});
		expect(r.findings.map(f => f.id)).toEqual(
			expect.arrayContaining([
				'legacy-auth-in-use',
				'automation-accounts',
				'break-glass-not-declared',
				'leaked-credentials',
			]),
		);
	});

	it('fills the per-step details from the same reads', async () => {
		const {graph} = await simGraph();
		const a = await collectFrom(graph);
		expect(a.signedIn).toMatchObject({userPrincipalName: upnOf(CONTOSO.admin), mfaRegistered: true});
		expect(a.tenant).toMatchObject({
			displayName: 'Contoso Partner',
			partnerTenantType: 'resellerPartnerDelegatedAdmin',
		});
		expect(a.policies?.map(p => p.id)).toEqual([REPORT_ONLY]);
		// The legacy lines: protocol → user → app/device, with a guess at what each account is.
		const kinds = Object.fromEntries(
			a.legacy.uses.filter(u => u.successfulSignIns > 0).map(u => [u.userPrincipalName, u.kind]),
		);
		expect(kinds[upnOf(CONTOSO.scanner)]).toBe('device');
		expect(kinds[upnOf(CONTOSO.sharedMailbox)]).toBe('sharedMailbox');
		expect(kinds[upnOf(CONTOSO.pop3User)]).toBe('person');
		expect(a.legacy.source).toBe('signInLogs');
		expect(a.legacy.concealedNames).toBe(true);
		expect(a.legacy.usageReport?.length).toBeGreaterThan(0);
		// Automation evidence from each account's own sign-ins.
		const ropc = a.automation.find(x => x.userPrincipalName === upnOf(CONTOSO.ropcService))!;
		expect(ropc.apps[0]).toMatchObject({name: expect.stringMatching(/Azure PowerShell/i)});
		expect(ropc.protocols).toContain('ropc');
		expect(ropc.signIns).toBe(ropc.singleFactorSignIns);
		// Admins: Global Administrators first; the group-held role named.
		expect(a.admins.admins[0]!.roles.some(r => r.roleTemplateId === '62e90394-69f5-4237-9190-012177145e10')).toBe(true);
		const secops = a.admins.admins.find(x => x.userPrincipalName === upnOf(CONTOSO.groupAdmin))!;
		expect(secops.roles[0]).toMatchObject({via: 'group', groupName: 'SecOps Admins', eligible: false});
		expect(a.admins.admins.find(x => x.userPrincipalName === upnOf(CONTOSO.eligibleAdmin))?.roles[0]?.eligible).toBe(
			true,
		);
		expect(a.admins.admins.find(x => x.userPrincipalName === upnOf(CONTOSO.exchangeAdmin))?.mfaRegistered).toBe(false);
		expect(a.admins.breakGlassCandidates.map(c => c.userPrincipalName)).toEqual(
			expect.arrayContaining(CONTOSO.breakGlass.map(upnOf)),
		);
		expect(a.admins.adminSsprAllowed).not.toBeUndefined();
		expect(a.risk.users.find(u => u.userPrincipalName === upnOf(CONTOSO.leakedUser))).toMatchObject({
			leakedCredentials: true,
			riskState: 'atRisk',
		});
		expect(a.methods.configurations?.some(c => c.id === 'MicrosoftAuthenticator')).toBe(true);
		expect(a.methods.registeredByMethod?.microsoftAuthenticatorPush).toBeGreaterThan(0);
		expect(a.office.outlookVersions?.['Outlook 2013']).toBe(1);
		expect(a.directoryNames[SERVICE_ACCOUNTS]).toBe('Service Accounts');
		expect(a.directoryNames[BG1]).toBe(upnOf(CONTOSO.breakGlass[0]));
	});

	it('reports its phases as it goes', async () => {
		const {graph} = await simGraph();
		const phases = new Set<string>();
		await collectFrom(graph, {onProgress: p => p.status === 'done' && phases.add(p.phase)});
		expect([...phases].sort()).toEqual(
			['directory', 'evaluate', 'perUserMfa', 'registration', 'reports', 'risk', 'signIns', 'tenant'].sort(),
		);
	});
});

describe('tenant shapes', () => {
	it('security defaults on: every verdict enforced, per-user MFA not read', async () => {
		const {sim, graph} = await simGraph();
		sim.control.mutate(state => setPolicies(state, []));
		sim.control.setSecurityDefaults(true);
		sim.log.clear();
		const r = (await collectFrom(graph)).report;
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'enforced', reasons: ['securityDefaults:on']});
		expect(r.enforcement.legacyAuthBlocked.verdict).toBe('enforced');
		expect(r.enforcement.enforcedBy).toBe('securityDefaults');
		expect(r.compliant).toBe(true);
		expect(r.coverage.perUserMfa).toEqual({status: 'skipped', reason: 'notNeeded'});
		expect(sim.log.entries.some(e => (e.inner ?? []).some(i => i.path.endsWith('/authentication/requirements')))).toBe(
			false,
		);
	});

	it('P1 Conditional Access: each gap kind is named in the reasons', async () => {
		const {sim, graph} = await simGraph();
		const shapes: [string, PolicyShape][] = [
			['includeUsers', {users: {includeUsers: [], includeGroups: [contosoGroupId('Sales')]}}],
			[`excludeUsers:${contosoUserId(CONTOSO.pop3User)}`, {users: {excludeUsers: [contosoUserId(CONTOSO.pop3User)]}}],
			[`excludeGroups:${SERVICE_ACCOUNTS}`, {users: {excludeGroups: [SERVICE_ACCOUNTS]}}],
			[
				'excludeRoles:62e90394-69f5-4237-9190-012177145e10',
				{users: {excludeRoles: ['62e90394-69f5-4237-9190-012177145e10']}},
			],
			[
				'excludeGuestsOrExternalUsers',
				{users: {excludeGuestsOrExternalUsers: {guestOrExternalUserTypes: 'b2bCollaborationGuest'}}},
			],
			['includeApplications', {applications: {includeApplications: ['Office365']}}],
			[
				'excludeApplications:00000002-0000-0ff1-ce00-000000000000',
				{applications: {excludeApplications: ['00000002-0000-0ff1-ce00-000000000000']}},
			],
			['clientAppTypes', {conditions: {clientAppTypes: ['browser']}}],
			['platforms', {conditions: {platforms: {includePlatforms: ['android'], excludePlatforms: []}}}],
			['locations', {conditions: {locations: {includeLocations: ['All'], excludeLocations: ['AllTrusted']}}}],
			['devices', {conditions: {devices: {deviceFilter: {mode: 'exclude', rule: 'device.isCompliant -eq True'}}}}],
			['signInRiskLevels', {conditions: {signInRiskLevels: ['high']}}],
			['userRiskLevels', {conditions: {userRiskLevels: ['high']}}],
			['servicePrincipalRiskLevels', {conditions: {servicePrincipalRiskLevels: ['high']}}],
			['authenticationFlows', {conditions: {authenticationFlows: {transferMethods: 'deviceCodeFlow'}}}],
			[
				'includeUserActions',
				{applications: {includeApplications: [], includeUserActions: ['urn:user:registersecurityinfo']}},
			],
			['grantAlternatives', {grant: {builtInControls: ['mfa', 'compliantDevice']}}],
		];
		sim.control.mutate(state =>
			setPolicies(
				state,
				shapes.map(([, shape], i) => policy(gid(i + 1), shape)),
			),
		);
		const r = (await collectFrom(graph)).report;
		expect(r.enforcement.mfaAllUsers.verdict).toBe('partial');
		for (const [i, [gap]] of shapes.entries()) {
			expect(r.enforcement.mfaAllUsers.reasons).toContain(`ca:${gid(i + 1)}:${gap}`);
			expect(r.enforcement.policies.find(p => p.id === gid(i + 1))?.gaps).toContain(gap);
		}
		expect(r.findings.find(f => f.id === 'policy-gaps')?.subjects).toHaveLength(shapes.length);
	});

	it('report-only vs enabled: the same gap-free policies are reportOnly, then enforced and compliant', async () => {
		const {sim, graph} = await simGraph();
		const breakGlass = CONTOSO.breakGlass.map(upnOf);
		const set = (state: CaPolicy['state']) =>
			sim.control.mutate(s =>
				setPolicies(s, [
					policy(gid(1), {state, users: {excludeUsers: [BG1, BG2]}}),
					legacyBlock(gid(2), {state, users: {excludeUsers: [BG1, BG2]}}),
				]),
			);
		set('enabledForReportingButNotEnforced');
		const reportOnly = (await collectFrom(graph, {breakGlass})).report;
		expect(reportOnly.enforcement.mfaAllUsers).toEqual({
			verdict: 'reportOnly',
			// Sarah Chen has per-user MFA on: a partial reason after the report-only one.
			reasons: [`ca:${gid(1)}:state:enabledForReportingButNotEnforced`, 'perUserMfa:1/39'],
		});
		expect(reportOnly.enforcement.legacyAuthBlocked.verdict).toBe('reportOnly');
		expect(reportOnly.compliant).toBe(false);
		expect(reportOnly.findings.find(f => f.id === 'policy-report-only')?.subjects).toEqual([gid(1), gid(2)]);

		set('enabled');
		const enabled = (await collectFrom(graph, {breakGlass})).report;
		expect(enabled.enforcement.mfaAllUsers).toEqual({verdict: 'enforced', reasons: [`ca:${gid(1)}:enforces`]});
		expect(enabled.enforcement.mfaAdmins.verdict).toBe('enforced');
		expect(enabled.enforcement.legacyAuthBlocked).toEqual({verdict: 'enforced', reasons: [`ca:${gid(2)}:enforces`]});
		expect(enabled.enforcement.enforcedBy).toBe('conditionalAccess');
		expect(enabled.compliant).toBe(true);
		expect(enabled.breakGlass.checks.map(c => c.excludedFromAllBlockingPolicies)).toEqual([true, true]);
	});

	it('break-glass exclusions through nested groups: declared → no gap, undeclared → a gap', async () => {
		const {sim, graph} = await simGraph();
		const outer = gid(101);
		const inner = gid(102);
		sim.control.mutate(state => {
			const base = state.groups[0]!;
			const group = (id: string, name: string, members: string[]) => ({
				...structuredClone(base),
				id,
				displayName: name,
				mailNickname: name.toLowerCase().replaceAll(' ', '-'),
				isAssignableToRole: false,
				sim: {members},
			});
			state.groups.push(group(outer, 'Emergency Access', [BG1, inner]), group(inner, 'Emergency Access 2', [BG2]));
			setPolicies(state, [policy(gid(1), {users: {excludeGroups: [outer]}})]);
		});
		const undeclared = (await collectFrom(graph)).report;
		expect(undeclared.enforcement.mfaAllUsers).toEqual({
			verdict: 'partial',
			reasons: [`ca:${gid(1)}:excludeGroups:${outer}`, 'perUserMfa:1/39'],
		});
		// Declaring only the direct member leaves the nested one: still a gap.
		const one = (await collectFrom(graph, {breakGlass: [upnOf(CONTOSO.breakGlass[0])]})).report;
		expect(one.enforcement.mfaAllUsers.verdict).toBe('partial');
		// Declared both (by UPN, any case, and by id): the exclusion is no gap.
		const both = (await collectFrom(graph, {breakGlass: [upnOf(CONTOSO.breakGlass[0]).toUpperCase(), BG2]})).report;
		expect(both.enforcement.mfaAllUsers).toEqual({verdict: 'enforced', reasons: [`ca:${gid(1)}:enforces`]});
		expect(both.breakGlass.checks.map(c => c.excludedFromAllBlockingPolicies)).toEqual([true, true]);
	});

	it('per-user MFA only: MFA verdicts enforced by per-user MFA, legacy not blocked, not compliant', async () => {
		const {sim, graph} = await simGraph();
		sim.control.mutate(state => {
			setPolicies(state, []);
			for (const u of state.users) u.sim.perUserMfaState = 'enforced';
		});
		const r = (await collectFrom(graph)).report;
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'enforced', reasons: ['perUserMfa:39/39']});
		expect(r.enforcement.mfaAdmins.verdict).toBe('enforced');
		expect(r.enforcement.legacyAuthBlocked.verdict).toBe('none');
		expect(r.enforcement.enforcedBy).toBe('perUserMfa');
		expect(r.compliant).toBe(false);
		expect(r.coverage.perUserMfa).toEqual({status: 'complete'});
	});

	it('no P1: sign-ins unavailable (licence), null legacy counts, registration from per-user methods', async () => {
		const {sim, graph} = await simGraph();
		sim.control.setLicences('free');
		sim.log.clear();
		const a = await collectFrom(graph);
		const r = a.report;
		expect(r.licences).toEqual({entraIdP1: false, entraIdP2: false});
		expect(r.window.days).toBe(7);
		expect(r.coverage.signInLogs).toMatchObject({status: 'unavailable', reason: 'licence'});
		expect(r.legacyAuth).toMatchObject({signIns: null, successfulSignIns: null, users: null, failedOnlyAttempts: null});
		expect(r.findings.find(f => f.id === 'data-unavailable')?.subjects).toContain('signInLogs');
		expect(r.coverage.registration).toEqual({status: 'complete', reason: 'perUserMethods'});
		expect(r.users.mfaRegistered).toBe(27);
		expect(r.users.mfaNotRegistered).toBe(12);
		expect(r.coverage.risk).toMatchObject({status: 'unavailable', reason: 'licence'});
		expect(r.risk).toEqual({riskyUsers: null, confirmedCompromised: null, leakedCredentials: null});
		// One refused request, then no more: the log is not probed slice by slice.
		expect(signInRequests(sim)).toHaveLength(1);
		expect(a.legacy.source).toBe('usageReport');
		expect(a.methods.registeredByMethod?.microsoftAuthenticatorPush).toBeGreaterThan(0);
		expect(a.methods.coverage).toMatchObject({reason: 'perUserMethods'});
		expect(a.admins.admins.find(x => x.userPrincipalName === upnOf(CONTOSO.exchangeAdmin))?.mfaRegistered).toBe(false);
	});

	it('security defaults unreadable and policies unreadable: compliant null', async () => {
		const {graph} = await simGraph({
			scopes: [
				'User.Read',
				'User.Read.All',
				'Organization.Read.All',
				'RoleManagement.Read.Directory',
				'AuditLog.Read.All',
			],
		});
		const r = (await collectFrom(graph)).report;
		expect(r.enforcement.securityDefaults).toBeNull();
		expect(r.coverage.policies).toMatchObject({status: 'unavailable', reason: 'permission'});
		for (const key of ['mfaAllUsers', 'mfaAdmins', 'legacyAuthBlocked'] as const) {
			expect(r.enforcement[key].verdict).toBe('unknown');
		}
		expect(r.compliant).toBeNull();
	});

	it('security defaults off, policies unreadable: compliant null', async () => {
		const {graph} = await simGraph();
		const failing = withFailures(graph, [{path: /^\/identity\/conditionalAccess\/policies/, status: 403}]);
		const r = (await collectFrom(failing)).report;
		expect(r.enforcement.securityDefaults).toBe(false);
		expect(r.coverage.policies).toMatchObject({status: 'unavailable', reason: 'permission'});
		expect(r.enforcement.legacyAuthBlocked).toEqual({verdict: 'unknown', reasons: ['unreadable:conditionalAccess']});
		expect(r.compliant).toBeNull();
	});

	it('a decided failing verdict beside an unknown one: compliant false', async () => {
		const {graph} = await simGraph();
		const failing = withFailures(graph, [{path: /\/authentication\/requirements$/, status: 403}]);
		const r = (await collectFrom(failing)).report;
		expect(r.coverage.perUserMfa).toMatchObject({status: 'unavailable', reason: 'permission'});
		expect(r.enforcement.mfaAllUsers).toEqual({verdict: 'unknown', reasons: ['unreadable:perUserMfa']});
		expect(r.enforcement.legacyAuthBlocked.verdict).toBe('none');
		expect(r.compliant).toBe(false);
	});
});

describe('reading the sign-in log', () => {
	it('stays close to what the matching rows need: grouped filters, no scan', async () => {
		const {sim, graph} = await simGraph();
		await collectFrom(graph);
		const requests = signInRequests(sim);
		// Every request is narrowed by the window and by an indexed filter: never the window alone.
		for (const {filter} of requests) {
			expect(filter).toMatch(/createdDateTime ge .* and createdDateTime le /);
			expect(filter).toMatch(/clientAppUsed eq|userId eq|appId eq|authenticationProtocol eq|resourceId eq/);
		}
		// 14,532 sign-ins; the legacy, automation and per-user slices match about 11,000 of them.
		expect(requests.length).toBeLessThanOrEqual(20);
		expect(requests.filter(r => r.page === 1 && /clientAppUsed eq 'IMAP4'/.test(r.filter))).toHaveLength(1);
	});

	it('gives the same report however the slices are grouped into requests', async () => {
		const {graph} = await simGraph();
		const baseline = reportToJson((await collectFrom(graph)).report);
		for (const tuning of [
			{eventTypes: 'split' as const},
			{orTerms: 1},
			{modernCheckLimit: 0},
			{orTerms: 2, eventTypes: 'split' as const, batchConcurrency: 1},
		]) {
			expect(reportToJson((await collectFrom(graph, {tuning})).report)).toBe(baseline);
		}
	});

	it('gives an identical report when the simulator injects faults (429, 503, resets)', async () => {
		const clean = await simGraph();
		const baseline = reportToJson((await collectFrom(clean.graph)).report);
		const noisy = await simGraph({faultRate: 0.15, faultKinds: ['429', '503', 'reset'], seed: 1});
		const report = reportToJson((await collectFrom(noisy.graph)).report);
		const retries = Object.values(noisy.graph.stats().families).reduce((n, f) => n + f.retries, 0);
		expect(retries).toBeGreaterThan(0);
		expect(noisy.sim.log.entries.some(e => e.fault)).toBe(true);
		expect(report).toBe(baseline);
	});

	it('a slice that keeps failing: partial coverage and null legacy counts, never 0', async () => {
		const {graph} = await simGraph();
		const failing = withFailures(graph, [{path: /clientAppUsed eq 'IMAP4'/, status: 503, code: 'ServiceUnavailable'}]);
		const r = (await collectFrom(failing)).report;
		expect(r.coverage.signInLogs).toMatchObject({status: 'partial', reason: 'error'});
		expect(r.legacyAuth.signIns).toBeNull();
		expect(r.legacyAuth.users).toBeNull();
		expect(r.findings.find(f => f.id === 'data-unavailable')).toBeUndefined();
	});

	it('never writes a token into a coverage detail', async () => {
		const {graph, token} = await simGraph();
		const failing = withFailures(graph, [
			{path: /^\/identity\/conditionalAccess\/policies/, status: 400, code: 'BadRequest', message: `echo ${token}`},
		]);
		const a = await collectFrom(failing);
		expect(a.report.coverage.policies.detail).toMatch(/BadRequest/);
		expect(JSON.stringify(a.report)).not.toContain(token);
	});
});
