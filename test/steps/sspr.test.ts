import {afterEach, describe, expect, it} from 'vitest';
import {ROLE} from '../../src/knowledge/roles.js';
import {CONTOSO, contosoUserId, upnOf} from '../../src/simulator/scenarios/contoso.js';
import {ssprStep} from '../../src/steps/sspr/index.js';
import {findingsFrom, isRegistered, type SsprFindings} from '../../src/steps/sspr/model.js';
import {recheckAdmins} from '../../src/steps/sspr/recheck.js';
import {type RecoverHarness, recoverHarness} from '../helpers/recover-engine.js';
import {recoverAssessment} from '../helpers/recover-fixtures.js';
import {en} from '../helpers/translator.js';

let harness: RecoverHarness | undefined;
afterEach(async () => {
	await harness?.stop();
	harness = undefined;
});

const exchangeAdmin = contosoUserId(CONTOSO.exchangeAdmin);

describe('sspr step: findings', () => {
	it('lists admins Global Administrators first, then by UPN, with MFA and SSPR state from registration details', () => {
		const f = findingsFrom(recoverAssessment());
		expect(f.source).toBe('registrationDetails');
		expect(f.admins.map(a => a.userPrincipalName)).toEqual([
			upnOf('david.miller'),
			upnOf('emergency01'),
			upnOf('sarah.chen'),
			upnOf('jihoon.park'),
			upnOf('minjun.kim'),
			upnOf('seoyeon.lee'),
		]);
		const david = f.admins[0]!;
		expect(david).toMatchObject({isGlobalAdmin: true, eligibleOnly: true});
		const minjun = f.admins.find(a => a.id === exchangeAdmin)!;
		expect(minjun).toMatchObject({mfaRegistered: false, ssprRegistered: false, roles: [ROLE.exchangeAdministrator]});
		expect(isRegistered(minjun)).toBe(false);
		// emergency01 has FIDO2 only: MFA yes, SSPR no — a gap unless it is a declared break-glass account.
		expect(isRegistered(f.admins[1]!)).toBe(false);
		const declared = findingsFrom(recoverAssessment(), [upnOf('EMERGENCY01')]);
		expect(declared.admins[1]).toMatchObject({isBreakGlass: true});
		expect(isRegistered(declared.admins[1]!)).toBe(true);
	});

	it('without Entra ID P1: MFA from methods, SSPR unknown, and an open item that says so', () => {
		const assessment = recoverAssessment({licence: 'free'});
		const f = findingsFrom(assessment);
		expect(f.source).toBe('perUserMethods');
		expect(f.admins.every(a => a.ssprRegistered === null)).toBe(true);
		const ctx = context(assessment);
		const open = ssprStep.open(f, {}, ctx);
		expect(open.map(o => o.id)).toContain('sspr-unknown');
		expect(open.find(o => o.id === `mfa:${upnOf('minjun.kim')}`)?.severity).toBe('medium');
	});

	it('recommends the campaign when it is not on and SSPR for admins when it is off; plans exactly those', () => {
		const assessment = recoverAssessment({adminSsprAllowed: false});
		const ctx = context(assessment, [upnOf('emergency01')]);
		const f = findingsFrom(assessment, ctx.breakGlass);
		const answers = ssprStep.recommend(f, ctx);
		expect(answers).toEqual({campaign: true, adminSspr: true});
		const changes = ssprStep.plan(f, answers, ctx);
		expect(changes.map(c => c.request.path)).toEqual([
			'/policies/authenticationMethodsPolicy',
			'/policies/authorizationPolicy',
		]);
		// The declared break-glass account is kept out of the nudge.
		expect(JSON.stringify(changes[0]!.request.body)).toContain(contosoUserId('emergency01'));
		expect(ssprStep.plan(f, {campaign: false, adminSspr: false}, ctx)).toEqual([]);
		const on = findingsFrom(recoverAssessment({campaignState: 'enabled'}));
		expect(ssprStep.recommend(on, ctx).campaign).toBe(false);
		expect(ssprStep.plan(on, {campaign: true}, ctx)).toEqual([]);
	});

	it('describes the plan in the admin’s language, with the link and the user-SSPR scope note', () => {
		const assessment = recoverAssessment();
		const ctx = context(assessment);
		const f = findingsFrom(assessment);
		const section = ssprStep.describe(f, ssprStep.recommend(f, ctx), ctx);
		expect(section.findings.join('\n')).toContain('minjun.kim@');
		expect(section.notes.join('\n')).toContain('https://aka.ms/mysecurityinfo');
		expect(section.notes.join('\n')).toContain('Password reset → Properties');
	});
});

describe('sspr step: live re-check against the simulator', () => {
	it('reads only the admins not done yet, and ticks the Exchange admin off once the story registers him', async () => {
		harness = await recoverHarness({sim: {story: {exchangeAdminDelayMs: 0}}});
		const {engine, sim, graph} = harness;
		const f = await engine.assess<SsprFindings>('sspr');
		sim.log.clear();
		const first = await recheckAdmins(graph, f, () => new Date().toISOString());
		expect(first.newlyRegistered).toEqual([]);
		// One $batch with the admins not done yet (the Exchange admin and emergency01), nobody else.
		const inner = sim.log.entries.flatMap(e => e.inner ?? []).map(i => i.path);
		expect(inner.sort()).toEqual(
			[exchangeAdmin, contosoUserId('emergency01')]
				.map(id => `/v1.0/reports/authenticationMethods/userRegistrationDetails/${id}`)
				.sort(),
		);
		// The first individual read triggered the story; it fires before the next request is answered.
		const second = await recheckAdmins(graph, {...f, admins: first.admins}, () => new Date().toISOString());
		expect(second.newlyRegistered).toEqual([exchangeAdmin]);
		expect(second.admins.find(a => a.id === exchangeAdmin)).toMatchObject({mfaRegistered: true, ssprRegistered: true});
		expect(sim.log.writes()).toBe(0);
	});

	it('without P1 re-checks through each admin’s methods (beta) and leaves SSPR unknown', async () => {
		harness = await recoverHarness({assessment: () => recoverAssessment({licence: 'free'})});
		const {engine, sim, graph} = harness;
		sim.control.setLicences('free');
		const f = await engine.assess<SsprFindings>('sspr');
		sim.control.registerMethod(CONTOSO.exchangeAdmin);
		sim.log.clear();
		const result = await recheckAdmins(graph, f, () => new Date().toISOString());
		expect(result.failed).toBe(0);
		expect(result.newlyRegistered).toEqual([exchangeAdmin]);
		expect(result.admins.find(a => a.id === exchangeAdmin)).toMatchObject({mfaRegistered: true, ssprRegistered: null});
		expect(sim.log.entries.flatMap(e => e.inner ?? []).every(i => i.path.startsWith('/beta/users/'))).toBe(true);
	});

	it('engine.updateFindings keeps the step’s open items current', async () => {
		harness = await recoverHarness();
		const {engine} = harness;
		const f = await engine.assess<SsprFindings>('sspr');
		expect(engine.openItems().some(o => o.id === `mfa:${upnOf('minjun.kim')}`)).toBe(true);
		engine.updateFindings<SsprFindings>('sspr', current => ({
			...current,
			admins: current.admins.map(a => (a.id === exchangeAdmin ? {...a, mfaRegistered: true, ssprRegistered: true} : a)),
		}));
		expect(engine.openItems().some(o => o.id === `mfa:${upnOf('minjun.kim')}`)).toBe(false);
		expect(f.admins).toBe(f.admins); // the original findings object is not mutated
	});
});

describe('sspr step: changes', () => {
	it('turns the campaign on through the journal and undoes it to exactly what it replaced', async () => {
		harness = await recoverHarness();
		const {engine, sim} = harness;
		await engine.assess('sspr');
		engine.answer('sspr', 'campaign', true);
		const changes = engine.plan('sspr');
		expect(changes).toHaveLength(1);
		const [entry] = await engine.apply('sspr', changes);
		expect(entry).toMatchObject({status: 'applied', verified: true});
		const campaign = () =>
			(
				sim.snapshot().authMethodsPolicy.registrationEnforcement as {
					authenticationMethodsRegistrationCampaign: {state: string};
				}
			).authenticationMethodsRegistrationCampaign;
		expect(campaign().state).toBe('enabled');
		await engine.runner.undo(engine.journal.at(-1)!);
		expect(campaign().state).toBe('default');
	});

	it('allows SSPR for administrators and reverses it', async () => {
		harness = await recoverHarness({assessment: () => recoverAssessment({adminSsprAllowed: false})});
		const {engine, sim} = harness;
		sim.control.mutate(state => {
			(state.authorizationPolicy as {allowedToUseSSPR: boolean}).allowedToUseSSPR = false;
		});
		await engine.assess('sspr');
		engine.answer('sspr', 'campaign', false);
		const changes = engine.plan('sspr');
		expect(changes.map(c => c.request.body)).toEqual([{allowedToUseSSPR: true}]);
		await engine.apply('sspr', changes);
		expect((sim.snapshot().authorizationPolicy as {allowedToUseSSPR: boolean}).allowedToUseSSPR).toBe(true);
		await engine.runner.undo(engine.journal.at(-1)!);
		expect((sim.snapshot().authorizationPolicy as {allowedToUseSSPR: boolean}).allowedToUseSSPR).toBe(false);
	});

	it('in a dry run plans and previews with reads only', async () => {
		harness = await recoverHarness({dryRun: true});
		const {engine, sim} = harness;
		await engine.assess('sspr');
		const changes = engine.plan('sspr');
		expect(changes).toHaveLength(1);
		const [preview] = await engine.preview(changes);
		expect(preview?.state).toBe('create');
		await expect(engine.apply('sspr', changes)).rejects.toThrow('dry run');
		expect(sim.log.writes()).toBe(0);
	});
});

function context(assessment: ReturnType<typeof recoverAssessment>, breakGlass: readonly string[] = []) {
	return {
		assessment,
		graph: undefined as never,
		t: en,
		mode: 'demo' as const,
		dryRun: false,
		now: () => '2026-11-26T10:00:00Z',
		workDir: '/tmp',
		breakGlass,
		answersOf: () => ({}),
	} as unknown as Parameters<typeof ssprStep.assess>[0];
}
