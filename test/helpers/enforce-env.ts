/**
 * Branch `enforce`'s test environment: the simulator (contoso unless told), a Graph handle on it, a progress store in
 * a temp folder, and a WizardEngine with the enforce step (plus any fake step modules), whose assessment comes from
 * the stand-in collector (enforce-assessment.ts).
 */
import {createGraph, type Graph} from '../../src/graph/client.js';
import {createSimulator, type Simulator} from '../../src/simulator/index.js';
import {enforceStep} from '../../src/steps/enforce/index.js';
import type {StepModule} from '../../src/steps/types.js';
import {WizardController} from '../../src/wizard/controller.js';
import {WizardEngine} from '../../src/wizard/engine.js';
import {ProgressStore} from '../../src/wizard/progress-store.js';
import type {StepId} from '../../src/wizard/step-ids.js';
import {collectForEnforce} from './enforce-assessment.js';
import {testSession} from './session.js';
import {tempDir} from './tmp.js';
import {en} from './translator.js';

export interface EnforceEnv {
	readonly sim: Simulator;
	readonly graph: Graph;
	readonly engine: WizardEngine;
	readonly controller: WizardController;
	readonly store: ProgressStore;
	readonly home: string;
	readonly dryRun: boolean;
	/** A new engine on the same store and tenant (a resumed run). */
	reopen(options?: {dryRun?: boolean}): EnforceEnv;
	close(): Promise<void>;
}

export interface EnforceEnvOptions {
	readonly dryRun?: boolean;
	readonly breakGlass?: readonly string[];
	readonly acceptLockoutRisk?: boolean;
	/** Extra step modules (fakes for steps 2 and 5). */
	readonly steps?: ReadonlyMap<StepId, StepModule>;
	/** Prepare the tenant before the first read. */
	readonly prepare?: (sim: Simulator) => void;
	readonly sim?: Simulator;
	readonly home?: string;
	/** Read the sign-in log in the assessment (slower). */
	readonly signIns?: boolean;
}

export async function enforceEnv(options: EnforceEnvOptions = {}): Promise<EnforceEnv> {
	const sim = options.sim ?? createSimulator({clock: {now: () => Date.now()}, story: {exchangeAdminDelayMs: false}});
	if (!options.sim) await sim.start();
	options.prepare?.(sim);
	const home = options.home ?? tempDir();
	const build = (dryRun: boolean): EnforceEnv => {
		const session = testSession({home, flags: {dryRun, graphEndpoint: sim.url}});
		const graph = createGraph({session, tokens: {getToken: async () => sim.issueToken({})}, pacing: false});
		const store = ProgressStore.open({
			dir: session.paths.progressDir,
			tenant: {id: sim.tenantId},
			mode: 'live',
			now: () => session.clock.nowIso(),
			t: en,
		});
		const controller = new WizardController(store.progress, store, {dryRun});
		const steps = new Map<StepId, StepModule>([['enforce', enforceStep as StepModule], ...(options.steps ?? [])]);
		const engine = new WizardEngine({
			controller,
			store,
			graph,
			steps,
			collect: breakGlass =>
				collectForEnforce(graph, {
					now: session.clock.now(),
					breakGlass,
					t: en,
					signIns: options.signIns ?? false,
					signedInUpn: 'sarah.chen@contosopartner.onmicrosoft.com',
				}),
			t: en,
			now: () => session.clock.nowIso(),
			mode: 'live',
			dryRun,
			workDir: home,
			breakGlass: options.breakGlass ?? [],
			acceptLockoutRisk: options.acceptLockoutRisk,
		});
		return {
			sim,
			graph,
			engine,
			controller,
			store,
			home,
			dryRun,
			reopen: o => build(o?.dryRun ?? dryRun),
			close: async () => {
				if (!options.sim) await sim.stop();
			},
		};
	};
	return build(options.dryRun ?? false);
}

/** The tenant's Conditional Access policies and security defaults, without timestamps (for comparing end states). */
export function policySnapshot(sim: Simulator): unknown {
	const strip = (p: Record<string, unknown>) => {
		const {createdDateTime: _c, modifiedDateTime: _m, ...rest} = p;
		return rest;
	};
	return {
		securityDefaults: sim.tenant.state.securityDefaults.isEnabled,
		policies: [...sim.tenant.state.caPolicies]
			.map(p => strip(p as unknown as Record<string, unknown>))
			.sort((a, b) => String(a.id).localeCompare(String(b.id))),
	};
}
