import {afterEach, describe, expect, it} from 'vitest';
import {redactBody} from '../../src/changes/change.js';
import {UserError} from '../../src/errors.js';
import {CONTOSO, contosoUserId, upnOf} from '../../src/simulator/scenarios/contoso.js';
import {
	PASSWORD_PLACEHOLDER,
	resetPasswordChange,
	revokeSessionsChange,
	riskChange,
} from '../../src/steps/recovery/changes.js';
import {recoveryStep} from '../../src/steps/recovery/index.js';
import {findingsFrom, isRecovered, withDone} from '../../src/steps/recovery/model.js';
import {generateTemporaryPassword, TEMPORARY_PASSWORD_LENGTH} from '../../src/steps/recovery/password.js';
import type {StepContext} from '../../src/steps/types.js';
import {type RecoverHarness, recoverHarness} from '../helpers/recover-engine.js';
import {emilyRisk, recoverAssessment} from '../helpers/recover-fixtures.js';
import {en} from '../helpers/translator.js';

let harness: RecoverHarness | undefined;
afterEach(async () => {
	await harness?.stop();
	harness = undefined;
});

const emily = {id: contosoUserId(CONTOSO.leakedUser), userPrincipalName: upnOf(CONTOSO.leakedUser)};

function context(assessment = recoverAssessment(), dryRun = false): StepContext {
	return {
		assessment,
		graph: undefined as never,
		t: en,
		mode: 'demo',
		dryRun,
		now: () => '2026-11-26T10:00:00Z',
		workDir: '/tmp',
		breakGlass: [],
		answersOf: () => ({}),
	};
}

describe('temporary passwords', () => {
	it('are 16 characters with upper, lower, digit and symbol, nothing easily misread, different each time', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 200; i++) {
			const p = generateTemporaryPassword();
			expect(p).toHaveLength(TEMPORARY_PASSWORD_LENGTH);
			expect(p).toMatch(/[A-Z]/);
			expect(p).toMatch(/[a-z]/);
			expect(p).toMatch(/[2-9]/);
			expect(p).toMatch(/[^A-Za-z0-9]/);
			expect(p).not.toMatch(/[0O1lI'"`\\ ]/);
			seen.add(p);
		}
		expect(seen.size).toBe(200);
	});

	it('take their randomness from the given source', () => {
		expect(generateTemporaryPassword(() => 0)).toBe(generateTemporaryPassword(() => 0));
	});
});

describe('recovery step: findings and plan', () => {
	it('lists users at risk (P2), confirmed compromised first, then by level', () => {
		const f = findingsFrom(
			recoverAssessment({
				riskUsers: [
					{...emilyRisk(), id: 'a', userPrincipalName: 'a@x', riskLevel: 'medium', leakedCredentials: false},
					{...emilyRisk(), id: 'b', userPrincipalName: 'b@x', riskState: 'dismissed'},
					emilyRisk(),
					{...emilyRisk(), id: 'c', userPrincipalName: 'c@x', riskState: 'confirmedCompromised', riskLevel: 'low'},
				],
			}),
		);
		expect(f).toMatchObject({licence: 'p2', riskAvailable: true, signInLogs: true});
		expect(f.users.map(u => u.id)).toEqual(['c', emily.id, 'a']);
	});

	it('says what P1 and free tenants cannot see, and keeps that as an open item', () => {
		const p1 = findingsFrom(recoverAssessment({licence: 'p1'}));
		expect(p1).toMatchObject({licence: 'p1', riskAvailable: false, users: []});
		const free = findingsFrom(recoverAssessment({licence: 'free'}));
		expect(free).toMatchObject({licence: 'free', signInLogs: false});
		expect(recoveryStep.open(p1, {}, context()).map(o => o.id)).toEqual(['risk-unavailable']);
		expect(en(`stepRecovery.licenceP1`)).toContain('Entra ID P2');
	});

	it('plans nothing in a live run (actions are applied one by one from the view)', () => {
		const f = findingsFrom(recoverAssessment());
		expect(recoveryStep.plan(f, recoveryStep.recommend(f, context()), context())).toEqual([]);
	});

	it('in a dry run plans reset, revoke and dismiss with a placeholder password that is redacted anyway', () => {
		const ctx = context(recoverAssessment(), true);
		const f = findingsFrom(ctx.assessment);
		const answers = recoveryStep.recommend(f, ctx);
		expect(answers).toEqual({actions: {[emily.id]: ['reset', 'revoke', 'dismiss']}});
		const changes = recoveryStep.plan(f, answers, ctx);
		expect(changes.map(c => `${c.request.method} ${c.request.path}`)).toEqual([
			`PATCH /users/${emily.id}`,
			`POST /users/${emily.id}/revokeSignInSessions`,
			'POST /identityProtection/riskyUsers/dismiss',
		]);
		const reset = changes[0]!;
		expect(JSON.stringify(reset.request.body)).toContain(PASSWORD_PLACEHOLDER);
		expect(JSON.stringify(redactBody(reset.request.body, reset.secretPaths))).not.toContain(PASSWORD_PLACEHOLDER);
		expect(reset).toMatchObject({repeatable: false, secretPaths: ['passwordProfile.password']});
		const section = recoveryStep.describe(f, answers, ctx);
		expect(section.decisions[0]?.answer).toContain('Reset password');
		expect(section.notes.join(' ')).toContain('App passwords survive');
	});

	it('keeps a user open until the password is reset and the risk settled', () => {
		let f = findingsFrom(recoverAssessment());
		const ctx = context();
		expect(recoveryStep.open(f, {}, ctx).map(o => o.id)).toEqual([emily.userPrincipalName]);
		f = withDone(f, emily.id, 'reset', '2026-11-26T10:00:00Z');
		expect(isRecovered(f.users[0]!)).toBe(false);
		f = withDone(f, emily.id, 'dismiss', '2026-11-26T10:01:00Z');
		expect(isRecovered(f.users[0]!)).toBe(true);
		expect(recoveryStep.open(f, {}, ctx)).toEqual([]);
	});
});

describe('recovery changes against the simulator', () => {
	it('reset (force change), revoke and dismiss land in the tenant; the journal never holds the password', async () => {
		harness = await recoverHarness();
		const {engine, sim} = harness;
		const before = Date.now();
		const password = generateTemporaryPassword();
		harness.graph.redactor.add(password);
		const reset = await engine.runner.apply(resetPasswordChange(emily, password));
		expect(reset.status).toBe('applied');
		await engine.runner.apply(revokeSessionsChange(emily));
		const dismissed = await engine.runner.apply(riskChange(emily, 'dismiss'));
		expect(dismissed).toMatchObject({status: 'applied', verified: true});
		const user = sim.tenant.user(emily.id)!;
		expect(user.sim.forceChangePasswordNextSignIn).toBe(true);
		expect(Date.parse(user.signInSessionsValidFromDateTime)).toBeGreaterThanOrEqual(before - 1000);
		expect(user.sim.risk?.riskState).toBe('dismissed');
		expect(JSON.stringify(engine.journal)).not.toContain(password);
		expect(JSON.stringify(harness.logs)).not.toContain(password);
		expect(engine.journal[0]?.request.body).toEqual({
			passwordProfile: {
				forceChangePasswordNextSignIn: true,
				forceChangePasswordNextSignInWithMfa: false,
				password: '[redacted]',
			},
		});
		// Dismissing again finds it done: nothing is sent, nothing new journaled.
		sim.log.clear();
		const entries = engine.journal.length;
		expect((await engine.runner.apply(riskChange(emily, 'dismiss'))).status).toBe('applied');
		expect(sim.log.writes()).toBe(0);
		expect(engine.journal).toHaveLength(entries);
	});

	it('refuses to undo any of them and says why', async () => {
		harness = await recoverHarness();
		const {engine} = harness;
		await engine.runner.apply(revokeSessionsChange(emily));
		const entry = engine.journal.at(-1)!;
		expect(entry.undo).toEqual({impossible: {key: 'stepRecovery.undoRevoke'}});
		await expect(engine.runner.undo(entry)).rejects.toThrow(UserError);
		await expect(engine.runner.undo(entry)).rejects.toThrow(/cannot be undone: revoked sessions cannot be restored/);
	});

	it('a reset interrupted mid-request is reported, never resent', async () => {
		harness = await recoverHarness();
		const {engine, sim, store} = harness;
		const change = resetPasswordChange(emily, generateTemporaryPassword());
		// A crash after the journal's "applying" entry: the outcome cannot be looked up.
		store.saveJournal([
			{
				changeId: change.id,
				step: 'recovery',
				title: change.title,
				why: change.why,
				request: {...change.request, body: redactBody(change.request.body, change.secretPaths)!},
				status: 'applying',
				startedAt: '2026-11-26T10:00:00Z',
			} as never,
		]);
		sim.log.clear();
		const entry = await engine.runner.apply(change);
		expect(entry.status).toBe('unknown');
		expect(sim.log.writes()).toBe(0);
	});
});
