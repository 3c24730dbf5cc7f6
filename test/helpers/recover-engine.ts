/**
 * A wizard engine for the recover branch's steps against the Contoso simulator on loopback: real Graph layer, real
 * journal in a progress file, the step modules from the registry, and an assessment from recover-fixtures.ts (or any
 * collector). Every write lands in the simulator's request log, so tests can count them.
 */
import type {Assessment} from '../../src/assessment/types.js';
import {createGraph, type Graph, type GraphLogEntry} from '../../src/graph/client.js';
import type {Translator} from '../../src/i18n/index.js';
import {createSimulator, type Simulator, type SimulatorOptions} from '../../src/simulator/index.js';
import {STEP_MODULES} from '../../src/steps/registry.js';
import {WizardController} from '../../src/wizard/controller.js';
import {WizardEngine} from '../../src/wizard/engine.js';
import {ProgressStore} from '../../src/wizard/progress-store.js';
import {testSession} from './session.js';
import {tempDir} from './tmp.js';
import {en} from './translator.js';

export interface RecoverHarness {
	readonly sim: Simulator;
	readonly graph: Graph;
	readonly engine: WizardEngine;
	readonly controller: WizardController;
	readonly store: ProgressStore;
	readonly home: string;
	readonly progressDir: string;
	/** Every Graph log line (redacted), as --verbose would print them. */
	readonly logs: GraphLogEntry[];
	/** How many times the collector ran. */
	collected(): number;
	stop(): Promise<void>;
}

export async function recoverHarness(
	options: {
		dryRun?: boolean;
		t?: Translator;
		assessment?: (sim: Simulator) => Assessment | Promise<Assessment>;
		sim?: Partial<SimulatorOptions>;
		breakGlass?: readonly string[];
	} = {},
): Promise<RecoverHarness> {
	const home = tempDir();
	const dryRun = options.dryRun ?? false;
	const sim = createSimulator({clock: {now: () => Date.now()}, story: {exchangeAdminDelayMs: false}, ...options.sim});
	const url = await sim.start();
	const session = testSession({home, flags: {dryRun, graphEndpoint: url, demo: false}});
	const logs: GraphLogEntry[] = [];
	const graph = createGraph({
		session,
		tokens: {getToken: async () => sim.issueToken({})},
		pacing: false,
		onLog: entry => logs.push(entry),
	});
	const t = options.t ?? en;
	const store = ProgressStore.open({
		dir: session.paths.progressDir,
		tenant: {id: sim.tenantId, defaultDomain: 'contosopartner.onmicrosoft.com'},
		mode: 'demo',
		now: () => session.clock.nowIso(),
		t,
	});
	const controller = new WizardController(store.progress, store, {dryRun});
	let runs = 0;
	const engine = new WizardEngine({
		controller,
		store,
		graph,
		steps: STEP_MODULES,
		collect: async () => {
			runs++;
			if (options.assessment) return options.assessment(sim);
			const {recoverAssessment} = await import('./recover-fixtures.js');
			// Read "now", like the collector: the summary compares it with the journal's times.
			return recoverAssessment({collectedAt: new Date().toISOString()});
		},
		t,
		now: () => session.clock.nowIso(),
		mode: 'demo',
		dryRun,
		workDir: home,
		progressDir: session.paths.progressDir,
		breakGlass: options.breakGlass ?? [],
	});
	return {
		sim,
		graph,
		engine,
		controller,
		store,
		home,
		progressDir: session.paths.progressDir,
		logs,
		collected: () => runs,
		stop: () => sim.stop(),
	};
}
