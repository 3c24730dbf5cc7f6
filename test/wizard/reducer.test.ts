import {describe, expect, it} from 'vitest';
import {
	countFinished,
	currentStep,
	initialProgress,
	isFinished,
	type WizardAction,
	type WizardProgress,
	wizardReducer,
} from '../../src/wizard/reducer.js';
import {STEP_IDS} from '../../src/wizard/step-ids.js';

const at = '2026-11-26T10:00:00Z';
const run = (...actions: WizardAction[]): WizardProgress => actions.reduce(wizardReducer, initialProgress());

describe('wizard reducer', () => {
	it('starts with every step pending, in the documented order', () => {
		const state = initialProgress();
		expect(Object.keys(state.steps)).toEqual([...STEP_IDS]);
		expect(STEP_IDS).toEqual([
			'profile',
			'legacy-auth',
			'office',
			'mobile',
			'automation',
			'enforce',
			'sspr',
			'recovery',
			'summary',
		]);
		expect(Object.values(state.steps).every(s => s.status === 'pending')).toBe(true);
	});

	it('walks assessed → answered → planned → done and stamps the time of each action', () => {
		const state = run(
			{type: 'step-assessed', step: 'legacy-auth', at, summary: {users: 3}},
			{type: 'answer-given', step: 'legacy-auth', at, key: 'scanner@contoso', value: 'replace'},
			{type: 'changes-planned', step: 'legacy-auth', at, changeIds: ['c1']},
			{type: 'changes-applied', step: 'legacy-auth', at: '2026-11-26T10:05:00Z', changeIds: ['c1']},
		);
		const step = state.steps['legacy-auth'];
		expect(step.status).toBe('done');
		expect(step.summary).toEqual({users: 3});
		expect(step.answers).toEqual({'scanner@contoso': 'replace'});
		expect(step.applied).toEqual(['c1']);
		expect(step.updatedAt).toBe('2026-11-26T10:05:00Z');
		expect(state.updatedAt).toBe('2026-11-26T10:05:00Z');
	});

	it('keeps a step planned until every planned change is applied', () => {
		const state = run(
			{type: 'changes-planned', step: 'enforce', at, changeIds: ['a', 'b']},
			{type: 'changes-applied', step: 'enforce', at, changeIds: ['a']},
		);
		expect(state.steps.enforce.status).toBe('planned');
		expect(
			wizardReducer(state, {type: 'changes-applied', step: 'enforce', at, changeIds: ['b']}).steps.enforce.status,
		).toBe('done');
	});

	it('finishes a step whose plan is empty once the (empty) apply is recorded', () => {
		const state = run(
			{type: 'changes-planned', step: 'profile', at, changeIds: []},
			{type: 'changes-applied', step: 'profile', at, changeIds: []},
		);
		expect(state.steps.profile.status).toBe('done');
	});

	it('keeps the status of a finished step when it is re-assessed on resume', () => {
		const done = run(
			{type: 'changes-planned', step: 'profile', at, changeIds: []},
			{type: 'changes-applied', step: 'profile', at, changeIds: []},
			{type: 'step-assessed', step: 'profile', at, summary: {p1: true}},
		);
		expect(done.steps.profile.status).toBe('done');
		expect(done.steps.profile.summary).toEqual({p1: true});
	});

	it('records a skip with its reason and clears it when the admin answers again', () => {
		const skipped = run({type: 'step-skipped', step: 'office', at, reason: 'no Office users'});
		expect(skipped.steps.office).toMatchObject({status: 'skipped', skipReason: 'no Office users'});
		const answered = wizardReducer(skipped, {
			type: 'answer-given',
			step: 'office',
			at,
			key: 'exoModernAuth',
			value: true,
		});
		expect(answered.steps.office.status).toBe('answered');
		expect(answered.steps.office.skipReason).toBeUndefined();
	});

	it('records a failure, and a later successful assessment clears it', () => {
		const failed = run({type: 'step-failed', step: 'mobile', at, error: {message: 'Graph 503', code: 'graph-503'}});
		expect(failed.steps.mobile).toMatchObject({status: 'failed', error: {code: 'graph-503'}});
		const retried = wizardReducer(failed, {type: 'step-assessed', step: 'mobile', at});
		expect(retried.steps.mobile.status).toBe('assessed');
		expect(retried.steps.mobile.error).toBeUndefined();
	});

	it('reopens a finished step on revisit, keeping its answers, and counts revisits', () => {
		const state = run(
			{type: 'answer-given', step: 'automation', at, key: 'svc', value: 'accept'},
			{type: 'changes-planned', step: 'automation', at, changeIds: []},
			{type: 'changes-applied', step: 'automation', at, changeIds: []},
			{type: 'step-revisited', step: 'automation', at},
		);
		expect(state.steps.automation).toMatchObject({status: 'answered', answers: {svc: 'accept'}, revisits: 1});
		const untouched = run(
			{type: 'step-skipped', step: 'sspr', at, reason: 'x'},
			{type: 'step-revisited', step: 'sspr', at},
		);
		expect(untouched.steps.sspr.status).toBe('pending');
	});

	it('resumes at the first step that is not finished; planned counts as finished only in dry-run', () => {
		const state = run(
			{type: 'step-skipped', step: 'profile', at, reason: 'r'},
			{type: 'changes-planned', step: 'legacy-auth', at, changeIds: ['x']},
		);
		expect(currentStep(state, {dryRun: false})).toBe('legacy-auth');
		expect(currentStep(state, {dryRun: true})).toBe('office');
		expect(countFinished(state, {dryRun: true})).toBe(2);
		expect(isFinished('planned', {dryRun: false})).toBe(false);
	});

	it('stays on the last step when everything is finished', () => {
		const all = STEP_IDS.reduce<WizardProgress>(
			(state, step) => wizardReducer(state, {type: 'step-skipped', step, at, reason: 'r'}),
			initialProgress(),
		);
		expect(currentStep(all, {dryRun: false})).toBe('summary');
		expect(countFinished(all, {dryRun: false})).toBe(9);
	});
});
