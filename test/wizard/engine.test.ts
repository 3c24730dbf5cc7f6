import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/assessment/types.js';
import type {Change} from '../../src/changes/change.js';
import {createGraph} from '../../src/graph/client.js';
import {createSimulator} from '../../src/simulator/index.js';
import type {StepModule} from '../../src/steps/types.js';
import {WizardController} from '../../src/wizard/controller.js';
import {WizardEngine} from '../../src/wizard/engine.js';
import {ProgressStore} from '../../src/wizard/progress-store.js';
import {testSession} from '../helpers/session.js';
import {tempDir} from '../helpers/tmp.js';
import {en} from '../helpers/translator.js';

/** A one-change step: turn security defaults on when the admin says so. */
const toggle: StepModule<{isEnabled: boolean}> = {
	id: 'enforce',
	readScopes: [],
	writeScopes: ['Policy.ReadWrite.SecurityDefaults'],
	assess: async ctx => ({isEnabled: ctx.assessment.securityDefaults === true}),
	summarize: f => ({isEnabled: f.isEnabled}),
	recommend: () => ({turnOn: true}),
	plan: (f, answers): Change[] =>
		answers.turnOn && !f.isEnabled
			? [
					{
						id: 'enforce.sd.on',
						step: 'enforce',
						title: {key: 'changes.stateUpdate'},
						why: {key: 'changes.stateUpdate'},
						confirmation: 'type-domain',
						request: {
							method: 'PATCH',
							version: 'v1.0',
							path: '/policies/identitySecurityDefaultsEnforcementPolicy',
							body: {isEnabled: true},
							scopes: ['Policy.ReadWrite.SecurityDefaults'],
						},
						async find(graph) {
							const {body} = await graph.request<{isEnabled: boolean}>({
								path: '/policies/identitySecurityDefaultsEnforcementPolicy',
							});
							return body.isEnabled ? {done: true} : undefined;
						},
						undo: () => ({
							request: {
								method: 'PATCH',
								version: 'v1.0',
								path: '/policies/identitySecurityDefaultsEnforcementPolicy',
								body: {isEnabled: false},
								scopes: ['Policy.ReadWrite.SecurityDefaults'],
							},
						}),
					},
				]
			: [],
	open: () => [],
	describe: () => ({step: 'enforce', findings: [], decisions: [], notes: []}),
};

async function setup(dryRun: boolean) {
	const home = tempDir();
	const sim = createSimulator({clock: {now: () => Date.now()}});
	const url = await sim.start();
	const session = testSession({home, flags: {dryRun, graphEndpoint: url}});
	const graph = createGraph({session, tokens: {getToken: async () => sim.issueToken({})}, pacing: false});
	const store = ProgressStore.open({
		dir: session.paths.progressDir,
		tenant: {id: sim.tenantId},
		mode: 'live',
		now: () => session.clock.nowIso(),
		t: en,
	});
	const controller = new WizardController(store.progress, store, {dryRun});
	const engine = new WizardEngine({
		controller,
		store,
		graph,
		steps: new Map([['enforce', toggle]]),
		collect: async () => ({securityDefaults: false}) as unknown as Assessment,
		t: en,
		now: () => session.clock.nowIso(),
		mode: 'live',
		dryRun,
		workDir: home,
		breakGlass: ['bg1@contoso.example'],
	});
	return {sim, engine, controller, store};
}

describe('WizardEngine', () => {
	it('assesses, plans from recommended answers, applies through the journal, and finishes the step', async () => {
		const {sim, engine, controller, store} = await setup(false);
		try {
			await engine.assess('enforce');
			expect(controller.progress.steps.enforce).toMatchObject({status: 'assessed', summary: {isEnabled: false}});
			const changes = engine.plan('enforce');
			expect(changes).toHaveLength(1);
			expect((await engine.preview(changes))[0]?.state).toBe('create');
			const entries = await engine.apply('enforce', changes);
			expect(entries[0]?.status).toBe('applied');
			expect(controller.progress.steps.enforce.status).toBe('done');
			expect(store.journal).toHaveLength(1);
			expect(sim.log.writes()).toBe(1);
		} finally {
			await sim.stop();
		}
	});

	it('in dry-run, plans and previews with reads only and refuses to apply', async () => {
		const {sim, engine, controller} = await setup(true);
		try {
			await engine.assess('enforce');
			const changes = engine.plan('enforce');
			await engine.preview(changes);
			await expect(engine.apply('enforce', changes)).rejects.toThrow('dry run');
			expect(controller.progress.steps.enforce.status).toBe('planned');
			expect(sim.log.writes()).toBe(0);
		} finally {
			await sim.stop();
		}
	});

	it('merges --break-glass with the declared accounts, without duplicates', async () => {
		const {sim, engine} = await setup(true);
		try {
			engine.declareBreakGlass(['BG1@contoso.example', 'bg2@contoso.example']);
			expect(engine.breakGlass).toEqual(['bg1@contoso.example', 'bg2@contoso.example']);
		} finally {
			await sim.stop();
		}
	});
});
