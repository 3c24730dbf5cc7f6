/**
 * Step 6 against the simulator (contoso and variants): the report-only round, the switch-on round, the compliance
 * engine's verdicts afterwards, undo back to the starting policies, idempotent re-runs, dry-run, licences, the
 * security-defaults paths and their conflict with Conditional Access, and the emergency-access account.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {undoable} from '../../src/changes/journal.js';
import {buildDirectory} from '../../src/compliance/directory.js';
import type {ConditionalAccessPolicy} from '../../src/compliance/model.js';
import {policyGaps} from '../../src/compliance/policies.js';
import {CONTOSO, upnOf} from '../../src/simulator/scenarios/contoso.js';
import type {EnforceFindings} from '../../src/steps/enforce/findings.js';
import {enforceStep} from '../../src/steps/enforce/index.js';
import {markerOf, viewOf} from '../../src/steps/enforce/policies.js';
import {type EnforceEnv, enforceEnv, policySnapshot} from '../helpers/enforce-env.js';

const BG = [upnOf('emergency01'), upnOf('emergency02')];
let env: EnforceEnv | undefined;
afterEach(async () => {
	await env?.close();
	env = undefined;
});

async function start(options: Parameters<typeof enforceEnv>[0] = {}) {
	env = await enforceEnv({breakGlass: BG, ...options});
	await env.engine.ensureAssessment();
	await env.engine.assess('enforce');
	return env;
}

function answer(e: EnforceEnv, answers: Record<string, string | boolean | string[]>) {
	for (const [k, v] of Object.entries(answers)) e.engine.answer('enforce', k, v);
}

async function round(e: EnforceEnv) {
	const entries = await e.engine.apply('enforce', e.engine.plan('enforce'));
	await e.engine.reassess('enforce');
	return entries;
}

const policies = (e: EnforceEnv) => e.sim.tenant.state.caPolicies;

describe('enforce: Conditional Access on contoso', () => {
	it('creates the policies in report-only, reusing the tenant’s own report-only “Require MFA for all users”', async () => {
		const e = await start();
		const before = policies(e).length;
		const entries = await round(e);
		// The existing equivalent is reused (its Service Accounts exclusion removed), the other three created.
		expect(policies(e)).toHaveLength(before + 3);
		expect(policies(e).every(p => p.state === 'enabledForReportingButNotEnforced')).toBe(true);
		const reused = policies(e).find(p => p.id === CONTOSO.reportOnlyPolicyId)!;
		const users = (reused.conditions as {users: {excludeUsers: string[]; excludeGroups: string[]}}).users;
		expect(users.excludeGroups).toEqual([]);
		expect(users.excludeUsers).toHaveLength(2);
		expect(entries.filter(x => x.status === 'applied')).toHaveLength(4);
		// Each created policy carries the marker a re-run finds it by, and the prefix admins see.
		const ours = policies(e).filter(p => markerOf(p.displayName));
		expect(ours.map(p => markerOf(p.displayName)).sort()).toEqual(['blockLegacy', 'mfaAdmins', 'userRisk']);
		expect(ours.every(p => p.displayName.startsWith('mfa-onboard: '))).toBe(true);
	});

	it('switches them on; the compliance engine then reports all three enforced, by gap-free policies', async () => {
		const e = await start();
		await round(e);
		answer(e, {enable: true});
		const changes = e.engine.plan('enforce');
		const enables = changes.filter(c => c.id.startsWith('enforce.ca-enable.'));
		expect(enables).toHaveLength(4);
		// Anything that challenges or blocks users needs the typed domain, and says what users will notice.
		expect(enables.every(c => c.confirmation === 'type-domain' && c.consequence)).toBe(true);
		await e.engine.apply('enforce', changes);
		expect(policies(e).every(p => p.state === 'enabled')).toBe(true);
		const report = (await e.engine.ensureAssessment({refresh: true})).report;
		expect(report.enforcement.mfaAllUsers.verdict).toBe('enforced');
		expect(report.enforcement.mfaAdmins.verdict).toBe('enforced');
		expect(report.enforcement.legacyAuthBlocked.verdict).toBe('enforced');
		expect(report.enforcement.enforcedBy).toBe('conditionalAccess');
		// Every policy this step made or reused is gap-free in its own view (the user-risk one has only its risk
		// condition, by design).
		const findings = await e.engine.assess<EnforceFindings>('enforce');
		const directory = buildDirectory(findings.input, BG);
		for (const p of policies(e)) {
			const key = markerOf(p.displayName) ?? 'mfaAllUsers';
			const gaps = policyGaps(p as unknown as ConditionalAccessPolicy, viewOf(key), directory).map(g => g.name);
			expect(gaps).toEqual(key === 'userRisk' ? ['userRiskLevels'] : []);
		}
		expect(e.engine.answers('enforce').enable).toBe(true);
	});

	it('undo --all brings the tenant back to its starting policies', async () => {
		const e = await start();
		const initial = policySnapshot(e.sim);
		await round(e);
		answer(e, {enable: true});
		await e.engine.apply('enforce', e.engine.plan('enforce'));
		expect(policySnapshot(e.sim)).not.toEqual(initial);
		for (const entry of undoable(e.engine.journal)) await e.engine.runner.undo(entry);
		expect(policySnapshot(e.sim)).toEqual(initial);
		expect(undoable(e.engine.journal)).toEqual([]);
	});

	it('a re-run creates nothing twice, sends no write and journals nothing new', async () => {
		const e = await start();
		await round(e);
		answer(e, {enable: true});
		await round(e);
		const count = policies(e).length;
		const journal = e.engine.journal.length;
		const writes = e.sim.log.writes();
		// The same plan again (target-based: every change is listed, each finds itself in place).
		await round(e);
		// And a new process on the same progress file and tenant.
		const again = e.reopen();
		await again.engine.ensureAssessment();
		await again.engine.assess('enforce');
		await again.engine.apply('enforce', again.engine.plan('enforce'));
		expect(policies(e)).toHaveLength(count);
		expect(e.sim.log.writes()).toBe(writes);
		expect(again.engine.journal).toHaveLength(journal);
		const names = policies(e).map(p => p.displayName);
		expect(new Set(names).size).toBe(names.length);
	});

	it('in a dry run, previews every change and sends zero writes', async () => {
		const e = await start({dryRun: true});
		const changes = e.engine.plan('enforce');
		expect(changes.length).toBeGreaterThan(0);
		const previews = await e.engine.preview(changes);
		expect(previews.map(p => p.state)).toContain('create');
		await expect(e.engine.apply('enforce', changes)).rejects.toThrow('dry run');
		expect(e.sim.log.writes()).toBe(0);
		const section = enforceStep.describe(
			e.engine.findingsOf('enforce')!,
			e.engine.effectiveAnswers('enforce'),
			e.engine.context(),
		);
		expect(section.notes.join('\n')).toContain('report-only');
		expect(section.findings.join('\n')).toContain('equivalent policy “Require MFA for all users”');
	});

	it('never plans a switch-on without a ready emergency-access account', async () => {
		const e = await start({breakGlass: []});
		answer(e, {enable: true});
		// Policies can be created in report-only without one…
		expect(e.engine.plan('enforce').some(c => c.id.startsWith('enforce.ca-create.'))).toBe(true);
		e.engine.declareBreakGlass([upnOf('emergency01')]);
		await e.engine.reassess('enforce');
		e.engine.answer('enforce', 'enable', false);
		await round(e);
		// …but with the account declared away again, the switch-on is not planned (and the plan document says why).
		e.engine.declareBreakGlass([]);
		answer(e, {enable: true});
		const plan = e.engine.plan('enforce');
		expect(plan.some(c => c.id.startsWith('enforce.ca-enable.'))).toBe(false);
		const section = enforceStep.describe(
			e.engine.findingsOf('enforce')!,
			e.engine.effectiveAnswers('enforce'),
			e.engine.context(),
		);
		expect(section.notes.join('\n')).toContain('Switching on is refused');
	});

	it('without Entra ID P2 there is no user-risk policy; without P1 only security defaults or a third party', async () => {
		const p1 = await start({prepare: sim => sim.control.setLicences('p1')});
		expect(p1.engine.effectiveAnswers('enforce').userRiskPolicy).toBe(false);
		const created = p1.engine.plan('enforce').filter(c => c.id.startsWith('enforce.ca-create.'));
		expect(created).toHaveLength(2);
		await p1.close();
		env = undefined;
		const free = await start({prepare: sim => sim.control.setLicences('free')});
		expect(free.engine.effectiveAnswers('enforce').path).toBe('securityDefaults');
		answer(free, {path: 'conditionalAccess'});
		expect(free.engine.plan('enforce').filter(c => c.request.path.includes('conditionalAccess'))).toEqual([]);
	});
});

describe('enforce: security defaults and their conflict with Conditional Access', () => {
	it('refuses security defaults while a Conditional Access policy is on, naming it', async () => {
		const e = await start({
			prepare: sim =>
				sim.control.mutate(state => {
					state.caPolicies[0]!.state = 'enabled';
				}),
		});
		answer(e, {path: 'securityDefaults'});
		expect(e.engine.plan('enforce')).toEqual([]);
		const section = enforceStep.describe(
			e.engine.findingsOf('enforce')!,
			e.engine.effectiveAnswers('enforce'),
			e.engine.context(),
		);
		expect(section.notes.join('\n')).toContain('Refused: security defaults cannot be turned on');
		expect(section.notes.join('\n')).toContain('“Require MFA for all users”');
	});

	it('switches Conditional Access → security defaults: policies to report-only, then security defaults on; undo restores', async () => {
		const e = await start({
			prepare: sim =>
				sim.control.mutate(state => {
					state.caPolicies[0]!.state = 'enabled';
				}),
		});
		const initial = policySnapshot(e.sim);
		answer(e, {path: 'securityDefaults', switchFromCa: true, switchPolicyIds: [CONTOSO.reportOnlyPolicyId]});
		const plan = e.engine.plan('enforce');
		expect(plan.map(c => c.id.split('.')[1])).toEqual(['ca-report-only', 'sd-on']);
		expect(plan.every(c => c.confirmation === 'type-domain')).toBe(true);
		await e.engine.apply('enforce', plan);
		expect(e.sim.tenant.state.securityDefaults.isEnabled).toBe(true);
		expect(policies(e)[0]!.state).toBe('enabledForReportingButNotEnforced');
		// Target-based: the same plan once done sends nothing.
		await e.engine.reassess('enforce');
		const writes = e.sim.log.writes();
		await e.engine.apply('enforce', e.engine.plan('enforce'));
		expect(e.sim.log.writes()).toBe(writes);
		// Undo, newest first: security defaults off, then the policy back on.
		for (const entry of undoable(e.engine.journal)) await e.engine.runner.undo(entry);
		expect(policySnapshot(e.sim)).toEqual(initial);
	});

	it('switches security defaults → Conditional Access in the safe order; undo turns security defaults back on', async () => {
		const e = await start({prepare: sim => sim.control.setSecurityDefaults(true)});
		const initial = policySnapshot(e.sim);
		// Security defaults on: keeping them is recommended; the admin chooses Conditional Access.
		expect(e.engine.effectiveAnswers('enforce').path).toBe('securityDefaults');
		answer(e, {path: 'conditionalAccess', switchFromSecurityDefaults: true});
		// Report-only policies can be created while security defaults are on.
		await round(e);
		expect(e.sim.tenant.state.securityDefaults.isEnabled).toBe(true);
		answer(e, {enable: true});
		const plan = e.engine
			.plan('enforce')
			.filter(c => !c.id.startsWith('enforce.ca-create.') && !c.id.startsWith('enforce.ca-scope.'));
		expect(plan.map(c => c.id.split('.')[1])).toEqual(['sd-off', 'ca-enable', 'ca-enable', 'ca-enable', 'ca-enable']);
		await e.engine.apply('enforce', e.engine.plan('enforce'));
		expect(e.sim.tenant.state.securityDefaults.isEnabled).toBe(false);
		expect(policies(e).every(p => p.state === 'enabled')).toBe(true);
		for (const entry of undoable(e.engine.journal)) await e.engine.runner.undo(entry);
		expect(policySnapshot(e.sim)).toEqual(initial);
	});
});

describe('enforce: the emergency-access account', () => {
	it('creates it cloud-only, then Global Administrator; its password never reaches the journal; undo deletes it', async () => {
		const e = await start({breakGlass: []});
		const upn = `emergency-access@contosopartner.onmicrosoft.com`;
		expect(e.engine.effectiveAnswers('enforce').createBreakGlass).toBeUndefined(); // look-alikes exist: never guessed
		e.engine.declareBreakGlass([upn]);
		answer(e, {createBreakGlass: upn});
		await e.engine.reassess('enforce');
		const [create] = e.engine.plan('enforce');
		expect(create?.id).toMatch(/^enforce\.user-create\./);
		const password = (create!.request.body as {passwordProfile: {password: string}}).passwordProfile.password;
		expect(password).toHaveLength(32);
		await e.engine.apply('enforce', [create!]);
		expect(JSON.stringify(e.store.journal)).not.toContain(password);
		await e.engine.reassess('enforce');
		const plan = e.engine.plan('enforce');
		expect(plan[1]?.id).toMatch(/^enforce\.role-ga\./);
		await e.engine.apply('enforce', plan.slice(0, 2));
		await e.engine.reassess('enforce');
		const findings = e.engine.findingsOf<EnforceFindings>('enforce')!;
		const {analyse} = await import('../../src/steps/enforce/analysis.js');
		const analysis = analyse(findings, e.engine.breakGlass, e.engine.effectiveAnswers('enforce'));
		expect(analysis.accounts[0]).toMatchObject({ready: true, cloudOnly: true, globalAdmin: true});
		// Undo newest first: the role assignment, then the account.
		for (const entry of undoable(e.engine.journal)) await e.engine.runner.undo(entry);
		expect(e.sim.tenant.state.users.some(u => u.userPrincipalName === upn)).toBe(false);
	});
});
